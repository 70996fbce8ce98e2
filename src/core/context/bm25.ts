// BM25 over identifier tokens: ranks chunks of code by how many of the query's rarer
// identifiers they share (Robertson/Sparck Jones; k1 and b at their usual values). Each file's
// chunks get an inverted index once, so a query touches only the chunks that share a term.
import type { CodeChunk } from './codeChunks';

const K1 = 1.2;
const B = 0.75;

export interface ScoredChunk {
  readonly chunk: CodeChunk;
  readonly score: number;
}

/** The chunks of one file with their postings: term → indices of the chunks that have it. */
export interface ChunkIndex {
  readonly chunks: readonly CodeChunk[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly totalLength: number;
  /** Chunks of the index that may be returned (all when absent); the others still count for IDF. */
  readonly accept?: (chunk: CodeChunk) => boolean;
}

export function indexChunks(chunks: readonly CodeChunk[]): ChunkIndex {
  const postings = new Map<string, number[]>();
  let totalLength = 0;
  chunks.forEach((chunk, i) => {
    totalLength += chunk.length;
    for (const term of chunk.terms.keys()) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  return { chunks, postings, totalLength };
}

/** The `limit` best chunks of all the indexes for the query terms (weighted by the query's values), best first; chunks sharing no term are left out. */
export function rankBm25Indexed(query: ReadonlyMap<string, number>, indexes: readonly ChunkIndex[], limit: number): ScoredChunk[] {
  let n = 0;
  let totalLength = 0;
  for (const index of indexes) {
    n += index.chunks.length;
    totalLength += index.totalLength;
  }
  if (n === 0 || query.size === 0) return [];
  const avgLength = totalLength / n;
  const idf = new Map<string, number>();
  for (const term of query.keys()) {
    let df = 0;
    for (const index of indexes) df += index.postings.get(term)?.length ?? 0;
    if (df > 0) idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  // Scores by global chunk number (file order, then chunk order): ties keep that order. An array
  // and a list of touched numbers: a query over the whole workspace touches tens of thousands.
  const scores = new Float64Array(n);
  const touched: number[] = [];
  let offset = 0;
  for (const index of indexes) {
    for (const [term, weight] of idf) {
      const postings = index.postings.get(term);
      if (!postings) continue;
      const w = (query.get(term) ?? 1) * weight;
      for (const i of postings) {
        const chunk = index.chunks[i];
        if (index.accept && !index.accept(chunk)) continue;
        const tf = chunk.terms.get(term)!;
        const k = offset + i;
        if (scores[k] === 0) touched.push(k);
        scores[k] += w * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * chunk.length) / avgLength)));
      }
    }
    offset += index.chunks.length;
  }
  // The best `limit`, by insertion into a short sorted list (no sort of every touched chunk).
  const best: number[] = [];
  const better = (a: number, b: number): boolean => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (const k of touched) {
    if (best.length === limit && !better(k, best[best.length - 1])) continue;
    let at = best.length;
    while (at > 0 && better(k, best[at - 1])) at--;
    best.splice(at, 0, k);
    if (best.length > limit) best.pop();
  }
  const byNumber = (k: number): CodeChunk => {
    for (const index of indexes) {
      if (k < index.chunks.length) return index.chunks[k];
      k -= index.chunks.length;
    }
    throw new Error('chunk number out of range');
  };
  return best.map((k) => ({ chunk: byNumber(k), score: scores[k] }));
}

/** The `limit` best chunks for the query terms, best first; chunks sharing no term are left out. */
export function rankBm25(query: ReadonlyMap<string, number>, chunks: readonly CodeChunk[], limit: number): ScoredChunk[] {
  return rankBm25Indexed(query, [indexChunks(chunks)], limit);
}
