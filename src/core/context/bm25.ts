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

/**
 * The chunks of one file with their postings: term → the chunks that have it, each as its
 * index and the term's count there, side by side (`[chunk, count, chunk, count, …]`): a query
 * reads a term's counts from the posting itself, not from each chunk's map of terms.
 */
export interface ChunkIndex {
  readonly chunks: readonly CodeChunk[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly totalLength: number;
  /** Chunks of the index that may be returned (all when absent); the others still count for IDF. */
  readonly accept?: (chunk: CodeChunk) => boolean;
}

/** An index as one request searches it. */
interface Slot {
  readonly index: ChunkIndex;
  /** The number of the index's first chunk among all the request's chunks. */
  readonly offset: number;
  readonly lengths: Float64Array;
}

// Each index's chunk lengths side by side, read by every posting a query visits: one array,
// not a property of thousands of objects scattered over the heap. Kept as long as the chunks.
const lengthsOf = new WeakMap<readonly CodeChunk[], Float64Array>();

function chunkLengths(index: ChunkIndex): Float64Array {
  let lengths = lengthsOf.get(index.chunks);
  if (!lengths) lengthsOf.set(index.chunks, (lengths = Float64Array.from(index.chunks, (c) => c.length)));
  return lengths;
}

export function indexChunks(chunks: readonly CodeChunk[]): ChunkIndex {
  const postings = new Map<string, number[]>();
  let totalLength = 0;
  chunks.forEach((chunk, i) => {
    totalLength += chunk.length;
    for (const [term, count] of chunk.terms) {
      const list = postings.get(term);
      if (list) list.push(i, count);
      else postings.set(term, [i, count]);
    }
  });
  return { chunks, postings, totalLength };
}

/**
 * Which of many indexes hold a term, kept by their owner as files come and go (see
 * chunkDirectory.ts): a query over a whole workspace then visits only the files that share a
 * term with it, instead of asking every file for every term.
 */
export interface TermHolders {
  /** Whether the directory lists this index (the others are asked term by term). */
  covers(index: ChunkIndex): boolean;
  /** The listed indexes that have the term, each with its posting list for it. */
  holders(term: string): Iterable<readonly [ChunkIndex, readonly number[]]>;
}

/**
 * The `limit` best chunks of all the indexes (each given once) for the query terms (weighted by
 * the query's values), best first; chunks sharing no term are left out. `directory` only makes
 * it faster: the result is the same with or without it.
 */
export function rankBm25Indexed(query: ReadonlyMap<string, number>, indexes: readonly ChunkIndex[], limit: number, directory?: TermHolders): ScoredChunk[] {
  // Chunks are numbered across the indexes (file order, then chunk order): ties keep that order.
  const slots = new Map<ChunkIndex, Slot>();
  const unlisted: ChunkIndex[] = [];
  let n = 0;
  let totalLength = 0;
  for (const index of indexes) {
    slots.set(index, { index, offset: n, lengths: chunkLengths(index) });
    n += index.chunks.length;
    totalLength += index.totalLength;
    if (!directory?.covers(index)) unlisted.push(index);
  }
  if (n === 0 || query.size === 0) return [];
  const avgLength = totalLength / n;
  // Per term, its holders with their posting lists: each list is looked up once per request (a
  // term common to hundreds of files costs hundreds of lookups).
  const holding = new Map<string, { slot: Slot; postings: readonly number[] }[]>();
  const idf = new Map<string, number>();
  for (const term of query.keys()) {
    const holders: { slot: Slot; postings: readonly number[] }[] = [];
    let df = 0;
    const hold = (slot: Slot, postings: readonly number[]): void => {
      df += postings.length / 2;
      holders.push({ slot, postings });
    };
    // The directory lists files that are not searched now (open, edited): those are left out.
    if (directory) {
      for (const [index, postings] of directory.holders(term)) {
        const slot = slots.get(index);
        if (slot) hold(slot, postings);
      }
    }
    for (const index of unlisted) {
      const postings = index.postings.get(term);
      if (postings) hold(slots.get(index)!, postings);
    }
    if (df === 0) continue;
    idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    holding.set(term, holders);
  }
  // Scores by chunk number, in an array with a list of touched numbers: a query over the whole
  // workspace touches tens of thousands. Each chunk adds up its terms in the query's order.
  const scores = new Float64Array(n);
  const touched: number[] = [];
  for (const [term, weight] of idf) {
    const w = (query.get(term) ?? 1) * weight;
    for (const { slot, postings } of holding.get(term)!) {
      const { index, offset, lengths } = slot;
      const { accept } = index;
      for (let p = 0; p < postings.length; p += 2) {
        const i = postings[p];
        if (accept && !accept(index.chunks[i])) continue;
        const tf = postings[p + 1];
        const k = offset + i;
        if (scores[k] === 0) touched.push(k);
        scores[k] += w * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[i]) / avgLength)));
      }
    }
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
