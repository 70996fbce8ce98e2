// A literal wrapped in calls that only convert it, to another string type, to its bytes, or into a type that holds a
// secret: the literal is the value, as if written bare. Each form is its language's documented conversion of the string it
// is given: Rust's `String::from("…")`, `"…".to_string()`, `.to_owned()`, `.into()`, `.as_bytes()`; C++'s
// `std::string("…")`; Java's `new String("…")`, `String.valueOf("…")`; Python's `str("…")`, `bytes("…", "utf-8")`,
// `bytearray("…", "utf-8")`; Go's `[]byte("…")` and `string("…")` (the spec's Conversions); Node's `Buffer.from("…")`; the
// WHATWG Encoding Standard's `new TextEncoder().encode("…")`; .NET's `Encoding.UTF8.GetBytes("…")`; Swift's
// `Data("…".utf8)`; and the secret-holding types whose constructor takes the literal: pydantic's `SecretStr("…")` and
// `SecretBytes(b"…")`, Litestar's `SecretString` / `SecretBytes`, Rust secrecy's `SecretString::from("…")`,
// `SecretBox::new(Box::new(…))` and 0.8's `Secret::new(…)`. Up to two of them nest (`SecretString::new("…".to_string())`,
// `SecretBox::new(Box::new(String::from("…")))`). Any other call (`derive("…")`, `getenv("…")`, a hash) makes a new value
// from its arguments and is not read through.
import { isBlank } from '../charCodes';

// Callee names whose result is their string argument, in another type (the assignment's value reader stops a bare name
// at its `(`; each is read as written, a dot or `::` included).
const CONVERSIONS = ['String::from', 'String::new', 'std::string', 'string', 'str', 'String', 'String.valueOf', 'CString::new', 'Buffer.from', 'bytes', 'bytearray', 'Data', 'SecretStr', 'SecretBytes', 'SecretString', 'SecretString::from', 'SecretString::new', 'Secret::new', 'SecretBox::new', 'Box::new'];
const CONVERSION_NAMES = new Set(CONVERSIONS);
// (Most bare values before a `(` are other calls: turned down by their first letter before a slice.)
const FIRST_LETTERS = new Set(CONVERSIONS.map((name) => name.charCodeAt(0)));
// After `new`: Java's and C#'s constructors of a string.
const CONSTRUCTED = new Set(['String', 'SecretString', 'StringBuilder']);
const MAX_NAME = 24;

// The conversions to bytes whose name is no bare word (Go's `[]byte(`, .NET's `Encoding.UTF8.GetBytes(`, the Web's `new
// TextEncoder().encode(`), as a pattern's source. (The bytes-literal assignment rule reads these after a name.)
export const BYTES_CALL = '(?:\\[\\]byte|(?:new[ \\t]+)?TextEncoder[ \\t]*\\([ \\t]*\\)[ \\t]*\\.encode|Encoding\\.(?:UTF8|ASCII|Unicode|Default|UTF32|Latin1)[ \\t]*\\.GetBytes)';
const NAMED_CALL = `(?:new[ \\t]+)?(?:${[...CONVERSIONS, 'StringBuilder'].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.[\]]/g, '\\$&')).join('|')})`;
/**
 * A base64 string decoded to its bytes where Java's key bytes go (jjwt's README: `Keys.hmacShaKeyFor(Decoders.BASE64.decode(…))`;
 * java.util.Base64's decoders), as a pattern's source: read only in those places, not in every call argument.
 */
export const JAVA_BASE64_DECODE = '(?:Decoders[ \\t]*\\.[ \\t]*BASE64(?:URL)?|Base64[ \\t]*\\.[ \\t]*get(?:Url|Mime)?Decoder[ \\t]*\\([ \\t]*\\))[ \\t]*\\.[ \\t]*decode[ \\t]*\\([ \\t]*';
/** The same in .NET's key places: `Convert.FromBase64String(string)` opened (callSignatureRules.ts, decoded-key-argument). */
export const DOTNET_BASE64_DECODE = 'Convert[ \\t]*\\.[ \\t]*FromBase64String[ \\t]*\\([ \\t]*';
/** The same in Python's: `base64.b64decode(s)`, `urlsafe_b64decode`, `standard_b64decode` opened. */
export const PYTHON_BASE64_DECODE = 'base64[ \\t]*\\.[ \\t]*(?:urlsafe_|standard_)?b64decode[ \\t]*\\([ \\t]*';
/** Up to two conversion calls opened before a literal, as a pattern's source (a call argument's literal is read through them). */
export const CONVERSIONS_OPENED = `(?:(?:${BYTES_CALL}|${NAMED_CALL})[ \\t]*\\([ \\t]*){0,2}`;

// Inside the call: up to one more conversion opened, the literal (Python's `b"…"` too), up to two documented conversions
// written after it (Rust's `.to_string()`, `.into()`, `.as_bytes()`, Swift's `.utf8`), then the call's end or its next
// argument (`bytes("…", "utf-8")`).
const INNER = new RegExp(`\\([ \\t]*(?:(?:${NAMED_CALL})[ \\t]*\\([ \\t]*){0,1}[bru]?(["'])([^"'\\r\\n]{1,400})\\1(?:\\.(?:to_string|to_owned|into|as_bytes|to_vec)\\(\\)|\\.utf8){0,2}[ \\t]*[),]`, 'y');

/** The literal a conversion call at a bare value (`start`–`end`) wraps, or undefined. */
export function convertedLiteral(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let open = end;
  if (text.charCodeAt(end) === 40) {
    if (end - start > MAX_NAME || !FIRST_LETTERS.has(text.charCodeAt(start)) || !CONVERSION_NAMES.has(text.slice(start, end))) return undefined;
  } else {
    if (end - start !== 3 || !isBlank(text.charCodeAt(end)) || !text.startsWith('new', start)) return undefined;
    let nameStart = end + 1;
    while (isBlank(text.charCodeAt(nameStart)) && nameStart < end + 4) nameStart++;
    // (A bounded look for the `(`: an unbounded one would read on at every `new `.)
    open = nameStart;
    while (open < nameStart + MAX_NAME && text.charCodeAt(open) !== 40 && !isBlank(text.charCodeAt(open)) && text.charCodeAt(open) !== 10) open++;
    if (text.charCodeAt(open) !== 40 || !CONSTRUCTED.has(text.slice(nameStart, open))) return undefined;
  }
  INNER.lastIndex = open;
  const m = INNER.exec(text);
  if (!m) return undefined;
  const literalStart = open + m[0].indexOf(m[1]!) + 1;
  return { start: literalStart, end: literalStart + m[2]!.length };
}
