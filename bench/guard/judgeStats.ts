// The in-process judge's summary (inProcessJudge.ts): per family, each process's median CPU ms/MB
// of three bundles loaded side by side (the base, a second copy of the base, this tree), the
// ratios this/base (A/B) and copy/base (A/A), and whether this tree's change is told from noise.
//
// The decision, from exchangeability: if this tree's change does nothing to a family, the three
// bundles are three copies of one redactor, and in each process this tree is the fastest, the
// middle or the slowest of the three with chance 1/3 each (the load order is rotated over the
// processes, so no copy owns the first load; an order that favours a position makes the ranks
// less spread, the test more cautious). This tree ranks first exactly where its A/B ratio lies
// below both 1 and the A/A ratio, last where above both, and in the middle where it lies inside
// the spread the two base copies show. The sum of its ranks over the processes is tested two-sided
// against its exact distribution under that null (a sum of P uniform draws from {1, 2, 3}), and
// the families of one run are called by Benjamini–Hochberg at 5%: when nothing changed (an A/A
// run) the chance of any call at all in the run is at most 5%, however many families it times.
import { spread } from './redactionTiming';

/** The median as `spread` reads it (the lower middle value of an even count): one definition for every speed tool. */
export function median(xs: readonly number[]): number {
  return spread(xs).median;
}

/** One process's median CPU ms/MB of one family for each of the three bundles. */
export interface ProcessMedians {
  readonly base: number;
  readonly copy: number;
  readonly mine: number;
}

export type Call = 'faster' | 'slower' | 'no change';

export interface FamilySummary {
  /** Medians over the processes of each bundle's process medians. */
  readonly base: number;
  readonly copy: number;
  readonly mine: number;
  /** Per process, copy/base and mine/base; their medians; how many are below 1. */
  readonly aaRatios: readonly number[];
  readonly abRatios: readonly number[];
  readonly aaRatio: number;
  readonly abRatio: number;
  readonly aaBelow1: number;
  readonly abBelow1: number;
  /** Per process, this tree's rank among the three (1 fastest, 3 slowest; a tie shares the ranks). */
  readonly ranks: readonly number[];
  /** Two-sided exact p of the rank sum under "this tree is a third copy of the base". */
  readonly p: number;
}

export const FALSE_DISCOVERY_RATE = 0.05;

/** This tree's rank among the three in one process: 1 + the bundles strictly faster + half the tied ones. */
export function rankOfMine(m: ProcessMedians): number {
  const others = [m.base, m.copy];
  return 1 + others.filter((x) => x < m.mine).length + others.filter((x) => x === m.mine).length / 2;
}

/** P(sum = s) for s = P … 3P: the sum of P independent ranks, each 1, 2 or 3 with chance 1/3. */
export function rankSumDistribution(processes: number): number[] {
  let dist = [1]; // index = sum − (number of ranks so far)
  for (let i = 0; i < processes; i++) {
    const next = new Array<number>(dist.length + 2).fill(0);
    dist.forEach((p, s) => {
      for (let r = 0; r < 3; r++) next[s + r]! += p / 3;
    });
    dist = next;
  }
  return dist;
}

/**
 * Two-sided p of a rank sum over `processes`: the chance under the null of a sum at least as far
 * from its centre 2P. A tie's half rank is rounded towards the centre, so a tie never counts as
 * more extreme than a clear rank.
 */
export function rankSumP(sum: number, processes: number): number {
  const distance = Math.floor(Math.abs(sum - 2 * processes));
  const p = rankSumDistribution(processes).reduce((acc, q, i) => (Math.abs(i - processes) >= distance ? acc + q : acc), 0);
  return Math.min(1, p);
}

export function summarise(processes: readonly ProcessMedians[]): FamilySummary {
  const aaRatios = processes.map((m) => m.copy / m.base);
  const abRatios = processes.map((m) => m.mine / m.base);
  const ranks = processes.map(rankOfMine);
  return {
    base: median(processes.map((m) => m.base)),
    copy: median(processes.map((m) => m.copy)),
    mine: median(processes.map((m) => m.mine)),
    aaRatios, abRatios,
    aaRatio: median(aaRatios),
    abRatio: median(abRatios),
    aaBelow1: aaRatios.filter((r) => r < 1).length,
    abBelow1: abRatios.filter((r) => r < 1).length,
    ranks,
    p: rankSumP(ranks.reduce((a, b) => a + b, 0), ranks.length),
  };
}

/** Benjamini–Hochberg at `rate`: which of the p values are discoveries. */
export function discoveries(ps: readonly number[], rate = FALSE_DISCOVERY_RATE): boolean[] {
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let cut = -1;
  order.forEach(({ p }, k) => {
    if (p <= ((k + 1) * rate) / ps.length) cut = k;
  });
  const called = new Array<boolean>(ps.length).fill(false);
  for (let k = 0; k <= cut; k++) called[order[k]!.i] = true;
  return called;
}

/** Each family's call: a discovery is faster or slower by which side of the centre its ranks fell. */
export function calls(summaries: readonly FamilySummary[], rate = FALSE_DISCOVERY_RATE): Call[] {
  const found = discoveries(summaries.map((s) => s.p), rate);
  return summaries.map((s, i) => {
    if (!found[i]) return 'no change';
    return s.ranks.reduce((a, b) => a + b, 0) < 2 * s.ranks.length ? 'faster' : 'slower';
  });
}

/** The smallest p a run of `processes` can reach (this tree first, or last, in every process). */
export function smallestP(processes: number): number {
  return rankSumP(processes, processes);
}
