// Jaccard similarity of identifier sets, the measure the sliding-window retrievers rank code by
// (RepoCoder, Cody): keywords and one-letter names count (`op1: OperatorFunction<T, A>,` is like
// other overload lists by its `T` and `A`), so it finds code of the same shape that BM25, which
// weighs rare words and leaves those out, does not rank. Over every chunk of the searched files,
// through the identifier postings each file's index keeps (chunkNames.ts): a query touches only
// the chunks that share a name, and scores each from the names it shares and its own count of names.
import { bestNumbers, SearchedIndexes } from './bm25';
import type { ChunkIndex, ScoredChunk } from './bm25';
import type { NameHolders } from './chunkDirectory';
import { namePosition } from './chunkNames';
import type { CodeChunk } from './codeChunks';
import { nameId } from './nameIds';

/** Each searched chunk's Jaccard similarity with one query, for the chunks that share a name with it. */
export interface JaccardScores {
  /** The `limit` chunks most alike, best first (ties: file order, then chunk order). */
  best(limit: number): ScoredChunk[];
  /** The first of `among` most alike (undefined when none shares a name). */
  bestAmong(): ScoredChunk | undefined;
}

/**
 * Jaccard of `query` with every chunk of `indexes` (each given once); chunks sharing no name, and
 * those their index does not accept, score nothing. `directory` only makes it faster: the
 * result is the same without it. `among`: chunks of those indexes to compare apart (BM25's best).
 */
export function jaccardScores(query: ReadonlySet<string>, indexes: readonly ChunkIndex[], directory?: NameHolders, among: readonly CodeChunk[] = []): JaccardScores {
  const searched = new SearchedIndexes(indexes, directory);
  const shared = new Int32Array(searched.count);
  const sizes = new Uint32Array(searched.count);
  const touched: number[] = [];
  const wanted = new Set(among);
  const numbers = new Map<CodeChunk, number>();
  const count = (index: ChunkIndex, offset: number, id: number): void => {
    const { names, accept } = index;
    const at = namePosition(names, id);
    if (at < 0) return;
    for (let p = names.starts[at]; p < names.starts[at + 1]; p++) {
      const i = names.chunks[p];
      if (accept && !accept(index.chunks[i])) continue;
      const k = offset + i;
      if (shared[k]++ === 0) {
        touched.push(k);
        sizes[k] = names.counts[i];
        if (wanted.has(index.chunks[i])) numbers.set(index.chunks[i], k);
      }
    }
  };
  for (const name of query) {
    const id = nameId(name);
    if (id === undefined) continue;
    // The directory lists files that are not searched now (open, edited): those are left out.
    for (const index of directory?.holders(id) ?? []) {
      const slot = searched.slot(index);
      if (slot) count(index, slot.offset, id);
    }
    for (const index of searched.unlisted) count(index, searched.slot(index)!.offset, id);
  }
  const scores = new Float64Array(searched.count);
  for (const k of touched) scores[k] = shared[k] / (query.size + sizes[k] - shared[k]);
  return {
    best: (limit) => bestNumbers(touched, scores, limit).map((k) => ({ chunk: searched.chunk(k), score: scores[k] })),
    bestAmong: () => {
      let best: ScoredChunk | undefined;
      for (const chunk of among) {
        const k = numbers.get(chunk);
        if (k !== undefined && scores[k] > (best?.score ?? 0)) best = { chunk, score: scores[k] };
      }
      return best;
    },
  };
}

/** The `limit` chunks whose identifier sets are most like `query`, best first (see `jaccardScores`). */
export function rankJaccardIndexed(query: ReadonlySet<string>, indexes: readonly ChunkIndex[], limit: number, directory?: NameHolders): ScoredChunk[] {
  return jaccardScores(query, indexes, directory).best(limit);
}
