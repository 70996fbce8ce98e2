// A bare value another rule took that its format goes on with on the next lines, read whole:
// - Java's `Properties.load` ("a line ending in `\` is continued on the next; the next line's leading blanks are
//   dropped"): `db.password=abc\⏎    def` is `abcdef`;
// - a value continued on deeper lines: Python's configparser ("values can span multiple lines, as long as they are
//   indented deeper than the first line of the value") and YAML 1.2's plain scalar (§7.3.3: a multi-line plain scalar's
//   continuation lines are indented deeper than its key; the line break folds into a blank): `password: abc⏎    def`.
// Only a span ending its line, after the key that opens that line (`key = value`, `key: value`); each next line one
// token (no blank, no `key:`/`key =` of its own, no comment, list item or flow collection), at most MOST_LINES of them.
// It runs after the other rules and extends only what they found: each line is read once, so the rule is linear.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { BACKSLASH, COLON, CR, EQUALS, LF, SPACE, TAB } from './charCodes';
import { acceptsQuotedLiteral } from './secretValue';

const KIND = spanKind('continued-value');
/** The most continuation lines read after a value; the longest such line; the deepest indent looked past. */
const MOST_LINES = 16;
const MAX_TOKEN = 400;
const MAX_INDENT = 80;
/** How far back the span's line start is looked for. */
const MAX_LINE = 600;
// What a continuation line never opens with: a comment, a list item's `-`, a flow collection, a quote (another value).
const NEVER_FIRST = new Set(['#', ';', '[', '{', '"', "'", '-', '!', '&', '*', '|', '>', '%', '@'].map((c) => c.charCodeAt(0)));

export const continuedValueRule: SecretRule = {
  id: 'continued-value',
  // (A continuation is a line break before a blank, or a backslash before one.)
  keywords: ['\n ', '\n\t', '\\\n', '\\\r\n'],
  afterOthers: true,
  find(text, found) {
    const known = found.length;
    let readTo = 0;
    for (let k = 0; k < known; k++) {
      const start = found.start(k);
      const end = found.end(k);
      if (end < readTo) continue;
      // (The cheap tests first: most spans end before their line does, or the next line is no deeper.)
      const after = text.charCodeAt(end);
      if (after !== LF && after !== CR && after !== SPACE && after !== TAB && after !== BACKSLASH) continue;
      const java = after === BACKSLASH || text.charCodeAt(end - 1) === BACKSLASH;
      const first = lineBreakEnd(text, after === BACKSLASH ? end + 1 : end);
      if (first === -1) continue;
      const firstDepth = indentOf(text, first);
      if (firstDepth === -1 || (!java && firstDepth === 0)) continue;
      const lineStart = lineStartBefore(text, start);
      const indent = lineStart === -1 ? -1 : indentOf(text, lineStart);
      // The key opens the span's line: something other than blanks stands before the span on it.
      if (indent === -1 || lineStart + indent >= start || (!java && firstDepth <= indent)) continue;
      let at = after === BACKSLASH ? end + 1 : end;
      // The value whole, judged as a password's literal (a reference or a path broken over lines is none).
      let value = '';
      let pieces: number[] | undefined;
      for (let line = 0; line < MOST_LINES; line++) {
        const next = lineBreakEnd(text, at);
        if (next === -1) break;
        const depth = indentOf(text, next);
        if (depth === -1 || (!java && depth <= indent)) break;
        const tokenStart = next + depth;
        const tokenEnd = tokenOf(text, tokenStart);
        if (tokenEnd === -1) break;
        (pieces ??= []).push(tokenStart, tokenEnd);
        at = readTo = tokenEnd;
        const goesOn = java && text.charCodeAt(tokenEnd - 1) === BACKSLASH;
        value += text.slice(tokenStart, goesOn ? tokenEnd - 1 : tokenEnd);
        if (java && !goesOn) break;
      }
      if (!pieces) continue;
      value = (java && text.charCodeAt(end - 1) === BACKSLASH ? text.slice(start, end - 1) : text.slice(start, end)) + value;
      if (!acceptsQuotedLiteral(text, start, at, 'password', value)) continue;
      for (let p = 0; p < pieces.length; p += 2) found.push(KIND, pieces[p]!, pieces[p + 1]!);
    }
  },
};

/** Where the line holding `at` starts, read back by hand up to MAX_LINE characters (-1 past them: a line that long is no key's). */
function lineStartBefore(text: string, at: number): number {
  for (let i = at; i > 0 && at - i <= MAX_LINE; i--) if (text.charCodeAt(i - 1) === LF) return i;
  return at <= MAX_LINE ? 0 : -1;
}

/** The blanks opening the line at `lineStart` (-1 past MAX_INDENT). */
function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length && i - lineStart <= MAX_INDENT && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  return i - lineStart > MAX_INDENT ? -1 : i - lineStart;
}

/** Past the line break right at `at` (blanks before it allowed): where the next line starts, or -1. */
function lineBreakEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at <= MAX_INDENT && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (text.charCodeAt(i) === CR) i++;
  return text.charCodeAt(i) === LF ? i + 1 : -1;
}

/** The end of the one token filling the line from `start` (trailing blanks allowed), or -1: a blank inside, a key's `:`/`=`. */
function tokenOf(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (start >= text.length || NEVER_FIRST.has(first) || first === LF || first === CR) return -1;
  let i = start;
  for (; i < text.length && i - start < MAX_TOKEN; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === LF || c === CR) break;
    // (`=` only as base64's padding, at the token's end.)
    if ((c === EQUALS && i > start && !paddingFrom(text, i)) || (c === COLON && (i + 1 === text.length || text.charCodeAt(i + 1) <= SPACE))) return -1;
  }
  if (i - start >= MAX_TOKEN) return -1;
  const end = i;
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  return i >= text.length || text.charCodeAt(i) === LF || text.charCodeAt(i) === CR ? end : -1;
}

/** Only `=` from `i` to the token's end (at most two: base64's padding). */
function paddingFrom(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < 2 && text.charCodeAt(j) === EQUALS) j++;
  const c = text.charCodeAt(j);
  return j >= text.length || c === SPACE || c === TAB || c === LF || c === CR;
}
