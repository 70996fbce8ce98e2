import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { blockedPercentileDifference, type BlockPair } from '../../../bench/completion/blockedBootstrap';
import { seededRandom } from '../../../src/core/seededRandom';

/** Draws from an exponential of this mean, and from a right-skewed latency-like distribution (lognormal). */
function draws(seed: number) {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return {
    random,
    exponential: (mean: number) => -mean * Math.log(1 - random()),
    latency: () => 1.5 * Math.exp(0.8 * normal()),
  };
}

/** `pairs` pairs of blocks of 1-7 requests; `shift(pair)` is the pair's drift, shared by both its blocks. */
function simulate(seed: number, pairs: number, a: (d: ReturnType<typeof draws>) => number, b: (d: ReturnType<typeof draws>) => number, shift: (d: ReturnType<typeof draws>) => number = () => 0): BlockPair[] {
  const d = draws(seed);
  return Array.from({ length: pairs }, () => {
    const drift = shift(d);
    const size = 1 + Math.floor(d.random() * 7);
    return { a: Array.from({ length: size }, () => a(d) + drift), b: Array.from({ length: size }, () => b(d) + drift) };
  });
}

describe('blocked bootstrap of a percentile difference', () => {
  it('is the difference of the arms\' nearest-rank percentiles over every request', () => {
    const pairs: BlockPair[] = [{ a: [1, 2, 3], b: [2, 4] }, { a: [4, 5], b: [6, 8, 10] }];
    // A: 1 2 3 4 5, p50 rank 3 → 3; B: 2 4 6 8 10, p50 rank 3 → 6.
    const { estimate, n } = blockedPercentileDifference(pairs, 50, { resamples: 50 });
    assert.equal(estimate, 3);
    assert.deepEqual(n, { a: 5, b: 5 });
  });

  it('covers 0 in about 95% of A/A runs on a skewed distribution whose blocks drift together', () => {
    let covered = 0;
    const runs = 80;
    for (let s = 0; s < runs; s++) {
      const pairs = simulate(1_000 + s, 150, (d) => d.latency(), (d) => d.latency(), (d) => 3 * d.random());
      const [low, high] = blockedPercentileDifference(pairs, 95, { resamples: 300, seed: s }).interval;
      if (low <= 0 && 0 <= high) covered++;
    }
    assert.ok(covered >= 0.88 * runs && covered <= runs, `0 covered in ${covered} of ${runs} A/A runs`);
  });

  it('covers a known difference of the 95th percentile (exponentials of mean 2 and 3: ln 20 ≈ 3.0 ms) and excludes 0', () => {
    const truth = Math.log(20);
    let covered = 0;
    const runs = 60;
    for (let s = 0; s < runs; s++) {
      const pairs = simulate(5_000 + s, 400, (d) => d.exponential(2), (d) => d.exponential(3));
      const [low, high] = blockedPercentileDifference(pairs, 95, { resamples: 300, seed: s }).interval;
      if (low <= truth && truth <= high) covered++;
      assert.ok(low > 0, `run ${s}: [${low}, ${high}] reaches 0`);
    }
    assert.ok(covered >= 0.88 * runs, `ln 20 covered in ${covered} of ${runs} runs`);
  });

  it('finds a 2 ms shift of every request, and narrows as the requests grow (about as 1/√n)', () => {
    const width = (pairs: number) => {
      const result = blockedPercentileDifference(simulate(77, pairs, (d) => d.latency(), (d) => d.latency() + 2), 95, { resamples: 400 });
      assert.ok(result.interval[0] <= 2 && 2 <= result.interval[1], `[${result.interval}] misses 2`);
      return result.interval[1] - result.interval[0];
    };
    const small = width(300);
    const large = width(4_800);
    // 16 times the requests: a quarter of the width, give or take the bootstrap's own noise.
    assert.ok(large < small / 2.5 && large > small / 6, `width ${small} at 300 pairs, ${large} at 4,800`);
  });

  it('is wider than a bootstrap of single requests when the requests of a block move together', () => {
    // Each block has a level of its own (a typing pause's state), not shared with its pair's other block.
    const d = draws(9);
    const pairs: BlockPair[] = Array.from({ length: 200 }, () => {
      const levelA = 4 * d.random() ** 4;
      const levelB = 4 * d.random() ** 4;
      return { a: Array.from({ length: 6 }, () => levelA + 0.3 * d.latency()), b: Array.from({ length: 6 }, () => levelB + 0.3 * d.latency()) };
    });
    const blocked = blockedPercentileDifference(pairs, 95, { resamples: 500 }).interval;
    const single = blockedPercentileDifference(pairs.flatMap((p) => p.a.map((x, i) => ({ a: [x], b: [p.b[i]!] }))), 95, { resamples: 500 }).interval;
    // Six requests a block: about √6 ≈ 2.4 times as wide, were the levels all there is.
    assert.ok(blocked[1] - blocked[0] > 1.5 * (single[1] - single[0]), `blocked [${blocked}], single requests [${single}]`);
  });

  it('gives no interval without requests of both arms', () => {
    const { estimate, interval } = blockedPercentileDifference([{ a: [1, 2], b: [] }], 95);
    assert.ok(Number.isNaN(estimate) && Number.isNaN(interval[0]));
  });
});
