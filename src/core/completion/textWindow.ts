// Text around the cursor, read without touching the rest of the document: every scan here is
// bounded, so a 5 MB file or a 100k-character line costs no more than a small one. Cut points
// never fall between the two halves of a surrogate pair.
import { toLf } from '../lineEndings';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` falls between a high and a low surrogate (inside one code point). */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isLowSurrogate(text.charCodeAt(index)) &&
    isHighSurrogate(text.charCodeAt(index - 1))
  );
}

/** Moves a cut index off the middle of a surrogate pair, towards `direction`. */
export function safeCut(text: string, index: number, direction: 'forward' | 'backward'): number {
  if (!splitsSurrogatePair(text, index)) return index;
  return direction === 'forward' ? index + 1 : index - 1;
}

/** Index of `char` in text[from, to), or -1; never scans past `to`. */
export function indexOfBounded(text: string, charCode: number, from: number, to: number): number {
  for (let i = Math.max(0, from); i < to; i++) if (text.charCodeAt(i) === charCode) return i;
  return -1;
}

/** Last index of `char` in text[from, to), or -1; never scans before `from`. */
export function lastIndexOfBounded(text: string, charCode: number, from: number, to: number): number {
  for (let i = Math.min(text.length, to) - 1; i >= from; i--) if (text.charCodeAt(i) === charCode) return i;
  return -1;
}

const NEWLINE = 10;

/**
 * Start of a window of at most `maxChars` ending at `end`. It starts at a line start when one is
 * near enough (whole lines read better to a model), else mid-line but never mid-code-point.
 */
export function windowStartBefore(text: string, end: number, maxChars: number): number {
  const raw = Math.max(0, end - Math.max(0, Math.floor(maxChars)));
  if (raw === 0) return 0;
  if (raw > 0 && text.charCodeAt(raw - 1) === NEWLINE) return raw;
  const slack = Math.min(end, raw + Math.floor(maxChars / 2));
  const newline = indexOfBounded(text, NEWLINE, raw, slack);
  return newline === -1 ? safeCut(text, raw, 'forward') : newline + 1;
}

/** End of a window of at most `maxChars` starting at `start`, at a line end when one is near. */
export function windowEndAfter(text: string, start: number, maxChars: number): number {
  const raw = Math.min(text.length, start + Math.max(0, Math.floor(maxChars)));
  if (raw === text.length) return raw;
  if (text.charCodeAt(raw) === NEWLINE) return raw;
  const slack = Math.max(start, raw - Math.floor(maxChars / 2));
  const newline = lastIndexOfBounded(text, NEWLINE, slack, raw);
  return newline === -1 ? safeCut(text, raw, 'backward') : newline;
}

export interface LineBounds {
  /** Start of the cursor's line, or of the scanned part when `clipped`. */
  readonly start: number;
  /** End of the cursor's line (before its newline), or of the scanned part when `clipped`. */
  readonly end: number;
  /** True when the line is longer than the scan limit on either side. */
  readonly clipped: boolean;
}

/** The line around `offset`, scanning at most `limit` characters each way. */
export function lineAround(text: string, offset: number, limit: number): LineBounds {
  const from = Math.max(0, offset - limit - 1);
  const before = lastIndexOfBounded(text, NEWLINE, from, offset);
  const to = Math.min(text.length, offset + limit + 1);
  const after = indexOfBounded(text, NEWLINE, offset, to);
  const start = before === -1 ? from : before + 1;
  const end = after === -1 ? to : after;
  const clipped = (before === -1 && from > 0) || (after === -1 && to < text.length);
  return { start, end: end > 0 && text.charCodeAt(end - 1) === 13 ? end - 1 : end, clipped };
}

/** CRLF or LF, judged from a window of the document (never the whole text). */
export function detectEol(sample: string): '\n' | '\r\n' {
  const newline = sample.indexOf('\n');
  if (newline === -1) return '\n';
  return newline > 0 && sample.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

/** Leading whitespace of a line, as a column count (tabs count `tabSize`). */
export function indentWidth(line: string, tabSize = 4): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += tabSize;
    else break;
  }
  return width;
}

/** The leading whitespace of a line. */
export function leadingWhitespace(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}

export interface SyntaxWindow {
  /** Text before the cursor, LF line ends, starting at a top-level line when one is near. */
  readonly prefix: string;
  /** Text after the cursor, LF line ends. */
  readonly suffix: string;
  /** The raw slices' line ending. */
  readonly eol: '\n' | '\r\n';
}

/**
 * The neighbourhood that tree-sitter parses for multi-line decisions and block truncation: a
 * few thousand characters, never the document (a parse costs ~0.15 ms per KB). It starts at an unindented line when one is in
 * reach, so the parser sees whole top-level constructs.
 */
export function syntaxWindow(text: string, offset: number, prefixChars = 2_500, suffixChars = 800): SyntaxWindow {
  let start = windowStartBefore(text, offset, prefixChars);
  if (start > 0) {
    // Walk forward to the first line that starts at column 0 with code (bounded by the window).
    for (let i = start; i < offset; ) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 125 && c !== 41 && c !== 93) {
        start = i;
        break;
      }
      const newline = indexOfBounded(text, NEWLINE, i, offset);
      if (newline === -1) break;
      i = newline + 1;
    }
  }
  const end = windowEndAfter(text, offset, suffixChars);
  const rawPrefix = text.slice(start, offset);
  const rawSuffix = text.slice(offset, end);
  return { prefix: toLf(rawPrefix), suffix: toLf(rawSuffix), eol: detectEol(rawPrefix + rawSuffix) };
}
