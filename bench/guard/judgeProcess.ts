// One process of the in-process judge (inProcessJudge.ts), a child started as freshProcess.ts starts
// its own (`--child --inputs FILE --rounds R --base DIR --this DIR --order a,b,c`): it bundles and
// loads three redactors in the given order (the base, a second copy of the base loaded from a file
// of its own, this tree), then per input redacts with each twice untimed and times R rounds, the
// three alternated in every round, and prints every timed run's CPU ms/MB by input and bundle as JSON.
// Within one process the three share whatever mode the process runs in (paired runs between
// processes read 11 or 19 ms/MB for one family by process), so their ratios do not carry it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { bundleRedactor } from './bundledRedactor';
import { timeRuns, type Redact } from './redactionTiming';
import type { Input } from './freshProcess';

export type Bundle = 'base' | 'copy' | 'mine';

/** Every input's timed CPU runs by bundle, from one process. */
export type ProcessRuns = Record<string, Record<Bundle, number[]>>;

const WARM_RUNS = 2;

/**
 * The load order of process `i`: the six orders of three, each the reverse of the one before it, so
 * that any 6 processes in a row put each bundle in each place twice, and processes 2k and 2k + 1 load
 * this tree once before and once after each copy of the base.
 */
export function loadOrder(i: number): Bundle[] {
  const orders: Bundle[][] = [
    ['base', 'copy', 'mine'], ['mine', 'copy', 'base'],
    ['copy', 'mine', 'base'], ['base', 'mine', 'copy'],
    ['mine', 'base', 'copy'], ['copy', 'base', 'mine'],
  ];
  return orders[i % orders.length]!;
}

/**
 * Each redactor's CPU runs on `text`, `rounds` rounds, all redactors once a round; round r starts
 * with redactor r mod n, so that none always runs first (for two: first, second; second, first; …).
 */
export function alternatedRuns(redacts: readonly Redact[], text: string, rounds: number): number[][] {
  const times = redacts.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < redacts.length; k++) {
      const j = (r + k) % redacts.length;
      times[j]!.push(...timeRuns(redacts[j]!, text, 1).cpu);
    }
  }
  return times;
}

/** Runs one judging process as a child: `inputsFile` holds the inputs (JSON), written once for every process. */
export function timeJudgeProcess(roots: { base: string; mine: string }, inputsFile: string, rounds: number, order: readonly Bundle[]): ProcessRuns {
  const args = ['--child', '--inputs', inputsFile, '--rounds', String(rounds), '--base', roots.base, '--this', roots.mine, '--order', order.join(',')];
  const out = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`a judging process failed: ${out.stderr}`);
  return JSON.parse(out.stdout) as ProcessRuns;
}

if (require.main === module && process.argv.includes('--child')) {
  const args = process.argv.slice(2);
  const option = (name: string) => args[args.indexOf(name) + 1]!;
  const inputs = JSON.parse(readFileSync(option('--inputs'), 'utf8')) as Input[];
  const order = option('--order').split(',') as Bundle[];
  // bundleRedactor writes each bundle to a file of its own, so the base's two copies are two modules.
  const loaded = order.map((b) => bundleRedactor(option(b === 'mine' ? '--this' : '--base')).redactSecrets);
  const out: ProcessRuns = {};
  for (const { name, text } of inputs) {
    for (const redact of loaded) timeRuns(redact, text, WARM_RUNS);
    const times = alternatedRuns(loaded, text, Number(option('--rounds')));
    out[name] = Object.fromEntries(order.map((b, k) => [b, times[k]!])) as Record<Bundle, number[]>;
  }
  process.stdout.write(JSON.stringify(out));
}
