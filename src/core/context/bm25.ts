// BM25 over identifier tokens: ranks chunks of code by how many of the query's rarer
// identifiers they share (Robertson/Sparck Jones; k1 and b at their usual values). Each file's
// chunks get an inverted index once, so a query touches only the chunks that share a term; the
// same index keeps each chunk's whole identifiers, for Jaccard of identifier sets (jaccardRanking.ts).
import { chunkNames } from './chunkNames';
import type { ChunkNames } from './chunkNames';
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
  /** Each chunk's whole identifiers, by id: Jaccard of identifier sets from the index alone. */
  readonly names: ChunkNames;
  /** Chunks of the index that may be returned (all when absent); the others still count for IDF. */
  readonly accept?: (chunk: CodeChunk) => boolean;
}

/** An index as one request searches it. */
export interface Slot {
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
  return { chunks, postings, totalLength, names: chunkNames(chunks) };
}

/** The indexes a directory (chunkDirectory.ts) lists: a query asks it which of them hold a key, and asks the others itself. */
export interface Listing {
  covers(index: ChunkIndex): boolean;
}

/**
 * Which of many indexes hold a term, kept by their owner as files come and go (see
 * chunkDirectory.ts): a query over a whole workspace then visits only the files that share a
 * term with it, instead of asking every file for every term.
 */
export interface TermHolders extends Listing {
  /** The listed indexes that have the term, each with its posting list for it. */
  holders(term: string): Iterable<readonly [ChunkIndex, readonly number[]]>;
}

/**
 * The indexes one request searches, their chunks numbered side by side (file order, then chunk
 * order: ties keep that order), and which of them a directory does not list (those are asked
 * key by key).
 */
export class SearchedIndexes {
  readonly count: number;
  readonly totalLength: number;
  readonly unlisted: ChunkIndex[] = [];
  private readonly slots = new Map<ChunkIndex, Slot>();

  constructor(
    private readonly indexes: readonly ChunkIndex[],
    directory?: Listing,
  ) {
    let count = 0;
    let totalLength = 0;
    for (const index of indexes) {
      this.slots.set(index, { index, offset: count, lengths: chunkLengths(index) });
      count += index.chunks.length;
      totalLength += index.totalLength;
      if (!directory?.covers(index)) this.unlisted.push(index);
    }
    this.count = count;
    this.totalLength = totalLength;
  }

  /** The slot of a searched index (undefined for one a directory lists but this request does not search: open, edited). */
  slot(index: ChunkIndex): Slot | undefined {
    return this.slots.get(index);
  }

  /** The chunk numbered `k`. */
  chunk(k: number): CodeChunk {
    for (const index of this.indexes) {
      if (k < index.chunks.length) return index.chunks[k];
      k -= index.chunks.length;
    }
    throw new Error('chunk number out of range');
  }
}

/** The `limit` best touched numbers by score (ties: the lower number), by insertion into a short sorted list (no sort of every touched chunk). */
export function bestNumbers(touched: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number): boolean => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (const k of touched) {
    if (best.length === limit && !better(k, best[best.length - 1])) continue;
    let at = best.length;
    while (at > 0 && better(k, best[at - 1])) at--;
    best.splice(at, 0, k);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * The searched indexes that hold `term`, each with its posting list for it: from the directory
 * for the indexes it lists, asked index by index for the others. Each list is looked up once per
 * term (a term common to hundreds of files costs hundreds of lookups).
 */
function termHolding(searched: SearchedIndexes, term: string, directory?: TermHolders): { slot: Slot; postings: readonly number[] }[] {
  const out: { slot: Slot; postings: readonly number[] }[] = [];
  if (directory) {
    for (const [index, postings] of directory.holders(term)) {
      const slot = searched.slot(index);
      if (slot) out.push({ slot, postings });
    }
  }
  for (const index of searched.unlisted) {
    const postings = index.postings.get(term);
    if (postings) out.push({ slot: searched.slot(index)!, postings });
  }
  return out;
}

/**
 * The `limit` best chunks of all the indexes (each given once) for the query terms (weighted by
 * the query's values), best first; chunks sharing no term are left out. `directory` only makes
 * it faster: the result is the same with or without it.
 */
export function rankBm25Indexed(query: ReadonlyMap<string, number>, indexes: readonly ChunkIndex[], limit: number, directory?: TermHolders): ScoredChunk[] {
  const searched = new SearchedIndexes(indexes, directory);
  const n = searched.count;
  if (n === 0 || query.size === 0) return [];
  const avgLength = searched.totalLength / n;
  const holding = new Map<string, { slot: Slot; postings: readonly number[] }[]>();
  const idf = new Map<string, number>();
  for (const term of query.keys()) {
    const holders = termHolding(searched, term, directory);
    let df = 0;
    for (const { postings } of holders) df += postings.length / 2;
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
  return bestNumbers(touched, scores, limit).map((k) => ({ chunk: searched.chunk(k), score: scores[k] }));
}

/** The `limit` best chunks for the query terms, best first; chunks sharing no term are left out. */
export function rankBm25(query: ReadonlyMap<string, number>, chunks: readonly CodeChunk[], limit: number): ScoredChunk[] {
  return rankBm25Indexed(query, [indexChunks(chunks)], limit);
}
