// Splits a file into chunks for similar-code search: whole definitions where they fit, large
// ones split at their members, loose lines between them grouped; then small neighbours merged
// up to a size. Without a parse tree, plain line windows.
import { childrenByParent } from './definitionTree';
import type { CodeDefinition } from './fileAnalysis';
import { tokenCounts } from './identifierTokens';
import type { LineIndex } from './lineIndex';

export interface CodeChunk {
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
  /** Identifier-token frequencies (see identifierTokens.ts), for BM25. */
  readonly terms: ReadonlyMap<string, number>;
  /** Total token count, BM25's document length. */
  readonly length: number;
}

// 15 lines measured better than 10, 12, 18 or 20 at a 1k-token budget: more, smaller pieces fit.
export const MAX_CHUNK_LINES = 15;

type Range = [first: number, last: number];

function windows(first: number, last: number, size: number, out: Range[]): void {
  for (let start = first; start <= last; start += size) out.push([start, Math.min(last, start + size - 1)]);
}

function syntaxRanges(lineCount: number, definitions: readonly CodeDefinition[]): Range[] {
  const children = childrenByParent(definitions);
  const out: Range[] = [];
  const emitRange = (first: number, last: number, kids: readonly number[]): void => {
    let cursor = first;
    for (const k of kids) {
      const d = definitions[k];
      if (d.startLine < cursor) continue; // shares a line with the previous one
      if (d.startLine > cursor) windows(cursor, d.startLine - 1, MAX_CHUNK_LINES, out);
      emitDefinition(k);
      cursor = d.endLine + 1;
    }
    if (cursor <= last) windows(cursor, last, MAX_CHUNK_LINES, out);
  };
  const emitDefinition = (index: number): void => {
    const d = definitions[index];
    const kids = children.get(index);
    if (d.endLine - d.startLine + 1 <= MAX_CHUNK_LINES) out.push([d.startLine, d.endLine]);
    else if (kids?.length) emitRange(d.startLine, d.endLine, kids);
    else windows(d.startLine, d.endLine, MAX_CHUNK_LINES, out);
  };
  emitRange(0, lineCount - 1, children.get(undefined) ?? []);
  return out;
}

function merge(ranges: readonly Range[]): Range[] {
  const merged: Range[] = [];
  for (const [first, last] of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && last - previous[0] + 1 <= MAX_CHUNK_LINES && first <= previous[1] + 1) previous[1] = last;
    else merged.push([first, last]);
  }
  return merged;
}

/** Chunks of a file; `definitions` undefined means it was not parsed (text windows). */
export function chunkFile(path: string, lines: LineIndex, definitions: readonly CodeDefinition[] | undefined): CodeChunk[] {
  const ranges = definitions ? merge(syntaxRanges(lines.lineCount, definitions)) : (() => {
    const out: Range[] = [];
    windows(0, lines.lineCount - 1, MAX_CHUNK_LINES, out);
    return out;
  })();
  const chunks: CodeChunk[] = [];
  for (const [startLine, endLine] of ranges) {
    const text = lines.lines(startLine, endLine);
    if (!text.trim()) continue;
    const terms = tokenCounts(text);
    let length = 0;
    for (const n of terms.values()) length += n;
    if (length === 0) continue;
    const chunk = { path, startLine, endLine, text, terms, length };
    const previous = chunks[chunks.length - 1];
    if (previous) followers.set(previous, { chunk, gap: startLine > previous.endLine + 1 ? lines.lines(previous.endLine + 1, startLine - 1) : undefined });
    chunks.push(chunk);
  }
  return chunks;
}

// The chunk after each one in its file, with the lines between them (blank, or no identifier in them).
const followers = new WeakMap<CodeChunk, { readonly chunk: CodeChunk; readonly gap: string | undefined }>();

/** The next chunk of the chunk's file and the exact text of the lines between the two (undefined when none). */
export function followingChunk(chunk: CodeChunk): { readonly chunk: CodeChunk; readonly gap: string | undefined } | undefined {
  return followers.get(chunk);
}
