// `npx tsx bench/guard/pairedSpeed.ts --base DIR [--runs N] [--keep K] [--only REGEX] [--processes P]`:
// this tree's redactor against another checkout's (DIR, e.g. `git worktree add --detach /tmp/base
// main`), both bundled as shipped, on the same inputs: every adversarial family, the K slowest
// members of the generated family (default 12, screened on this tree) and the K slowest of every
// line a found secret (everyLineSecrets.ts, named `every line …`, screened on this tree) and of the
// linearity check's repeats (repeatSpeed.ts, named `repeat …`, screened on this tree), or those
// whose name matches --only. Prints CPU ms per MB, median of the runs (and the fastest and slowest run), for
// base and this, per input and the slowest of each.
// In one process (the default) the runs are alternated, so that a loaded machine slows both alike;
// but the redactor loaded first reads 10–30% faster in an A/A run. With --processes P, each side
// is timed in P processes of its own (freshProcess.ts: each input redacted twice untimed first),
// started alternately (base, this, this, base, …), N runs each: the medians are over all of a side's
// runs, and neither runs in the other's heap or beside its compiled code. Each input then also gets
// the median of its per-process medians a side and a bootstrap 95% interval of the change (processes
// resampled on each side): a process that runs slow throughout counts once, not `runs` times.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { screenEveryLine } from './everyLineSecrets';
import { screenRepeats } from './repeatSpeed';
import { bundleRedactor } from './bundledRedactor';
import { THIS_TREE, timeInFreshProcess, type Input } from './freshProcess';
import { alternatedRuns } from './judgeProcess';
import { median } from './judgeStats';
import { fill } from './linearity';
import { formatSpread, spread, type Redact } from './redactionTiming';
import { adversarialInputs, slowestGenerated } from './speedInputs';
import { seededRandom } from '../../src/core/seededRandom';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const runs = Number(option('--runs', '7'));
main();

function main(): void {
  const baseDir = option('--base');
  const keep = Number(option('--keep', '12'));
  const processes = Number(option('--processes', '0'));
  const only = option('--only');
  if (!baseDir || !(runs >= 1) || !(keep >= 0) || !(processes >= 0)) {
    console.error('usage: pairedSpeed.ts --base DIR [--runs N] [--keep K] [--only REGEX] [--processes P]');
    process.exit(2);
  }
  const inputs = pairedInputs(keep, only === undefined ? undefined : new RegExp(only));
  const mode = processes > 0 ? `${processes} processes a side, started alternately, ${runs} runs each` : `${runs} runs each, alternated in one process`;
  console.log(`load average ${loadavg()[0]!.toFixed(1)}; ${inputs.length} inputs, ${mode}; cpu ms per MB, median: base / this`);
  const perProcess: [Record<string, number[]>, Record<string, number[]>] = [{}, {}];
  const [a, b] = processes > 0 ? timeInProcesses(resolve(baseDir), inputs, processes, perProcess) : timeInOneProcess(resolve(baseDir), inputs);
  let worstBase = { name: '', ms: 0 };
  let worstThis = { name: '', ms: 0 };
  for (const { name } of inputs) {
    const ma = spread(a[name]!).median;
    const mb = spread(b[name]!).median;
    if (ma > worstBase.ms) worstBase = { name, ms: ma };
    if (mb > worstThis.ms) worstThis = { name, ms: mb };
    console.log(`  ${name}: ${ma.toFixed(1)} / ${mb.toFixed(1)} (fastest / median / slowest run: base ${formatSpread(spread(a[name]!))}, this ${formatSpread(spread(b[name]!))})`);
    const [pa, pb] = [perProcess[0][name], perProcess[1][name]];
    if (pa && pb) {
      const [low, high] = changeInterval(pa, pb);
      const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
      console.log(`    process medians: base ${list(pa)}, this ${list(pb)}; median ${median(pa).toFixed(1)} -> ${median(pb).toFixed(1)}, change ${pct(median(pb) / median(pa) - 1)} [${pct(low)}, ${pct(high)}]`);
    }
  }
  console.log(`slowest: base ${worstBase.ms.toFixed(1)} (${worstBase.name}); this ${worstThis.ms.toFixed(1)} (${worstThis.name}); load average ${loadavg()[0]!.toFixed(1)}`);
}

/** Every adversarial family and the `keep` slowest generated, every-line and repeat inputs (screened on this tree), those named by `only` if given. */
function pairedInputs(keep: number, only: RegExp | undefined): Input[] {
  const everyLine = screenEveryLine({ screenBytes: 64_000, keep, only });
  const repeats = screenRepeats({ screenBytes: 64_000, keep, only });
  return [
    ...adversarialInputs(),
    ...slowestGenerated(keep, only),
    ...everyLine.map((u) => ({ name: `every line ${u.name}`, text: fill(u.unit, 1_000_000) })),
    ...repeats.map((f) => ({ name: `repeat ${f.name}`, text: fill(f.unit, 1_000_000) })),
  ].filter((i) => !only || only.test(i.name));
}

/** Warm redactors up on every input's shape first, so their first timed runs do not time the compiler. */
function warmUp(redacts: readonly Redact[], inputs: readonly Input[]): void {
  const shapes = inputs.map((i) => i.text.slice(0, 2000)).join(' ');
  for (let i = 0; i < 3; i++) for (const redact of redacts) redact(shapes);
}

function timeInOneProcess(baseDir: string, inputs: readonly Input[]): [Record<string, number[]>, Record<string, number[]>] {
  const base = bundleRedactor(baseDir).redactSecrets;
  const mine = bundleRedactor().redactSecrets;
  warmUp([base, mine], inputs);
  const a: Record<string, number[]> = {};
  const b: Record<string, number[]> = {};
  for (const { name, text } of inputs) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    [a[name], b[name]] = alternatedRuns([base, mine], text, runs) as [number[], number[]];
  }
  return [a, b];
}

function timeInProcesses(baseDir: string, inputs: readonly Input[], processes: number, perProcess: [Record<string, number[]>, Record<string, number[]>]): [Record<string, number[]>, Record<string, number[]>] {
  const a: Record<string, number[]> = {};
  const b: Record<string, number[]> = {};
  for (let i = 0; i < 2 * processes; i++) {
    // base, this, this, base, base, this…: each side as often first in a pair.
    const baseTurn = i % 4 === 0 || i % 4 === 3;
    const times = timeInFreshProcess(baseTurn ? baseDir : THIS_TREE, inputs, runs);
    const into = baseTurn ? a : b;
    for (const [name, t] of Object.entries(times)) {
      (into[name] ??= []).push(...t.cpu);
      (perProcess[baseTurn ? 0 : 1][name] ??= []).push(median(t.cpu));
    }
  }
  return [a, b];
}

function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
}

/** Bootstrap 95% interval of median(b) / median(a) − 1, the processes of each side resampled apart (seeded). */
function changeInterval(a: readonly number[], b: readonly number[]): [number, number] {
  const random = seededRandom(0xb007);
  const draw = (xs: readonly number[]) => median(xs.map(() => xs[Math.floor(random() * xs.length)]!));
  const changes: number[] = [];
  for (let r = 0; r < 2000; r++) changes.push(draw(b) / draw(a) - 1);
  changes.sort((x, y) => x - y);
  return [changes[50]!, changes[1949]!];
}
