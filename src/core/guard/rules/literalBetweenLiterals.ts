// Code between two string literals read as one quoted value: `'--password='.$connection['password']`,
// `'SET password = ' . ($password == '' ? …`. The key and its operator are inside a literal, so the quote after
// the operator closes that literal; what runs to the next quote is code that joins it to the next literal, the
// operand of a concatenation (PHP's and Perl's `.`, "String Operators" in the PHP manual and perlop's "Additive
// Operators"; Lua's `..`; `+` in Java, JLS §15.18.1, ECMAScript, C#, Python; SQL's `||`; Visual Basic's `&`).
// A value's opening quote opens a literal: it has an even number of its kind before it on its line.
import { isBlank } from '../charCodes';

const BACKSLASH = 92;
const LF = 10;
// How far back a line's quotes are counted: past it (a minified file's one long line) the count is not known and the
// value stays a value. The count is carried from one value to the next (quotesUpTo), so a line of such values is read once.
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

/** The quotes counted on one line up to `at`, kept for the next value of the same text (a rule reads its values in order). */
interface LineQuotes {
  text: string;
  at: number;
  /** The last line feed at or before `at` (-1: none). */
  lineFeed: number;
  single: number;
  double: number;
  /** The first line feed after `at` once looked for (else at or before `at`): where a line too long to count ends. */
  nextLineFeed: number;
}
let counted: LineQuotes | undefined;

/** The line's unescaped quotes up to `from`: counted on from the last value's place, or afresh from the line's start. */
function quotesUpTo(text: string, from: number): LineQuotes {
  let q = counted;
  if (q === undefined || q.text !== text || q.at > from) {
    const bound = Math.max(-1, from - LINE_BEFORE - 1);
    let p = from;
    while (p > bound && text.charCodeAt(p) !== LF) p--;
    // No line feed within the bound: counting starts at the bound, too far back for any answer until the next line.
    q = counted = { text, at: p, lineFeed: p, single: 0, double: 0, nextLineFeed: -1 };
  }
  // Kept whatever the answer: a new text equal to the last (the same document read again) would otherwise be
  // compared with the old one, character by character, at every call.
  q.text = text;
  if (from - q.lineFeed > LINE_BEFORE) {
    // The line starts too far back for any answer until its end: its characters are not counted, the line feed is
    // looked for once (a minified file's one long line was read to its end by every rule that asks, a code unit a step).
    if (q.nextLineFeed <= q.at) {
      const lineFeed = text.indexOf('\n', q.at + 1);
      q.nextLineFeed = lineFeed === -1 ? text.length : lineFeed;
    }
    if (q.nextLineFeed > from) {
      q.at = from;
      return q;
    }
    q.at = q.lineFeed = q.nextLineFeed;
    q.single = q.double = 0;
  }
  for (let p = q.at + 1; p <= from; p++) {
    const c = text.charCodeAt(p);
    if (c === LF) {
      q.lineFeed = p;
      q.single = q.double = 0;
    } else if ((c === 39 || c === 34) && text.charCodeAt(p - 1) !== BACKSLASH) {
      if (c === 39) q.single++;
      else q.double++;
    }
  }
  q.at = from;
  return q;
}

/**
 * Whether the quoted value at `start` (its quote at `start - 1`) opens with a concatenation,
 * and that quote closes a literal opened earlier on its line (an odd number of unescaped quotes of its kind before it).
 */
export function operandBetweenLiterals(text: string, start: number, value: string): boolean {
  if (!opensWithConcatenation(value)) return false;
  const quote = text.charCodeAt(start - 1);
  if (quote !== 39 && quote !== 34) return false;
  const from = start - 2;
  const line = quotesUpTo(text, from);
  // The line starts more than LINE_BEFORE before the value: the count is not known and the value stays a value.
  if (from - line.lineFeed > LINE_BEFORE) return false;
  return (quote === 39 ? line.single : line.double) % 2 === 1;
}
