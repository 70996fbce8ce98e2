// What a single update's CPU is spent on, step by step, and which steps make its tail: the
// index's service on this thread (IndexService, as its process runs it, without the helper),
// a built index of N files, then rounds of the requests bench:index-scale sends back to back (an
// edit's `update`, the `stats` after it, a rename's `remove` and `update`, a delete's `remove`;
// no quiet time between them, so the idle upkeep does not run). Each request's CPU (getrusage of
// the process: run with the index's process's flags, below) is split into the steps it ran, by
// wrapping the builder's and the store's methods:
//   read (stat, read, hash, decode), parse (tree-sitter), rows (the rest of the file's work: the
//   definitions query, chunks, words, the symbols' snippets), delete (a file's
//   old rows: `removeFile`), insert (the file's row, its chunks and symbols), terms (FTS5 writing
//   its pending terms out at the commit, with any merge it does then), commit (the log written,
//   and SQLite's own copy of the log when it falls there: the database file changed), other.
// --restart: the index opened from --cache by a new process, the pass over it that reads no
// file (a restart), then the first edit of a .py, a .ts and a .js file, each's CPU.
// With --cache DIR the built workspace and index are kept in DIR and copied for each run (timestamps
// kept), so that alternated runs start from the same index (build it with the code under test
// when a change touches what a build writes).
//   node --no-wasm-dynamic-tiering --no-wasm-tier-up --no-concurrent-recompilation --v8-pool-size=1 --max-semi-space-size=2 --import tsx bench/index/updateSteps.ts [--files 10000] [--rounds 40] [--cache DIR [--restart]] [--json]
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { IndexBuilder } from '../../src/core/index/indexBuilder';
import { IndexService } from '../../src/core/index/indexService';
import { IndexStore } from '../../src/core/index/indexStore';
import { silentLogger } from '../../src/core/logger';
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { flag, option } from '../commandLine';
import { percentileInterval } from '../context/bootstrap';
import { makeScaleWorkspace } from './scaleWorkspace';

const STEPS = ['read', 'parse', 'rows', 'delete', 'insert', 'terms', 'commit', 'other'] as const;
type StepName = (typeof STEPS)[number];

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The CPU of the request under way, by step (the innermost wrapped call running is charged). */
class StepClock {
  private spent = new Map<StepName, number>();
  private stack: StepName[] = [];
  private since = cpuMs();
  checkpointed = false;

  /** Starts a request's accounts. */
  reset(): void {
    this.spent = new Map();
    this.stack = [];
    this.since = cpuMs();
    this.checkpointed = false;
  }

  enter(step: StepName): void {
    this.charge();
    this.stack.push(step);
  }

  leave(): void {
    this.charge();
    this.stack.pop();
  }

  /** The request's steps (ms), `other` being what ran outside every wrapped call. */
  result(): Record<StepName, number> {
    this.charge();
    return Object.fromEntries(STEPS.map((s) => [s, this.spent.get(s) ?? 0])) as Record<StepName, number>;
  }

  private charge(): void {
    const now = cpuMs();
    const step = this.stack[this.stack.length - 1] ?? 'other';
    this.spent.set(step, (this.spent.get(step) ?? 0) + now - this.since);
    this.since = now;
  }
}

/** Wraps `proto[name]` so that its CPU (sync, or until its promise settles) is charged to `step`. */
function wrap(proto: object, name: string, step: StepName | ((self: unknown, args: unknown[]) => StepName | undefined), clock: StepClock): void {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  const original = target[name]!;
  target[name] = function (this: unknown, ...args: unknown[]) {
    const s = typeof step === 'function' ? step(this, args) : step;
    if (!s) return original.apply(this, args);
    clock.enter(s);
    let result: unknown;
    try {
      result = original.apply(this, args);
    } catch (error) {
      clock.leave();
      throw error;
    }
    if (result instanceof Promise) return result.finally(() => clock.leave());
    clock.leave();
    return result;
  };
}

/** The database file's modification time: only a copy of the log into it writes it (write-ahead-log mode). */
const dbWritten = (dbPath: string): bigint => statSync(dbPath, { bigint: true }).mtimeNs;

/** Appends a word to one random non-empty line of the file (as updateProbe.ts does). */
function editOneLine(file: string, random: () => number): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const candidates = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const at = candidates.length ? candidates[Math.floor(random() * candidates.length)]! : 0;
  lines[at] = `${lines[at] ?? ''} edited`;
  writeFileSync(file, lines.join('\n'));
}

interface Request {
  readonly kind: string;
  /** The size of the file the request wrote (an edit's, a rename's), in bytes. */
  readonly bytes?: number;
  readonly cpu_ms: number;
  readonly steps: Record<StepName, number>;
  readonly log_copied: boolean;
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const files = Number(option('--files') ?? 10_000);
  const roundsCount = Number(option('--rounds') ?? 40);
  const cache = option('--cache');
  const restart = flag('--restart');
  const base = mkdtempSync(join(os.tmpdir(), 'flywheel-update-steps-'));
  const root = join(base, 'workspace');
  const dbPath = join(base, 'index.db');
  try {
    const syntax = await SyntaxService.create({ logger: silentLogger });
    const service = new IndexService({ syntax, logger: silentLogger });
    const open = () => service.open({ dbPath, roots: [{ name: 'workspace', path: root }], policy: {}, maxFileBytes: 512 * 1024 });
    let paths: string[];
    if (cache && existsSync(join(cache, 'paths.json'))) {
      cpSync(join(cache, 'workspace'), root, { recursive: true, preserveTimestamps: true });
      cpSync(join(cache, 'index.db'), dbPath, { preserveTimestamps: true });
      paths = JSON.parse(readFileSync(join(cache, 'paths.json'), 'utf8')) as string[];
      open();
    } else {
      paths = makeScaleWorkspace(root, files).paths;
      open();
      await service.sync(paths);
      if (cache) {
        service.close();
        mkdirSync(cache, { recursive: true });
        cpSync(root, join(cache, 'workspace'), { recursive: true, preserveTimestamps: true });
        cpSync(dbPath, join(cache, 'index.db'), { preserveTimestamps: true });
        writeFileSync(join(cache, 'paths.json'), JSON.stringify(paths));
        open();
      }
    }
    // A file of each kind edited and indexed first (the grammars and queries a build loads on
    // this thread are loaded), or with --restart the pass a new index process runs over the
    // built index (it reads no file), then the first edit of each kind, each timed.
    const warm = seededRandom(0x3a7);
    const firstEdits: Record<string, number> = {};
    if (restart) await service.sync(paths);
    for (const ext of ['.py', '.ts', '.js']) {
      const path = paths.find((p) => p.endsWith(ext));
      if (!path) continue;
      editOneLine(join(root, path), warm);
      const start = cpuMs();
      await service.update([path]);
      firstEdits[ext] = round(cpuMs() - start);
    }

    const clock = new StepClock();
    const builder = IndexBuilder.prototype as unknown as object;
    wrap(builder, 'read', 'read', clock);
    wrap(builder, 'rowsOf', 'rows', clock);
    wrap(SyntaxService.prototype, 'parse', 'parse', clock);
    const store = IndexStore.prototype as unknown as object;
    wrap(store, 'removeFile', 'delete', clock);
    wrap(store, 'putFileRow', 'insert', clock);
    wrap(store, 'putChunk', 'insert', clock);
    wrap(store, 'putSymbol', 'insert', clock);
    wrap(store, 'flushTerms', 'terms', clock);
    // The request's final commit: its terms written out first (what COMMIT would do first), then COMMIT.
    const commit = (store as Record<string, (this: IndexStore) => void>).commit!;
    (store as Record<string, (this: IndexStore) => void>).commit = function (this: IndexStore) {
      const last = (this as unknown as { transactionDepth: number }).transactionDepth === 1;
      if (!last) return commit.call(this);
      for (const table of this.termTables) this.flushTerms(table);
      const before = dbWritten(dbPath);
      clock.enter('commit');
      try {
        commit.call(this);
      } finally {
        clock.leave();
        clock.checkpointed ||= dbWritten(dbPath) !== before;
      }
    };

    const requests: Request[] = [];
    const timed = async (kind: string, work: () => Promise<unknown> | unknown, path?: string): Promise<void> => {
      clock.reset();
      const start = cpuMs();
      await work();
      const cpu = cpuMs() - start;
      requests.push({ kind, bytes: path === undefined ? undefined : statSync(join(root, path)).size, cpu_ms: cpu, steps: clock.result(), log_copied: clock.checkpointed });
    };
    const random = seededRandom(0x0bda7e);
    const pick = (): number => Math.floor(random() * paths.length);
    for (let i = 0; i < roundsCount; i++) {
      const edited = paths[pick()]!;
      editOneLine(join(root, edited), random);
      await timed('edit', () => service.update([edited]), edited);
      await timed('status', () => service.stats());
      const at = pick();
      const from = paths[at]!;
      const to = from.replace(/(\.[^./]+)?$/, (ext) => `_moved${i}${ext}`);
      renameSync(join(root, from), join(root, to));
      paths[at] = to;
      await timed('rename', async () => {
        service.remove([from]);
        await service.update([to]);
      }, to);
      const gone = paths.splice(pick(), 1)[0]!;
      unlinkSync(join(root, gone));
      await timed('delete', () => service.remove([gone]));
    }
    service.close();
    syntax.dispose();

    const edits = requests.filter((r) => r.kind === 'edit');
    const cpu = edits.map((r) => r.cpu_ms);
    const p95 = percentile(cpu, 95) ?? NaN;
    // The slowest 5% of edits (at least two): what their CPU went to.
    const slow = [...edits].sort((a, b) => b.cpu_ms - a.cpu_ms).slice(0, Math.max(2, Math.ceil(edits.length / 20)));
    const byStep = (rs: readonly Request[]) => Object.fromEntries(STEPS.map((s) => [s, round(rs.reduce((sum, r) => sum + r.steps[s], 0) / Math.max(1, rs.length))]));
    const result = {
      files: paths.length,
      // The first edit of each kind (CPU ms): after a build on this thread, or with --restart after a pass over the built index.
      first_edit_ms: firstEdits,
      edits: edits.length,
      edit_cpu_p50_ms: round(percentile(cpu, 50) ?? NaN),
      edit_cpu_p95_ms: round(p95),
      edit_cpu_p95_ci: percentileInterval(cpu, 95).map((x) => round(x)),
      edit_cpu_max_ms: round(Math.max(...cpu)),
      // Each step's p95 over the edits, and its mean over all edits and over the slowest.
      step_p95_ms: Object.fromEntries(STEPS.map((s) => [s, round(percentile(edits.map((r) => r.steps[s]), 95) ?? NaN)])),
      step_mean_ms: byStep(edits),
      slowest: slow.map((r) => ({ cpu_ms: round(r.cpu_ms), kb: round((r.bytes ?? 0) / 1024, 1), log_copied: r.log_copied, ...Object.fromEntries(STEPS.map((s) => [s, round(r.steps[s])])) })),
      // Every request whose commit copied the log into the database (SQLite's own copy, at its page bound).
      log_copies: requests.filter((r) => r.log_copied).map((r) => ({ kind: r.kind, cpu_ms: round(r.cpu_ms), commit_ms: round(r.steps.commit) })),
      requests_over_20ms: requests.filter((r) => r.cpu_ms > 20).map((r) => `${r.kind} ${round(r.cpu_ms, 1)}`),
      load_average: os.loadavg().map((x) => round(x, 1)),
    };
    if (!flag('--json')) {
      console.log(`first edit of each kind${restart ? ' after a restart' : ''} (CPU ms): ${JSON.stringify(result.first_edit_ms)}`);
      console.log(`${result.files} files, ${result.edits} edits: CPU p50 ${result.edit_cpu_p50_ms} p95 ${result.edit_cpu_p95_ms} ${JSON.stringify(result.edit_cpu_p95_ci)} max ${result.edit_cpu_max_ms} ms (load ${result.load_average[0]})`);
      console.log(`  step p95: ${JSON.stringify(result.step_p95_ms)}`);
      console.log(`  step mean: ${JSON.stringify(result.step_mean_ms)}`);
      for (const s of result.slowest) console.log(`  slow edit: ${JSON.stringify(s)}`);
      console.log(`  log copied inside: ${JSON.stringify(result.log_copies)}`);
    }
    console.log(JSON.stringify(result));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

void main();
