// Bootstrap 95% intervals (resampled with replacement, seeded), for a mean, a paired difference
// of means, and a percentile. In the bench only.
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';

const RESAMPLES = 1000;

export function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return xs.length ? sum / xs.length : 0;
}

/** The 2.5th and 97.5th percentiles of the mean of `values` over resamples. */
export function bootstrapInterval(values: readonly number[], seed = 0xb007): [number, number] {
  if (values.length === 0) return [0, 0];
  const random = seededRandom(seed);
  const means: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[Math.floor(random() * values.length)];
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(0.025 * RESAMPLES)], means[Math.ceil(0.975 * RESAMPLES) - 1]];
}

/** Interval of mean(a − b) over the same points. */
export function pairedInterval(a: readonly number[], b: readonly number[]): [number, number] {
  return bootstrapInterval(a.map((x, i) => x - b[i]));
}

/** The 2.5th and 97.5th percentiles, over resamples, of the `p`th percentile (0–100) of `values`. */
export function percentileInterval(values: readonly number[], p: number, seed = 0xb007): [number, number] {
  if (values.length === 0) return [NaN, NaN];
  const random = seededRandom(seed);
  const estimates: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) estimates.push(percentile(values.map(() => values[Math.floor(random() * values.length)]), p) ?? NaN);
  estimates.sort((a, b) => a - b);
  return [estimates[Math.floor(0.025 * RESAMPLES)], estimates[Math.ceil(0.975 * RESAMPLES) - 1]];
}

/**
 * Interval of percentile(b) − percentile(a) where a[i] and b[i] were measured at the same point
 * (a paired design): each resample draws points and keeps both of their values together.
 */
export function pairedPercentileDifferenceInterval(a: readonly number[], b: readonly number[], p: number, seed = 0xb007): [number, number] {
  if (a.length === 0 || a.length !== b.length) return [NaN, NaN];
  const random = seededRandom(seed);
  const estimates: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    const picks = a.map(() => Math.floor(random() * a.length));
    estimates.push((percentile(picks.map((i) => b[i]), p) ?? NaN) - (percentile(picks.map((i) => a[i]), p) ?? NaN));
  }
  estimates.sort((x, y) => x - y);
  return [estimates[Math.floor(0.025 * RESAMPLES)], estimates[Math.ceil(0.975 * RESAMPLES) - 1]];
}
