// Splits a file into the workspace index's chunks: in parsed code, one chunk per definition
// (function, method, class) that fits, a large class split at its members and a large function
// into windows, each labelled with its enclosing names and its signature; the loose lines
// between definitions grouped; Markdown by headings and paragraphs; any other text in line
// windows. Chunks are larger than the completion context's similar-code chunks: a chat
// question asks about a whole function, not the next line.
import type { CodeDefinition, FileAnalysis } from '../context/fileAnalysis';
import { childrenByParent } from '../context/definitionTree';
import { signatureLines } from '../context/definitionHeaders';
import type { LineIndex } from '../context/lineIndex';

export type ChunkKind = 'definition' | 'part' | 'code' | 'section' | 'text';

export interface IndexChunk {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: ChunkKind;
  /** Names defined in the chunk and the names enclosing it, outermost first (`Queue put`). */
  readonly names: readonly string[];
  /** `Queue.put`: where the chunk is, for the reader (empty at the top level). */
  readonly scope: string;
  /** The signature of the definition the chunk is (part of); the heading of a Markdown section. */
  readonly header: string;
}

/** Lines a chunk holds at most; a definition this long or shorter stays whole. */
export const MAX_INDEX_CHUNK_LINES = 60;
/** Small neighbours of loose code are merged up to this many lines. */
const LOOSE_MERGE_LINES = 30;
const TEXT_WINDOW_LINES = 40;

const MARKDOWN = /\.(md|markdown|mdx|rst|txt|adoc)$/i;

/** Chunks of a parsed (or unparsed) code file. */
export function chunkCode(file: FileAnalysis): IndexChunk[] {
  if (!file.parsed || file.definitions.length === 0) return windowChunks(file.lines, 0, file.lines.lineCount - 1, MAX_INDEX_CHUNK_LINES, 'code', [], '', '');
  const defs = file.definitions;
  const children = childrenByParent(defs);
  const out: IndexChunk[] = [];
  const enclosing = (i: number | undefined): string[] => {
    const names: string[] = [];
    for (let p = i; p !== undefined; p = defs[p].parent) names.unshift(defs[p].name);
    return names;
  };
  // Loose lines (between definitions) at one level, grouped into windows of the enclosing scope.
  const loose = (first: number, last: number, parent: number | undefined): void => {
    if (first > last) return;
    const names = enclosing(parent);
    const header = parent === undefined ? '' : signatureLines(file, defs[parent]);
    for (const chunk of windowChunks(file.lines, first, last, LOOSE_MERGE_LINES, parent === undefined ? 'code' : 'part', names, names.join('.'), header)) {
      if (file.lines.lines(chunk.startLine, chunk.endLine).trim()) out.push(chunk);
    }
  };
  const level = (first: number, last: number, kids: readonly number[], parent: number | undefined): void => {
    let cursor = first;
    for (const k of kids) {
      const d = defs[k];
      if (d.startLine < cursor) continue; // shares a line with the previous one
      loose(cursor, d.startLine - 1, parent);
      definition(k);
      cursor = d.endLine + 1;
    }
    loose(cursor, last, parent);
  };
  const definition = (i: number): void => {
    const d = defs[i];
    const kids = children.get(i) ?? [];
    const names = enclosing(i);
    const scope = names.join('.');
    const header = signatureLines(file, d);
    if (d.endLine - d.startLine + 1 <= MAX_INDEX_CHUNK_LINES) {
      out.push({ startLine: d.startLine, endLine: d.endLine, kind: 'definition', names: [...names.slice(0, -1), ...namesWithin(defs, i)], scope, header });
    } else if (kids.length > 0) {
      level(d.startLine, d.endLine, kids, i);
    } else {
      out.push(...windowChunks(file.lines, d.startLine, d.endLine, MAX_INDEX_CHUNK_LINES, 'part', names, scope, header));
    }
  };
  level(0, file.lines.lineCount - 1, children.get(undefined) ?? [], undefined);
  return out.sort((a, b) => a.startLine - b.startLine);
}

/**
 * The names of a definition and of everything defined inside it, in order. Definitions are
 * sorted by start (a container before what it contains), so what is inside follows it: the scan
 * stops at the first one starting past its end (a file of thousands stays linear).
 */
function namesWithin(defs: readonly CodeDefinition[], i: number): string[] {
  const d = defs[i];
  const names: string[] = [];
  for (let j = i; j < defs.length && defs[j].startIndex <= d.endIndex; j++) if (defs[j].endIndex <= d.endIndex) names.push(defs[j].name);
  return names;
}

/** Chunks of Markdown and plain text: sections under their heading, long ones by paragraphs. */
export function chunkProse(lines: LineIndex): IndexChunk[] {
  const out: IndexChunk[] = [];
  let heading = '';
  let start = 0;
  const flush = (last: number): void => {
    if (last < start) return;
    // A long section: paragraphs (blank-line separated) packed up to the window size.
    let from = start;
    let lastBlank = -1;
    for (let line = start; line <= last; line++) {
      if (!lines.lines(line, line).trim()) lastBlank = line;
      if (line - from + 1 >= TEXT_WINDOW_LINES) {
        const cut = lastBlank > from ? lastBlank : line;
        push(from, cut);
        from = cut + 1;
        lastBlank = -1;
      }
    }
    push(from, last);
  };
  const push = (first: number, last: number): void => {
    if (last < first || !lines.lines(first, last).trim()) return;
    out.push({ startLine: first, endLine: last, kind: 'section', names: [], scope: heading, header: heading });
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lines(line, line);
    const match = /^(#{1,6})\s+(.*)$/.exec(text);
    if (!match) continue;
    flush(line - 1);
    heading = match[2].trim();
    start = line;
  }
  flush(lines.lineCount - 1);
  return out;
}

/** Chunks of any file: code by its definitions, prose by sections, anything else by line windows. */
export function chunkFileForIndex(path: string, file: FileAnalysis): IndexChunk[] {
  if (file.parsed) return chunkCode(file);
  if (MARKDOWN.test(path)) return chunkProse(file.lines);
  return windowChunks(file.lines, 0, file.lines.lineCount - 1, TEXT_WINDOW_LINES, 'text', [], '', '').filter((c) => file.lines.lines(c.startLine, c.endLine).trim());
}

function windowChunks(lines: LineIndex, first: number, last: number, size: number, kind: ChunkKind, names: readonly string[], scope: string, header: string): IndexChunk[] {
  const out: IndexChunk[] = [];
  for (let start = first; start <= last; start += size) {
    out.push({ startLine: start, endLine: Math.min(last, start + size - 1), kind, names, scope, header });
  }
  return out;
}
