// A credential's name at one line's end and its value on the next, where the format's grammar makes the two one:
// - A line continuation: POSIX XCU §2.2.1 (a backslash before a newline is removed with it, before the words are split),
//   so `--password \⏎  VALUE` is `--password VALUE`; Dockerfile's escape character joins lines alike (Dockerfile reference,
//   "escape"), so `ENV DB_PASSWORD \⏎  VALUE` is ENV's `<key> <value>` form. The flag's or the key's value is the next
//   line's first word. After `--password=\` the next line must not be indented: its blanks would split the word.
//   C's `#define NAME \⏎  "VALUE"` alike (C11 §5.1.1.2, phase 2; a macro's string literal, as valueAfterKey reads one on
//   its line). PowerShell's backtick before a newline goes on alike (about_Parsing, "Line continuation"): `-Password `⏎  "VALUE"`.
// - A here-document read into a named variable (hereDocumentValue.ts): its body of one line is the value.
// - Python's parenthesised string concatenation (The Python Language Reference §2.4.3, "String literal concatenation";
//   Black's layout of a long literal): `NAME = (⏎    "abc"⏎    "def"⏎)`: the pieces, two or more, are one value.
// - String concatenation broken after `+` (JLS §15.18.1, ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator, C# §12.10.5:
//   `+` joins two strings; a long constant is written a piece a line): `API_KEY = "abc" +⏎    "def";`, `const apiKey =⏎
//   "abc" +⏎  "def";`: every piece a string literal holding no blank, the chain read from its first line, judged whole.
// - YAML's double-quoted scalar over lines (YAML 1.2 §7.3.1): `password: "⏎  VALUE"` (the scalar opened at its key's line's
//   end, its content on the next line: a line break folds into a blank, the indent is stripped), `password: "abc\⏎  def"`
//   (an escaped line break joins the pieces with nothing between). One next line, closed by its quote at that line's end.
// - GNU make's multi-line variable (GNU make manual §6.8, "Defining Multi-Line Variables"): `define DB_PASSWORD =⏎VALUE⏎endef`:
//   a body of one line is the value.
// The name is judged by the key's strength (keyStrength.ts), the value as a literal given to it (literalForKey.ts: the
// placeholder policy). Each reading is bounded (one next line; a body of one line; at most MAX_PIECES lines), each place
// read once, so the rule is linear.
import { isBlank } from '../charCodes';
import type { Places } from '../keywordPrefilter';
import type { SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { BACKSLASH, BACKTICK, COLON, CR, DASH, DOUBLE_QUOTE, EQUALS, LF, SINGLE_QUOTE } from './charCodes';
import { keyStrength, type Strength } from './keyStrength';
import { acceptsLiteralForKey } from './literalForKey';
import { hereCommandEnd, hereDocument, readInto, type HereReading } from './hereDocumentValue';
import { acceptValue } from './secretValue';
import { saysNotTheValue } from './notTheValue';

const KIND = spanKind('next-line-value');
// A continuation's backslash and newline; the commands that read a here-document into a name, `cat <<` (in `NAME=$(cat <<`)
// and `read ` (in `read -r -d '' NAME <<`), not the operator `<<` alone, which C++'s stream output and every language's
// shift hold on most lines; an assignment's opening parenthesis at its line's end. PowerShell's backtick and newline; GNU
// make's `endef` (not `define`: C's `#define` stands on every line of a header).
const KEYWORDS = ['\\\n', '\\\r\n', '`\n', '`\r\n', 'cat <<', 'cat<<', 'read ', '= (\n', '= (\r\n', '=(\n', 'endef', '+\n', '+\r\n', ': "\n', ': "\r\n'];
// What the whole text is searched for when the prefilter recorded too many places: every line break (the line's last
// characters say which reading it opens) and `endef`; the here-document commands as the prefilter reads their blanks (a run
// of spaces and tabs) and letters (either case).
const NEEDLES = ['\n', 'endef'];
/** Blanks looked past; the longest name; the longest value; the most pieces of a parenthesised literal. */
const MAX_BLANKS = 40;
const MAX_NAME = 64;
const MAX_VALUE = 400;
const MAX_PIECES = 16;
/** How far back a `define` opening its `endef` is read. */
const MAX_COMMAND = 120;
// Dockerfile's `ENV NAME \` (instructions are case-insensitive).
const ENV_LINE = /^[ \t]*ENV[ \t]+$/i;
const DEFINE_LINE = /^[ \t]*#[ \t]*define[ \t]+$/;
// A Python name assigned a parenthesised literal: `API_KEY = (`, `self.token = (`.
const PAREN_NAME = /^[ \t]*([A-Za-z_][A-Za-z0-9_.]{0,63})[ \t]*$/;
// A piece alone on its line: a string literal (maybe `r`/`b`-prefixed; an f-string's braces are code), maybe a comment. A
// piece holds no blank: a token broken for the line's length does not, prose split in phrases does (`"part one"⏎"part two"`).
const PIECE = /[ \t]{0,40}[rRbBuU]{0,2}(?:"([^"\\\s{}]{1,400})"|'([^'\\\s{}]{1,400})')[ \t]*(?:#[^\r\n]{0,200})?\r?\n/y;
const CLOSE = /[ \t]{0,40}\)/y;
// The line opening a GNU make `define` (maybe after `export`, `override`), its name, maybe its operator.
const DEFINE_LINE_OPENS = /^[ \t]{0,40}(?:(?:export|override)[ \t]{1,40}){0,2}define[ \t]{1,40}([A-Za-z_][A-Za-z0-9_.-]{0,63})[ \t]{0,40}(?:[:?+!]{0,2}=[ \t]{0,40})?\r?$/;
// A later piece of a chain, on a line of its own: going on after `+` or ending the chain (`;`, `,`, `)` or nothing).
const NEXT_PIECE = /[ \t]{0,40}(?:"([^"\\\s]{1,400})"|'([^'\\\s]{1,400})')[ \t]*(\+|[;,)]?)[ \t]*(?:\r?\n|$)/y;

export const nextLineValueRule: SecretRule = {
  id: 'next-line-value',
  keywords: KEYWORDS,
  nearKeywords: true,
  find(text, found, near) {
    const reading = { lastEnd: 0, hereLine: -1, hereTries: 0, operator: -1 };
    if (near) {
      for (const end of near) readAt(text, end, found, reading);
      return;
    }
    // (Past the prefilter's record: each needle's places found by `indexOf`, merged in the text's order. A loop over every
    // character cost main's families holding a keyword on every line (`#define`, a Go tag's closing backtick) ~5 ms/MB.)
    // (Each place's end: a needle's by `indexOf`, the commands' by their pattern, last.)
    const next = [...NEEDLES.map((needle) => endOf(text, needle, 0)), hereCommandEnd(text, 0)];
    for (;;) {
      let k = -1;
      for (let j = 0; j < next.length; j++) if (next[j]! >= 0 && (k < 0 || next[j]! < next[k]!)) k = j;
      if (k < 0) return;
      const end = next[k]!;
      readAt(text, end, found, reading);
      next[k] = k < NEEDLES.length ? endOf(text, NEEDLES[k]!, end - NEEDLES[k]!.length + 1) : hereCommandEnd(text, end);
    }
  },
};

/** The end of `needle`'s first occurrence from `from`, -1 if none. */
function endOf(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? -1 : at + needle.length;
}

interface Reading extends HereReading {
  /** The end of the last span pushed (spans go in rising order). */
  lastEnd: number;
}

/** The reading a keyword ending at `end` opens, if any. */
function readAt(text: string, end: number, found: SpanList, reading: Reading): void {
  const last = text.charCodeAt(end - 1);
  if (last === 60) return pushFound(found, reading, hereDocument(text, end, reading));
  if (last === 102) return defined(text, end - 5, found, reading);
  if (isBlank(last)) return pushFound(found, reading, readInto(text, end, reading));
  if (last !== LF) return;
  let at = end - 1;
  if (text.charCodeAt(at - 1) === CR) at--;
  const before = text.charCodeAt(at - 1);
  if (before === BACKSLASH && escapedBreak(text, at - 1, end, found, reading)) return;
  if (before === BACKSLASH || before === BACKTICK) continuation(text, at - 1, end, found, reading);
  else if (before === DOUBLE_QUOTE) quoteOpened(text, at - 1, end, found, reading);
  else if (before === 40) parenthesised(text, at - 1, end, found, reading);
  else if (before === 43) concatenated(text, at - 1, end, found, reading);
}

function pushFound(found: SpanList, reading: Reading, span: readonly [number, number] | undefined): void {
  if (span) push(found, reading, span[0], span[1]);
}

function push(found: SpanList, reading: Reading, start: number, end: number): void {
  if (start < reading.lastEnd) return;
  found.push(KIND, start, end);
  reading.lastEnd = end;
}

/** A flag or Dockerfile ENV key before the backslash at `slash`, its value the first word of the line from `next`. */
function continuation(text: string, slash: number, next: number, found: SpanList, reading: Reading): void {
  let keyEnd = slash;
  while (keyEnd > slash - MAX_BLANKS && isBlank(text.charCodeAt(keyEnd - 1))) keyEnd--;
  const glued = keyEnd === slash && text.charCodeAt(keyEnd - 1) === EQUALS;
  if (glued) keyEnd--;
  else if (keyEnd === slash) return;
  // (The next line's word first: after most continuations it is another flag, and the name is not read.)
  let start = next;
  while (start < next + MAX_BLANKS && isBlank(text.charCodeAt(start))) start++;
  if ((glued && start !== next) || text.charCodeAt(start) === DASH) return;
  let keyStart = keyEnd;
  while (keyStart > keyEnd - MAX_NAME && isNameChar(text.charCodeAt(keyStart - 1))) keyStart--;
  if (keyStart === keyEnd || !startsWord(text, keyStart)) return;
  const flag = text.charCodeAt(keyStart) === DASH;
  // (A glued `NAME=\` is the assignment rule's: the shell reads the next line as its value too. PowerShell's backtick only
  // after a parameter.)
  const command = flag || glued || text.charCodeAt(slash) === BACKTICK ? '' : text.slice(lineStart(text, keyStart), keyStart);
  const macro = DEFINE_LINE.test(command);
  if (!flag && !macro && !ENV_LINE.test(command)) return;
  const key = text.slice(keyStart, keyEnd);
  const strength = keyStrength(key);
  if (strength === 'none') return;
  const value = shellWord(text, start);
  if (value && (value.quoted || !macro) && acceptsLiteralForKey(text, value.start, value.end, key, strength, !value.quoted)) push(found, reading, value.start, value.end);
}

/** A shell word at `start`, quoted on its line or bare, ending at a blank, an operator or its line's end; never a flag. */
function shellWord(text: string, start: number): { start: number; end: number; quoted: boolean } | undefined {
  const q = text.charCodeAt(start);
  if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) {
    const limit = Math.min(text.length, start + 1 + MAX_VALUE);
    for (let i = start + 1; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === q) return i > start + 1 && endsWord(text.charCodeAt(i + 1)) ? { start: start + 1, end: i, quoted: true } : undefined;
      if (c === LF || c === CR || (c === BACKSLASH && q === DOUBLE_QUOTE)) return undefined;
    }
    return undefined;
  }
  if (q === DASH) return undefined;
  const limit = Math.min(text.length, start + MAX_VALUE);
  let i = start;
  while (i < limit && !endsWord(text.charCodeAt(i)) && !isQuoteOrSlash(text.charCodeAt(i))) i++;
  if (i === start || (i === limit && i < text.length) || !endsWord(text.charCodeAt(i))) return undefined;
  return { start, end: i, quoted: false };
}

/** `NAME = (` with `(` at `paren`, its string pieces each alone on a line from `next`, then `)`: one value. */
function parenthesised(text: string, paren: number, next: number, found: SpanList, reading: Reading): void {
  let eq = paren;
  while (eq > paren - MAX_BLANKS && isBlank(text.charCodeAt(eq - 1))) eq--;
  if (text.charCodeAt(eq - 1) !== EQUALS) return;
  const from = Math.max(lineStart(text, eq), eq - 1 - MAX_NAME - MAX_BLANKS);
  const name = PAREN_NAME.exec(text.slice(from, eq - 1))?.[1];
  if (name === undefined) return;
  const key = name.slice(name.lastIndexOf('.') + 1);
  const strength = keyStrength(key);
  if (strength === 'none') return;
  const pieces: number[] = [];
  let value = '';
  let at = next;
  for (let n = 0; n < MAX_PIECES; n++) {
    PIECE.lastIndex = at;
    const m = PIECE.exec(text);
    if (!m) break;
    const piece = m[1] ?? m[2]!;
    const start = at + m[0].search(/["']/) + 1;
    pieces.push(start, start + piece.length);
    value += piece;
    at = PIECE.lastIndex;
  }
  CLOSE.lastIndex = at;
  if (pieces.length < 4 || !CLOSE.test(text)) return;
  pushPieces(found, reading, pieces, value, strength, key);
}

/** String pieces (their starts and ends, in turn) that make one literal, `value`: judged whole, each redacted. */
function pushPieces(found: SpanList, reading: Reading, pieces: readonly number[], value: string, strength: Strength, key: string): void {
  const whole = { start: pieces[0]!, end: pieces[pieces.length - 1]!, value, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false };
  if (!acceptValue(whole, strength, key) || saysNotTheValue(value)) return;
  for (let i = 0; i < pieces.length; i += 2) push(found, reading, pieces[i]!, pieces[i + 1]!);
}

/**
 * A chain of string pieces joined by `+` at their lines' ends, read from its first line (its `+` at `plus`): the first piece
 * after a name and its `=`, `:=` or member's `:` on that line, or alone on it after a line ending in the name's `=` (`==`,
 * `!=`, `<=`, `>=` compare). Read back by hand from the `+`, a piece's length at most (most `+` ending a line follow no string).
 */
function concatenated(text: string, plus: number, next: number, found: SpanList, reading: Reading): void {
  let close = plus;
  while (close > plus - MAX_BLANKS && isBlank(text.charCodeAt(close - 1))) close--;
  const q = text.charCodeAt(close - 1);
  if (q !== DOUBLE_QUOTE && q !== SINGLE_QUOTE) return;
  let open = close - 2;
  const limit = Math.max(0, close - 2 - MAX_VALUE);
  while (open >= limit && text.charCodeAt(open) !== q && text.charCodeAt(open) > 32 && text.charCodeAt(open) !== BACKSLASH) open--;
  if (open < limit || text.charCodeAt(open) !== q || open === close - 2) return;
  let i = pastBlanksBack(text, open);
  if (text.charCodeAt(i - 1) === LF) {
    i--;
    if (text.charCodeAt(i - 1) === CR) i--;
    i = pastBlanksBack(text, i);
    if (text.charCodeAt(i - 1) !== EQUALS) return;
  } else if (text.charCodeAt(i - 1) !== EQUALS && text.charCodeAt(i - 1) !== COLON) return;
  i--;
  const b = text.charCodeAt(i - 1);
  if (text.charCodeAt(i) === EQUALS && (b === EQUALS || b === 33 || b === 60 || b === 62)) return;
  if (text.charCodeAt(i) === EQUALS && b === COLON) i--;
  const nameEnd = pastBlanksBack(text, i);
  let nameStart = nameEnd;
  while (nameStart > nameEnd - MAX_NAME && isCodeNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
  const first = text.charCodeAt(nameStart);
  if (nameStart === nameEnd || (first >= 48 && first <= 57) || text.charCodeAt(nameStart - 1) === 46 || isCodeNameChar(text.charCodeAt(nameStart - 1))) return;
  const name = text.slice(nameStart, nameEnd);
  // (A strong name only: what code splits over lines under a weak one is a test's vector, a signature or a digest, as in
  // golang.org/x/crypto's JWS tests, `signature = "…" +⏎ "…"`.)
  const strength = keyStrength(name);
  if (strength !== 'strong') return;
  const pieces = [open + 1, close - 1];
  let value = text.slice(open + 1, close - 1);
  let at = next;
  for (let n = 1; ; n++) {
    if (n === MAX_PIECES) return;
    NEXT_PIECE.lastIndex = at;
    const m = NEXT_PIECE.exec(text);
    if (!m) return;
    const more = m[1] ?? m[2]!;
    const start = at + m[0].search(/["']/) + 1;
    pieces.push(start, start + more.length);
    value += more;
    at = NEXT_PIECE.lastIndex;
    if (m[3] !== '+') break;
  }
  pushPieces(found, reading, pieces, value, strength, name);
}

/**
 * A YAML key opening its line (after its indent and a list item's `- `) whose `:` and at least one blank stand before
 * `quote`: the key, or undefined.
 */
function yamlKeyBefore(text: string, quote: number): string | undefined {
  const colon = pastBlanksBack(text, quote);
  if (colon === quote || text.charCodeAt(colon - 1) !== COLON) return undefined;
  const keyEnd = colon - 1;
  let keyStart = keyEnd;
  while (keyStart > keyEnd - MAX_NAME && isNameChar(text.charCodeAt(keyStart - 1))) keyStart--;
  if (keyStart === keyEnd) return undefined;
  let i = pastBlanksBack(text, keyStart);
  if (text.charCodeAt(i - 1) === DASH && i < keyStart) i = pastBlanksBack(text, i - 1);
  return i === 0 || text.charCodeAt(i - 1) === LF ? text.slice(keyStart, keyEnd) : undefined;
}

/** The next line from `next`, indented, up to its closing `"` at its end: [start, end] of the content, or undefined. */
function closedOnNextLine(text: string, next: number): [number, number] | undefined {
  let start = next;
  while (start < next + MAX_BLANKS && isBlank(text.charCodeAt(start))) start++;
  if (start === next) return undefined;
  let end = start;
  const limit = Math.min(text.length, start + MAX_VALUE);
  while (end < limit && text.charCodeAt(end) > 32 && text.charCodeAt(end) !== DOUBLE_QUOTE && text.charCodeAt(end) !== BACKSLASH) end++;
  if (end === start || text.charCodeAt(end) !== DOUBLE_QUOTE) return undefined;
  let after = end + 1;
  while (after < end + 1 + MAX_BLANKS && isBlank(text.charCodeAt(after))) after++;
  const c = text.charCodeAt(after);
  return c === LF || c === CR || Number.isNaN(c) ? [start, end] : undefined;
}

/** `KEY: "` with its quote at `quote` ending its line, the value on the next line up to its closing quote. */
function quoteOpened(text: string, quote: number, next: number, found: SpanList, reading: Reading): void {
  const key = yamlKeyBefore(text, quote);
  if (key === undefined) return;
  const strength = keyStrength(key);
  if (strength === 'none') return;
  const value = closedOnNextLine(text, next);
  if (value && acceptsLiteralForKey(text, value[0], value[1], key, strength, false)) push(found, reading, value[0], value[1]);
}

/** `KEY: "abc\⏎  def"`, the backslash at `slash`: the two pieces one value (whether it was this reading's, even if left). */
function escapedBreak(text: string, slash: number, next: number, found: SpanList, reading: Reading): boolean {
  let open = slash;
  while (open > slash - MAX_VALUE && text.charCodeAt(open - 1) > 32 && text.charCodeAt(open - 1) !== DOUBLE_QUOTE && text.charCodeAt(open - 1) !== BACKSLASH) open--;
  if (open === slash || text.charCodeAt(open - 1) !== DOUBLE_QUOTE) return false;
  const key = yamlKeyBefore(text, open - 1);
  if (key === undefined) return false;
  const strength = keyStrength(key);
  const rest = strength === 'none' ? undefined : closedOnNextLine(text, next);
  if (rest) pushPieces(found, reading, [open, slash, rest[0], rest[1]], text.slice(open, slash) + text.slice(rest[0], rest[1]), strength as Strength, key);
  return true;
}

/** Back past at most MAX_BLANKS blanks before `at`. */
function pastBlanksBack(text: string, at: number): number {
  let i = at;
  while (i > at - MAX_BLANKS && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A letter, a digit, `_` or `$` (an identifier's, in the languages that join strings with `+`). */
function isCodeNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

/** GNU make's `endef` at `at`, opening its line: a body of one line under a `define` of a credential's name, read back. */
function defined(text: string, at: number, found: SpanList, reading: Reading): void {
  if (at < 2 || !text.startsWith('endef', at) || text.charCodeAt(at - 1) !== LF) return;
  const after = text.charCodeAt(at + 5);
  if (!(after === LF || after === CR || Number.isNaN(after) || isBlank(after) || after === 35)) return;
  let valueEnd = at - 1;
  if (text.charCodeAt(valueEnd - 1) === CR) valueEnd--;
  const start = lineStartWithin(text, valueEnd, MAX_VALUE);
  if (start <= 0 || start === valueEnd) return;
  const opens = lineStartWithin(text, start - 1, MAX_COMMAND);
  if (opens < 0) return;
  const name = DEFINE_LINE_OPENS.exec(text.slice(opens, start - 1))?.[1];
  if (name === undefined) return;
  const strength = keyStrength(name);
  if (strength === 'none') return;
  if (acceptsLiteralForKey(text, start, valueEnd, name, strength, true)) push(found, reading, start, valueEnd);
}

/** The start of the line ending at `at`, if within `most` characters back; else -1. */
function lineStartWithin(text: string, at: number, most: number): number {
  let i = at;
  while (i > 0 && at - i <= most && text.charCodeAt(i - 1) !== LF) i--;
  return i === 0 || text.charCodeAt(i - 1) === LF ? i : -1;
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === DASH || c === 46;
}

function startsWord(text: string, at: number): boolean {
  return at === 0 || isBlank(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === LF;
}

/** A blank, a line break, a shell operator or the text's end (NaN). */
function endsWord(c: number): boolean {
  return !(c > 32) || c === 59 || c === 124 || c === 38 || c === 41 || c === BACKSLASH;
}

function isQuoteOrSlash(c: number): boolean {
  return c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === 96;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
