// A string literal made bytes and bound to a name, as each language converts a string to the bytes a
// signing or HMAC key is (Go's `var jwtKey = []byte("…")`, the Web's and jose's `const secret = new
// TextEncoder().encode("…")`, .NET's `var key = Encoding.UTF8.GetBytes("…")`): the conversion
// changes the type, not the value, so the literal is judged as if assigned to the name bare, by the
// assignment rule's own test (a weak name's value must look random). The expression starts at the
// conversion's name; the name bound is read backwards over a bounded stretch: linear.
import { isBlank } from '../charCodes';
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptValue } from './secretValue';
import { keyStrength } from './keyStrength';
import { BYTES_CALL } from './convertedLiteral';

const BYTES_OF_LITERAL = new RegExp(`${BYTES_CALL}[ \\t]*\\([ \\t]*(?<q>["'\`])(?<secret>[^"'\`\\r\\n]{3,200})\\k<q>[ \\t]*\\)`, 'dg');
const KIND = spanKind('bytes-literal-assignment');
const LONGEST_NAME = 64;

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 46;
}

/** The name bound by `name = `, `name := ` or `name []byte = ` (Go's typed var) ending just before `at`, or undefined. */
function boundName(text: string, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 61) return undefined;
  i--;
  const before = text.charCodeAt(i);
  // `==`, `!=`, `<=`, `>=` compare; `:=` binds (Go).
  if (before === 61 || before === 33 || before === 60 || before === 62) return undefined;
  if (before === 58) i--;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (text.startsWith('[]byte', i - 5)) {
    i -= 6;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  }
  const end = i + 1;
  while (i >= 0 && end - i <= LONGEST_NAME && isNameChar(text.charCodeAt(i))) i--;
  return i + 1 < end ? text.slice(i + 1, end) : undefined;
}

export const bytesLiteralRule: SecretRule = {
  id: 'bytes-literal-assignment',
  // (Go's conversion may have blanks before its `(`: the prefilter reads the keyword's one blank as any run.)
  keywords: ['[]byte(', '[]byte (', 'textencoder', 'getbytes'],
  find(text, found) {
    BYTES_OF_LITERAL.lastIndex = 0;
    for (let m = BYTES_OF_LITERAL.exec(text); m; m = BYTES_OF_LITERAL.exec(text)) {
      const key = boundName(text, m.index);
      if (key === undefined) continue;
      const strength = keyStrength(key);
      if (strength === 'none') continue;
      const [start, end] = m.indices!.groups!.secret!;
      const value = { start, end, value: text.slice(start, end), quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false };
      if (acceptValue(value, strength, key)) found.push(KIND, start, end);
    }
  },
};
