// Code between two string literals read as one quoted value: `'--password='.$connection['password']`,
// `'SET password = ' . ($password == '' ? …`. The key and its operator are inside a literal, so the quote after
// the operator closes that literal; what runs to the next quote is code that joins it to the next literal, the
// operand of a concatenation (PHP's and Perl's `.`, "String Operators" in the PHP manual and perlop's "Additive
// Operators"; Lua's `..`; `+` in Java, JLS §15.18.1, ECMAScript, C#, Python; SQL's `||`; Visual Basic's `&`).
// A value's opening quote opens a literal: it has an even number of its kind before it on its line.
import { isBlank } from '../charCodes';

const BACKSLASH = 92;
const LF = 10;
// How far back the line's quotes are counted: past it (a minified file's one long line) the count is not known and the
// value stays a value; a bound keeps a line of such values linear.
const LINE_BEFORE = 400;

/** A string concatenation's operator: `.`, `..`, `+`, `||`, `&`. */
function isConcatenation(c: number): boolean {
  return c === 46 || c === 43 || c === 124 || c === 38;
}

/**
 * The value opens with a concatenation as code writes it: the operator between blanks (`' . (`, `' + name`), or
 * before a variable or a parenthesis (`'.$connection[`). A secret that starts with `+` or `.` (base64's `+aB3…`) has neither.
 */
function opensWithConcatenation(value: string): boolean {
  let i = 0;
  while (i < value.length && isBlank(value.charCodeAt(i))) i++;
  const op = value.charCodeAt(i);
  if (!isConcatenation(op)) return false;
  const blankBefore = i > 0;
  i += value.charCodeAt(i + 1) === op ? 2 : 1;
  if (blankBefore && isBlank(value.charCodeAt(i))) return true;
  while (i < value.length && isBlank(value.charCodeAt(i))) i++;
  const next = value.charCodeAt(i);
  return next === 36 || next === 40; // `$`, `(`
}

/**
 * Whether the quoted value at `start` (its quote at `start - 1`) opens with a concatenation,
 * and that quote closes a literal opened earlier on its line (an odd number of unescaped quotes of its kind before it).
 */
export function operandBetweenLiterals(text: string, start: number, value: string): boolean {
  if (!opensWithConcatenation(value)) return false;
  const quote = text.charCodeAt(start - 1);
  if (quote !== 39 && quote !== 34) return false;
  let before = 0;
  const from = start - 2;
  for (let p = from; ; p--) {
    if (p < 0) break;
    if (from - p > LINE_BEFORE) return false;
    const c = text.charCodeAt(p);
    if (c === LF) break;
    if (c === quote && text.charCodeAt(p - 1) !== BACKSLASH) before++;
  }
  return before % 2 === 1;
}
