// The linearity check's repeats (linearity.ts `repeatFamilies`: keywords glued, vendor tokens cut
// short or glued back to back by a separator), timed as the bench times its families: the bench's
// linearity check times them in its own long-lived process, after everything else, where a
// glued-token input read 117–121 CPU ms/MB and no other figure could be set beside it. Here every
// repeat is screened at 64 KB in one fresh process (after a warm-up pass over every repeat at 4 KB,
// as everyLineSecrets.ts does; fastest of three runs) and the slowest are timed at 1 MB, each in a
// fresh process of its own (freshProcess.ts).
//
//   npx tsx bench/guard/repeatSpeed.ts [--keep K (20)] [--runs N (5)] [--screen-kb S (64)] [--only REGEX]
import { loadavg } from 'node:os';
import { THIS_TREE, timeInFreshProcess, type Input } from './freshProcess';
import { fill, repeatFamilies, type RepeatFamily } from './linearity';
import { formatSpread, spread, type RedactionTime } from './redactionTiming';

/** The `keep` slowest repeats (named `repeat …`, those `only` matches) by the fastest of three runs at `screenBytes`, in one fresh process: slowest first. */
export function screenRepeats(options: { screenBytes: number; keep: number; only?: RegExp }): RepeatFamily[] {
  const families = repeatFamilies().filter((f) => !options.only || options.only.test(`repeat ${f.name}`));
  if (families.length === 0) return [];
  const warmUp: Input = { name: '(warm-up)', text: families.map((f) => fill(f.unit, 4000)).join('\n') };
  const times = timeInFreshProcess(THIS_TREE, [warmUp, ...families.map((f) => ({ name: f.name, text: fill(f.unit, options.screenBytes) }))], 3);
  return families
    .map((f) => ({ f, cpu: Math.min(...times[f.name]!.cpu) }))
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, options.keep)
    .map(({ f }) => f);
}

export function measureRepeats(options: { screenBytes: number; keep: number; runs: number; only?: RegExp }): { name: string; time: RedactionTime }[] {
  const worst = screenRepeats(options).map(({ name, unit }) => {
    const t = timeInFreshProcess(THIS_TREE, [{ name, text: fill(unit, 1_000_000) }], options.runs)[name]!;
    return { name, time: { wall: spread(t.wall), cpu: spread(t.cpu) } };
  });
  return worst.sort((a, b) => b.time.cpu.median - a.time.cpu.median);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
  const keep = Number(option('--keep', '20'));
  const runs = Number(option('--runs', '5'));
  const screenKb = Number(option('--screen-kb', '64'));
  const only = args.includes('--only') ? new RegExp(option('--only', '')) : undefined;
  const load = loadavg()[0]!;
  const worst = measureRepeats({ screenBytes: screenKb * 1000, keep, runs, only });
  console.log(`repeats (${repeatFamilies().length}) screened at ${screenKb} KB in a fresh process; the ${keep} slowest at 1 MB, each in a fresh process, ${runs} runs; load average ${load.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
  console.log('cpu ms per MB fastest / median / slowest run (wall beside):');
  for (const w of worst) console.log(`  ${w.name}: cpu ${formatSpread(w.time.cpu)}; wall ${formatSpread(w.time.wall)}`);
}
