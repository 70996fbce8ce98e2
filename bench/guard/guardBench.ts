// `npm run bench:guard -- [--corpus FILE] [--json] [--runs N] [--screen-kb K] [--show-holdout] [--quality-only] [--families-only]
//   [--only REGEX] [--headline-inputs K (8)] [--headline-processes P (4)]`:
// redaction quality and speed (--quality-only: the scores, no timing; --families-only: the items
// and the adversarial families timed, no generated family and no linearity, the quick look at max_ms_per_mb;
// --only: only the adversarial families whose name REGEX matches, for a reduced run).
// Always scores the external corpus (corpus/external.jsonl: public detectors' own rule tests, split
// by source into tune, holdout and holdout2, and corpus/holdout3.jsonl, holdout4.jsonl, holdout5.jsonl, holdout6.jsonl, holdout7.jsonl, holdout8.jsonl, holdout9.jsonl, holdout10.jsonl, holdout11.jsonl, holdout12.jsonl, holdout13.jsonl, holdout14.jsonl, holdout15.jsonl, holdout16.jsonl, holdout17.jsonl and holdout18.jsonl, see corpus/README.md) with
// Wilson 95% intervals; it lists the tune split's failures only, the holdouts' with --show-holdout.
// With --corpus, FILE is JSON lines {"text", "secrets", "label": "secret"|"clean"|"stress"};
// without it, the corpus built from vendors' documented token formats (corpus/vendorFormats).
// Always adds one adversarial input of ~1 MB per pattern family (each timed in a fresh process of
// its own, freshProcess.ts: in the bench's long process they read up to twice as slow), the generated family of slow
// inputs (every keyword, key word and vendor prefix with every way a match almost happens after
// it, see adversarialFamily.ts: all screened at K KB, default 32, in this process; the 30 slowest
// timed at 1 MB each in a fresh process, freshProcess.ts), text where every line is a found secret
// (everyLineSecrets.ts: every grammar of the matrix and every key word, screened at 64 KB in a fresh
// process, the 30 slowest timed at 1 MB each in a fresh one), and pathological repeats for every rule and token format at 1x and 4x size (linearity). Speed per item is ms per MB over
// N runs (default 5): wall clock and this process's CPU time, fastest / median / slowest, so a
// loaded machine shows as a spread. With --json the last line is {"items":N,"recall":…,
// "precision":…,"clean_fp_rate":…,"max_ms_per_mb":…,"max_ms_per_mb_of":…,…} in every mode (issueFigures.ts: --quality-only
// times nothing, so its max_ms_per_mb is null; --families-only's is over the families; --corpus changes the items scored). The speed headline (since the thirtieth
// round, headlineSpeed.ts): after the screens, the K slowest inputs of the families, the generated
// near-matches, the every-line inputs and the repeats (by their screen's CPU runs, each read against a
// short machine scan after it as if in the host's fast mode; the families alone with --families-only)
// and, in a full run, the inputs earlier benches found slowest (headlineHistory.ts, since the thirty-third round) are timed again, each in P fresh processes × N runs after four untimed, a machine scan (machineScan.ts)
// after each run, and
//   max_ms_per_mb: the slowest input's median CPU ms/MB over all its runs (what a user's one request
//     costs, whichever mode the host is in: the redactor is synchronous, so on an idle machine its CPU
//     time is the request's wall time; here the wall adds the neighbours' load); max_ms_per_mb_input its name;
//   max_ms_per_mb_95: a bootstrap 95% interval of that median, its processes resampled (the band a re-run
//     of the same code should fall in: wide when its processes fell in different modes);
//   max_ms_per_mb_process_medians: the median of that input's processes' medians; max_ms_per_mb_wall
//     its median wall ms/MB; max_ms_per_mb_runs_fast_slow: how many of its runs fell in each mode;
//   max_ms_per_mb_fast_mode, max_ms_per_mb_slow_mode (and _input): the slowest input's median over its
//     runs in the host's fast and slow mode apart (a run is slow when its scan took ≥ 1.25× the fastest
//     scan of the re-timing; null when no run fell in that mode);
//   machine_slow_share: the share of the re-timing's runs in the slow mode (which mode the machine was
//     in); machine_fastest_scan: that fastest scan, CPU ms per million code units;
//   headline_inputs, headline_processes, headline_runs: how many inputs (K and the carried), P and N;
//     headline_carried: how many of them were carried from earlier benches, not chosen by the screens; headline_seconds: what the re-timing took.
// The figures of one fresh process per input, the screens (the headline until the twenty-ninth round):
//   max_ms_per_mb_fastest_run (and _input): the slowest input's fastest wall run over every kind of
//     input (the corpus items timed in this process; the families, the generated near-matches, the
//     every-line inputs and the 10 slowest repeats each in a fresh one); max_cpu_ms_per_mb_fastest_run
//     the same in CPU time; max_cpu_ms_per_mb_median (and _input) the slowest CPU median;
//   adversarial_max_ms_per_mb, adversarial_max_ms_per_mb_median: the corpus items' and families' own
//     slowest fastest wall run and slowest wall median; adversarial_worst…: the slowest family by its
//     median CPU run, with a 95% interval of that median over its runs.
// The speed figures time the redactor bundled as the extension ships it (bundledRedactor.ts); the scores run the sources.
import { cpus, loadavg } from 'node:os';
import { percentileInterval } from '../context/bootstrap';
import { measureFamily } from './adversarialFamily';
import { measureEveryLine } from './everyLineSecrets';
import { adversarialFamilies, adversarialItems } from './adversarialInputs';
import { CorpusFileError, readCorpusFile } from './corpusFile';
import { issueFigures, timedInputs } from './issueFigures';
import { vendorFormatCorpus, vendorFormatCount } from './corpus/vendorFormats';
import { THIS_TREE, timeInFreshProcess } from './freshProcess';
import { headlineHistoryInputs } from './headlineHistory';
import { DEFAULT_HEADLINE, headlineJson, headlineLines, slowestFirst, timeHeadline, type HeadlineOptions } from './headlineSpeed';
import { fill, measureGrowth, repeatFamilies, type Growth } from './linearity';
import { SCREEN_SCAN_PASSES } from './machineScan';
import { measureRepeats } from './repeatSpeed';
import { formatSpread, spread, timeRedaction, type RedactionTime } from './redactionTiming';
import { scoreRedaction, type CorpusItem } from './redactionScore';
import { strictnessArg } from './strictnessArg';
import { readExternalCorpus, reportExternal } from './splitReport';

// Every mode ends with process.exit right after ~30 KB of report. On a pipe (`--json | tail -1`, a test's spawnSync)
// Node's writes are asynchronous once the pipe is full, and exit drops what is still queued: the JSON last line went
// missing in 4 of 12 runs on a loaded machine. Blocking writes keep every line (what yargs' `set-blocking` does).
for (const stream of [process.stdout, process.stderr]) (stream as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle?.setBlocking?.(true);

const args = process.argv.slice(2);
const json = args.includes('--json');
const corpusAt = args.indexOf('--corpus');
const corpusFile = corpusAt !== -1 ? args[corpusAt + 1] : undefined;
if (corpusAt !== -1 && !corpusFile) {
  console.error('--corpus needs a file of JSON lines');
  process.exit(2);
}
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 5 : Number(args[runsAt + 1]);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs needs a whole number of runs, 1 or more');
  process.exit(2);
}

const screenAt = args.indexOf('--screen-kb');
const screenKb = screenAt === -1 ? 32 : Number(args[screenAt + 1]);
if (!(screenKb >= 1)) {
  console.error('--screen-kb needs a size in KB, 1 or more');
  process.exit(2);
}

const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? undefined : new RegExp(args[onlyAt + 1] ?? '');
const headlineOption = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const headline: HeadlineOptions = {
  inputs: headlineOption('--headline-inputs', DEFAULT_HEADLINE.inputs),
  processes: headlineOption('--headline-processes', DEFAULT_HEADLINE.processes),
  runs,
};
if (!(Number.isInteger(headline.inputs) && headline.inputs >= 1 && Number.isInteger(headline.processes) && headline.processes >= 1)) {
  console.error('--headline-inputs and --headline-processes need a whole number, 1 or more');
  process.exit(2);
}

// The user's corpus is read first: what is wrong with it is said at once, before any scoring.
const corpus = corpusFile ? corpusOrExit(corpusFile) : vendorFormatCorpus();
const loadBefore = loadavg()[0]!;
// (`--strictness strict` scores the user's strict redaction: quality only, the speed runs time the default.)
const redaction = strictnessArg(args);
if (redaction && !args.includes('--quality-only')) {
  console.error('--strictness is scored with --quality-only');
  process.exit(2);
}
const external = reportExternal(readExternalCorpus(), { showHoldout: args.includes('--show-holdout'), redaction });
const items = [...corpus, ...adversarialItems()];
const score = scoreRedaction(items, redaction);
if (args.includes('--quality-only')) {
  if (redaction) console.log(`strictness: ${redaction.strictness}`);
  console.log(`corpus: ${corpusFile ?? 'vendor formats'}; ${items.length} items: recall ${score.recall.toFixed(4)} (${score.redacted}/${score.secretItems}), clean FP rate ${score.cleanFpRate.toFixed(4)} (${score.falsePositives}/${score.cleanItems}), precision ${score.precision.toFixed(4)}; not timed`);
  for (const line of external.lines) console.log(line);
  if (json) console.log(JSON.stringify({ ...issueFigures(items.length, score, null, timedInputs('quality', only)), ...(redaction ? { strictness: redaction.strictness } : {}), external: externalBySplit() }));
  process.exit(0);
}

// Speed over every item (the small ones measure overhead; the 1 MB ones measure the patterns).
const familyNames = Object.keys(adversarialFamilies).filter((name) => !only || only.test(name));
// The bundle was loaded a moment ago: one untimed pass, so the first items do not time its compiler.
for (const item of corpus) timeRedaction(item.text, 1);
const corpusTimes = corpus.map((item) => ({ name: item.text.slice(0, 60).replace(/\n/g, '⏎'), time: timeRedaction(item.text, runs) }));
// Each family in a process of its own, as a user's extension host meets it: in this process, after
// the items before it, the twelfth round's families read 98–143 ms/MB where fresh processes read 50–77.
const familyTimes = familyNames.map((name) => {
  const t = timeInFreshProcess(THIS_TREE, [{ name, text: adversarialFamilies[name]! }], runs, { scan: SCREEN_SCAN_PASSES })[name]!;
  return { name, time: { wall: spread(t.wall), cpu: spread(t.cpu) }, cpuRuns: t.cpu, scanRuns: t.scan! };
});
const times = [...corpusTimes, ...familyTimes];
const slowest = (pick: (t: RedactionTime) => number) => times.reduce((a, b) => (pick(b.time) > pick(a.time) ? b : a));
const slowestFastest = slowest((t) => t.wall.min);
const slowestMedian = slowest((t) => t.wall.median);
const slowestCpu = slowest((t) => t.cpu.min);
// The slowest family by its median CPU run, with a 95% interval of that median over its runs.
const worstFamily = familyTimes.reduce((a, b) => (b.time.cpu.median > a.time.cpu.median ? b : a));
const worstFamily95 = percentileInterval(worstFamily.cpuRuns, 50);
const worstFamilyLine = `slowest adversarial family: cpu median ${worstFamily.time.cpu.median.toFixed(1)} [${worstFamily95.map((x) => x.toFixed(1)).join(', ')}] ms/MB (${worstFamily.name})`;
const slowestLine = `slowest input: wall ${slowestFastest.time.wall.min.toFixed(1)} ms/MB fastest run (${slowestFastest.name}); ${slowestMedian.time.wall.median.toFixed(1)} median (${slowestMedian.name}); cpu ${slowestCpu.time.cpu.min.toFixed(1)} (${slowestCpu.name})`;
const printFamilies = () => {
  console.log('adversarial inputs (~1 MB each, each in a fresh process), ms per MB, fastest / median / slowest run:');
  for (const { name, time } of familyTimes) console.log(`  ${name}: wall ${formatSpread(time.wall)}; cpu ${formatSpread(time.cpu)}`);
};
const adversarialJson = {
  adversarial_max_ms_per_mb: slowestFastest.time.wall.min, adversarial_max_ms_per_mb_median: slowestMedian.time.wall.median,
  adversarial_worst: worstFamily.name, adversarial_worst_cpu_median: worstFamily.time.cpu.median, adversarial_worst_cpu_median_95: worstFamily95,
};
const familyCandidates = familyTimes.map(({ name, cpuRuns, scanRuns }) => ({ name, text: adversarialFamilies[name]!, cpuRuns, scanRuns }));
if (args.includes('--families-only')) {
  const read = timeHeadline(slowestFirst(familyCandidates), headline);
  console.log(`machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after; ${runs} runs per input`);
  printFamilies();
  console.log(slowestLine);
  console.log(worstFamilyLine);
  for (const line of headlineLines(read)) console.log(line);
  if (json) {
    const speed = headlineJson(read);
    console.log(JSON.stringify({
      ...issueFigures(items.length, score, speed.max_ms_per_mb, timedInputs('families', only)),
      ...speed, max_ms_per_mb_fastest_run: slowestFastest.time.wall.min, max_ms_per_mb_fastest_run_input: slowestFastest.name,
      ...adversarialJson, runs, load_average: loadBefore,
    }));
  }
  process.exit(0);
}

// The generated family: its slowest members at 1 MB.
const family = measureFamily({ screenBytes: screenKb * 1000, bytes: 1_000_000, keep: 30, runs });
const familyWorst = family.worst[0]!;
// Every line a found secret: its slowest members at 1 MB.
const everyLine = measureEveryLine({ screenBytes: 64_000, bytes: 1_000_000, keep: 30, runs });
const everyLineWorst = everyLine.worst[0]!;
const everyLineWorst95 = percentileInterval(everyLineWorst.cpuRuns, 50);

// Linearity: every adversarial family, the generated family's slowest and every generated repeat, at 1x and 4x.
const growthRuns = Math.min(runs, 3);
const growths: Growth[] = [
  ...familyNames.map((name) => measureGrowth({ name, text: adversarialFamilies[name]! }, growthRuns)),
  ...family.worst.map((w) => measureGrowth(w, growthRuns)),
  ...repeatFamilies().map((f) => measureGrowth(f, growthRuns)),
];
const superLinear = growths.filter((g) => g.ratio > 8);
const worstGrowth = growths.reduce((a, b) => (b.ratio > a.ratio ? b : a));
// The repeats are inputs too: screened in a fresh process and the slowest timed at 1 MB each in one of
// their own (repeatSpeed.ts), as the families are, so the slowest input is the slowest of every kind.
const repeatWorst = measureRepeats({ screenBytes: 64_000, keep: 10, runs });
const slowestRepeat = repeatWorst[0]!;
const everyInput = [...times, ...family.worst, ...everyLine.worst, ...repeatWorst];
const slowestOfAll = everyInput.reduce((a, b) => (b.time.wall.min > a.time.wall.min ? b : a));
const slowestOfAllMedian = everyInput.reduce((a, b) => (b.time.cpu.median > a.time.cpu.median ? b : a));
// The headline: the slowest of the screens timed again in several fresh processes, the host's mode read beside.
const read = timeHeadline(slowestFirst([
  ...familyCandidates,
  ...[...family.worst, ...everyLine.worst, ...repeatWorst].map(({ name, unit, cpuRuns, scanRuns }) => ({ name, text: fill(unit, 1_000_000), cpuRuns, scanRuns })),
]), headline, headlineHistoryInputs(only));

console.log(`corpus: ${corpusFile ?? `vendor formats (${vendorFormatCount} documented formats, seed 7)`}; ${items.length} items`);
console.log(`secret items ${score.secretItems}: redacted ${score.redacted} (recall ${score.recall.toFixed(4)})`);
console.log(`clean items ${score.cleanItems}: false positives ${score.falsePositives} (rate ${score.cleanFpRate.toFixed(4)}); precision ${score.precision.toFixed(4)}`);
for (const miss of score.misses.slice(0, 30)) console.log(`  missed: ${miss}`);
for (const alarm of score.falseAlarms.slice(0, 30)) console.log(`  false positive: ${alarm}`);
for (const line of external.lines) console.log(line);
console.log(`machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after; ${runs} runs per input`);
printFamilies();
console.log(`generated family: ${family.units} inputs screened at ${screenKb} KB; the slowest at 1 MB, each in a fresh process, cpu ms per MB fastest / median / slowest run (wall beside):`);
for (const w of family.worst.slice(0, 10)) console.log(`  ${w.name}: cpu ${formatSpread(w.time.cpu)}; wall ${formatSpread(w.time.wall)}`);
console.log(`every line a found secret: ${everyLine.members} members screened at 64 KB in a fresh process; the 30 slowest at 1 MB, each in a fresh process, the 10 slowest below, cpu ms per MB fastest / median / slowest run (wall beside):`);
for (const w of everyLine.worst.slice(0, 10)) console.log(`  ${w.name}: cpu ${formatSpread(w.time.cpu)}; wall ${formatSpread(w.time.wall)}`);
console.log(`linearity: ${growths.length} inputs at 256 KB and 1 MB; cpu time ratio (4 is linear) at most ${worstGrowth.ratio.toFixed(1)} (${worstGrowth.name})`);
for (const g of superLinear) console.log(`  NOT LINEAR: ${g.name}: x${g.ratio.toFixed(1)} for 4x the input`);
console.log(`repeats: ${repeatFamilies().length} screened at 64 KB in a fresh process; the 10 slowest at 1 MB, each in a fresh process, cpu ms per MB fastest / median / slowest run (wall beside):`);
for (const w of repeatWorst) console.log(`  ${w.name}: cpu ${formatSpread(w.time.cpu)}; wall ${formatSpread(w.time.wall)}`);
console.log(slowestLine);
console.log(`slowest of every input (families, generated, every-line, repeats): wall ${slowestOfAll.time.wall.min.toFixed(1)} ms/MB fastest run (${slowestOfAll.name}); cpu median ${slowestOfAllMedian.time.cpu.median.toFixed(1)} (${slowestOfAllMedian.name})`);
console.log(`slowest generated input: cpu ${formatSpread(familyWorst.time.cpu)} ms/MB (${familyWorst.name})`);
console.log(worstFamilyLine);
console.log(`slowest every-line input: cpu median ${everyLineWorst.time.cpu.median.toFixed(1)} [${everyLineWorst95.map((x) => x.toFixed(1)).join(', ')}] ms/MB (${everyLineWorst.name})`);
for (const line of headlineLines(read)) console.log(line);
if (json) {
  const speed = headlineJson(read);
  console.log(JSON.stringify({
    // The issue's figure: the slowest input of any kind as a user meets it; the screens' one-process figures beside.
    ...issueFigures(items.length, score, speed.max_ms_per_mb, timedInputs('full', only)),
    ...speed,
    max_ms_per_mb_fastest_run: slowestOfAll.time.wall.min, max_ms_per_mb_fastest_run_input: slowestOfAll.name,
    ...adversarialJson,
    max_cpu_ms_per_mb_fastest_run: Math.max(...everyInput.map((t) => t.time.cpu.min)),
    max_cpu_ms_per_mb_median: slowestOfAllMedian.time.cpu.median, max_cpu_ms_per_mb_median_input: slowestOfAllMedian.name, generated_inputs: family.units,
    generated_worst: familyWorst.name, every_line_inputs: everyLine.members, every_line_worst: everyLineWorst.name,
    every_line_worst_cpu_median: everyLineWorst.time.cpu.median, every_line_worst_cpu_median_95: everyLineWorst95, max_growth_4x: worstGrowth.ratio,
    repeat_worst: slowestRepeat.name, repeat_worst_cpu_median: slowestRepeat.time.cpu.median,
    super_linear: superLinear.length, runs, load_average: loadBefore,
    external: externalBySplit(),
  }));
}

function externalBySplit() {
  return {
    tune: withoutLists(external.tune), holdout: withoutLists(external.holdout), holdout2: withoutLists(external.holdout2), holdout3: withoutLists(external.holdout3), holdout4: withoutLists(external.holdout4), holdout5: withoutLists(external.holdout5),
    holdout6: withoutLists(external.holdout6), holdout7: withoutLists(external.holdout7), holdout8: withoutLists(external.holdout8),
    holdout9: withoutLists(external.holdout9), holdout10: withoutLists(external.holdout10), holdout11: withoutLists(external.holdout11), holdout12: withoutLists(external.holdout12), holdout13: withoutLists(external.holdout13),
    holdout14: withoutLists(external.holdout14), holdout15: withoutLists(external.holdout15),
    holdout16: withoutLists(external.holdout16), holdout17: withoutLists(external.holdout17),
    holdout18: withoutLists(external.holdout18),
    holdout19: withoutLists(external.holdout19),
    holdout20: withoutLists(external.holdout20),
    holdout21: withoutLists(external.holdout21),
    holdout22: withoutLists(external.holdout22),
    holdout23: withoutLists(external.holdout23),
    holdout24: withoutLists(external.holdout24),
    holdout25: withoutLists(external.holdout25),
    holdout26: withoutLists(external.holdout26),
    holdout27: withoutLists(external.holdout27),
    holdout28: withoutLists(external.holdout28),
    holdout29: withoutLists(external.holdout29),
    holdout30: withoutLists(external.holdout30),
    holdout31: withoutLists(external.holdout31),
    holdout32: withoutLists(external.holdout32),
    holdout33: withoutLists(external.holdout33),
    holdout34: withoutLists(external.holdout34),
    holdout35: withoutLists(external.holdout35),
    holdout36: withoutLists(external.holdout36),
    holdout37: withoutLists(external.holdout37),
    holdout38: withoutLists(external.holdout38),
    holdout39: withoutLists(external.holdout39),
    holdout40: withoutLists(external.holdout40),
    holdout41: withoutLists(external.holdout41),
    holdout42: withoutLists(external.holdout42),
    holdout43: withoutLists(external.holdout43),
    holdout44: withoutLists(external.holdout44),
    holdout45: withoutLists(external.holdout45),
    holdout46: withoutLists(external.holdout46),
    holdout47: withoutLists(external.holdout47),
    holdout48: withoutLists(external.holdout48),
    holdout49: withoutLists(external.holdout49),
    holdout50: withoutLists(external.holdout50),
    holdout51: withoutLists(external.holdout51),
    holdout52: withoutLists(external.holdout52),
    holdout53: withoutLists(external.holdout53),
    holdout54: withoutLists(external.holdout54),
    holdout55: withoutLists(external.holdout55),
    holdout56: withoutLists(external.holdout56),
    holdout57: withoutLists(external.holdout57),
    holdout58: withoutLists(external.holdout58),
    holdout59: withoutLists(external.holdout59),
    holdout60: withoutLists(external.holdout60),
    holdout61: withoutLists(external.holdout61),
    holdout62: withoutLists(external.holdout62),
    holdout63: withoutLists(external.holdout63),
  };
}

function withoutLists(f: typeof external.tune) {
  return { recall: f.recall, recall_95: f.recallInterval, secret_items: f.secretItems, fp_share: f.fpShare, fp_95: f.fpInterval, clean_items: f.cleanItems };
}

function corpusOrExit(file: string): CorpusItem[] {
  try {
    return readCorpusFile(file);
  } catch (error) {
    if (!(error instanceof CorpusFileError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
