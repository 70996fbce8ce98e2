// `npx tsx bench/guard/inProcessJudge.ts --base DIR [--only REGEX] [--processes P] [--rounds R]
// [--slowest-generated K] [--json]`: is this tree's redactor faster or slower than DIR's, family by
// family, told from the noise of a loaded machine? Paired runs between processes (pairedSpeed.ts
// --processes) read one family at 11 or 19 ms/MB by process, so changes of 3–8% could not be told.
// Here every process (a child, judgeProcess.ts) loads three bundles side by side: DIR's, a second
// copy of DIR's loaded from a file of its own (the A/A control), and this tree's, the load order
// rotated over the processes; per input 2 untimed runs each, then R rounds of CPU time with the
// three alternated. Per family: each bundle's median over the processes of its process medians, the
// A/A (copy/base) and A/B (this/base) ratios per process, their medians and how many fall below 1,
// and a call, "no change" unless this tree's ranks among the three fall outside what chance gives
// (judgeStats.ts: an exact rank-sum test over the processes, Benjamini–Hochberg at 5% over the run's
// families). Inputs: every adversarial family and the K slowest generated near-matches (default 0),
// those whose name --only matches. A table, or with --json one JSON line per family and a summary line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { THIS_TREE, type Input } from './freshProcess';
import { loadOrder, timeJudgeProcess } from './judgeProcess';
import { calls, FALSE_DISCOVERY_RATE, median, smallestP, summarise, type Call, type FamilySummary, type ProcessMedians } from './judgeStats';
import { adversarialInputs, slowestGenerated } from './speedInputs';

export interface JudgeOptions {
  readonly base: string;
  readonly only?: RegExp;
  readonly processes: number;
  readonly rounds: number;
  readonly slowestGenerated: number;
  /** Told when each process ends. */
  readonly progress?: (line: string) => void;
}

export interface JudgedFamily {
  readonly name: string;
  readonly summary: FamilySummary;
  readonly call: Call;
}

export function judgedInputs(options: Pick<JudgeOptions, 'only' | 'slowestGenerated'>): Input[] {
  const { only } = options;
  return [...adversarialInputs(), ...slowestGenerated(options.slowestGenerated, only)].filter((i) => !only || only.test(i.name));
}

export function judge(options: JudgeOptions): JudgedFamily[] {
  const inputs = judgedInputs(options);
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-judge-'));
  const medians = new Map<string, ProcessMedians[]>(inputs.map((i) => [i.name, []]));
  try {
    const file = join(dir, 'inputs.json');
    writeFileSync(file, JSON.stringify(inputs));
    for (let i = 0; i < options.processes; i++) {
      const started = Date.now();
      const order = loadOrder(i);
      const runs = timeJudgeProcess({ base: resolve(options.base), mine: THIS_TREE }, file, options.rounds, order);
      for (const [name, byBundle] of Object.entries(runs)) {
        medians.get(name)!.push({ base: median(byBundle.base), copy: median(byBundle.copy), mine: median(byBundle.mine) });
      }
      options.progress?.(`process ${i + 1}/${options.processes} (loaded ${order.map((b) => (b === 'mine' ? 'this' : b)).join(', ')}): ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${loadavg()[0]!.toFixed(1)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const summaries = inputs.map((i) => summarise(medians.get(i.name)!));
  const called = calls(summaries);
  return inputs.map((i, k) => ({ name: i.name, summary: summaries[k]!, call: called[k]! }));
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback?: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const base = option('--base');
  const only = option('--only');
  const options: JudgeOptions = {
    base: base ?? '',
    only: only === undefined ? undefined : new RegExp(only),
    processes: Number(option('--processes', '6')),
    rounds: Number(option('--rounds', '7')),
    slowestGenerated: Number(option('--slowest-generated', '0')),
    progress: (line) => console.error(line),
  };
  if (!base || !(options.processes >= 1) || !(options.rounds >= 1) || !(options.slowestGenerated >= 0)) {
    console.error('usage: inProcessJudge.ts --base DIR [--only REGEX] [--processes P] [--rounds R] [--slowest-generated K] [--json]');
    process.exit(2);
  }
  const json = args.includes('--json');
  const loadBefore = loadavg()[0]!;
  const started = Date.now();
  const families = judge(options);
  if (families.length === 0) {
    console.error('no input matches --only');
    process.exit(2);
  }
  const { processes, rounds } = options;
  const aa = families.map((f) => f.summary.aaRatio);
  const aaEach = families.flatMap((f) => f.summary.aaRatios);
  const count = (c: Call) => families.filter((f) => f.call === c).length;
  const summary = {
    summary: true, families: families.length, processes, rounds,
    faster: count('faster'), slower: count('slower'), no_change: count('no change'),
    aa_ratio_range: [Math.min(...aa), Math.max(...aa)], aa_process_ratio_range: [Math.min(...aaEach), Math.max(...aaEach)],
    false_discovery_rate: FALSE_DISCOVERY_RATE, smallest_p: smallestP(processes),
    load_average: [loadBefore, loadavg()[0]!], seconds: (Date.now() - started) / 1000,
  };
  if (json) {
    for (const { name, summary: s, call } of families) {
      console.log(JSON.stringify({
        family: name, base: s.base, copy: s.copy, this: s.mine,
        aa_ratio: s.aaRatio, aa_below_1: s.aaBelow1, ab_ratio: s.abRatio, ab_below_1: s.abBelow1,
        processes, aa_ratios: s.aaRatios, ab_ratios: s.abRatios, ranks: s.ranks, p: s.p, call,
      }));
    }
    console.log(JSON.stringify(summary));
    return;
  }
  const r = (x: number) => x.toFixed(3);
  console.log(`${families.length} inputs, ${processes} processes (each loads the base, a second copy of the base and this tree, the order rotated), 2 untimed and ${rounds} timed rounds alternated; CPU ms per MB, medians over the processes; ratios per process, their median and (how many below 1); ranks of this tree among the three per process (1 fastest)`);
  console.log(`${'base'.padStart(7)} ${'copy'.padStart(7)} ${'this'.padStart(7)}  ${'A/A'.padEnd(13)} ${'A/B'.padEnd(13)} ${'ranks'.padEnd(Math.max(5, processes))} ${'p'.padEnd(6)} call       family`);
  for (const { name, summary: s, call } of families) {
    const cells = [s.base, s.copy, s.mine].map((x) => x.toFixed(1).padStart(7)).join(' ');
    const ratio = (x: number, below: number) => `${r(x)} (${below}/${processes})`.padEnd(13);
    const ranks = s.ranks.map((x) => (Number.isInteger(x) ? String(x) : '=')).join('').padEnd(Math.max(5, processes));
    console.log(`${cells}  ${ratio(s.aaRatio, s.aaBelow1)} ${ratio(s.abRatio, s.abBelow1)} ${ranks} ${s.p.toPrecision(2).padEnd(6)} ${call.padEnd(10)} ${name}`);
  }
  const lone = Math.floor(FALSE_DISCOVERY_RATE / summary.smallest_p);
  const reach = lone === 0 ? 'no family can be called' : `one family changed alone can be called in a run of at most ${lone}`;
  console.log(`calls (Benjamini–Hochberg at ${100 * FALSE_DISCOVERY_RATE}% over ${families.length} families; with ${processes} processes the smallest p is ${summary.smallest_p.toPrecision(2)}, so ${reach}): ${summary.faster} faster, ${summary.slower} slower, ${summary.no_change} no change`);
  console.log(`A/A spread: family medians ${r(summary.aa_ratio_range[0]!)}–${r(summary.aa_ratio_range[1]!)}, single processes ${r(summary.aa_process_ratio_range[0]!)}–${r(summary.aa_process_ratio_range[1]!)}; load average ${loadBefore.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}; ${summary.seconds.toFixed(0)} s`);
}

if (require.main === module) main();
