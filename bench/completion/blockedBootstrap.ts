// The interval of a percentile's difference between two arms measured in paired blocks: each
// pair is two blocks run back to back (one per arm, in either order), so what drifts over a run
// (other processes, the clock speed, caches) falls on both blocks of a pair alike, and requests
// inside a block are not independent (one typing pause, one state of the index). A resample
// draws whole pairs with replacement and keeps both of their blocks, every request of them: the
// percentile of each arm over the drawn requests, their difference. In the bench only.
import { seededRandom } from '../../src/core/seededRandom';

/** One pair of blocks: arm A's values and arm B's values (ms), in any number each. */
export interface BlockPair {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

export interface PercentileDifference {
  /** percentile(B) − percentile(A) over every request of every pair. */
  readonly estimate: number;
  /** 2.5th and 97.5th percentiles of the resampled differences. */
  readonly interval: [number, number];
  readonly n: { readonly a: number; readonly b: number };
}

/** Nearest rank, as callMetrics.percentile, on a typed array sorted in place (the resamples are many). */
function nearestRank(values: Float64Array, length: number, p: number): number {
  if (length === 0) return NaN;
  const sorted = values.subarray(0, length).sort();
  return sorted[Math.min(length - 1, Math.max(0, Math.ceil((p / 100) * length) - 1))]!;
}

function gather(pairs: readonly BlockPair[], picks: ArrayLike<number>, arm: 'a' | 'b', into: Float64Array): number {
  let length = 0;
  for (let i = 0; i < picks.length; i++) {
    for (const x of pairs[picks[i]!]![arm]) into[length++] = x;
  }
  return length;
}

/** percentile(B) − percentile(A), `p` in 0–100, with its blocked bootstrap interval. */
export function blockedPercentileDifference(pairs: readonly BlockPair[], p: number, options: { resamples?: number; seed?: number } = {}): PercentileDifference {
  const resamples = options.resamples ?? 1_000;
  const n = { a: pairs.reduce((s, x) => s + x.a.length, 0), b: pairs.reduce((s, x) => s + x.b.length, 0) };
  if (pairs.length === 0 || n.a === 0 || n.b === 0) return { estimate: NaN, interval: [NaN, NaN], n };
  const all = pairs.map((_, i) => i);
  // A resample can hold one pair many times: room for the largest pair drawn every time.
  const largest = Math.max(...pairs.map((x) => Math.max(x.a.length, x.b.length)));
  const bufA = new Float64Array(largest * pairs.length);
  const bufB = new Float64Array(largest * pairs.length);
  const estimate = nearestRank(bufB, gather(pairs, all, 'b', bufB), p) - nearestRank(bufA, gather(pairs, all, 'a', bufA), p);
  const random = seededRandom(options.seed ?? 0xb10c);
  const picks = new Int32Array(pairs.length);
  const differences = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < picks.length; i++) picks[i] = Math.floor(random() * pairs.length);
    const lengthA = gather(pairs, picks, 'a', bufA);
    const lengthB = gather(pairs, picks, 'b', bufB);
    // A resample that drew only blocks without requests of one arm says nothing: NaN, sorted last.
    differences[r] = nearestRank(bufB, lengthB, p) - nearestRank(bufA, lengthA, p);
  }
  differences.sort();
  const valid = differences.findIndex((x) => Number.isNaN(x));
  const count = valid === -1 ? resamples : valid;
  return { estimate, interval: [differences[Math.floor(0.025 * count)]!, differences[Math.ceil(0.975 * count) - 1]!], n };
}
