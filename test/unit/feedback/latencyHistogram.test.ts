import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addToHistogram, bucketOf, bucketValue, histogramCount, histogramFromJson, histogramPercentile, histogramToJson, mergeHistogram, type Histogram,
} from '../../../src/core/feedback/latencyHistogram';
import { seededRandom } from '../../../src/core/seededRandom';

function exactPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

test('every value lands in a bucket whose value is within 1.6 %; values under 64 ms are exact', () => {
  for (let v = 0; v < 64; v++) assert.equal(bucketValue(bucketOf(v)), v);
  let previous = -1;
  for (let v = 0; v <= 700_000; v += v < 5000 ? 1 : 97) {
    const b = bucketOf(v);
    assert.ok(b >= previous, 'buckets grow with the value');
    previous = b;
    assert.ok(Math.abs(bucketValue(b) - v) <= Math.max(0.5, v * 0.016), `${v} -> ${bucketValue(b)}`);
  }
});

test('percentiles from the histogram match the exact nearest rank within the bucket resolution', () => {
  const random = seededRandom(11);
  for (let round = 0; round < 50; round++) {
    const values = Array.from({ length: 1 + Math.floor(random() * 3000) }, () => Math.round(Math.exp(random() * 10)));
    const h: Histogram = new Map();
    for (const v of values) addToHistogram(h, v);
    assert.equal(histogramCount(h), values.length);
    for (const p of [50, 95, 99]) {
      const exact = exactPercentile(values, p);
      const got = histogramPercentile(h, p)!;
      assert.ok(Math.abs(got - exact) <= Math.max(0.5, exact * 0.016), `p${p}: ${got} vs ${exact}`);
    }
  }
  assert.equal(histogramPercentile(new Map(), 50), undefined);
});

test('adding and taking away histograms is exact, and they survive JSON', () => {
  const a: Histogram = new Map();
  const b: Histogram = new Map();
  for (const v of [5, 80, 80, 1200, 45_000]) addToHistogram(a, v);
  for (const v of [80, 3, 99_999]) addToHistogram(b, v);
  const sum: Histogram = new Map();
  mergeHistogram(sum, a);
  mergeHistogram(sum, b);
  assert.equal(histogramCount(sum), 8);
  mergeHistogram(sum, b, -1);
  assert.deepEqual(histogramToJson(sum), histogramToJson(a));
  assert.deepEqual(histogramFromJson(JSON.parse(JSON.stringify(histogramToJson(sum)))), sum);
  mergeHistogram(sum, a, -1);
  assert.equal(sum.size, 0, 'no zero buckets left behind');
});
