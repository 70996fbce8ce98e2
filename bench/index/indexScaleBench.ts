// The workspace index at scale, as the extension runs it: a workspace of N files (default 10,000)
// of real code nobody here wrote (the Python standard library and the TypeScript and JavaScript
// in node_modules, copied round-robin into folders when there are fewer), indexed from scratch
// by the worker thread (SQLite/WASM, tree-sitter) while the host thread keeps serving completions.
// Measures:
//   - memory: peak RSS of the process (host and worker: a worker thread lives in the host's
//     process), sampled every 50 ms, beside the RSS before the index started; the worker's own
//     V8 heap and WebAssembly memory (asked of the worker); the host's heap;
//   - completion latency: the completion pipeline's own time (model taken out, as in
//     bench:completion, on 10k lines of real Python) before the build, and while it runs (a
//     request every 50 ms, none holding the index back: the worst case); p50/p95 with bootstrap
//     intervals. On a shared machine, wall time mostly measures the others: load is reported.
// Not a test: it asserts nothing.
//   - incremental updates after the build (updateProbe.ts): edit, rename, delete, the status
//     request, and a branch switch, through the worker (--updates N each, --switch-files N).
//   - with --holds (and --no-completions): how soon a hold stops the build. Every 150-300 ms the
//     host holds the index for 40 ms as a completion request does (`requestStarted`), and the
//     CPU the index's threads use inside each hold is read from Linux's per-thread schedstat:
//     what the file or commit under way still costs once the hold began.
//     `--holds-trace FILE` writes each hold's edges (CLOCK_MONOTONIC ms, the clock of V8's
//     `--cpu-prof` samples: `--index-flags "--cpu-prof --cpu-prof-dir DIR"` tells what the
//     index's thread ran inside each hold) and its CPU by thread, one JSON line a hold.
//   - `--updates-after N`: N more rounds of updates after the branch switch (the upkeep its pass
//     leaves is still owed then); `--updates-trace FILE`: each update as one JSON line, with the
//     index's thread's CPU and its wait for a CPU (schedstat) and the log's size before and after
//     it (the largest seen meanwhile, read every 20 ms), what a slow update waited on.
//   npm run bench:index-scale [-- --files N] [--points N] [--updates N] [--switch-files N] [--updates-after N] [--updates-trace FILE] [--no-completions] [--holds [--holds-trace FILE]] [--index-flags FLAGS] [--json]
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { CompletionEngine } from '../../src/core/completion/completionEngine';
import { WorkspaceIndex } from '../../src/core/index/workspaceIndex';
import { silentLogger } from '../../src/core/logger';
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { documentOf, pythonStdlib } from '../completion/benchDocuments';
import { benchClock, instantModel, ownTime, pointsOf, snapshotAt } from '../completion/completionProbe';
import { flag, option } from '../commandLine';
import { percentileInterval } from '../context/bootstrap';
import { benchIndexConnection, benchWorker } from './benchWorker';
import { makeScaleWorkspace } from './scaleWorkspace';
import { loweredThreads, threadSnapshot, threadsCpuMs, ThreadTimes } from './threadTimes';
import { measureUpdates, type UpdateObserver, type UpdateSamples } from './updateProbe';
import { memoryByKind, type MemoryByKind } from './processMemory';

const asJson = flag('--json');
const fileCount = Number(option('--files') ?? 10_000);
const pointCount = Number(option('--points') ?? 200);
const withCompletions = !flag('--no-completions');
const updateCount = Number(option('--updates') ?? 40);
const switchFiles = Number(option('--switch-files') ?? 500);
const updatesAfter = Number(option('--updates-after') ?? 0);
const updatesTrace = option('--updates-trace');
const withHolds = flag('--holds');
const holdsTrace = option('--holds-trace');
const traceMemory = flag('--trace');
const HOLD_MS = 40;

/** The completion pipeline on 10k lines of real Python, model taken out (as bench:completion). */
async function completionProbe(): Promise<{ complete(): Promise<number>; dispose(): void }> {
  const syntax = await SyntaxService.create();
  const source = pythonStdlib();
  const doc = source && documentOf(source, 10_000);
  if (!doc) throw new Error('no Python standard library on this machine: the completion document is made of it');
  await syntax.loadLanguage(doc.languageId);
  const model = instantModel();
  const engine = new CompletionEngine({ getModel: async () => model, syntax, clock: benchClock, config: { multiline: 'auto', maxFileChars: 50_000_000 } });
  const points = pointsOf(doc, pointCount);
  let version = 0;
  return {
    async complete() {
      const point = points[version % points.length];
      engine.clearCache();
      model.next = point.continuation;
      const outcome = await engine.complete(snapshotAt(doc, point, version++), { trigger: 'explicit' });
      return ownTime(outcome.timings);
    },
    dispose() {
      engine.dispose();
      syntax.dispose();
    },
  };
}
const MB = 1024 * 1024;

/**
 * A process's proportional set size now (bytes; 0 once it ended): its resident pages, each page
 * it shares with other processes counted by its share (the node binary and libraries mapped by
 * both the host and the index's process count once between them, where a sum of RSS counts
 * them twice). From /proc/<pid>/smaps_rollup, which walks the page tables: read every 500 ms.
 */
function proportionalBytes(pid: number | 'self'): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * A process's resident memory now (bytes; 0 once it ended), all of it and its anonymous and
 * shared-memory part alone (what is its own: the files it maps, the Node binary and libraries,
 * are the same the host maps), from /proc/<pid>/status.
 */
function residentBytes(pid: number): { all: number; own: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { all: kb('VmRSS'), own: kb('RssAnon') + kb('RssShmem') };
  } catch {
    return { all: 0, own: 0 };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function latency(xs: readonly number[]) {
  return { n: xs.length, p50_ms: round(percentile(xs, 50) ?? NaN, 3), p95_ms: round(percentile(xs, 95) ?? NaN, 3), p95_ci: percentileInterval(xs, 95).map((x) => round(x, 3)) };
}

/** The log file's size now (bytes; 0 when there is none). */
function logBytes(dbPath: string): number {
  try {
    return statSync(`${dbPath}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * Each update as a JSON line: the index's thread (its process's main thread) CPU and wait for a
 * CPU over the request, every other thread of its process's CPU, the log's size around it.
 */
function updateTracer(pid: () => number | undefined, dbPath: string, lines: string[]): UpdateObserver {
  const threads = () => {
    const p = pid();
    return new Map(p === undefined ? [] : [...threadSnapshot([p])].filter(([, t]) => t.pid === p));
  };
  // The other threads over the request: those alive at both ends (the helper thread ends with a pass).
  const others = (before: ReturnType<typeof threads>, after: ReturnType<typeof threads>) =>
    [...after].reduce((sum, [tid, t]) => sum + (tid !== pid() && before.has(tid) ? t.cpuMs - before.get(tid)!.cpuMs : 0), 0);
  const own = (snapshot: ReturnType<typeof threads>) => snapshot.get(pid() ?? -1);
  return {
    start() {
      const seen = { threads: threads(), log: logBytes(dbPath), largest: 0, poll: undefined as ReturnType<typeof setInterval> | undefined };
      seen.largest = seen.log;
      seen.poll = setInterval(() => (seen.largest = Math.max(seen.largest, logBytes(dbPath))), 20);
      return seen;
    },
    end(kind, wallMs, started) {
      const seen = started as { threads: ReturnType<typeof threads>; log: number; largest: number; poll: ReturnType<typeof setInterval> };
      clearInterval(seen.poll);
      const now = threads();
      const log = logBytes(dbPath);
      const [a, b] = [own(seen.threads), own(now)];
      lines.push(JSON.stringify({
        kind, wall_ms: round(wallMs, 2), index_cpu_ms: round((b?.cpuMs ?? 0) - (a?.cpuMs ?? 0), 2), index_wait_ms: round((b?.waitMs ?? 0) - (a?.waitMs ?? 0), 2),
        others_cpu_ms: round(others(seen.threads, now), 2), log_before_mb: round(seen.log / MB, 2), log_largest_mb: round(Math.max(seen.largest, log) / MB, 2), log_after_mb: round(log / MB, 2),
      }));
    },
  };
}

function updateFigures(s: UpdateSamples) {
  return { ...latency(s.wallMs), cpu_p50_ms: round(percentile(s.cpuMs, 50) ?? NaN, 2), cpu_p95_ms: round(percentile(s.cpuMs, 95) ?? NaN, 2) };
}

async function main(): Promise<void> {
  const base = mkdtempSync(join(os.tmpdir(), 'flywheel-index-scale-'));
  const root = join(base, 'workspace');
  try {
    const indexWorker = benchWorker();
    const workspace = makeScaleWorkspace(root, fileCount);
    // Without completions the process holds only what the index costs: the host's side of it
    // and the worker (the memory figure; the latency one is bench:completion --indexing).
    const completions = withCompletions ? await completionProbe() : undefined;
    const idle: number[] = [];
    if (completions) {
      for (let i = 0; i < 20; i++) await completions.complete(); // warm-up
      for (let i = 0; i < pointCount; i++) idle.push(await completions.complete());
    }

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const memoryBefore = memoryByKind();
    let peakRss = rssBefore;
    let peakHostHeap = 0;
    let index: WorkspaceIndex | undefined;
    let filesDone = 0;
    const client = benchIndexConnection(indexWorker, silentLogger, (done, total) => (index?.progress(done, total), (filesDone = done)));
    const indexProcess = () => (client.pid === undefined ? [] : [client.pid]);
    // The index's own process, when it has one: its resident memory read at each tick beside this process's.
    let peakChildRss = 0;
    let peakTotalRss = rssBefore;
    let peakTotalPss = 0;
    let peakTotalOnce = rssBefore;
    const threads = new ThreadTimes();
    let ticks = 0;
    // What the RSS is made of, read again whenever it passes its peak by 2 MB (at most every
    // half second: reading every mapping costs the host's thread a few ms).
    let atPeak: MemoryByKind | undefined;
    let detailRss = 0;
    let detailAt = 0;
    // The same for the index's own process, near its peak.
    let childAtPeak: MemoryByKind | undefined;
    let childDetailRss = 0;
    let childDetailAt = 0;
    const sampler = setInterval(() => {
      // Threads every half second (reading /proc for each thread costs the host's thread too).
      if (ticks++ % 10 === 0) {
        threads.sample(indexProcess());
        peakTotalPss = Math.max(peakTotalPss, proportionalBytes('self') + indexProcess().reduce((sum, pid) => sum + proportionalBytes(pid), 0));
      }
      const m = process.memoryUsage();
      const child = indexProcess().map(residentBytes);
      const childRss = child.reduce((sum, r) => sum + r.all, 0);
      peakRss = Math.max(peakRss, m.rss);
      peakChildRss = Math.max(peakChildRss, childRss);
      peakTotalRss = Math.max(peakTotalRss, m.rss + childRss);
      peakTotalOnce = Math.max(peakTotalOnce, m.rss + child.reduce((sum, r) => sum + r.own, 0));
      peakHostHeap = Math.max(peakHostHeap, m.heapUsed);
      if (m.rss > detailRss + 2 * MB && performance.now() - detailAt > 500) {
        atPeak = memoryByKind() ?? atPeak;
        detailRss = m.rss;
        detailAt = performance.now();
      }
      const pid = indexProcess()[0];
      if (pid !== undefined && childRss > childDetailRss + 2 * MB && performance.now() - childDetailAt > 500) {
        childAtPeak = memoryByKind(pid) ?? childAtPeak;
        childDetailRss = childRss;
        childDetailAt = performance.now();
      }
    }, 50);
    index = new WorkspaceIndex({
      client, logger: silentLogger, dbPath: join(base, 'index.db'), maxFileBytes: 512 * 1024,
      host: { listFiles: async () => workspace.paths, policy: () => ({ roots: [{ name: 'workspace', path: root }], policy: {} }) },
    });
    const ix = index;
    let worker = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
    let building = true;
    const samplingFrom = performance.now();
    const workerSampler = (async () => {
      while (building) {
        const m = await ix.memory().catch(() => undefined);
        if (m && traceMemory) {
          const k = memoryByKind();
          console.error(`trace ${((performance.now() - samplingFrom) / 1000).toFixed(1)} s, ${filesDone} files: rss ${Math.round(process.memoryUsage().rss / MB)} MB, index heap ${Math.round(m.heapUsed / MB)}/${Math.round(m.heapTotal / MB)} MB, wasm ${JSON.stringify(k?.wasm_each_mb)}, anon ${k?.anon_mb} MB, arenas ${k?.arena_mb} MB`);
        }
        if (m) worker = { heapUsed: Math.max(worker.heapUsed, m.heapUsed), heapTotal: Math.max(worker.heapTotal, m.heapTotal), external: Math.max(worker.external, m.external), arrayBuffers: Math.max(worker.arrayBuffers, m.arrayBuffers) };
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const build = ix.start().finally(() => (building = false));
    // Completions while the build runs. They do not hold the index back (in the extension each
    // request holds it from its start to its end, and a request every 50 ms would hold it for
    // good): the worker works all along, the worst case for the host's latency.
    const during: number[] = [];
    while (building && completions) {
      during.push(await completions.complete());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const inHolds: number[] = [];
    const inHoldsByThread = new Map<string, { cpu_ms: number; over_1ms: number }>();
    const traced: string[] = [];
    const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
    const gaps = seededRandom(0x401d);
    while (building && withHolds && !completions) {
      await sleep(150 + gaps() * 150);
      // Only the index's threads are read at the hold's edges (reading every thread of the
      // process took long enough for the index to work on between the read and the hold).
      const tids = loweredThreads(indexProcess());
      const before = tids.map((t) => threadsCpuMs([t]));
      const from = monotonicMs();
      const request = ix.requestStarted();
      await sleep(HOLD_MS);
      const each = tids.map((t, i) => threadsCpuMs([t]) - before[i]!);
      request.dispose();
      const to = monotonicMs();
      if (!building || tids.length === 0) continue;
      inHolds.push(each.reduce((a, b) => a + b, 0));
      if (holdsTrace) traced.push(JSON.stringify({ from_ms: from, to_ms: to, cpu_ms: Object.fromEntries(tids.map((t, i) => [`+${Number(t.split('/')[1]) - Number(t.split('/')[0])}`, round(each[i]!, 2)])) }));
      each.forEach((ms, i) => {
        // By the thread's id from its process's: +0 the index thread, then V8's platform threads, the helper last.
        const [pid, tid] = tids[i]!.split('/').map(Number);
        const key = `+${tid! - pid!}`;
        const share = inHoldsByThread.get(key) ?? { cpu_ms: 0, over_1ms: 0 };
        share.cpu_ms += ms;
        if (ms > 1) share.over_1ms++;
        inHoldsByThread.set(key, share);
      });
    }
    await build;
    if (holdsTrace) writeFileSync(holdsTrace, traced.map((line) => `${line}\n`).join(''));
    const buildMs = performance.now() - started;
    const cpu = process.cpuUsage(cpu0);
    const threadCpu = threads.report(indexProcess());
    // This process's CPU, and the index's process's (its threads' schedstat, sampled while they lived).
    const cpuS = (cpu.user + cpu.system) / 1e6 + (threadCpu?.process_s ?? 0);
    await workerSampler;
    const stats = ix.status.stats;
    const updateLines: string[] = [];
    const tracer = updatesTrace ? updateTracer(() => client.pid, join(base, 'index.db'), updateLines) : undefined;
    const updates = updateCount > 0 ? await measureUpdates(client, root, [...workspace.paths], updateCount, switchFiles, seededRandom(0x0bda7e), updatesAfter, tracer) : undefined;
    if (updatesTrace) writeFileSync(updatesTrace, updateLines.map((line) => `${line}\n`).join(''));
    clearInterval(sampler);
    ix.dispose();
    await client.close();
    completions?.dispose();

    const files = stats?.files ?? 0;
    const result = {
      worker: indexWorker.label,
      completions: withCompletions,
      files_listed: workspace.paths.length,
      distinct_sources: workspace.distinct,
      workspace_mb: round(workspace.bytes / MB, 1),
      files,
      chunks: stats?.chunks ?? 0,
      state: ix.status.state,
      build_ms: Math.round(buildMs),
      files_per_s: round(files / (buildMs / 1000), 1),
      // Host and worker together, completions included: the process's CPU.
      files_per_cpu_s: round(files / cpuS, 1),
      // CPU by thread during the build: the index's threads (lowered), the main thread, the rest.
      thread_cpu: threadCpu,
      disk_mb: round((stats?.bytesOnDisk ?? 0) / MB, 1),
      rss_before_mb: Math.round(rssBefore / MB),
      peak_rss_mb: Math.round(peakRss / MB),
      peak_rss_growth_mb: Math.round((peakRss - rssBefore) / MB),
      // With the index in a process of its own (not --index-thread): its peak, and the two together at the same moment.
      index_process_peak_rss_mb: Math.round(peakChildRss / MB),
      peak_rss_total_mb: Math.round(peakTotalRss / MB),
      // The same, the files both processes map (the Node binary, libraries) counted once: the host's RSS and the index process's anonymous memory.
      peak_rss_total_files_once_mb: Math.round(peakTotalOnce / MB),
      // Proportional set sizes summed (pages shared with any process divided among them; every 500 ms).
      peak_pss_total_mb: Math.round(peakTotalPss / MB),
      worker_peak_heap_mb: Math.round(worker.heapUsed / MB),
      worker_peak_heap_total_mb: Math.round(worker.heapTotal / MB),
      worker_peak_external_mb: Math.round(worker.external / MB),
      host_peak_heap_mb: Math.round(peakHostHeap / MB),
      memory_before: memoryBefore,
      // The process's mappings near the peak (processMemory.ts: WebAssembly memories, malloc arenas, other anonymous, files).
      memory_at_peak: atPeak,
      // The index's own process's mappings near its peak (its main thread and helper: WebAssembly, malloc arenas, V8 heaps, files).
      index_process_memory_at_peak: childAtPeak,
      completion_idle: latency(idle),
      completion_during_build: latency(during),
      // CPU of the index's threads inside each 40 ms hold during the build (ms).
      index_cpu_in_holds: inHolds.length ? { ...latency(inHolds), max_ms: round(Math.max(...inHolds), 2), over_1ms: inHolds.filter((x) => x > 1).length } : undefined,
      // The same, summed by thread over the holds, and in how many holds each thread ran over 1 ms.
      index_cpu_in_holds_by_thread: inHolds.length ? Object.fromEntries([...inHoldsByThread].sort((a, b) => b[1].cpu_ms - a[1].cpu_ms).map(([k, v]) => [k, { cpu_ms: round(v.cpu_ms, 1), over_1ms: v.over_1ms }])) : undefined,
      update_p50_ms: updates ? round(percentile(updates.edit.wallMs, 50) ?? NaN, 1) : undefined,
      update_p95_ms: updates ? round(percentile(updates.edit.wallMs, 95) ?? NaN, 1) : undefined,
      updates: updates && {
        edit: updateFigures(updates.edit),
        rename: updateFigures(updates.rename),
        delete: updateFigures(updates.delete),
        status: updateFigures(updates.status),
        branch_switch: { ...updates.branchSwitch, wallMs: Math.round(updates.branchSwitch.wallMs), cpuMs: Math.round(updates.branchSwitch.cpuMs) },
        after_switch: updatesAfter > 0 ? { edit: updateFigures(updates.afterSwitch.edit), rename: updateFigures(updates.afterSwitch.rename), delete: updateFigures(updates.afterSwitch.delete) } : undefined,
      },
      load_average: os.loadavg().map((x) => round(x, 1)),
      cores: os.cpus().length,
    };
    if (!asJson) {
      console.log(`${result.files} of ${result.files_listed} files (${result.distinct_sources} distinct sources, ${result.workspace_mb} MB), ${result.chunks} chunks in ${(result.build_ms / 1000).toFixed(1)} s: ${result.files_per_s} files/s, ${result.files_per_cpu_s} per CPU s`);
      const t = result.thread_cpu;
      if (t) console.log(`CPU during the build: ${t.lowered_s} s on ${t.lowered_threads} threads at nice ${t.lowered_nice.join('/')} (the index's; the busiest ${t.lowered_max_s} s), ${t.main_s} s on the main thread, ${t.other_s} s on the others at the process's priority (V8's garbage collector and compiler, libuv's pool)`);
      console.log(`memory: host process RSS ${result.rss_before_mb} MB before, peak ${result.peak_rss_mb} MB (+${result.peak_rss_growth_mb}); the index's process peak ${result.index_process_peak_rss_mb} MB; both at once, peak ${result.peak_rss_total_mb} MB (the files both map counted once: ${result.peak_rss_total_files_once_mb} MB; proportional: ${result.peak_pss_total_mb} MB); worker heap ${result.worker_peak_heap_mb} MB (held ${result.worker_peak_heap_total_mb}), outside its heap (buffers, WebAssembly) ${result.worker_peak_external_mb} MB; host heap ${result.host_peak_heap_mb} MB`);
      const b = result.memory_before;
      if (b) console.log(`before the build (RSS ${b.rss_mb} MB): WebAssembly ${b.wasm_mb} MB ${JSON.stringify(b.wasm_each_mb)}, malloc arenas ${b.arena_mb} MB, other anonymous (V8 heaps) ${b.anon_mb} MB, files ${b.file_mb} MB`);
      const k = result.memory_at_peak;
      if (k) console.log(`near the peak (RSS ${k.rss_mb} MB): WebAssembly ${k.wasm_mb} MB ${JSON.stringify(k.wasm_each_mb)}, malloc arenas ${k.arena_mb} MB, other anonymous (V8 heaps) ${k.anon_mb} MB, files ${k.file_mb} MB`);
      const c = result.index_process_memory_at_peak;
      if (c) console.log(`the index's process near its peak (RSS ${c.rss_mb} MB): WebAssembly ${c.wasm_mb} MB ${JSON.stringify(c.wasm_each_mb)}, malloc arenas ${c.arena_mb} MB, other anonymous (V8 heaps) ${c.anon_mb} MB, files ${c.file_mb} MB`);
      console.log(`completion own time: idle p50 ${result.completion_idle.p50_ms} p95 ${result.completion_idle.p95_ms} ${JSON.stringify(result.completion_idle.p95_ci)} ms; during the build p50 ${result.completion_during_build.p50_ms} p95 ${result.completion_during_build.p95_ms} ${JSON.stringify(result.completion_during_build.p95_ci)} ms (n=${result.completion_during_build.n})`);
      const h = result.index_cpu_in_holds;
      if (h) console.log(`index threads' CPU inside ${h.n} holds of ${HOLD_MS} ms during the build: p50 ${h.p50_ms} p95 ${h.p95_ms} ${JSON.stringify(h.p95_ci)} max ${h.max_ms} ms; over 1 ms in ${h.over_1ms}`);
      const byThread = result.index_cpu_in_holds_by_thread;
      if (byThread) console.log(`  by thread (summed ms, holds over 1 ms): ${Object.entries(byThread).map(([t, v]) => `${t} ${v.cpu_ms} (${v.over_1ms})`).join(', ')}`);
      if (result.updates) {
        const u = result.updates;
        const line = (name: string, f: ReturnType<typeof updateFigures>) => `${name} p50 ${f.p50_ms} p95 ${f.p95_ms} ${JSON.stringify(f.p95_ci)} ms (CPU p95 ${f.cpu_p95_ms} ms)`;
        console.log(`updates (n=${u.edit.n} each): ${line('edit', u.edit)}; ${line('rename', u.rename)}; ${line('delete', u.delete)}; ${line('status', u.status)}`);
        console.log(`branch switch: ${u.branch_switch.changed} of ${u.branch_switch.listed} files changed, one pass ${u.branch_switch.wallMs} ms (CPU ${u.branch_switch.cpuMs} ms), ${u.branch_switch.indexed} indexed again`);
      }
      console.log(`load average ${result.load_average.join(' ')} on ${result.cores} cores`);
    }
    console.log(JSON.stringify(result));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

void main();
