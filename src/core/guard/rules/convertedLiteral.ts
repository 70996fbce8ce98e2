// A literal wrapped in a call that only converts it to another string type: Rust's
// `String::from("…")`, C++'s `std::string("…")`, Java's `new String("…")`, Python's `str("…")`
// and pydantic's `SecretStr("…")`, Node's `Buffer.from("…", "utf8")`. The literal is the value as
// if written bare; any other call (`derive("…")`, `getenv("…")`) makes one from its arguments.
import { isBlank } from '../charCodes';

// Callee names whose result is their string argument, in another type.
const CONVERSIONS = new Set(['String::from', 'String::new', 'std::string', 'string', 'str', 'String', 'SecretStr', 'SecretString', 'SecretString::from', 'SecretString::new', 'Secret::new', 'SecretBox::new', 'CString::new', 'Buffer.from', 'String.valueOf']);
// After `new`: Java's and C#'s constructors of a string.
const CONSTRUCTED = new Set(['String', 'SecretString', 'StringBuilder']);
// ("…") or ("…", encoding): the literal first, then the call's end or its next argument.
const FIRST_LITERAL = /\([ \t]*(["'])([^"'\r\n]{1,400})\1[ \t]*[),]/y;
const MAX_NAME = 24;

/** The literal a conversion call at a bare value (`start`–`end`) wraps, or undefined. */
export function convertedLiteral(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let open = end;
  if (text.charCodeAt(end) === 40) {
    // (Every name above starts with S, s, B or C: most calls are turned down before a slice.)
    const c = text.charCodeAt(start);
    if (end - start > MAX_NAME || (c !== 83 && c !== 115 && c !== 66 && c !== 67) || !CONVERSIONS.has(text.slice(start, end))) return undefined;
  } else {
    if (end - start !== 3 || !isBlank(text.charCodeAt(end)) || !text.startsWith('new', start)) return undefined;
    let nameStart = end + 1;
    while (isBlank(text.charCodeAt(nameStart)) && nameStart < end + 4) nameStart++;
    // (A bounded look for the `(`: an unbounded one would read on at every `new `.)
    open = nameStart;
    while (open < nameStart + MAX_NAME && text.charCodeAt(open) !== 40 && !isBlank(text.charCodeAt(open)) && text.charCodeAt(open) !== 10) open++;
    if (text.charCodeAt(open) !== 40 || !CONSTRUCTED.has(text.slice(nameStart, open))) return undefined;
  }
  FIRST_LITERAL.lastIndex = open;
  const m = FIRST_LITERAL.exec(text);
  if (!m) return undefined;
  const literalStart = open + m[0].indexOf(m[1]!) + 1;
  return { start: literalStart, end: literalStart + m[2]!.length };
}
