// A key with nothing after its colon and its value alone on the next, more indented line: YAML's plain or quoted scalar
// as a block mapping's value (YAML 1.2 §8.2.2: the value node may start on a later line, indented more than its key;
// `password:⏎  s3cr3t`, as Kubernetes manifests and CI files write long values), and a JSON member's value after a line
// break (RFC 8259 §2: whitespace, line breaks too, is allowed after the name separator `:`). Read only where the grammar
// puts the value there: never a line that is itself a key (`password:⏎  connectTimeout: 3000`), a list item, a comment, a
// flow collection, an anchor, an alias or a tag; never past more than the one line break; and only under a key that opens
// its line (but for a list item's `- ` and the key's quote), as a mapping's key does: `if password:⏎    raise …` (Python's
// block), `case LOGIN:⏎  this.logger…` (a label) are code. A plain scalar's indent is spaces only (YAML 1.2 §6.1: tabs are
// not indentation), so a Makefile's `secrets:⏎\t./gen.sh` recipe is no value. A JSON member's name after `{` or `,` mid-line
// (a minified object a formatter broke) is read too, its value a JSON string only.
import { isBlank } from '../charCodes';
import { BACKSLASH, CLOSE_BRACE, COLON, COMMA, CR, DASH, DOUBLE_QUOTE, HASH, LF, OPEN_BRACE, SEMICOLON, SINGLE_QUOTE, TAB } from './charCodes';

/** Blanks looked past before the colon, after it, and as the value line's indent. */
const MAX_BLANKS = 40;
/** The longest value line read. */
const MAX_VALUE = 400;
// YAML 1.2 §7.3.3: a plain scalar does not start with an indicator (`-`, `?`, `:` only before a blank); `&`, `*`, `!` open
// an anchor, an alias, a tag; `[`, `{` a flow collection; `#` a comment; `|`, `>` a block scalar (blockScalar.ts).
const NEVER_FIRST = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`'].map((c) => c.charCodeAt(0)));
const BLANK_FIRST = new Set(['-', '?', ':'].map((c) => c.charCodeAt(0)));

/** The value on the line after the key ending at `keyEnd` (its line starting at `lineStart`), read as the grammar puts it there. */
export function nextLineScalar(text: string, keyStart: number, keyEnd: number, lineStart: number): { start: number; end: number } | undefined {
  let i = keyEnd;
  // (JSON's and YAML's quoted key: its closing quote.)
  const q = text.charCodeAt(i);
  if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) i++;
  i = pastBlanks(text, i);
  if (text.charCodeAt(i) !== COLON) return undefined;
  i = pastBlanks(text, i + 1);
  if (text.charCodeAt(i) === CR) i++;
  if (text.charCodeAt(i) !== LF) return undefined;
  const valueLine = i + 1;
  const start = pastBlanks(text, valueLine);
  const keyIndent = pastBlanks(text, lineStart);
  if (start - valueLine <= keyIndent - lineStart) return undefined;
  const opens = opensLine(text, keyIndent, keyStart);
  if (!opens && !(q === DOUBLE_QUOTE && followsMemberStart(text, keyStart - 1, lineStart))) return undefined;
  const c = text.charCodeAt(start);
  if (c === DOUBLE_QUOTE || (opens && c === SINGLE_QUOTE)) return quotedScalar(text, start, c);
  if (!opens) return undefined;
  if (NEVER_FIRST.has(c) || (BLANK_FIRST.has(c) && endsRun(text.charCodeAt(start + 1))) || holdsTab(text, valueLine, start)) return undefined;
  const plain = plainScalar(text, start);
  return plain && !goesOn(text, plain.end, keyIndent - lineStart) ? plain : undefined;
}

/**
 * A plain value that code writes, not YAML: one ending in `,` or `;` (an object literal's member, a statement: Prettier's
 * `continuationToken:⏎    this.state.token ?? "",`), or one whose next line is deeper than its key's (an expression broken
 * after an operator; YAML's multi-line plain scalar, folded, which this one line would not hold whole).
 */
function goesOn(text: string, end: number, keyIndent: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === COMMA || last === SEMICOLON) return true;
  let i = end;
  while (i < text.length && text.charCodeAt(i) !== LF) i++;
  const next = pastBlanks(text, i + 1);
  const c = text.charCodeAt(next);
  return next - (i + 1) > keyIndent && next < text.length && c !== LF && c !== CR;
}

/** A tab in [from, to) (an indent's, at most MAX_BLANKS). */
function holdsTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === TAB) return true;
  return false;
}

/** The key starts where its line's indent ends, maybe after a list item's `- ` and an opening quote. */
function opensLine(text: string, at: number, keyStart: number): boolean {
  let i = at;
  if (text.charCodeAt(i) === DASH && isBlank(text.charCodeAt(i + 1))) i = pastBlanks(text, i + 1);
  const q = text.charCodeAt(i);
  if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) i++;
  return i === keyStart;
}

/**
 * A JSON member's name whose opening quote (at `quoteAt`) follows the object's `{` or the member separator `,` (RFC 8259 §4:
 * `begin-object [ member *( value-separator member ) ]`), as a minified object broken by a formatter writes it mid-line:
 * `{"user": "app", "password":⏎    "…"}`. Its value must be a JSON string (the caller's).
 */
function followsMemberStart(text: string, quoteAt: number, lineStart: number): boolean {
  if (text.charCodeAt(quoteAt) !== DOUBLE_QUOTE) return false;
  let i = quoteAt;
  const limit = Math.max(lineStart, quoteAt - MAX_BLANKS);
  while (i > limit && isBlank(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  return i > lineStart && (c === OPEN_BRACE || c === COMMA);
}

/** A quoted scalar alone on its line (but for a `,` or `}` after it, or a comment); a `:` after it makes it a key. */
function quotedScalar(text: string, start: number, quote: number): { start: number; end: number } | undefined {
  const limit = Math.min(text.length, start + 1 + MAX_VALUE);
  let i = start + 1;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) break;
    if (c === LF || c === CR) return undefined;
    if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
  }
  if (i >= limit || i === start + 1) return undefined;
  const after = pastBlanks(text, i + 1);
  const n = text.charCodeAt(after);
  return after >= text.length || n === LF || n === CR || n === COMMA || n === CLOSE_BRACE || (n === HASH && after > i + 1) ? { start: start + 1, end: i } : undefined;
}

/** A plain scalar's line up to a comment; a `: ` in it or a `:` ending it makes the line a key. */
function plainScalar(text: string, start: number): { start: number; end: number } | undefined {
  const limit = Math.min(text.length, start + MAX_VALUE);
  let end = start;
  for (; end < limit; end++) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    if (c === HASH && isBlank(text.charCodeAt(end - 1))) break;
    if (c === COLON && endsRun(text.charCodeAt(end + 1))) return undefined;
  }
  if (end === limit && end < text.length) return undefined;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

/** A blank, a line break or the text's end (NaN). */
function endsRun(c: number): boolean {
  return !(c > 32);
}

/** Past at most MAX_BLANKS blanks. */
function pastBlanks(text: string, at: number): number {
  let i = at;
  const limit = at + MAX_BLANKS;
  while (i < limit && isBlank(text.charCodeAt(i))) i++;
  return i;
}
