// BM25 over identifier tokens: ranks chunks of code by how many of the query's rarer
// identifiers they share (Robertson/Sparck Jones; k1 and b at their usual values).
import type { CodeChunk } from './codeChunks';

const K1 = 1.2;
const B = 0.75;

export interface ScoredChunk {
  readonly chunk: CodeChunk;
  readonly score: number;
}

/** The `limit` best chunks for the query terms, best first; chunks sharing no term are left out. */
export function rankBm25(query: ReadonlyMap<string, number>, chunks: readonly CodeChunk[], limit: number): ScoredChunk[] {
  if (chunks.length === 0 || query.size === 0) return [];
  const df = new Map<string, number>();
  let totalLength = 0;
  for (const chunk of chunks) {
    totalLength += chunk.length;
    for (const term of query.keys()) if (chunk.terms.has(term)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = chunks.length;
  const avgLength = totalLength / n;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  const scored: ScoredChunk[] = [];
  for (const chunk of chunks) {
    let score = 0;
    for (const [term, weight] of idf) {
      const tf = chunk.terms.get(term);
      if (!tf) continue;
      score += weight * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * chunk.length) / avgLength)));
    }
    if (score > 0) scored.push({ chunk, score });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit);
}
