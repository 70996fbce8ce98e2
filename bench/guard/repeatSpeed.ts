// The linearity check's repeats (linearity.ts `repeatFamilies`: keywords glued, vendor tokens cut
// short or glued back to back by a separator), timed as the bench times its families: the bench's
// linearity check times them in its own long-lived process, after everything else, where a
// glued-token input read 117–121 CPU ms/MB and no other figure could be set beside it. Here every
// repeat is screened at 64 KB in one fresh process (after a warm-up pass over every repeat at 4 KB,
// as everyLineSecrets.ts does; fastest of three runs; a text once) and the slowest are timed at 1 MB, each in a
// fresh process of its own (freshProcess.ts).
//
//   npx tsx bench/guard/repeatSpeed.ts [--keep K (20)] [--runs N (5)] [--screen-kb S (64)] [--only REGEX]
import { loadavg } from 'node:os';
import { repeatFamilies, type RepeatFamily } from './linearity';
import { formatSpread } from './redactionTiming';
import { screenOptions, screenSlowest, timeEach, type ScreenedTime } from './slowestScreen';

/** The `keep` slowest repeats (named `repeat …`, those `only` matches) at `screenBytes` (slowestScreen.ts): slowest first. */
export function screenRepeats(options: { screenBytes: number; keep: number; only?: RegExp }): RepeatFamily[] {
  const families = repeatFamilies().filter((f) => !options.only || options.only.test(`repeat ${f.name}`));
  return screenSlowest(families, options.screenBytes, options.keep);
}

export function measureRepeats(options: { screenBytes: number; keep: number; runs: number; only?: RegExp }): ScreenedTime[] {
  return timeEach(screenRepeats(options), 1_000_000, options.runs);
}

if (require.main === module) {
  const { keep, runs, screenKb, only } = screenOptions(process.argv.slice(2), 20);
  const load = loadavg()[0]!;
  const worst = measureRepeats({ screenBytes: screenKb * 1000, keep, runs, only });
  console.log(`repeats (${repeatFamilies().length}) screened at ${screenKb} KB in a fresh process; the ${keep} slowest at 1 MB, each in a fresh process, ${runs} runs; load average ${load.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
  console.log('cpu ms per MB fastest / median / slowest run (wall beside):');
  for (const w of worst) console.log(`  ${w.name}: cpu ${formatSpread(w.time.cpu)}; wall ${formatSpread(w.time.wall)}`);
}
