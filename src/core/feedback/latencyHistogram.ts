// Latencies kept as a sparse histogram instead of a list of every value, so statistics over a
// year of use stay small and can be added and subtracted: the histogram of a log is the sum of
// its files' histograms. Values under 64 ms keep their own bucket; above, each power of two is
// cut in 32 buckets, so a percentile read back is within 1.6 % of the exact one.

/** Bucket index -> count. Counts may go negative in a part (a file's contribution); sums are exact. */
export type Histogram = Map<number, number>;

const EXACT = 64;
const SUB_BITS = 5; // 32 buckets per power of two

export function bucketOf(value: number): number {
  const v = Math.max(0, Math.round(value));
  if (v < EXACT) return v;
  const exponent = Math.floor(Math.log2(v));
  const shift = exponent - SUB_BITS;
  const mantissa = v >> shift; // 32..63
  return EXACT + (exponent - 6) * 32 + (mantissa - 32);
}

/** The value a bucket stands for: itself below 64, else the middle of its range, rounded. */
export function bucketValue(bucket: number): number {
  if (bucket < EXACT) return bucket;
  const offset = bucket - EXACT;
  const exponent = Math.floor(offset / 32) + 6;
  const mantissa = (offset % 32) + 32;
  const shift = exponent - SUB_BITS;
  const low = mantissa * 2 ** shift;
  return Math.round(low + (2 ** shift - 1) / 2);
}

export function addToHistogram(h: Histogram, value: number, count = 1): void {
  const b = bucketOf(value);
  const n = (h.get(b) ?? 0) + count;
  if (n === 0) h.delete(b);
  else h.set(b, n);
}

/** Adds `other` × sign into `into`. */
export function mergeHistogram(into: Histogram, other: Histogram, sign = 1): void {
  for (const [b, c] of other) {
    const n = (into.get(b) ?? 0) + sign * c;
    if (n === 0) into.delete(b);
    else into.set(b, n);
  }
}

export function histogramCount(h: Histogram): number {
  let n = 0;
  for (const c of h.values()) n += c;
  return n;
}

/** Nearest-rank percentile; undefined when empty. */
export function histogramPercentile(h: Histogram, p: number): number | undefined {
  return histogramPercentiles(h, [p])[0];
}

/** Several nearest-rank percentiles (ascending `ps`) in one pass over the sorted buckets. */
export function histogramPercentiles(h: Histogram, ps: readonly number[]): (number | undefined)[] {
  const total = histogramCount(h);
  if (total <= 0) return ps.map(() => undefined);
  const out: (number | undefined)[] = [];
  let seen = 0;
  let i = 0;
  for (const b of [...h.keys()].sort((x, y) => x - y)) {
    seen += h.get(b)!;
    while (i < ps.length && seen >= Math.max(1, Math.ceil((ps[i]! / 100) * total))) {
      out.push(bucketValue(b));
      i++;
    }
    if (i === ps.length) break;
  }
  while (out.length < ps.length) out.push(undefined);
  return out;
}

/** As stored: [bucket, count, bucket, count, …] in bucket order. */
export function histogramToJson(h: Histogram): number[] {
  const out: number[] = [];
  for (const b of [...h.keys()].sort((x, y) => x - y)) out.push(b, h.get(b)!);
  return out;
}

export function histogramFromJson(flat: unknown): Histogram {
  const h: Histogram = new Map();
  if (!Array.isArray(flat)) return h;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const b = flat[i];
    const c = flat[i + 1];
    if (Number.isInteger(b) && Number.isInteger(c) && c !== 0) h.set(b as number, c as number);
  }
  return h;
}
