// A key word read inside packed data, where no grammar puts a key (bench/guard/README.md, "The look-alike spans left
// in the machine's own text", twenty-fifth round). Binary-to-text encodings denser than base64 take nearly every
// printable ASCII character as a digit: Ascii85 `!` to `u` (PostScript Language Reference, "ASCII85Encode"), RFC 1924's
// and Z85's (ZeroMQ RFC 32) alphabets with `=`, `;`, `@`, `:`, `&`, and the entities package's decode tries in a base 91
// of 0x21–0x7E but `"`, `$`, `\`. In such a run a key word and the `:` after it are digits like their neighbours, and
// the "key" around them stands where no grammar's key can:
// - a key that starts with a digit (`@3p1Pw:`, `;5qmPw:`): no identifier does (ECMAScript's IdentifierStart, Python's,
//   C's and Java's identifiers, a POSIX shell's name); only a data format's key may (YAML's `01_hardcoded_password:`,
//   an INI or a properties key, a JSON string, a query's field), and it stands at a line's start or after blanks, in
//   quotes, after a flow collection's `{`, `[` or `,`, or after a query's `?` or `&`;
// - a name glued after `=` (`@3pIh=rt3rxPw:5pGOu`) is the first part of the value of the name before the `=` (a POSIX
//   shell's `name=word`, an INI or .env line, a query's `name=value`, systemd's `SetCredential=ID:VALUE`): where that
//   name itself starts with a digit in no data key's place, the value it is given is no pair either.
// A key in its place is none of these: `01_hardcoded_password: hardcoded0` on its line, `"3pw": "…"`,
// `SetCredential=db-password:…`, `BUNDLE_GITHUB__COM=x-access-token:…` stay read.
import { COMMA, DOUBLE_QUOTE, EQUALS, OPEN_BRACE, OPEN_BRACKET, SINGLE_QUOTE, BACKTICK, QUESTION, AMPERSAND, SPACE, TAB, LF, CR } from './charCodes';
import { isDigit } from '../charCodes';
import { isKeyChar } from './keyWordScan';

/** The key at [keyStart, keyStart + key.length) stands in no grammar's key place (see above). */
export function keyInPackedData(text: string, keyStart: number, key: string): boolean {
  const before = keyStart === 0 ? LF : text.charCodeAt(keyStart - 1);
  if (isDigit(key.charCodeAt(0))) return !opensDataKey(before);
  if (before !== EQUALS) return false;
  // The name the `=` gives a value to, read back over a key's characters.
  let start = keyStart - 1;
  while (start > 0 && keyStart - start <= LONGEST_NAME && isKeyChar(text.charCodeAt(start - 1))) start--;
  return start < keyStart - 1 && isDigit(text.charCodeAt(start)) && !opensDataKey(start === 0 ? LF : text.charCodeAt(start - 1));
}

const LONGEST_NAME = 64;

/** What a data format's key may follow: a line's start, a blank, a quote, a flow collection's indicator, a query's separator. */
function opensDataKey(c: number): boolean {
  return c === LF || c === CR || c === SPACE || c === TAB || c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK || c === OPEN_BRACE || c === OPEN_BRACKET || c === COMMA || c === QUESTION || c === AMPERSAND;
}
