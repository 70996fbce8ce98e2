// Stage 5: turn what the model wrote into what the editor shows. Strip leaked FIM tokens,
// <think> blocks and code fences; drop what the suffix already has (closing brackets, the rest
// of the line, closing lines); fix the first line's indentation and tabs/spaces; cap the lines;
// drop empty results; write the document's line ends.
import type { DropReason } from './completionTypes';
import { indentWidth, leadingWhitespace, toLf } from './textWindow';

export interface PostprocessInput {
  readonly text: string;
  /** Text before the cursor (a window, LF). */
  readonly prefix: string;
  /** Text after the cursor (a window, LF). */
  readonly suffix: string;
  readonly multiline: boolean;
  readonly maxLines: number;
  /** The template's special tokens, cut at if leaked. */
  readonly specialTokens?: readonly string[];
  readonly eol: '\n' | '\r\n';
}

export type PostprocessResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: DropReason };

// Special tokens of the common FIM families, in case the server lets one through.
const LEAKED_TOKEN =
  /<\|[a-z_]{2,30}\|>|<｜[^｜\n]{1,30}｜>|<(?:fim_(?:prefix|suffix|middle|pad)|file_sep|repo_name|PRE|SUF|MID|EOT|\/s|eos|end_of_turn)>|\[(?:PREFIX|SUFFIX|MIDDLE)\]/;

/**
 * What the user may see of a raw model output so far: <think> blocks (and an unfinished one)
 * removed, a leading code fence line removed and a closing fence cut, LF line ends. Cheap and
 * idempotent: the stream reader calls it on every chunk.
 */
export function visibleText(raw: string): string {
  let text = toLf(raw);
  if (text.includes('<think>')) {
    // A paragraph break after the block is the model's; a single newline may be the code's.
    text = text.replace(/<think>[\s\S]*?<\/think>(?:\n\n)?/g, '');
    const open = text.indexOf('<think>');
    if (open !== -1) text = text.slice(0, open);
  }
  const fence = /^\s*```/.exec(text);
  if (fence) {
    const newline = text.indexOf('\n', fence[0].length);
    if (newline === -1) return '';
    text = text.slice(newline + 1);
    const close = /(^|\n)[ \t]*```/.exec(text);
    if (close) text = text.slice(0, close.index);
  }
  return text;
}

/** True once a completion that opened with a code fence has closed it: the code is over. */
export function fenceClosed(raw: string): boolean {
  return /^\s*```[^\n]*\n[\s\S]*?(^|\n)[ \t]*```/.test(raw);
}

export function postprocessCompletion(input: PostprocessInput): PostprocessResult {
  let text = visibleText(input.text);
  text = cutAtSpecialToken(text, input.specialTokens);
  if (!input.multiline) {
    const newline = text.indexOf('\n');
    if (newline !== -1) text = text.slice(0, newline);
  }
  const lineStart = input.prefix.lastIndexOf('\n') + 1;
  const linePrefix = input.prefix.slice(lineStart);
  text = fixFirstLineIndent(text, linePrefix, input.prefix, lineStart);
  text = matchIndentStyle(text, input.prefix);
  const restNewline = input.suffix.indexOf('\n');
  const restOfLine = restNewline === -1 ? input.suffix : input.suffix.slice(0, restNewline);
  text = restOfLine.trim() === '' ? text.replace(/\s+$/, '') : text.replace(/\n\s*$/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const deduped = removeSuffixDuplicate(text, restOfLine, input.suffix, restNewline);
  if (deduped.trim() === '') return { ok: false, reason: 'duplicates-suffix' };
  text = capLines(deduped, input.multiline ? input.maxLines : 1);
  return { ok: true, text: input.eol === '\n' ? text : text.replace(/\n/g, input.eol) };
}

function cutAtSpecialToken(text: string, tokens: readonly string[] | undefined): string {
  let end = text.length;
  for (const token of tokens ?? []) {
    const at = token === '' ? -1 : text.indexOf(token);
    if (at !== -1 && at < end) end = at;
  }
  const leaked = LEAKED_TOKEN.exec(text);
  if (leaked && leaked.index < end) end = leaked.index;
  return text.slice(0, end);
}

// The cursor already sits at the line's indentation; a model that re-emits it would double it.
// And a mid-line space the prefix already ends with is not typed twice.
function fixFirstLineIndent(text: string, linePrefix: string, prefix: string, lineStart: number): string {
  const lead = leadingWhitespace(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));
  if (lead === '') return text;
  if (linePrefix.trim() !== '') {
    return linePrefix.endsWith(' ') && lead.startsWith(' ') ? text.slice(1) : text;
  }
  if (linePrefix === '') return text;
  const expected = expectedIndent(prefix, lineStart);
  const excess = indentWidth(linePrefix + lead) - Math.max(expected, indentWidth(linePrefix));
  if (excess <= 0) return text;
  let cut = 0;
  while (cut < lead.length && indentWidth(lead.slice(cut)) > indentWidth(lead) - excess) cut++;
  return text.slice(cut);
}

// The indentation a new line here should have: the previous code line's, one level deeper after an opener.
function expectedIndent(prefix: string, lineStart: number): number {
  let end = lineStart - 1;
  while (end > 0) {
    const start = prefix.lastIndexOf('\n', end - 1) + 1;
    const line = prefix.slice(start, end);
    if (line.trim() !== '') {
      const opens = /[{([:]\s*$|=>\s*$|\b(?:do|then)\s*$/.test(line);
      return indentWidth(line) + (opens ? indentUnitWidth(prefix) : 0);
    }
    end = start - 1;
  }
  return 0;
}

interface IndentStyle {
  readonly tabs: boolean;
  readonly width: number;
}

/** Tabs or N spaces, by the indented lines of a window. */
export function detectIndentStyle(sample: string): IndentStyle | undefined {
  let tabs = 0;
  let spaces = 0;
  let width = 0;
  for (const line of sample.split('\n', 400)) {
    if (line.startsWith('\t')) tabs++;
    else if (line.startsWith(' ') && line.trim() !== '') {
      spaces++;
      const w = leadingWhitespace(line).length;
      if (w >= 2 && (width === 0 || w < width)) width = w;
    }
  }
  if (tabs === 0 && spaces === 0) return undefined;
  return tabs > spaces ? { tabs: true, width: 1 } : { tabs: false, width: width || 4 };
}

function indentUnitWidth(prefix: string): number {
  const style = detectIndentStyle(prefix.slice(-4000));
  return !style || style.tabs ? 4 : style.width;
}

// Lines after the first follow the document's tabs-or-spaces.
function matchIndentStyle(text: string, prefix: string): string {
  if (!text.includes('\n')) return text;
  const doc = detectIndentStyle(prefix.slice(-4000));
  if (!doc) return text;
  const lines = text.split('\n');
  if (doc.tabs) {
    const unit = detectIndentStyle(lines.slice(1).join('\n'))?.width ?? 4;
    return lines
      .map((line, i) => (i === 0 ? line : line.replace(/^ +/, (s) => '\t'.repeat(Math.floor(s.length / unit)) + ' '.repeat(s.length % unit))))
      .join('\n');
  }
  return lines.map((line, i) => (i === 0 ? line : line.replace(/^\t+/, (s) => ' '.repeat(s.length * doc.width)))).join('\n');
}

const CLOSE_TO_OPEN: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function removeSuffixDuplicate(text: string, restOfLine: string, suffix: string, restNewline: number): string {
  const rest = restOfLine.trim();
  if (rest !== '') {
    if (/^[)\]};,\s]*$/.test(rest)) return removeUnmatchedClosers(text, rest);
    // The model wrote the rest of the line again.
    if (!text.trimEnd().endsWith(rest)) return text;
    const kept = text.trimEnd().slice(0, -rest.length);
    return /^\s/.test(restOfLine) ? kept.trimEnd() : kept;
  }
  if (!text.includes('\n')) return text;
  // Closing lines the suffix already has (`}` of the block the cursor is in).
  const suffixLines = (restNewline === -1 ? '' : suffix.slice(restNewline + 1)).split('\n', 40).filter((l) => l.trim() !== '');
  const lines = text.split('\n');
  for (let k = Math.min(5, suffixLines.length, lines.length - 1); k >= 1; k--) {
    const tail = lines.slice(lines.length - k);
    if (tail.every((line, i) => sameLine(line, suffixLines[i]!))) return lines.slice(0, lines.length - k).join('\n').trimEnd();
  }
  return text;
}

function sameLine(a: string, b: string): boolean {
  return a.trim() === b.trim() && indentWidth(a) === indentWidth(b);
}

// `foo(a, b))` before `)`: trailing closers with no opener in the completion are the suffix's.
function removeUnmatchedClosers(text: string, rest: string): string {
  const stack: string[] = [];
  let unmatchedFrom = -1;
  for (let i = 0; i < text.length && unmatchedFrom === -1; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in CLOSE_TO_OPEN) {
      if (stack[stack.length - 1] === CLOSE_TO_OPEN[c]) stack.pop();
      else unmatchedFrom = i;
    }
  }
  const end = text.trimEnd().length;
  if (unmatchedFrom !== -1) {
    const tail = text.slice(unmatchedFrom, end);
    if (/^[)\]};,\s]*$/.test(tail) && closersOf(rest).startsWith(closersOf(tail))) return text.slice(0, unmatchedFrom);
  }
  if (rest.startsWith(';') && text.slice(0, end).endsWith(';')) return text.slice(0, end - 1);
  return text;
}

function closersOf(text: string): string {
  return text.replace(/[^)\]}]/g, '');
}

function capLines(text: string, maxLines: number): string {
  let end = -1;
  for (let i = 0; i < maxLines; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}
