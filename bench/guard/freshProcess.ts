// Redaction timed in a process of its own: a long-lived process times an input by what ran before
// it (the bench's generated family ran 40–70% slower after the adversarial families and the screen
// than in a new process), so the figures to compare are taken where nothing ran before.
// `timeInFreshProcess` writes the inputs to a file and runs this file as a child (`--child
// --bundle FILE --inputs FILE --runs N [--warm W] [--scan PASSES]`): it loads the redactor from the bundle,
// redacts each input W times untimed (default 2) and then N times, and prints every timed run's wall and CPU ms per MB as
// JSON (with --scan, each run's machine scan beside, machineScan.ts). A tree is bundled once per
// parent process, not once per child (thirtieth round: the bench's ~270 children each bundled the
// same tree again, ~0.3–0.5 s apiece).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as Redactor from '../../src/core/guard/secretRedactor';
import { writeBundle } from './bundledRedactor';
import { timeRuns, type RunTimes } from './redactionTiming';

export interface Input {
  readonly name: string;
  readonly text: string;
}

const WARM_RUNS = 2;

/** This repository's root, the default tree to time. */
export const THIS_TREE = join(__dirname, '..', '..');

const bundles = new Map<string, string>();

/** The bundle of `root`'s redactor, written once in this process's life to a file removed at its exit. */
function bundleOf(root: string): string {
  const key = resolve(root);
  let file = bundles.get(key);
  if (!file) {
    const dir = mkdtempSync(join(tmpdir(), 'flywheel-bundle-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    file = join(dir, 'secretRedactor.js');
    writeBundle(key, file);
    bundles.set(key, file);
  }
  return file;
}

/** Every input's runs, by name, timed in one new process with the redactor of the tree at `root`. */
export function timeInFreshProcess(root: string, inputs: readonly Input[], runs: number, options: { scan?: number; warm?: number } = {}): Record<string, RunTimes> {
  const bundle = bundleOf(root);
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-fresh-'));
  try {
    const file = join(dir, 'inputs.json');
    writeFileSync(file, JSON.stringify(inputs));
    const child = [__filename, '--child', '--bundle', bundle, '--inputs', file, '--runs', String(runs), ...(options.scan ? ['--scan', String(options.scan)] : []), ...(options.warm ? ['--warm', String(options.warm)] : [])];
    const out = spawnSync(process.execPath, [...process.execArgv, ...child], { encoding: 'utf8', maxBuffer: 1 << 24 });
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
  const { redactSecrets } = require(option('--bundle')) as typeof Redactor;
  const scan = args.includes('--scan') ? Number(option('--scan')) : undefined;
  const times: Record<string, RunTimes> = {};
  for (const { name, text } of inputs) {
    // Two untimed runs at full size first: in a new process the first two 1 MB runs of `pw=abc⏎`
    // or `pw: abc⏎` took 300–390 and 210–285 ms/MB (compiling, the heap growing to the input), the
    // third and later mostly 110–145 (7 processes).
    timeRuns(redactSecrets, text, args.includes('--warm') ? Number(option('--warm')) : WARM_RUNS, { scan });
    times[name] = timeRuns(redactSecrets, text, Number(option('--runs')), { scan });
  }
  process.stdout.write(JSON.stringify(times));
}
