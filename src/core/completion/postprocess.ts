// Stage 5: turn what the model wrote into what the editor shows. Strip leaked FIM tokens,
// <think> blocks, code fences, prompt echoes and prose; fit the whitespace to the cursor and the
// document; stop where the completion repeats the code after the cursor; merge with the rest of
// the cursor's line (replacing an auto-closed bracket it types again); cap the lines; drop empty
// results; write the document's line ends.
import type { DropReason } from './completionTypes';
import { fitLeadingWhitespace, matchIndentStyle } from './indentation';
import { removeOutputNoise } from './outputNoise';
import { cutRepeatedGroup } from './repetitionGuard';
import { dropOverClosers, mergeWithSuffix } from './suffixMerge';
import { cutSuffixRepeat, rewritesNextLine } from './suffixRepeat';
import { toLf } from '../lineEndings';
import { indentWidth } from './textWindow';
import { firstLines } from '../textLines';

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
  /** VS Code's language id: prose is code's noise, except in prose languages. */
  readonly languageId?: string;
}

export type PostprocessResult =
  /** `replace`: characters after the cursor the text replaces (an auto-closed `)` typed again). */
  | { readonly ok: true; readonly text: string; readonly replace: number }
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
  const { prefix, suffix } = input;
  const linePrefix = prefix.slice(prefix.lastIndexOf('\n') + 1);
  const restNewline = suffix.indexOf('\n');
  const restOfLine = restNewline === -1 ? suffix : suffix.slice(0, restNewline);
  const cursorLineBlank = linePrefix.trim() === '' && restOfLine.trim() === '';
  let text = visibleText(input.text);
  text = cutAtSpecialToken(text, input.specialTokens);
  text = removeOutputNoise(text, input.languageId, linePrefix.trim() === '');
  // A fence after a line of prose ("Here is the code:") opens the code as much as a first-line one.
  if (/^\s*```/.test(text)) text = visibleText(text);
  if (input.multiline) text = cutRepeatedGroup(text);
  if (!input.multiline) text = text.slice(0, singleLineEnd(text, restOfLine.trim() === ''));
  text = fitLeadingWhitespace(text, prefix);
  text = matchIndentStyle(text, prefix);
  text = restOfLine.trim() === '' ? text.replace(/\s+$/, '') : text.replace(/\n\s*$/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };

  const laterLines = restNewline === -1 ? [] : suffix.slice(restNewline + 1, restNewline + 1 + 4_000).split('\n', 60);
  const uncut = text;
  text = cutSuffixRepeat(text, laterLines, linePrefix.trim() === '');
  const nextLine = laterLines.find((line) => line.trim() !== '');
  // What is left of a cut one-liner on a blank line may be the model's rewrite of the next line.
  if (text !== uncut && cursorLineBlank && !text.includes('\n') && rewritesNextLine(text, nextLine)) text = '';
  if (text.trim() === '') return { ok: false, reason: 'duplicates-suffix' };
  text = dropClosingLinesOfSuffix(text, restOfLine, laterLines);
  const merged = mergeRestOfLine(text, linePrefix, restOfLine);
  if (merged.text.trim() === '' || merged.text === restOfLine.slice(0, merged.replace)) return { ok: false, reason: 'duplicates-suffix' };
  text = firstLines(merged.text, input.multiline ? input.maxLines : 1 + (merged.text.startsWith('\n') ? 1 : 0));
  const replace = capped(text, merged) ? 0 : merged.replace;
  return { ok: true, text: input.eol === '\n' ? text : text.replace(/\n/g, input.eol), replace };
}

/**
 * Where a single-line completion ends: its first line. When the cursor ends a finished line,
 * a completion that starts with a line break means the next line: that line is the one.
 */
export function singleLineEnd(text: string, atLineEnd: boolean): number {
  const newline = text.indexOf('\n');
  if (newline === -1) return text.length;
  if (!atLineEnd || text.slice(0, newline).trim() !== '') return newline;
  const next = text.indexOf('\n', newline + 1);
  if (text.slice(newline + 1, next === -1 ? text.length : next).trim() === '') return newline;
  return next === -1 ? text.length : next;
}

// A capped text no longer reaches the characters it was to replace.
function capped(text: string, merged: { text: string; replace: number }): boolean {
  return merged.replace > 0 && text.length < merged.text.length;
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

// The rest of the cursor's line after the cursor, when the model wrote it too.
function mergeRestOfLine(text: string, linePrefix: string, restOfLine: string): { text: string; replace: number } {
  const rest = restOfLine.trim();
  if (rest === '') return { text, replace: 0 };
  text = dropOverClosers(text, linePrefix);
  const closersOnly = /^[)\]}"'`;:,\s]*$/.test(rest);
  // Closers and punctuation typed again: replace them (the same edit as trimming, shown in place).
  if (closersOnly) {
    const merged = mergeWithSuffix(text, linePrefix, restOfLine);
    if (merged.replace > 0) return merged;
  }
  // The model wrote the whole rest of the line again (and not closers of its own: `bar(█)` + `foo()`).
  if (text.trimEnd().endsWith(rest) && text.trimEnd().length > rest.length) {
    const kept = text.trimEnd().slice(0, -rest.length);
    if (!closersOnly || !opensBrackets(kept)) return { text: /^\s/.test(restOfLine) ? kept.trimEnd() : kept, replace: 0 };
  }
  return closersOnly ? { text, replace: 0 } : mergeWithSuffix(text, linePrefix, restOfLine);
}

function opensBrackets(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

// Closing lines the suffix already has (`}` of the block the cursor is in), at their indentation.
function dropClosingLinesOfSuffix(text: string, restOfLine: string, laterLines: readonly string[]): string {
  if (restOfLine.trim() !== '' || !text.includes('\n')) return text;
  const suffixLines = laterLines.filter((l) => l.trim() !== '').slice(0, 40);
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
