// Families too many to time each at 1 MB (every-line secrets, the linearity check's repeats): all
// screened at a small size in one fresh process, the slowest then timed at full size, each in a
// fresh process of its own (freshProcess.ts), as the bench times its adversarial families.
import { THIS_TREE, timeInFreshProcess, type Input } from './freshProcess';
import { fill } from './linearity';
import { SCREEN_SCAN_PASSES } from './machineScan';
import { spread, type RedactionTime } from './redactionTiming';

export interface RepeatedUnit {
  readonly name: string;
  /** The text repeated to the input's size. */
  readonly unit: string;
}

/** The full size the 1 MB reference reads at (screenAgreement.ts): the size the headline times. */
const FULL_BYTES = 1_000_000;

/**
 * The `keep` slowest units at `screenBytes`, all in one fresh process: slowest first. A text is screened once, under its
 * first unit's name: three rules' keyword-opener repeats are one text (the assignment rule's key words), which took three
 * of the repeats' ten places (thirty-third round). A second stage at 1 MB (the shortlist read again in shared processes)
 * was tried and left out: it dropped the assignment text, which the headline reads slower in a process of its own
 * (bench/guard/README.md, guardbench4); the inputs earlier benches found slowest are carried instead (headlineHistory.ts).
 */
export function screenSlowest<U extends RepeatedUnit>(units: readonly U[], screenBytes: number, keep: number): U[] {
  const seen = new Set<string>();
  const distinct = units.filter((u) => !seen.has(u.unit) && seen.add(u.unit));
  return rankAtScreen(distinct, screenBytes).slice(0, keep);
}

/** Every unit at `screenBytes`, all in one fresh process: slowest first. */
export function rankAtScreen<U extends RepeatedUnit>(units: readonly U[], screenBytes: number): U[] {
  if (units.length === 0) return [];
  // The fastest of three runs: one run ranked by whichever input a neighbour's burst fell on
  // (two screens of one run each shared 9 of their top 20).
  const times = timeInFreshProcess(THIS_TREE, [warmUp(units), ...units.map((u) => ({ name: u.name, text: fill(u.unit, screenBytes) }))], 3);
  return units
    .map((u) => ({ u, cpu: Math.min(...times[u.name]!.cpu) }))
    .sort((a, b) => b.cpu - a.cpu)
    .map(({ u }) => u);
}

/** A warm-up pass over every unit at 4 KB, timed first: unwarmed, a fresh process's first units read 3-5x their 1 MB cost. */
function warmUp(units: readonly RepeatedUnit[]): Input {
  return { name: '(warm-up)', text: units.map((u) => fill(u.unit, 4000)).join('\n') };
}

/** Members per process at full size: the inputs' file holds each at 1 MB. */
const FULL_SIZE_CHUNK = 40;

/**
 * The 1 MB reference a screen is measured against (screenAgreement.ts): every unit at 1 MB, in fresh processes of FULL_SIZE_CHUNK units (each after a 4 KB warm-up pass over its units),
 * one untimed and two timed runs each, a machine scan after each: slowest first by the fastest run read as in the
 * host's fast mode (CPU × the fastest scan of all ÷ the run's scan, as headlineSpeed.ts' `slowestFirst` reads runs),
 * so a process drawn in the slow mode does not push its units up.
 */
export function rankAtFullSize<U extends RepeatedUnit>(units: readonly U[], chunk = FULL_SIZE_CHUNK): { unit: U; msPerMb: number }[] {
  const runs: { unit: U; cpu: number[]; scan: number[] }[] = [];
  for (let i = 0; i < units.length; i += chunk) {
    const part = units.slice(i, i + chunk);
    const inputs = [warmUp(part), ...part.map((u) => ({ name: u.name, text: fill(u.unit, FULL_BYTES) }))];
    const times = timeInFreshProcess(THIS_TREE, inputs, 2, { scan: SCREEN_SCAN_PASSES, warm: 1 });
    for (const unit of part) runs.push({ unit, cpu: times[unit.name]!.cpu, scan: times[unit.name]!.scan! });
  }
  const fastest = Math.min(...runs.flatMap((r) => r.scan));
  return runs
    .map(({ unit, cpu, scan }) => ({ unit, msPerMb: Math.min(...cpu.map((c, k) => (c * fastest) / scan[k]!)) }))
    .sort((a, b) => b.msPerMb - a.msPerMb);
}

/** One input's fresh-process timing: its spread, its CPU runs and the machine scan after each (the headline ranks by them). */
export interface ScreenedTime {
  readonly name: string;
  readonly unit: string;
  readonly time: RedactionTime;
  readonly cpuRuns: number[];
  readonly scanRuns: number[];
}

/** Each unit timed at `bytes` over `runs` in a fresh process of its own: slowest (CPU median) first. */
export function timeEach(units: readonly RepeatedUnit[], bytes: number, runs: number): ScreenedTime[] {
  const timed = units.map(({ name, unit }) => {
    const t = timeInFreshProcess(THIS_TREE, [{ name, text: fill(unit, bytes) }], runs, { scan: SCREEN_SCAN_PASSES })[name]!;
    return { name, unit, time: { wall: spread(t.wall), cpu: spread(t.cpu) }, cpuRuns: t.cpu, scanRuns: t.scan! };
  });
  return timed.sort((a, b) => b.time.cpu.median - a.time.cpu.median);
}

/** The command line both screens read: `--keep K`, `--runs N (5)`, `--screen-kb S (64)`, `--only REGEX`. */
export function screenOptions(args: readonly string[], defaultKeep: number): { keep: number; runs: number; screenKb: number; only?: RegExp } {
  const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
  return {
    keep: Number(option('--keep', String(defaultKeep))),
    runs: Number(option('--runs', '5')),
    screenKb: Number(option('--screen-kb', '64')),
    only: args.includes('--only') ? new RegExp(option('--only', '')) : undefined,
  };
}
