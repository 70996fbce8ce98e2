// Similar code: chunks of the open and recently edited files that share the most (rare)
// identifier tokens with the lines before the cursor, by BM25.
import { indexChunks, rankBm25Indexed } from './bm25';
import type { ChunkIndex } from './bm25';
import type { CodeChunk } from './codeChunks';
import type { ContextCandidate } from './contextTypes';
import type { FileAnalysis } from './fileAnalysis';
import { tokenCounts } from './identifierTokens';

// One index per analysis (an analysis is one version of one file).
const indexes = new WeakMap<FileAnalysis, ChunkIndex>();

function indexOf(file: FileAnalysis): ChunkIndex {
  let index = indexes.get(file);
  if (!index) indexes.set(file, (index = indexChunks(file.chunks())));
  return index;
}

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

/**
 * `current`: the edited document's own chunks, of which only those `accept`ed may be proposed
 * (the ones the prompt does not show).
 */
export function similarCodeCandidates(
  queryText: string,
  files: readonly FileAnalysis[],
  limit = 12,
  current?: { readonly file: FileAnalysis; readonly accept: (chunk: CodeChunk) => boolean },
): ContextCandidate[] {
  const indexes = files.map(indexOf);
  if (current) indexes.push({ ...indexOf(current.file), accept: current.accept });
  return rankBm25Indexed(recencyWeightedTerms(queryText), indexes, limit).map(({ chunk, score }) => ({
    path: chunk.path,
    text: chunk.text,
    source: 'similarCode' as const,
    sourceScore: score,
    startLine: chunk.startLine,
    endLine: chunk.endLine,
    reason: `BM25 ${score.toFixed(2)}`,
  }));
}
