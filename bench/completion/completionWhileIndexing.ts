// bench:completion --indexing: the completion pipeline's own time while the workspace index
// builds, scheduled as the product schedules it. A simulated user types into 10k lines of real
// Python: each keystroke goes to the index the way the editor adapter sends it
// (`WorkspaceIndex.userTyped`), then an automatic completion request runs the real pipeline
// (real debounce sleep, the context engine with the index registered as a context source, the
// request holding the index from its start to its end as the extension wires it, model taken
// out; the syntax tree follows the edits as the editor adapter has it follow them), then the
// user pauses (short gaps while typing, longer pauses between bursts: the build goes on in
// those). Nothing here pauses or holds the index by hand.
// Two conditions, in paired blocks within one run (off/on, then on/off, ...), so that what
// drifts over the run (other processes, caches, the machine's clock speed) falls on both alike;
// the two blocks of a pair complete the same cursor points:
//   - off: no workspace index (flywheel.index.enabled = false);
//   - indexing: the index registered and building a workspace of real files from scratch (the
//     worker is the shipped bundle, dist/indexWorker.js), for the whole block.
// Reports p50/p95 of own time (wall), of own time plus the debounce timer's lateness (the
// user waits for that too; the goal is judged on it), of the host thread's CPU time and of its wait for a CPU
// (Linux schedstat) per condition with bootstrap intervals, the paired difference of the p95
// with its interval (points resampled with both their values), per-block figures, how far each
// build got, the process's CPU per block, and the load. And whether the index yields: the CPU
// its threads (nice 19) and the process's other threads used inside each request (Linux).
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { CompletionEngine } from '../../src/core/completion/completionEngine';
import { ContextEngine } from '../../src/core/context/contextEngine';
import type { Disposable } from '../../src/core/disposable';
import { workspaceIndexRetriever } from '../../src/core/index/indexRetriever';
import { WorkspaceIndex } from '../../src/core/index/workspaceIndex';
import { silentLogger } from '../../src/core/logger';
import { percentile } from '../../src/core/models/callMetrics';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { pairedPercentileDifferenceInterval, percentileInterval } from '../context/bootstrap';
import { benchIndexConnection, benchWorker, type BenchIndexConnection } from '../index/benchWorker';
import { makeScaleWorkspace } from '../index/scaleWorkspace';
import { threadsBetween, threadSnapshot, type ThreadSample } from '../index/threadTimes';
import { documentOf, pythonStdlib, type BenchDocument } from './benchDocuments';
import { instantModel, ownTime, pointsOf, snapshotAt, type Point } from './completionProbe';
import { RequestTrace } from './requestTrace';
import { DiskWorkspace, hostThreadClock, timedClock, typingGaps } from './benchHost';

export interface IndexingModeOptions {
  readonly files: number;
  /** Pairs of blocks (off and indexing, in alternating order). */
  readonly pairs: number;
  /** Completions per block. */
  readonly block: number;
  readonly json: boolean;
  /** Writes each request's trace here (requestTrace.ts), one JSON line per request. */
  readonly samples?: string;
  /**
   * The deadline of the document's own parse inside a request (default: the extension's, see
   * PRODUCT_PARSE_DEADLINE_MS).
   */
  readonly parseDeadlineMs?: number;
  /**
   * The index builds and hears the keystrokes and requests, but is not a context source: no
   * lookup of the request's own (`definitions`) reaches it. Against a run without it, the
   * index's CPU inside requests that is the request's own lookups, not the build's.
   */
  readonly noIndexContext?: boolean;
}

type Condition = 'off' | 'indexing';
/** Own time; the host thread's CPU and wait; the context stage; CPU of the index's threads and of the process's other threads inside the request. */
type Measure = 'own' | 'ownLate' | 'late' | 'cpu' | 'wait' | 'context' | 'reparse' | 'indexCpu' | 'otherCpu';
const MEASURES: readonly Measure[] = ['own', 'ownLate', 'late', 'cpu', 'wait', 'context', 'reparse', 'indexCpu', 'otherCpu'];
const LABELS: Record<Measure, string> = {
  own: 'own (wall)', ownLate: 'own + the debounce timer waking late', late: 'debounce timer waking late', cpu: 'host thread CPU', wait: 'host thread waiting for a CPU', context: 'context stage', reparse: "the document's reparse after the keystroke",
  indexCpu: "index's threads' CPU inside the request (lowered threads of this process, every thread of the index's process)", otherCpu: "other threads' CPU inside the request (this process's, at its priority: V8's platform threads, libuv's pool)",
};
/** Completions before the first block, measured nowhere (cold caches, first compilations). */
const WARMUP = 10;
/**
 * The extension's deadline for a parse inside a request (the syntax service's default). A full
 * parse of the bench's 10k lines takes 40-90 ms here: until 2026-12-02 the extension then gave up
 * for 5 s, so whether a block ran with a tree or without one was a coin toss that decided the p95
 * (the bench held the tree with a 1 s deadline then). The first parse now goes on in slices
 * between requests (slicedParse.ts), as in the extension; `--parse-deadline 1000` is the old bench.
 */
const PRODUCT_PARSE_DEADLINE_MS = 50;

/** One completion's figures (ms); undefined when it gave no completion (skipped, cancelled). */
type Sample = Record<Measure, number> | undefined;

interface Block {
  readonly pair: number;
  readonly condition: Condition;
  /** One per cursor point of the pair, in the same order for both blocks of the pair. */
  readonly samples: Sample[];
  readonly outcomes: Record<string, number>;
  /** The context engine's own timings per source (ms), to see where a difference comes from. */
  readonly sources: Record<string, number[]>;
  /** CPU time of the whole process (every thread, the index's included) during the block, and its wall time. */
  readonly processCpuMs: number;
  readonly wallMs: number;
  /** Files the build had done when the block started and ended, of how many (indexing only). */
  readonly build?: { readonly from: number; readonly to: number; readonly total: number; readonly state: string };
}




const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const within1ms = ([low, high]: number[]) => (low! >= -1 && high! <= 1 ? 'shown' : 'not shown');
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
};

/** The index of one indexing block: built from scratch in its own database, registered as a context source. */
export interface BlockIndex {
  readonly index: WorkspaceIndex;
  readonly client: BenchIndexConnection;
  readonly registration: Disposable;
}

/**
 * Who used the CPU inside the requests, thread by thread (Linux): each thread's CPU and wait for
 * a CPU summed over a condition's requests, and in how many requests it ran over 1 ms. Threads are
 * told apart by process, by id (Node names every thread "node"; in Node 20 the four threads after
 * the main one, ids +1 to +4, are V8's platform workers, started first), and by priority.
 */
interface ThreadShare {
  cpuMs: number;
  waitMs: number;
  requestsOver1ms: number;
  readonly cls: ThreadSample['cls'];
  readonly offset: number;
  readonly nice: number;
  readonly policy: number;
}
type Attribution = Record<Condition, Map<string, ThreadShare>>;

export async function completionWhileIndexing(options: IndexingModeOptions): Promise<void> {
  const base = mkdtempSync(join(os.tmpdir(), 'flywheel-completion-indexing-'));
  const root = join(base, 'workspace');
  try {
    const worker = benchWorker();
    const workspace = makeScaleWorkspace(root, options.files);
    const source = pythonStdlib();
    const doc = source && documentOf(source, 10_000);
    if (!doc) throw new Error('no Python standard library on this machine: the completion document is made of it');
    const syntax = await SyntaxService.create({ defaultTimeoutMs: options.parseDeadlineMs ?? PRODUCT_PARSE_DEADLINE_MS });
    await syntax.loadLanguage(doc.languageId);
    // The user works down the file: each edit is near the last one (the editor reparses incrementally).
    const points = pointsOf(doc, WARMUP + options.pairs * options.block).sort((a, b) => a.offset - b.offset);
    const gaps = typingGaps(points.length);
    const disk = new DiskWorkspace(root);
    const context = new ContextEngine({ workspace: disk, syntax, logger: silentLogger });
    let current: BlockIndex | undefined;
    const attribution: Attribution = { off: new Map(), indexing: new Map() };
    let condition: Condition = 'off';
    const model = instantModel();
    let gathered = 0;
    let sourceTimings: Record<string, number> = {};
    const clock = timedClock();
    const engine = new CompletionEngine({
      getModel: async () => model,
      syntax,
      clock,
      config: { multiline: 'auto', maxFileChars: 50_000_000 },
      // As extension.ts wires it: a request holds the index while it runs.
      holdBackground: () => current?.index.requestStarted() ?? { dispose: () => undefined },
      getContext: async (document, budgetTokens, signal, visibleRange) => {
        const t0 = performance.now();
        const result = await context.gather({ document, budgetTokens, signal, visibleRange });
        gathered = performance.now() - t0;
        sourceTimings = result.debug.timings;
        return result.snippets;
      },
    });
    let version = 0;
    const trace = options.samples ? new RequestTrace() : undefined;
    let traced: { start: number; end: number; stages: Record<string, number | undefined> } | undefined;
    /** One keystroke and its completion at `point`, as the editor adapters hear them. */
    const completeAt = async (point: Point): Promise<{ sample: Sample; kind: string }> => {
      const snapshot = snapshotAt(doc, point, ++version);
      disk.current = snapshot;
      engine.clearCache();
      model.next = point.continuation;
      // The syntax tree is brought up to date in the background (registerContext), the index is told (registerIndex).
      const typed = performance.now();
      let reparse = NaN;
      void syntax.updateDocument(snapshot.uri, snapshot.languageId, snapshot.version, snapshot.text).then(
        (tree) => (reparse = tree ? performance.now() - typed : Infinity),
        () => undefined,
      );
      current?.index.userTyped();
      const indexProcess = current?.client.pid === undefined ? [] : [current.client.pid];
      const threads0 = threadSnapshot(indexProcess);
      const before = hostThreadClock();
      const start = performance.now();
      clock.lateMs = NaN;
      const outcome = await engine.complete(snapshot, { trigger: 'automatic', lastChange: { kind: 'insert', ageMs: 0 } });
      traced = { start, end: performance.now(), stages: { ...outcome.timings } };
      const after = hostThreadClock();
      const threads = threadsBetween(threads0, threadSnapshot(indexProcess));
      if (outcome.kind !== 'completion' && outcome.kind !== 'dropped') return { sample: undefined, kind: outcome.kind };
      const byClass = { main: 0, lowered: 0, other: 0, process: 0 };
      for (const [tid, t] of threads) {
        byClass[t.cls] += t.cpuMs;
        const key = `${t.pid === process.pid ? 'host' : 'index process'} +${tid - t.pid}`;
        const share = attribution[condition].get(key) ?? { cpuMs: 0, waitMs: 0, requestsOver1ms: 0, cls: t.cls, offset: tid - t.pid, nice: t.nice, policy: t.policy };
        share.cpuMs += t.cpuMs;
        share.waitMs += t.waitMs;
        if (t.cpuMs > 1) share.requestsOver1ms++;
        attribution[condition].set(key, share);
      }
      // The debounce's sleep is in neither CPU nor wait (a sleeping thread runs nothing and waits for nothing).
      const cpu = before && after ? after.cpu - before.cpu : NaN;
      const wait = before && after ? after.wait - before.wait : NaN;
      const indexCpu = threads0.size ? byClass.lowered + byClass.process : NaN;
      const otherCpu = threads0.size ? byClass.other : NaN;
      // The timer's lateness delays the request only past the preparation's end (the debounce's lap); a preparation
      // longer than the debounce is own time already.
      const own = ownTime(outcome.timings);
      const lap = outcome.timings.debounce;
      const late = lap !== undefined && Number.isFinite(clock.lateMs) ? Math.max(0, Math.min(clock.lateMs, lap)) : 0;
      return { sample: { own, ownLate: own + late, late, cpu, wait, context: gathered, reparse, indexCpu, otherCpu }, kind: outcome.kind };
    };
    for (let i = 0; i < WARMUP; i++) {
      await completeAt(points[i]);
      await sleep(gaps[i]);
    }
    const blocks: Block[] = [];
    for (let pair = 0; pair < options.pairs; pair++) {
      const first = WARMUP + pair * options.block;
      const slice = points.slice(first, first + options.block);
      const order: Condition[] = pair % 2 === 0 ? ['off', 'indexing'] : ['indexing', 'off'];
      for (const blockCondition of order) {
        condition = blockCondition;
        if (condition === 'indexing') current = await startIndex({ root, paths: workspace.paths, dbPath: join(base, `index-${pair}.db`), worker, context: options.noIndexContext ? undefined : context, trace });
        const from = current?.index.status.done ?? 0;
        const block: Block & { samples: Sample[]; outcomes: Record<string, number>; sources: Record<string, number[]> } = {
          pair, condition, samples: [], outcomes: {}, sources: {}, processCpuMs: 0, wallMs: 0,
        };
        const cpu0 = processCpuMs();
        const wall0 = performance.now();
        for (const [k, point] of slice.entries()) {
          const { sample, kind } = await completeAt(point);
          block.outcomes[kind] = (block.outcomes[kind] ?? 0) + 1;
          block.samples.push(sample);
          if (sample) for (const [name, ms] of Object.entries(sourceTimings)) (block.sources[name] ??= []).push(ms);
          if (sample && traced) trace?.add({ ...traced, pair, condition, point: k, figures: sample, sources: { ...sourceTimings } });
          await sleep(gaps[first + k]);
        }
        const measured: Block = { ...block, processCpuMs: processCpuMs() - cpu0, wallMs: performance.now() - wall0 };
        if (current) {
          const status = current.index.status;
          await stopIndex(current);
          current = undefined;
          rmSync(join(base, `index-${pair}.db`), { recursive: true, force: true });
          blocks.push({ ...measured, build: { from, to: status.done, total: status.total, state: status.state } });
        } else {
          blocks.push(measured);
        }
        if (!options.json) console.log(describeBlock(blocks.at(-1)!));
      }
    }
    engine.dispose();
    context.dispose();
    syntax.dispose();
    if (options.samples) trace?.write(options.samples);
    report(blocks, options, worker.processScript ? `${worker.label}, in a process of its own` : `${worker.label}, a thread of this process`, workspace.paths.length, attribution);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

export interface IndexInput {
  readonly root: string;
  readonly paths: readonly string[];
  readonly dbPath: string;
  readonly worker: ReturnType<typeof benchWorker>;
  /** Where the index is registered as a context source (none: `noIndexContext`). */
  readonly context?: ContextEngine;
  readonly trace?: RequestTrace;
}

/** A new index building from scratch, measured from the moment its worker indexes files (as after the extension starts). */
export async function startIndex(input: IndexInput): Promise<BlockIndex> {
  let index: WorkspaceIndex | undefined;
  const client = benchIndexConnection(input.worker, silentLogger, (done, total) => (input.trace?.event('progress'), index?.progress(done, total)));
  const ix = new WorkspaceIndex({
    client, logger: silentLogger, dbPath: input.dbPath, maxFileBytes: 512 * 1024,
    host: { listFiles: async () => [...input.paths], policy: () => ({ roots: [{ name: 'workspace', path: input.root }], policy: {} }) },
  });
  index = ix;
  if (input.trace) {
    // The lookup's answer, as the host thread handles it (the retriever never waits for it).
    const lookup = ix.definitions.bind(ix);
    const trace = input.trace;
    ix.definitions = (...args) => (trace.event('lookup'), lookup(...args).finally(() => trace.event('answer')));
  }
  const registration = input.context?.register(workspaceIndexRetriever(ix)) ?? { dispose: () => undefined };
  void ix.start();
  await new Promise<void>((resolve) => {
    const sub = ix.onDidChangeStatus((s) => s.done > 0 && (sub.dispose(), resolve()));
  });
  return { index: ix, client, registration };
}

export async function stopIndex(b: BlockIndex): Promise<void> {
  b.registration.dispose();
  b.index.dispose();
  await b.client.close();
}

function describeBlock(b: Block): string {
  const values = (key: Measure) => b.samples.flatMap((s) => (s ? [s[key]] : []));
  const p = (key: Measure, q: number) => round(percentile(values(key), q) ?? NaN, 2);
  const build = b.build ? `; build ${b.build.from} → ${b.build.to} of ${b.build.total} files (${b.build.state})` : '';
  const sources = Object.entries(b.sources).map(([name, ms]) => `${name} ${round(percentile(ms, 95) ?? NaN, 1)}`).join(', ');
  return `pair ${b.pair + 1} ${b.condition.padEnd(8)} n=${values('own').length} own p50 ${p('own', 50)} p95 ${p('own', 95)} ms; host thread cpu p95 ${p('cpu', 95)}, waiting p95 ${p('wait', 95)} ms; process CPU ${round(b.processCpuMs / 1000, 1)} s in ${round(b.wallMs / 1000, 1)} s${build}; load ${os.loadavg()[0].toFixed(1)}\n  context p95 by source (ms): ${sources}`;
}

function report(blocks: readonly Block[], options: IndexingModeOptions, worker: string, files: number, attribution: Attribution): void {
  // Paired values: the same cursor point's figures in the two blocks of its pair (both gave a completion).
  const paired = (key: Measure) => {
    const off: number[] = [];
    const on: number[] = [];
    for (let pair = 0; pair < options.pairs; pair++) {
      const a = blocks.find((b) => b.pair === pair && b.condition === 'off');
      const b = blocks.find((x) => x.pair === pair && x.condition === 'indexing');
      if (!a || !b) continue;
      a.samples.forEach((s, i) => {
        const t = b.samples[i];
        if (s && t && Number.isFinite(s[key]) && Number.isFinite(t[key])) {
          off.push(s[key]);
          on.push(t[key]);
        }
      });
    }
    return { off, on };
  };
  const summary = (key: Measure) => {
    const { off, on } = paired(key);
    const side = (xs: number[]) => ({
      n: xs.length,
      p50_ms: round(percentile(xs, 50) ?? NaN, 3), p50_ci: percentileInterval(xs, 50).map((x) => round(x, 3)),
      p95_ms: round(percentile(xs, 95) ?? NaN, 3), p95_ci: percentileInterval(xs, 95).map((x) => round(x, 3)),
    });
    return {
      off: side(off),
      indexing: side(on),
      p95_difference_ms: round((percentile(on, 95) ?? NaN) - (percentile(off, 95) ?? NaN), 3),
      p95_difference_ci: pairedPercentileDifferenceInterval(off, on, 95).map((x) => round(x, 3)),
      p50_difference_ms: round((percentile(on, 50) ?? NaN) - (percentile(off, 50) ?? NaN), 3),
      p50_difference_ci: pairedPercentileDifferenceInterval(off, on, 50).map((x) => round(x, 3)),
    };
  };
  const own = summary('own');
  // How often the index's threads ran at all inside a request, and how much in all.
  const indexInRequests = paired('indexCpu').on;
  const yielded = {
    requests: indexInRequests.length,
    with_index_cpu_over_1ms: indexInRequests.filter((ms) => ms > 1).length,
    index_cpu_total_ms: round(indexInRequests.reduce((a, b) => a + b, 0), 1),
  };
  // Reparses over the extension's 50 ms deadline or given up (no tree until a parse in slices ends); Infinity: no tree.
  const reparses = (condition: Condition) => blocks.filter((b) => b.condition === condition).flatMap((b) => b.samples.flatMap((s) => (s ? [s.reparse] : [])));
  const overDeadline = (condition: Condition) => reparses(condition).filter((ms) => ms > PRODUCT_PARSE_DEADLINE_MS).length;
  const cpuOf = (condition: Condition) => blocks.filter((b) => b.condition === condition).reduce((sum, b) => sum + b.processCpuMs, 0);
  const builds = blocks.flatMap((b) => (b.build ? [b.build] : []));
  const result = {
    mode: 'indexing',
    // The host thread's id (this process's main thread), for bench/index/hostWaits.ts over a `perf sched record` of the run.
    host_pid: process.pid,
    document_lines: 10_000,
    workspace_files: files,
    worker,
    index_as_context_source: !options.noIndexContext,
    pairs: options.pairs,
    block: options.block,
    own,
    own_with_timer_lateness: summary('ownLate'),
    debounce_timer_lateness: summary('late'),
    host_thread_cpu: summary('cpu'),
    host_thread_runqueue_wait: summary('wait'),
    context: summary('context'),
    reparse: summary('reparse'),
    parse_deadline_ms: options.parseDeadlineMs ?? PRODUCT_PARSE_DEADLINE_MS,
    // Infinity (no tree: the parse given up) counts too.
    reparse_over_50ms: { off: overDeadline('off'), indexing: overDeadline('indexing') },
    index_threads_cpu_in_request: summary('indexCpu'),
    other_threads_cpu_in_request: summary('otherCpu'),
    // Whether the whole interval of the p95 difference lies within ±1 ms (the goal, shown), or not.
    index_in_requests: yielded,
    // Over the indexing requests: does the host's wait for a CPU follow the other threads' CPU (normal priority) or the index's?
    host_wait_correlation: {
      with_other_threads_cpu: round(correlation(paired('wait').on, paired('otherCpu').on), 2),
      with_index_threads_cpu: round(correlation(paired('wait').on, paired('indexCpu').on), 2),
    },
    threads_in_requests: Object.fromEntries((['off', 'indexing'] as const).map((c) => [c, [...attribution[c]]
      .filter(([, t]) => t.cpuMs >= 1 || t.waitMs >= 1)
      .sort((a, b) => b[1].cpuMs - a[1].cpuMs)
      .map(([thread, t]) => ({ thread, cls: t.cls, policy: t.policy, nice: t.nice, cpu_ms: round(t.cpuMs, 1), wait_ms: round(t.waitMs, 1), requests_over_1ms: t.requestsOver1ms }))])),
    // Judged on own time plus the debounce timer's lateness (what the user waits for); own time alone as in earlier rounds.
    goal_p95_within_1ms: within1ms(summary('ownLate').p95_difference_ci),
    goal_p95_within_1ms_own_only: within1ms(own.p95_difference_ci),
    process_cpu_s: { off: round(cpuOf('off') / 1000, 1), indexing: round(cpuOf('indexing') / 1000, 1) },
    files_indexed_during_blocks: builds.reduce((sum, b) => sum + b.to - b.from, 0),
    builds_finished_within_a_block: builds.filter((b) => b.state === 'ready').length,
    per_block: blocks.map((b) => {
      const xs = b.samples.flatMap((s) => (s ? [s.own] : []));
      return { pair: b.pair + 1, condition: b.condition, n: xs.length, p50_ms: round(percentile(xs, 50) ?? NaN, 3), p95_ms: round(percentile(xs, 95) ?? NaN, 3), outcomes: b.outcomes, process_cpu_s: round(b.processCpuMs / 1000, 2), build: b.build };
    }),
    load_average: os.loadavg().map((x) => round(x, 1)),
    cores: os.cpus().length,
  };
  if (!options.json) {
    const line = (name: string, s: ReturnType<typeof summary>) =>
      `${name}: off p50 ${s.off.p50_ms} p95 ${s.off.p95_ms} ${JSON.stringify(s.off.p95_ci)}; indexing p50 ${s.indexing.p50_ms} p95 ${s.indexing.p95_ms} ${JSON.stringify(s.indexing.p95_ci)}; paired p95 difference ${s.p95_difference_ms} ${JSON.stringify(s.p95_difference_ci)} ms (p50 ${s.p50_difference_ms} ${JSON.stringify(s.p50_difference_ci)})`;
    console.log(`\nCompletion own time (model out, 10k lines of Python), ${options.pairs} pairs of blocks of ${options.block}, workspace of ${files} files, worker from the ${worker}${options.noIndexContext ? ', the index not a context source' : ''}`);
    const keys: Record<Measure, keyof typeof result> = {
      own: 'own', ownLate: 'own_with_timer_lateness', late: 'debounce_timer_lateness', cpu: 'host_thread_cpu', wait: 'host_thread_runqueue_wait', context: 'context', reparse: 'reparse',
      indexCpu: 'index_threads_cpu_in_request', otherCpu: 'other_threads_cpu_in_request',
    };
    for (const key of MEASURES) console.log(line(LABELS[key], result[keys[key]] as ReturnType<typeof summary>));
    console.log(`the document's reparse after a keystroke over ${PRODUCT_PARSE_DEADLINE_MS} ms or given up (the extension's deadline: no tree until a parse in slices ends): off ${result.reparse_over_50ms.off}, indexing ${result.reparse_over_50ms.indexing} (deadline here ${result.parse_deadline_ms} ms)`);
    for (const c of ['off', 'indexing'] as const) {
      console.log(`threads inside the ${c} requests (CPU / wait for a CPU, ms in all; class, policy, nice):`);
      for (const t of result.threads_in_requests[c]!) console.log(`  ${t.thread.padEnd(18)} ${String(t.cpu_ms).padStart(8)} / ${String(t.wait_ms).padStart(8)}  ${t.cls} ${t.policy} ${t.nice}, over 1 ms in ${t.requests_over_1ms}`);
    }
    console.log(`host thread's wait for a CPU, correlation over the indexing requests: with other threads' CPU ${result.host_wait_correlation.with_other_threads_cpu}, with the index's ${result.host_wait_correlation.with_index_threads_cpu}`);
    console.log(`the index's threads inside requests: over 1 ms of CPU in ${yielded.with_index_cpu_over_1ms} of ${yielded.requests} requests, ${yielded.index_cpu_total_ms} ms in all`);
    console.log(`Goal, p95 within 1 ms of 'off' while the build runs: ${result.goal_p95_within_1ms} for own time + the timer's lateness, ${result.goal_p95_within_1ms_own_only} for own time alone (the whole interval of the paired difference within ±1 ms)`);
    console.log(`process CPU: off ${result.process_cpu_s.off} s, indexing ${result.process_cpu_s.indexing} s; ${result.files_indexed_during_blocks} files indexed during the blocks; builds finished inside a block: ${result.builds_finished_within_a_block}`);
    console.log(`load average ${result.load_average.join(' ')} on ${result.cores} cores${result.load_average[0] > 1.5 ? ' (a loaded machine: the interval measures the other processes too)' : ''}`);
  }
  console.log(JSON.stringify(result));
}

/** Pearson's correlation of two equally long series (NaN when either is constant). */
function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  const mean = (v: readonly number[]) => v.slice(0, n).reduce((a, b) => a + b, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
