// Similar code: chunks of the open and recently edited files that share the most (rare)
// identifier tokens with the lines before the cursor, by BM25, then ranked by how well a line
// of them lines up with the cursor's last lines (see lineAlignment.ts), each cut to those lines
// and the ones after them; only files of the document's language family (see sameLanguageFamily).
// Two more places go to the chunks most like those lines by the sliding-window retrievers'
// measure (Jaccard of identifier sets), whole and with the lines that follow them: they find code
// of the same shape, whose next line the alignment misses when the cursor's last lines are unlike any.
import { sameLanguageFamily } from '../syntax/languages';
import { rankBm25Indexed } from './bm25';
import type { ChunkIndex, TermHolders } from './bm25';
import { followingChunk } from './codeChunks';
import type { CodeChunk } from './codeChunks';
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import type { FileAnalysis } from './fileAnalysis';
import { identifiersIn, tokenCounts } from './identifierTokens';
import { alignmentQuery, bestAlignment, codeLines } from './lineAlignment';
import type { Alignment, CodeLines } from './lineAlignment';
import type { RecentEditTracker } from './recentEdits';
import type { RetrievalSignal } from './retrievalSignal';
import { CHUNK_INDEX_UNITS_PER_CHAR } from './workBudget';
import type { WorkBudget } from './workBudget';
import type { WorkspaceSymbols } from './workspaceSymbols';

/**
 * Query terms of the lines before the cursor, each line's terms weighted down with its distance
 * from the cursor (halving every `halfLife` lines): the next line is most like the last few.
 * Measured: a 3-line half-life over 20 lines beat plain 4- to 30-line windows.
 */
export function recencyWeightedTerms(queryText: string, halfLife = 3): Map<string, number> {
  const lines = queryText.split('\n');
  const terms = new Map<string, number>();
  lines.forEach((line, i) => {
    const weight = Math.pow(0.5, (lines.length - 1 - i) / halfLife);
    for (const [term, count] of tokenCounts(line)) terms.set(term, Math.max(terms.get(term) ?? 0, weight * count));
  });
  return terms;
}

/** Measured: the alignment ranks BM25's best 2 × limit (3 × and 4 × no better); the Jaccard places are chosen among 4 × limit (2 × found too few). */
const POOL_FACTOR = 2;
const JACCARD_POOL_FACTOR = 4;
/**
 * The Jaccard place compares the last code lines before the cursor, about a chunk's length of
 * them: Jaccard of a 20-line query and a 10-line chunk favours long chunks over alike ones (the
 * sliding windows compare as many lines as they hold).
 */
const JACCARD_QUERY_LINES = 12;
/**
 * The ranks of the Jaccard places among the similar chunks, the most alike first (measured: third
 * beat second and fourth for the first; a second at the sixth gained line matches in Rust and C++).
 */
const JACCARD_RANKS = [2, 5];
/**
 * A similar chunk is cut to its line aligned with the cursor's last one and those after it (the
 * continuation a model copies): a third of the tokens of a whole chunk, so more chunks fit. The
 * lines above it are the ones the alignment found like the prompt's own last lines: the model has
 * them already (measured on the context bench, tune, 1,350 points: starting 3 lines above, line
 * match the same, +0.1 [−0.8, 0.9], and the tokens saved gave definitions +1.2 [0.5, 1.9]).
 */
const LINES_AFTER = 6;
/** Lines shown after the Jaccard place's chunk (see `continued`; measured: 4 as good as 6 for line match, less cost to definitions; a 20-line window less good). */
const CONTINUATION_LINES = 4;
/**
 * A chunk aligned this well (of 1.75) is kept for its shape even when it names nothing the
 * prompt lacks (measured: 1.3 gained line matches, 1.0 cost definitions).
 */
const SHAPE_ALIGNMENT = 1.3;

// Chunks live as long as their file's index: each one's lines are tokenized once, not per request.
const chunkLines = new WeakMap<CodeChunk, CodeLines>();

function linesOf(chunk: CodeChunk): CodeLines {
  let lines = chunkLines.get(chunk);
  if (!lines) chunkLines.set(chunk, (lines = codeLines(chunk.text)));
  return lines;
}

const chunkNames = new WeakMap<CodeChunk, ReadonlySet<string>>();

function namesOf(chunk: CodeChunk): ReadonlySet<string> {
  let names = chunkNames.get(chunk);
  if (!names) chunkNames.set(chunk, (names = new Set(identifiersIn(chunk.text))));
  return names;
}

/**
 * Jaccard similarity of two sets of identifiers, keywords included (as RepoCoder and Cody
 * rank their windows: `return func(c *Context) {` is like other code by its keywords too).
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The `count` chunks whose identifier sets are most like the query's, most alike first (the first of equals first); none that shares no name. */
export function mostAlikeChunks(queryText: string, chunks: readonly CodeChunk[], count: number): CodeChunk[] {
  const query = new Set(identifiersIn(queryText));
  const scored: { chunk: CodeChunk; score: number }[] = [];
  for (const chunk of chunks) {
    const score = jaccard(query, namesOf(chunk));
    if (score > 0) scored.push({ chunk, score });
  }
  // A stable sort: equals keep the chunks' order.
  return scored.sort((a, b) => b.score - a.score).slice(0, count).map((s) => s.chunk);
}

/**
 * `current`: the edited document's own chunks, of which only those `accept`ed may be proposed
 * (the ones the prompt does not show).
 */
export function similarCodeCandidates(
  queryText: string,
  files: readonly FileAnalysis[],
  limit = 12,
  current?: { readonly file: FileAnalysis; readonly accept: (chunk: CodeChunk) => boolean },
  more: readonly ChunkIndex[] = [],
  directory?: TermHolders,
): ContextCandidate[] {
  const indexes = [...files.map((f) => f.chunkIndex()), ...more];
  if (current) indexes.push({ ...current.file.chunkIndex(), accept: current.accept });
  // BM25 finds code about the same things; of those, the ones whose lines line up with the
  // cursor's come first (BM25's order breaks ties). Measured: BM25's pool of twice the limit.
  const query = alignmentQuery(queryText);
  const found = rankBm25Indexed(recencyWeightedTerms(queryText), indexes, limit * JACCARD_POOL_FACTOR, directory);
  const pool = found.slice(0, limit * POOL_FACTOR).map((f, rank) => ({ ...f, rank, alignment: bestAlignment(query, linesOf(f.chunk)) }));
  pool.sort((a, b) => b.alignment.score - a.alignment.score || a.rank - b.rank);
  const alike = mostAlikeChunks(queryText.split('\n').slice(-JACCARD_QUERY_LINES).join('\n'), found.map((f) => f.chunk), JACCARD_RANKS.length);
  // The places are settled first and only the first `limit` are cut to their lines.
  const places: ((typeof pool)[number] | CodeChunk)[] = [...pool];
  alike.forEach((chunk, i) => {
    const rank = JACCARD_RANKS[i];
    const at = places.findIndex((p) => p === chunk || ('alignment' in p && p.chunk === chunk));
    // Already among the first places (by its alignment, or the first Jaccard place): it stays there as it is.
    if (at >= 0 && at <= rank) return;
    if (at >= 0) places.splice(at, 1);
    places.splice(Math.min(rank, places.length), 0, chunk);
  });
  return places.slice(0, limit).map((place): ContextCandidate => {
    if (!('alignment' in place)) {
      const { text, endLine } = continued(place, current && place.path === current.file.path ? current.accept : undefined);
      return { path: place.path, text, source: 'similarCode', sourceScore: 0, startLine: place.startLine, endLine, reason: 'most alike by Jaccard of identifier sets' };
    }
    const { chunk, score, alignment } = place;
    const { text, first, last } = cutToAlignment(chunk.text, alignment);
    return {
      path: chunk.path,
      text,
      source: 'similarCode',
      sourceScore: alignment.score,
      startLine: chunk.startLine + first,
      endLine: chunk.startLine + last,
      reason: `aligned ${alignment.score.toFixed(2)} at line ${chunk.startLine + alignment.line + 1}, BM25 ${score.toFixed(2)}`,
      keepForShape: alignment.score >= SHAPE_ALIGNMENT || undefined,
      copyLine: copyLineOf(text, alignment),
    };
  });
}

/**
 * The Jaccard place's chunk and the `CONTINUATION_LINES` lines that follow it in its file: code
 * of the same shape as the lines before the cursor is followed by code like the next line
 * (RepoCoder's windows run on past the similar part). `accept`: whether a following chunk may be shown.
 */
export function continued(chunk: CodeChunk, accept?: (chunk: CodeChunk) => boolean): { text: string; endLine: number } {
  let { text, endLine } = chunk;
  let wanted = CONTINUATION_LINES;
  for (let next = followingChunk(chunk); next && wanted > 0 && (!accept || accept(next.chunk)); next = followingChunk(next.chunk)) {
    const more = (next.gap === undefined ? next.chunk.text : `${next.gap}\n${next.chunk.text}`).split('\n').slice(0, wanted);
    text += `\n${more.join('\n')}`;
    endLine += more.length;
    wanted -= more.length;
  }
  return { text, endLine };
}

/** In a chunk cut to its aligned line, the first code line after it: the one a model would copy. */
function copyLineOf(text: string, alignment: Alignment): number | undefined {
  if (alignment.score <= 0) return undefined;
  const next = text.split('\n').findIndex((line, i) => i > 0 && line.trim() !== '');
  return next < 0 ? undefined : next;
}

/** A chunk's lines from its aligned line to `LINES_AFTER` after it; a chunk aligned nowhere stays whole. */
export function cutToAlignment(text: string, alignment: Alignment): { text: string; first: number; last: number } {
  const lines = text.split('\n');
  if (alignment.score <= 0) return { text, first: 0, last: lines.length - 1 };
  const first = alignment.line;
  const last = Math.min(lines.length - 1, alignment.line + LINES_AFTER);
  return { text: lines.slice(first, last + 1).join('\n'), first, last };
}

/** Recently edited files searched besides the open ones. */
const RECENT_FILES = 5;

/**
 * The document's own chunks outside the part the prompt shows, from its last analysis (maybe
 * a version old): a chunk counts only where the current text still has it word for word, so
 * nothing the user deleted, and nothing past the end of the text, is proposed.
 */
function farChunks(signal: RetrievalSignal): { file: FileAnalysis; accept: (chunk: CodeChunk) => boolean } | undefined {
  const { document: doc, visible } = signal;
  if (visible.start === 0 && visible.end >= doc.text.length) return undefined; // the prompt shows it all
  const file = signal.current();
  if (!file) return undefined;
  // Asked once per query term a chunk holds: each chunk is compared with the text once.
  const accepted = new Map<CodeChunk, boolean>();
  const accept = (chunk: CodeChunk): boolean => {
    let ok = accepted.get(chunk);
    if (ok === undefined) {
      const start = file.lines.lineStart(chunk.startLine);
      const end = start + chunk.text.length;
      ok = (end <= visible.start || start >= visible.end) && doc.text.startsWith(chunk.text, start);
      accepted.set(chunk, ok);
    }
    return ok;
  };
  return { file, accept };
}

/** Whether a file's chunk index is there or may be built within the budget; else it is built between requests. */
function indexed(file: FileAnalysis, work: WorkBudget, signal: RetrievalSignal): boolean {
  if (file.hasChunkIndex() || work.take(file.lines.text.length * CHUNK_INDEX_UNITS_PER_CHAR)) return true;
  signal.services.files.defer(`index:${file.path}`, () => void file.chunkIndex());
  return false;
}

/** Similar code in the open files, the recently edited ones, the rest of the workspace (as indexed) and the document's own far parts. */
export function similarCodeRetriever(recentEdits: RecentEditTracker | undefined, workspace?: WorkspaceSymbols): ContextRetriever {
  return {
    name: 'similarCode',
    // Measured: 1.1 with chunks cut to their aligned lines; 1.2 cost definitions in Java.
    weight: 1.1,
    role: 'pattern',
    async retrieve(signal, budget) {
      const { languageId } = signal.document;
      const open = signal.openFiles();
      const files = [...open];
      const skip = new Set([signal.document.relativePath, ...open.map((f) => f.path)]);
      for (const path of recentEdits?.recentPaths(signal.now).slice(0, RECENT_FILES) ?? []) {
        if (skip.has(path)) continue;
        const analysis = await signal.services.files.forPath(path, budget.work);
        if (analysis && sameLanguageFamily(languageId, analysis.languageId)) files.push(analysis);
      }
      const far = farChunks(signal);
      const searched = files.filter((f) => indexed(f, budget.work, signal));
      // The index's copy of a file is its saved text: the open and edited ones are read as they are now.
      const fresh = new Set([...skip, ...files.map((f) => f.path)]);
      const rest: ChunkIndex[] = [];
      for (const [path, index] of workspace?.chunkIndexes(languageId) ?? []) if (!fresh.has(path)) rest.push(index);
      return similarCodeCandidates(signal.queryText(), searched, 12, far && indexed(far.file, budget.work, signal) ? far : undefined, rest, workspace?.termHolders(languageId));
    },
  };
}
