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

/** The `keep` slowest units at `screenBytes`, all in one fresh process: slowest first. */
export function screenSlowest<U extends RepeatedUnit>(units: readonly U[], screenBytes: number, keep: number): U[] {
  if (units.length === 0) return [];
  // A warm-up pass over every unit at 4 KB: unwarmed, the first units read 3-5x their 1 MB cost.
  const warmUp: Input = { name: '(warm-up)', text: units.map((u) => fill(u.unit, 4000)).join('\n') };
  // The fastest of three runs: one run ranked by whichever input a neighbour's burst fell on
  // (two screens of one run each shared 9 of their top 20).
  const times = timeInFreshProcess(THIS_TREE, [warmUp, ...units.map((u) => ({ name: u.name, text: fill(u.unit, screenBytes) }))], 3);
  return units
    .map((u) => ({ u, cpu: Math.min(...times[u.name]!.cpu) }))
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, keep)
    .map(({ u }) => u);
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
