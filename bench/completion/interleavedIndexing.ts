// bench:completion --interleaved: whether a full index build changes the completion pipeline's
// p95 by 1 ms, and whether the design has the power to tell, in one run. One index (the shipped
// bundle, in its own process, the retriever registered as a context source) lives through the
// whole run; three arms alternate every typing pause, a few seconds apart, so that the machine's
// drift falls on all alike and no block starts a process or loads a grammar:
//   - off and off2: the build paused (the product's Pause) before the pause of typing begins;
//     off2 − off is an A/A comparison: the design's own noise, which a 1 ms claim must be well
//     inside;
//   - on: the build resumed, so it runs through the pause of typing as the product schedules it
//     (held by each keystroke, and by each request from its start to its end); a build that
//     finishes is started again (Rebuild), so one is always under way. on − off is the A/B.
// The typist is the product's user: pauses of 1-3 s, then a burst of keystrokes 120-250 ms
// apart, each one handed to the index (`userTyped`) and to the syntax tree (incremental
// reparse), then an automatic completion through the real debounce and the context engine,
// model taken out. The three units of a group type the same burst at the same points, in a
// random order. A group is the bootstrap's unit (blockedBootstrap.ts): the requests of one pause
// are not independent, and groups carry the drift.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { CompletionEngine } from '../../src/core/completion/completionEngine';
import { ContextEngine } from '../../src/core/context/contextEngine';
import { silentLogger } from '../../src/core/logger';
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { benchWorker } from '../index/benchWorker';
import { makeScaleWorkspace } from '../index/scaleWorkspace';
import { threadsBetween, threadSnapshot } from '../index/threadTimes';
import { documentOf, pythonStdlib } from './benchDocuments';
import { DiskWorkspace, hostThreadClock, timedClock } from './benchHost';
import { blockedPercentileDifference, type BlockPair } from './blockedBootstrap';
import { instantModel, ownTime, pointsOf, snapshotAt, type Point } from './completionProbe';
import { startIndex, stopIndex, type BlockIndex } from './completionWhileIndexing';

export interface InterleavedOptions {
  readonly files: number;
  /** Lines of the document typed into (10k by default, as the other completion benches). */
  readonly lines: number;
  /** The run's length once the index started (the workspace's copy and the index's start come before it). */
  readonly minutes: number;
  readonly json: boolean;
  /** Writes every group's requests here (JSON), to compare estimators on the same run. */
  readonly samples?: string;
}

type Measure = 'own' | 'ownLate' | 'cpu' | 'wait' | 'indexCpu' | 'otherCpu';
const MEASURES: readonly Measure[] = ['own', 'ownLate', 'cpu', 'wait', 'indexCpu', 'otherCpu'];
const LABELS: Record<Measure, string> = {
  own: 'own time (wall)',
  ownLate: 'own + the debounce timer waking late (the goal)',
  cpu: 'host thread CPU',
  wait: 'host thread waiting for a CPU',
  indexCpu: "index process's threads' CPU inside the request",
  otherCpu: "this process's other threads' CPU inside the request (V8's, libuv's)",
};
type Sample = Record<Measure, number>;
type Arm = 'off' | 'off2' | 'on';
const ARMS: readonly Arm[] = ['off', 'off2', 'on'];

/** The extension's parse deadline inside a request (completionWhileIndexing.ts says why). */
const PARSE_DEADLINE_MS = 50;
/** Groups typed before any is measured (first compilations, the first lookups' answers). */
const WARMUP_GROUPS = 2;
/** Fewer groups than this give no verdict: a bootstrap over a handful of groups is as narrow as it is wrong. */
const MIN_GROUPS = 20;
/** A burst never runs past this many keystrokes (the geometric draw's tail). */
const LONGEST_BURST = 12;

/** The typist: a pause of 1-3 s, then keystrokes 120-250 ms apart, a pause coming after each one time in four. */
function typist(seed: number) {
  const random = seededRandom(seed);
  return {
    /** The arms in a random order (Fisher-Yates). */
    order: (): Arm[] => {
      const arms = [...ARMS];
      for (let i = arms.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [arms[i], arms[j]] = [arms[j]!, arms[i]!];
      }
      return arms;
    },
    pauseMs: () => 1_000 + 2_000 * random(),
    gapMs: () => 120 + 130 * random(),
    burst: () => {
      let length = 1;
      while (length < LONGEST_BURST && random() >= 0.25) length++;
      return length;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One unit of each arm, typing the same burst. */
type Group = Record<Arm, Unit>;

interface Unit {
  readonly samples: Sample[];
  /** CPU of the index's process during the unit's pause of typing (ms): did the build run or not. */
  readonly pauseIndexCpuMs: number;
}

export async function completionInterleaved(options: InterleavedOptions): Promise<void> {
  const base = mkdtempSync(join(os.tmpdir(), 'flywheel-completion-interleaved-'));
  const root = join(base, 'workspace');
  let index: BlockIndex | undefined;
  try {
    const worker = benchWorker();
    const workspace = makeScaleWorkspace(root, options.files);
    const source = pythonStdlib();
    const doc = source && documentOf(source, options.lines);
    if (!doc) throw new Error('no Python standard library on this machine: the completion document is made of it');
    const syntax = await SyntaxService.create({ defaultTimeoutMs: PARSE_DEADLINE_MS });
    await syntax.loadLanguage(doc.languageId);
    // The user works down the file, and wraps round to its top.
    const points = pointsOf(doc, 4_000).sort((a, b) => a.offset - b.offset);
    const disk = new DiskWorkspace(root);
    const context = new ContextEngine({ workspace: disk, syntax, logger: silentLogger });
    const model = instantModel();
    const clock = timedClock();
    index = await startIndex({ root, paths: workspace.paths, dbPath: join(base, 'index.db'), worker, context });
    const ix = index;
    const indexPid = ix.client.pid === undefined ? [] : [ix.client.pid];
    const engine = new CompletionEngine({
      getModel: async () => model,
      syntax,
      clock,
      config: { multiline: 'auto', maxFileChars: 50_000_000 },
      holdBackground: () => ix.index.requestStarted(),
      getContext: async (document, budgetTokens, signal, visibleRange) => (await context.gather({ document, budgetTokens, signal, visibleRange })).snippets,
    });
    let version = 0;
    /** One keystroke and its completion, as the editor adapters hear them; undefined: no completion came. */
    const completeAt = async (point: Point): Promise<Sample | undefined> => {
      const snapshot = snapshotAt(doc, point, ++version);
      disk.current = snapshot;
      engine.clearCache();
      model.next = point.continuation;
      void syntax.updateDocument(snapshot.uri, snapshot.languageId, snapshot.version, snapshot.text).catch(() => undefined);
      ix.index.userTyped();
      const threads0 = threadSnapshot(indexPid);
      const before = hostThreadClock();
      clock.lateMs = NaN;
      const outcome = await engine.complete(snapshot, { trigger: 'automatic', lastChange: { kind: 'insert', ageMs: 0 } });
      const after = hostThreadClock();
      const threads = threadsBetween(threads0, threadSnapshot(indexPid));
      if (outcome.kind !== 'completion' && outcome.kind !== 'dropped') return undefined;
      let indexCpu = 0;
      let otherCpu = 0;
      for (const t of threads.values()) {
        if (t.cls === 'process' || t.cls === 'lowered') indexCpu += t.cpuMs;
        else if (t.cls === 'other') otherCpu += t.cpuMs;
      }
      const own = ownTime(outcome.timings);
      const lap = outcome.timings.debounce;
      // The timer's lateness delays the request only past the preparation's end (completionWhileIndexing.ts).
      const late = lap !== undefined && Number.isFinite(clock.lateMs) ? Math.max(0, Math.min(clock.lateMs, lap)) : 0;
      return { own, ownLate: own + late, cpu: before && after ? after.cpu - before.cpu : NaN, wait: before && after ? after.wait - before.wait : NaN, indexCpu, otherCpu };
    };
    const indexCpuNow = () => [...threadSnapshot(indexPid).values()].filter((t) => t.cls === 'process').reduce((s, t) => s + t.cpuMs, 0);
    let rebuilds = 0;
    /** Sets the arm before the pause of typing, sleeps the pause, types the burst. */
    const unit = async (arm: Arm, pauseMs: number, burst: readonly Point[], gaps: readonly number[]): Promise<Unit> => {
      if (arm === 'on') {
        if (ix.index.status.state === 'ready') {
          rebuilds++;
          void ix.index.rebuild().catch(() => undefined);
        }
        ix.index.resume();
      } else {
        ix.index.pause();
      }
      const cpu0 = indexCpuNow();
      await sleep(pauseMs);
      const pauseIndexCpuMs = indexCpuNow() - cpu0;
      const samples: Sample[] = [];
      for (const [k, point] of burst.entries()) {
        const sample = await completeAt(point);
        if (sample) samples.push(sample);
        if (k < burst.length - 1) await sleep(gaps[k]!);
      }
      return { samples, pauseIndexCpuMs };
    };
    const t = typist(0x1d7e);
    let next = 0;
    const groups: Group[] = [];
    const loads: number[] = [];
    const started = performance.now();
    const doneAtStart = ix.index.status.done;
    for (let group = 0; group < WARMUP_GROUPS || performance.now() - started < options.minutes * 60_000; group++) {
      const order = t.order();
      const length = t.burst();
      const burst = Array.from({ length }, (_, k) => points[(next + k) % points.length]!);
      next += length;
      const pauses = ARMS.map(() => t.pauseMs());
      const gaps = Array.from({ length }, () => t.gapMs());
      const units = {} as Record<Arm, Unit>;
      for (const [i, arm] of order.entries()) units[arm] = await unit(arm, pauses[i]!, burst, gaps);
      if (group >= WARMUP_GROUPS) groups.push(units);
      loads.push(os.loadavg()[0]);
      if (!options.json && group % 25 === 0) {
        console.log(`group ${group}: ${Math.round((performance.now() - started) / 1000)} s, ${groups.reduce((s, g) => s + g.on.samples.length, 0)} requests an arm, index ${ix.index.status.state} ${ix.index.status.done}/${ix.index.status.total}, load ${os.loadavg()[0].toFixed(1)}`);
      }
    }
    const measuredMs = performance.now() - started;
    const finalStatus = ix.index.status;
    engine.dispose();
    context.dispose();
    syntax.dispose();
    if (options.samples) writeFileSync(options.samples, JSON.stringify(groups));
    report(groups, options, { measuredMs, rebuilds, loads, files: workspace.paths.length, doneAtStart, finalStatus });
  } finally {
    if (index) await stopIndex(index);
    rmSync(base, { recursive: true, force: true });
  }
}

function report(
  groups: readonly Group[],
  options: InterleavedOptions,
  run: { measuredMs: number; rebuilds: number; loads: readonly number[]; files: number; doneAtStart: number; finalStatus: { state: string; done: number; total: number } },
): void {
  const blocks = (base: Arm, other: Arm, m: Measure, only?: 'first'): BlockPair[] => groups.map((g) => {
    const values = (u: Unit) => (only ? u.samples.slice(0, 1) : u.samples).map((s) => s[m]).filter(Number.isFinite);
    return { a: values(g[base]), b: values(g[other]) };
  });
  const side = (xs: number[]) => ({ n: xs.length, p50: round(percentile(xs, 50) ?? NaN, 3), p95: round(percentile(xs, 95) ?? NaN, 3) });
  const compare = (base: Arm, other: Arm, m: Measure, only?: 'first') => {
    const b = blocks(base, other, m, only);
    const p95 = blockedPercentileDifference(b, 95);
    const p50 = blockedPercentileDifference(b, 50);
    return {
      base: { arm: base, ...side(b.flatMap((x) => x.a)) },
      other: { arm: other, ...side(b.flatMap((x) => x.b)) },
      p95_difference: round(p95.estimate, 3), p95_ci: p95.interval.map((x) => round(x, 3)),
      p50_difference: round(p50.estimate, 3), p50_ci: p50.interval.map((x) => round(x, 3)),
    };
  };
  const aa = Object.fromEntries(MEASURES.map((m) => [m, compare('off', 'off2', m)])) as Record<Measure, ReturnType<typeof compare>>;
  const ab = Object.fromEntries(MEASURES.map((m) => [m, compare('off', 'on', m)])) as Record<Measure, ReturnType<typeof compare>>;
  const within = ([low, high]: number[], limit: number) => low! >= -limit && high! <= limit;
  const halfWidth = (ci: number[]) => (ci[1]! - ci[0]!) / 2;
  const requests = groups.reduce((s, g) => s + g.off.samples.length, 0);
  const pauseCpu = (arm: Arm) => groups.map((g) => g[arm].pauseIndexCpuMs);
  const result = {
    mode: 'interleaved: off and off2 with the build paused (A/A), on with the build running (A/B against off)',
    workspace_files: run.files,
    document_lines: options.lines,
    minutes: round(run.measuredMs / 60_000, 1),
    groups: groups.length,
    requests_per_arm: requests,
    aa,
    ab,
    // The request after a pause of typing: the one the build ran just before (its own stratum), and its A/A.
    ab_first_after_pause: compare('off', 'on', 'ownLate', 'first'),
    aa_first_after_pause: compare('off', 'off2', 'ownLate', 'first'),
    // The rule (bench/index/README.md): the design has the power when the A/A interval lies within ±0.5 ms;
    // the goal is shown when the A/B interval lies within ±1 ms; both on own time + the timer's lateness.
    power_aa_within_0_5ms: groups.length < MIN_GROUPS ? 'too few groups' : within(aa.ownLate.p95_ci, 0.5) ? 'yes' : 'no',
    goal_p95_within_1ms: groups.length < MIN_GROUPS ? 'too few groups' : within(ab.ownLate.p95_ci, 1) ? 'shown' : ab.ownLate.p95_ci[0]! > 1 ? 'not met' : 'not shown',
    aa_half_width_ms: round(halfWidth(aa.ownLate.p95_ci), 3),
    // Requests an arm for an A/A half-width of 0.5 ms at this noise (the width goes as 1/sqrt(n)).
    requests_per_arm_for_half_width_0_5: Math.ceil(requests * (halfWidth(aa.ownLate.p95_ci) / 0.5) ** 2),
    // At this run's pace (the typist's pauses set it, not the pipeline's cost).
    minutes_for_half_width_0_5: round((run.measuredMs / 60_000) * (halfWidth(aa.ownLate.p95_ci) / 0.5) ** 2, 0),
    index_cpu_in_pauses_ms: Object.fromEntries(ARMS.map((arm) => [arm, { p50: round(percentile(pauseCpu(arm), 50) ?? NaN, 1), total_s: round(pauseCpu(arm).reduce((s, x) => s + x, 0) / 1000, 1) }])),
    build: { files_done_at_start: run.doneAtStart, rebuilds: run.rebuilds, state_at_end: run.finalStatus.state, done_at_end: run.finalStatus.done, total: run.finalStatus.total },
    load_average: { min: round(Math.min(...run.loads), 1), max: round(Math.max(...run.loads), 1), end: os.loadavg().map((x) => round(x, 1)) },
    cores: os.cpus().length,
  };
  if (!options.json) {
    console.log(`\n${result.mode}: ${result.groups} groups, ${requests} requests an arm in ${result.minutes} min, workspace of ${run.files} files`);
    for (const [name, table] of [['A/A (off2 − off)', aa], ['A/B (on − off)', ab]] as const) {
      console.log(name);
      for (const m of MEASURES) {
        const s = table[m];
        console.log(`  ${LABELS[m]}: off p50 ${s.base.p50} p95 ${s.base.p95}; ${s.other.arm} p50 ${s.other.p50} p95 ${s.other.p95}; p95 difference ${s.p95_difference} [${s.p95_ci.join(', ')}], p50 ${s.p50_difference} [${s.p50_ci.join(', ')}] ms`);
      }
    }
    for (const f of [result.aa_first_after_pause, result.ab_first_after_pause]) {
      console.log(`first request after a pause, own + late: off p95 ${f.base.p95}, ${f.other.arm} p95 ${f.other.p95}; difference ${f.p95_difference} [${f.p95_ci.join(', ')}] ms (n ${f.base.n} an arm)`);
    }
    console.log(`power (A/A within ±0.5 ms): ${result.power_aa_within_0_5ms}, half-width ${result.aa_half_width_ms} ms; ±0.5 ms would take ~${result.requests_per_arm_for_half_width_0_5} requests an arm, ~${result.minutes_for_half_width_0_5} min at this pace`);
    console.log(`goal (A/B p95 within 1 ms): ${result.goal_p95_within_1ms}`);
    console.log(`index CPU in a pause of typing, p50: ${ARMS.map((a) => `${a} ${result.index_cpu_in_pauses_ms[a]!.p50} ms`).join(', ')} (on: ${result.index_cpu_in_pauses_ms.on!.total_s} s in all); rebuilds ${run.rebuilds}; index ${run.finalStatus.state} ${run.finalStatus.done}/${run.finalStatus.total}`);
    console.log(`load average ${result.load_average.min}-${result.load_average.max} on ${result.cores} cores`);
  }
  console.log(JSON.stringify(result));
}
