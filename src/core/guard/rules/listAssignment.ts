// Several names given several literals in one statement: Go's `a, b := "x", "y"` and
// `var a, b string = "x", "y"`, Python's `user, password = "u", "p"`, and one name with a type
// between it and the operator (`var password string = "p"`). The literal at the key's place in
// the list is the key's value (Go's raw string too, `var password string = `…``). Read by hand from the key outward, at most 8 names and 8
// literals, so each key costs a bounded read.
import * as charCodes from './charCodes';
// Bound here once: run unbundled (tsx: the tests and the bench), every use of an imported
// binding calls the module's getter, a call per character in this file's scanning loops.
const { BACKTICK, COLON, COMMA, DOUBLE_QUOTE, EQUALS, LF, SINGLE_QUOTE } = charCodes;

const MAX_NAMES = 8;
const MAX_NAME = 64;
const MAX_LITERAL = 400;

/** How far back a failed read reached: a later key of the same comma list fails alike. */
export interface ListMemo {
  until: number;
}

/** The span of the literal the statement assigns to the name at [keyStart, keyEnd), if it is such a statement. */
export function listAssignedLiteral(text: string, keyStart: number, keyEnd: number, memo: ListMemo): { start: number; end: number } | undefined {
  // Within a list already read to its end without an operator after it: not a list assignment.
  if (keyStart < memo.until) return undefined;
  // Names after the key, then an optional type, then `=` or `:=` (read first: most lists are a
  // call's arguments, and reading them once is what keeps a long list linear).
  let names = 1;
  let p = keyEnd;
  for (;;) {
    const q = blanks(text, p);
    if (text.charCodeAt(q) !== COMMA) break;
    const r = blanks(text, q + 1);
    const end = nameForward(text, r);
    if (end === r || ++names > MAX_NAMES) {
      memo.until = end;
      return undefined;
    }
    p = end;
  }
  // A type is a name after a blank (`string`); one name alone is this shape only with a type.
  const beforeType = blanks(text, p);
  const typeEnd = beforeType > p ? nameForward(text, beforeType) : beforeType;
  let q = typeEnd > beforeType ? blanks(text, typeEnd) : beforeType;
  const operator = text.charCodeAt(q) === COLON && text.charCodeAt(q + 1) === EQUALS ? 2 : text.charCodeAt(q) === EQUALS && text.charCodeAt(q + 1) !== EQUALS ? 1 : 0;
  if (operator === 0) {
    memo.until = q;
    return undefined;
  }
  q += operator;
  // Every literal read below opens with a quote or a backtick where the first stands: without one, no literal is the key's
  // (asked before the names before the key are read back; no memo is set past the operator, so the answer is the same).
  const first = text.charCodeAt(blanks(text, q));
  if (first !== DOUBLE_QUOTE && first !== SINGLE_QUOTE && first !== BACKTICK) return undefined;
  // The key's place: names before it, each `name ,`.
  let index = 0;
  p = keyStart;
  for (;;) {
    let b = blanksBack(text, p);
    if (b === 0 || text.charCodeAt(b - 1) !== COMMA || index === MAX_NAMES) break;
    b = blanksBack(text, b - 1);
    const start = nameBack(text, b);
    if (start === b) return undefined; // `f(x, password = …`: not a list of names
    index++;
    p = start;
  }
  names += index;
  if (names === 1 && typeEnd === beforeType) return undefined;
  // A first name glued to `=` is another option's value, not a declared name: slapd.conf's `credentials=secret
  // searchbase="dc=example,dc=com"` is no `var secret searchbase = "…"`.
  if (p > 0 && text.charCodeAt(p - 1) === EQUALS) return undefined;
  // The literals: the one at the key's place. Go's raw string (the Go spec's back-quoted literal) only in a statement
  // only Go writes, with a type or `:=`: a backtick after Python's or Ruby's bare `a, b =` is a command or a repr.
  const raw = typeEnd > beforeType || operator === 2;
  q = blanks(text, q);
  for (let i = 0; i < names; i++) {
    const quote = text.charCodeAt(q);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE && !(raw && quote === BACKTICK)) return undefined;
    let e = q + 1;
    while (e < text.length && e - q <= MAX_LITERAL && text.charCodeAt(e) !== quote && text.charCodeAt(e) !== LF) e++;
    if (text.charCodeAt(e) !== quote) return undefined;
    if (i === index) return e > q + 1 ? { start: q + 1, end: e } : undefined;
    q = blanks(text, e + 1);
    if (text.charCodeAt(q) !== COMMA) return undefined;
    q = blanks(text, q + 1);
  }
  return undefined;
}

function blanks(text: string, at: number): number {
  let p = at;
  while (p - at < 8 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return p;
}

function blanksBack(text: string, at: number): number {
  let p = at;
  while (at - p < 8 && p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  return p;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function nameForward(text: string, at: number): number {
  let p = at;
  while (p - at < MAX_NAME && isNameChar(text.charCodeAt(p))) p++;
  return p;
}

function nameBack(text: string, at: number): number {
  let p = at;
  while (at - p < MAX_NAME && p > 0 && isNameChar(text.charCodeAt(p - 1))) p--;
  return p;
}
