// Similar code: chunks of the open and recently edited files that share the most (rare)
// identifier tokens with the lines before the cursor, by BM25.
import { indexChunks, rankBm25Indexed } from './bm25';
import type { ChunkIndex } from './bm25';
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

export function similarCodeCandidates(queryText: string, files: readonly FileAnalysis[], limit = 12): ContextCandidate[] {
  return rankBm25Indexed(tokenCounts(queryText), files.map(indexOf), limit).map(({ chunk, score }) => ({
    path: chunk.path,
    text: chunk.text,
    source: 'similarCode' as const,
    sourceScore: score,
    startLine: chunk.startLine,
    endLine: chunk.endLine,
    reason: `BM25 ${score.toFixed(2)}`,
  }));
}
