// Similar code: chunks of the open and recently edited files that share the most (rare)
// identifier tokens with the lines before the cursor, by BM25.
import { rankBm25 } from './bm25';
import type { CodeChunk } from './codeChunks';
import type { ContextCandidate } from './contextTypes';
import type { FileAnalysis } from './fileAnalysis';
import { tokenCounts } from './identifierTokens';

export function similarCodeCandidates(queryText: string, files: readonly FileAnalysis[], limit = 12): ContextCandidate[] {
  const chunks: CodeChunk[] = [];
  for (const file of files) chunks.push(...file.chunks());
  return rankBm25(tokenCounts(queryText), chunks, limit).map(({ chunk, score }) => ({
    path: chunk.path,
    text: chunk.text,
    source: 'similarCode' as const,
    sourceScore: score,
    startLine: chunk.startLine,
    endLine: chunk.endLine,
    reason: `BM25 ${score.toFixed(2)}`,
  }));
}
