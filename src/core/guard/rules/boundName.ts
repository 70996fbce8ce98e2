// A bare word after a secret-named key that the same text binds or calls as a name (`def token_map(…)`
// far above `tokenMap = token_map`, `loc, tmptokens = parse(…)` above `tokens += tmptokens`, `const {
// kEnumerableProperty } = require(…)` above `withCredentials: kEnumerableProperty`, `credentials=None` in
// the signature above `request.extra_credentials = credentials`): an identifier of the text's language,
// a reference to that binding, not a literal written there. detect-secrets' keyword plugin reads a bare
// value only in config files (YAML, INI, env) and asks quotes of a value in code (keyword.py's
// quotes-required file types); the redactor sees no file type, so the text's own bindings tell.
// A password on an env or YAML line is never defined or called elsewhere in its text (`PASSWORD=nodejs`).
import type { FoundValue } from './secretValue';
import type { Strength } from './keyStrength';

/** At most this many whole-text searches per text: a text of many distinct bare values stays linear. */
const MAX_SEARCHES = 16;
const MAX_NAME = 64;
const MAX_BLANKS = 8;

// The text asked about, known by the object its reader built for it once (assignmentRule's LineContext): comparing
// the text itself is a comparison of its characters wherever V8 holds two handles of one string (an unescaped view
// read as slices), a whole-text comparison a value that made the percent-encoded and JSON-log families 6-12 times slower.
let memoOwner: object | undefined;
let memo = new Map<string, boolean>();
let searches = 0;
let lastValue: string | undefined;
let lastBound = false;
// Whether any value searched for this owner was bound. Once the budget is spent and none was, every answer for the
// owner is no: a value asked again has its memo's answer (no), any other is not searched for (no). So the rest of a
// text of many distinct bare values (`pw: <random>` a line) is answered before its value is read or hashed.
let anyBound = false;

/**
 * Whether a bare value read on a config line is a name the text binds elsewhere: assigned (`N =`, `N=` a keyword
 * argument's default), defined or called (`N(`), declared (`def N`, `function N`, `const N`, `class N`), or
 * destructured (`{ N }`, `{ a, N }`). Asked only of a strong key's bare identifier: a weak key's value must look
 * random whatever its line, and a quoted one is a literal. `owner` is the one object made for `text` (its LineContext).
 */
export function namesBoundInText(text: string, owner: object, found: FoundValue, strength: Strength): boolean {
  if (strength === 'weak' || found.quoted || found.field) return false;
  if (owner === memoOwner && searches >= MAX_SEARCHES && !anyBound) return false;
  const v = found.value;
  // (The value of the line before, asked again, as a file of the same setting repeated has it: no reading, no lookup.)
  if (v === lastValue && owner === memoOwner) return lastBound;
  if (v.length < 3 || v.length > MAX_NAME || !isIdentifier(v)) return false;
  if (owner !== memoOwner) {
    memoOwner = owner;
    memo = new Map();
    searches = 0;
    lastValue = undefined;
    anyBound = false;
  }
  let bound = memo.get(v);
  if (bound === undefined) {
    if (searches >= MAX_SEARCHES) return false;
    searches++;
    bound = boundSomewhere(text, v, found.start);
    memo.set(v, bound);
    anyBound ||= bound;
  }
  lastValue = v;
  lastBound = bound;
  return bound;
}

/**
 * Whether `namesBoundInText` asked now would search the text or start its memo afresh: a caller that needs no answer may
 * skip the question only where it would not (a search spent or skipped moves the budget, and with it later answers).
 * (A new text, `owner` not the memo's, is said to: it would reset the memo for most values.)
 */
export function wouldSearchText(owner: object, found: FoundValue, strength: Strength): boolean {
  if (strength === 'weak' || found.quoted || found.field) return false;
  if (owner !== memoOwner) return true;
  const v = found.value;
  if (searches >= MAX_SEARCHES || v === lastValue || v.length < 3 || v.length > MAX_NAME || !isIdentifier(v)) return false;
  return !memo.has(v);
}

/** An occurrence of `v` as a whole word, other than the value's own at `own`, where code binds or calls it. */
function boundSomewhere(text: string, v: string, own: number): boolean {
  for (let at = text.indexOf(v); at !== -1; at = text.indexOf(v, at + 1)) {
    const end = at + v.length;
    if (at === own || isNameChar(text.charCodeAt(at - 1)) || isNameChar(text.charCodeAt(end))) continue;
    if (bindsAfter(text, end) || bindsBefore(text, at, end)) return true;
  }
  return false;
}

/** `N(`, `N =`, `N=` (not `==`, `=>`, `=~`) after blanks. */
function bindsAfter(text: string, end: number): boolean {
  const p = pastBlanks(text, end);
  const c = text.charCodeAt(p);
  if (c === OPEN_PAREN) return true;
  if (c !== EQUALS) return false;
  const next = text.charCodeAt(p + 1);
  return next !== EQUALS && next !== GREATER && next !== TILDE;
}

/** `def N`, `function N`, `const N`, `let N`, `var N`, `class N`; `{ N }`, `{ a, N,` (a destructuring or an import's list). */
function bindsBefore(text: string, at: number, end: number): boolean {
  let p = at - 1;
  let blanks = 0;
  while (p >= 0 && isBlank(text.charCodeAt(p)) && blanks < MAX_BLANKS) { p--; blanks++; }
  const c = text.charCodeAt(p);
  if (c === OPEN_BRACE) return closesItem(text, end);
  if (blanks === 0 || !isNameChar(c)) return false;
  let start = p;
  while (start > 0 && p - start < 9 && isNameChar(text.charCodeAt(start - 1))) start--;
  return DECLARING.has(text.slice(start, p + 1));
}

/** `}` or `,` after blanks: the end of a braced list's item. */
function closesItem(text: string, end: number): boolean {
  const c = text.charCodeAt(pastBlanks(text, end));
  return c === CLOSE_BRACE || c === COMMA;
}

// The words that declare the name after them (Python, JavaScript/TypeScript, Go, Rust, Swift, Kotlin).
const DECLARING = new Set(['def', 'function', 'class', 'const', 'let', 'var', 'val', 'func', 'fn']);

function pastBlanks(text: string, at: number): number {
  let p = at;
  while (p - at < MAX_BLANKS && isBlank(text.charCodeAt(p))) p++;
  return p;
}

/** [A-Za-z_$][A-Za-z0-9_$]* */
function isIdentifier(v: string): boolean {
  const first = v.charCodeAt(0);
  if (!isNameChar(first) || (first >= 48 && first <= 57)) return false;
  for (let i = 1; i < v.length; i++) if (!isNameChar(v.charCodeAt(i))) return false;
  return true;
}

/** [A-Za-z0-9_$] (NaN, past either end, is none). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

const OPEN_PAREN = 40;
const EQUALS = 61;
const GREATER = 62;
const TILDE = 126;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const COMMA = 44;
