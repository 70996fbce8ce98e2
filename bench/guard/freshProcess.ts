// Redaction timed in a process of its own: a long-lived process times an input by what ran before
// it (the bench's generated family ran 40–70% slower after the adversarial families and the screen
// than in a new process), so the figures to compare are taken where nothing ran before.
// `timeInFreshProcess` writes the inputs to a file and runs this file as a child (`--child ROOT
// --inputs FILE --runs N`): it bundles ROOT's redactor, redacts each input twice untimed and then
// N times, and prints every timed run's wall and CPU ms per MB as JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleRedactor } from './bundledRedactor';
import { timeRuns, type RunTimes } from './redactionTiming';

export interface Input {
  readonly name: string;
  readonly text: string;
}

const WARM_RUNS = 2;

/** This repository's root, the default tree to time. */
export const THIS_TREE = join(__dirname, '..', '..');

/** Every input's runs, by name, timed in one new process with the redactor of the tree at `root`. */
export function timeInFreshProcess(root: string, inputs: readonly Input[], runs: number): Record<string, RunTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-fresh-'));
  try {
    const file = join(dir, 'inputs.json');
    writeFileSync(file, JSON.stringify(inputs));
    const out = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', root, '--inputs', file, '--runs', String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (out.status !== 0) throw new Error(`a timing process failed: ${out.stderr}`);
    return JSON.parse(out.stdout) as Record<string, RunTimes>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => args[args.indexOf(name) + 1]!;
  const inputs = JSON.parse(readFileSync(option('--inputs'), 'utf8')) as Input[];
  const { redactSecrets } = bundleRedactor(option('--child'));
  const times: Record<string, RunTimes> = {};
  for (const { name, text } of inputs) {
    // Two untimed runs at full size first: in a new process the first two 1 MB runs of `pw=abc⏎`
    // or `pw: abc⏎` took 300–390 and 210–285 ms/MB (compiling, the heap growing to the input), the
    // third and later mostly 110–145 (7 processes).
    timeRuns(redactSecrets, text, WARM_RUNS);
    times[name] = timeRuns(redactSecrets, text, Number(option('--runs')));
  }
  process.stdout.write(JSON.stringify(times));
}
