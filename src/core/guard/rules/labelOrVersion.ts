// A value that is a version or a label rather than a credential: a version or a dependency's range, a label
// without an ASCII letter or digit (maybe written as escapes). Asked by the assignment rule's value test (secretValue.ts).
import { isDigit, isLower, isUpper } from '../charCodes';

// 1.2.3-beta.4, v2.0, and as a dependency asks for one (`^9.0.0`, `~1.2`, `>=3.972.0 <4`, `1.x || 2.x`):
// a version, not a credential. (Each blank-separated part of a range is one of these.)
const VERSION = /^v?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+][a-z0-9.]{1,20})?$/;
const VERSION_BOUND = /^(?:[\^~]|[<>]=?|=)?v?\d{1,4}(?:\.(?:\d{1,6}|[x*])){0,3}(?:[-+][a-z0-9.]{1,20})?$/;
// A generated secret is ASCII: a value without one ASCII letter or digit (`パスワード`, `••••`) is a label.
const ASCII_ALNUM = /[A-Za-z0-9]/;

/**
 * A version, a label without an ASCII letter or digit (maybe
 * written as `\uXXXX` escapes). Asked of
 * every value (a file of `pw: abc` lines has 100,000 a MB): each expression only where its first
 * character allows it.
 */
export function namesOrLabels(v: string): boolean {
  const c = v.charCodeAt(0);
  if ((isDigit(c) || (c === 118 && isDigit(v.charCodeAt(1)))) && VERSION.test(v)) return true;
  if ((isDigit(c) || isVersionOperator(c)) && isVersionRange(v)) return true;
  // `"\uC18C\uC2A4 \uD0A4"`: a label in another script written as Java's or JSON's escapes.
  if (c === 92 && v.charCodeAt(1) === 117) return !ASCII_ALNUM.test(v.replace(UNICODE_ESCAPE, charOfEscape));
  // `"\x6d\x61\x73\x74\x65\x72 …"`: words written as C's hex escapes (TLS's "master secret" label).
  if (c === 92 && v.charCodeAt(1) === 120) return ESCAPED_WORDS.test(v.replace(HEX_ESCAPE, charOfEscape));
  return !(isDigit(c) || isLower(c) || isUpper(c)) && !ASCII_ALNUM.test(v);
}

const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
const HEX_ESCAPE = /\\x([0-9a-fA-F]{2})/g;
const ESCAPED_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function charOfEscape(_escape: string, hex: string): string {
  return String.fromCharCode(parseInt(hex, 16));
}

/** ^ ~ < > = */
function isVersionOperator(c: number): boolean {
  return c === 94 || c === 126 || c === 60 || c === 62 || c === 61;
}

/** `^9.0.0`, `>=3.972.0 <4`, `1.x || 2.x`, `1.2.3 - 2.3.4`: every part a version or a bound. */
function isVersionRange(v: string): boolean {
  // A digit after at most two operator characters, first; a number alone is no version (`Pwd=4471;` is a PIN).
  let i = 0;
  while (i < 2 && isVersionOperator(v.charCodeAt(i))) i++;
  if (v.length > 80 || !isDigit(v.charCodeAt(i)) || (i === 0 && !v.includes('.'))) return false;
  for (const part of v.split(' ')) {
    if (part !== '' && part !== '||' && part !== '-' && !VERSION_BOUND.test(part)) return false;
  }
  return true;
}
