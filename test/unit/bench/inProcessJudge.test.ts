import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { alternatedRuns, loadOrder, type Bundle } from '../../../bench/guard/judgeProcess';
import { calls, discoveries, median, rankOfMine, rankSumDistribution, rankSumP, smallestP, summarise, type ProcessMedians } from '../../../bench/guard/judgeStats';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

/** `n` processes in which this tree ranks `rank` (1 fastest, 3 slowest) among the three. */
function ranked(rank: 1 | 2 | 3, n: number): ProcessMedians[] {
  const mine = [90, 101, 110][rank - 1]!;
  return Array.from({ length: n }, () => ({ base: 100, copy: 102, mine }));
}

describe('in-process judge: the summary maths', () => {
  it('reads the median as spread() does: the middle value, the lower middle of an even count', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2);
  });

  it('per family: medians over processes, the A/A and A/B ratios per process, their medians and how many are below 1', () => {
    const s = summarise([
      { base: 100, copy: 102, mine: 90 },
      { base: 110, copy: 105, mine: 99 },
      { base: 95, copy: 95, mine: 100 },
    ]);
    assert.deepEqual([s.base, s.copy, s.mine], [100, 102, 99]);
    close(s.aaRatios[0]!, 1.02);
    close(s.aaRatios[1]!, 105 / 110);
    close(s.abRatios[2]!, 100 / 95);
    close(s.aaRatio, 1);
    close(s.abRatio, 0.9);
    assert.equal(s.aaBelow1, 1);
    assert.equal(s.abBelow1, 2);
    assert.deepEqual(s.ranks, [1, 1, 3]);
    // Rank sum 5, one from the centre 6: every sum but 6 (7 of 27 triples) is as far.
    close(s.p, 20 / 27);
  });

  it('ranks this tree among the three; a tie shares its ranks', () => {
    assert.equal(rankOfMine({ base: 100, copy: 102, mine: 101 }), 2);
    assert.equal(rankOfMine({ base: 100, copy: 120, mine: 100 }), 1.5);
    assert.equal(rankOfMine({ base: 100, copy: 100, mine: 100 }), 2);
  });

  it('tests the rank sum against its exact distribution, two-sided, a half rank rounded towards the centre', () => {
    assert.deepEqual(rankSumDistribution(2).map((p) => Math.round(9 * p)), [1, 2, 3, 2, 1]);
    close(rankSumDistribution(7).reduce((a, b) => a + b, 0), 1);
    close(rankSumP(2, 2), 2 / 9);
    close(rankSumP(4, 2), 1);
    close(rankSumP(2.5, 2), 6 / 9);
    close(smallestP(6), 2 / 729);
  });

  it('calls families by Benjamini–Hochberg at 5%: step-up, over the families of the run', () => {
    assert.deepEqual(discoveries([0.001, 0.04, 0.03, 0.5]), [true, false, false, false]);
    assert.deepEqual(discoveries([0.01, 0.02, 0.03, 0.04]), [true, true, true, true]);
    assert.deepEqual(discoveries([0.02, 0.02, 0.5]), [true, true, false]);
  });

  it('faster where this tree is first in every process, slower where last, no change where its ranks spread', () => {
    const mixed = [...ranked(1, 2), ...ranked(2, 2), ...ranked(3, 2)];
    assert.deepEqual(calls([summarise(ranked(1, 6)), summarise(ranked(3, 6)), summarise(mixed)]), ['faster', 'slower', 'no change']);
  });

  it('a lone family first in all 6 processes is not called among 20 (p 2/729 > 5%/20), but is among 18', () => {
    const quiet = summarise([...ranked(1, 2), ...ranked(2, 2), ...ranked(3, 2)]);
    const lone = (m: number) => calls([summarise(ranked(1, 6)), ...Array.from({ length: m - 1 }, () => quiet)])[0];
    assert.equal(lone(20), 'no change');
    assert.equal(lone(18), 'faster');
  });
});

describe('in-process judge: the order of loads and runs', () => {
  it('rotates the load order across processes: over 6, each bundle twice in each place; 2k and 2k + 1 load this tree once before and once after each copy', () => {
    for (let place = 0; place < 3; place++) {
      const counts = new Map<Bundle, number>();
      for (let i = 0; i < 6; i++) counts.set(loadOrder(i)[place]!, (counts.get(loadOrder(i)[place]!) ?? 0) + 1);
      assert.deepEqual([...counts.values()], [2, 2, 2], `place ${place}`);
    }
    const before = (order: Bundle[], other: Bundle) => order.indexOf('mine') < order.indexOf(other);
    for (let k = 0; k < 3; k++) {
      for (const other of ['base', 'copy'] as const) assert.notEqual(before(loadOrder(2 * k), other), before(loadOrder(2 * k + 1), other));
    }
    assert.deepEqual(loadOrder(6), loadOrder(0));
  });

  it('alternates the redactors within a process: each round starts with the next one', () => {
    const seen: number[] = [];
    const redacts = [0, 1, 2].map((k) => (text: string) => (seen.push(k), { text }));
    const times = alternatedRuns(redacts, 'abc', 4);
    assert.deepEqual(seen, [0, 1, 2, 1, 2, 0, 2, 0, 1, 0, 1, 2]);
    assert.deepEqual(times.map((t) => t.length), [4, 4, 4]);
  });
});

describe('in-process judge: an end-to-end run', () => {
  it('gives each chosen family both sides and the A/A column, every figure finite and positive, then a summary line', () => {
    const root = join(__dirname, '..', '..', '..');
    const only = '^(blank lines and spaces|hex runs \\(mailchimp, twilio\\))$';
    const args = ['--import', 'tsx', join(root, 'bench', 'guard', 'inProcessJudge.ts'), '--base', root, '--only', only, '--processes', '2', '--rounds', '1', '--json'];
    const out = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    assert.equal(out.status, 0, out.stderr);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const families = lines.filter((l) => !l.summary);
    assert.deepEqual(families.map((f) => f.family).sort(), ['blank lines and spaces', 'hex runs (mailchimp, twilio)']);
    for (const f of families) {
      for (const key of ['base', 'copy', 'this', 'aa_ratio', 'ab_ratio', 'p']) {
        const x = f[key] as number;
        assert.ok(Number.isFinite(x) && x > 0, `${String(f.family)}: ${key} = ${x}`);
      }
      for (const key of ['aa_ratios', 'ab_ratios', 'ranks']) assert.equal((f[key] as number[]).length, 2, key);
      assert.ok([...(f.aa_ratios as number[]), ...(f.ab_ratios as number[])].every((x) => Number.isFinite(x) && x > 0));
      assert.ok(['faster', 'slower', 'no change'].includes(f.call as string));
    }
    const summary = lines.at(-1)!;
    assert.equal(summary.summary, true);
    assert.equal(summary.families, 2);
    assert.equal(summary.processes, 2);
  });
});
