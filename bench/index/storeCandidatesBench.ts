// Two candidate stores for the workspace index on the same workload: the rows of N files of the
// scale workspace (real code nobody here wrote; computed once, as the index computes them), put
// into each store, queried with the same questions, closed and opened again:
//   - sqlite: the shipped store (IndexStore: node-sqlite3-wasm, FTS5 BM25, rows on disk);
//   - orama: @orama/orama, a search engine in JavaScript (BM25 over fields with boosts, all in
//     memory), saved whole to a JSON file and loaded whole on open (its documented save/load).
// Measures insert time (wall and CPU), size on disk, the process's heap and RSS growth while the
// store is open, query p50/p95 with bootstrap intervals, time to save, and time to reopen until
// the first answer. It also reports how often the two stores agree on the top-5 files (the same
// words and weights go into both; their BM25 variants differ). Not a test: it asserts nothing.
//   npm run bench:index-store [-- --files N] [--queries N] [--json]
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { create, insertMultiple, load, save, search, type AnyOrama } from '@orama/orama';
import { fileRows, type FileRows } from '../../src/core/index/fileRows';
import { anyOf, queryTerms } from '../../src/core/index/indexTerms';
import { IndexStore } from '../../src/core/index/indexStore';
import { symbolWords } from '../../src/core/index/indexTerms';
import { silentLogger } from '../../src/core/logger';
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { flag, option } from '../commandLine';
import { percentileInterval } from '../context/bootstrap';
import { makeScaleWorkspace } from './scaleWorkspace';

const asJson = flag('--json');
const fileCount = Number(option('--files') ?? 10_000);
const queryCount = Number(option('--queries') ?? 200);
const MB = 1024 * 1024;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Candidate {
  readonly name: string;
  /** Puts every file's rows in, in batches; returns the bytes on disk once saved. */
  insert(files: readonly { path: string; rows: FileRows }[]): Promise<void>;
  /** Paths of the best chunks for a question's words, best first. */
  query(words: readonly string[]): Promise<string[]>;
  /** Writes what is not on disk yet and closes; the bytes on disk. */
  close(): Promise<number>;
  reopen(): Promise<void>;
}

function sqliteCandidate(dir: string): Candidate {
  const path = join(dir, 'index.db');
  let store = IndexStore.open(path, silentLogger);
  return {
    name: 'sqlite',
    async insert(files) {
      for (let i = 0; i < files.length; i += 200) {
        store.transaction(() => {
          for (const f of files.slice(i, i + 200)) store.putFile(f.path, { hash: f.path, size: 0, mtimeMs: 0 }, f.rows.chunks, f.rows.symbols, false);
        });
      }
    },
    async query(words) {
      const match = anyOf(words);
      return match ? store.searchChunks(match, 60).map((h) => h.path) : [];
    },
    async close() {
      const bytes = store.stats().bytesOnDisk;
      store.close();
      return bytes;
    },
    async reopen() {
      store = IndexStore.open(path, silentLogger);
    },
  };
}

const ORAMA_CHUNKS = { path: 'string', names: 'string', pathWords: 'string', body: 'string', startLine: 'number', endLine: 'number' } as const;
const ORAMA_SYMBOLS = { path: 'string', name: 'string', words: 'string', text: 'string', startLine: 'number' } as const;

function oramaCandidate(dir: string): Candidate {
  const file = join(dir, 'index.json');
  let chunks: AnyOrama = create({ schema: ORAMA_CHUNKS });
  let symbols: AnyOrama = create({ schema: ORAMA_SYMBOLS });
  return {
    name: 'orama',
    async insert(files) {
      for (let i = 0; i < files.length; i += 200) {
        const batch = files.slice(i, i + 200);
        await insertMultiple(chunks, batch.flatMap((f) => f.rows.chunks.map((c) => ({ path: f.path, names: c.symbolTerms, pathWords: c.pathTerms, body: c.bodyTerms, startLine: c.startLine, endLine: c.endLine }))), 1000);
        await insertMultiple(symbols, batch.flatMap((f) => f.rows.symbols.map((s) => ({ path: f.path, name: s.name, words: symbolWords(s.name), text: s.text, startLine: s.startLine }))), 1000);
      }
    },
    async query(words) {
      const found = await search(chunks, { term: words.join(' '), properties: ['names', 'pathWords', 'body'], boost: { names: 4, pathWords: 2, body: 1 }, limit: 60 });
      return found.hits.map((h) => String((h.document as unknown as { path: string }).path));
    },
    async close() {
      // The whole index is one value: it is written whole, every time.
      writeFileSync(file, JSON.stringify({ chunks: save(chunks), symbols: save(symbols) }));
      chunks = symbols = create({ schema: {} });
      return statSync(file).size;
    },
    async reopen() {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { chunks: ReturnType<typeof save>; symbols: ReturnType<typeof save> };
      chunks = create({ schema: ORAMA_CHUNKS });
      load(chunks, raw.chunks);
      symbols = create({ schema: ORAMA_SYMBOLS });
      load(symbols, raw.symbols);
    },
  };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

async function measure(candidate: Candidate, files: readonly { path: string; rows: FileRows }[], questions: readonly string[][]) {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  let t = performance.now();
  let c = process.cpuUsage();
  await candidate.insert(files);
  const insertMs = performance.now() - t;
  const insertCpuMs = cpuMs(c);
  // The sampler cannot run inside a synchronous insert: the moment after it counts too.
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  global.gc?.();
  const open = process.memoryUsage();
  const latencies: number[] = [];
  const tops: string[][] = [];
  for (const words of questions) {
    t = performance.now();
    const paths = await candidate.query(words);
    latencies.push(performance.now() - t);
    tops.push([...new Set(paths)].slice(0, 5));
  }
  t = performance.now();
  const diskBytes = await candidate.close();
  const closeMs = performance.now() - t;
  t = performance.now();
  c = process.cpuUsage();
  await candidate.reopen();
  await candidate.query(questions[0] ?? ['index']);
  const reopenMs = performance.now() - t;
  const reopenCpuMs = cpuMs(c);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  global.gc?.();
  const reopened = process.memoryUsage();
  clearInterval(sampler);
  await candidate.close();
  return {
    result: {
      store: candidate.name,
      insert_ms: Math.round(insertMs),
      insert_cpu_ms: Math.round(insertCpuMs),
      files_per_cpu_s: round(files.length / (insertCpuMs / 1000)),
      disk_mb: round(diskBytes / MB),
      heap_growth_mb: round((open.heapUsed - before.heapUsed) / MB),
      outside_heap_growth_mb: round((open.external + open.arrayBuffers - before.external - before.arrayBuffers) / MB),
      peak_rss_growth_mb: round((peakRss - before.rss) / MB),
      heap_after_reopen_mb: round((reopened.heapUsed - before.heapUsed) / MB),
      query_p50_ms: round(percentile(latencies, 50) ?? NaN, 2),
      query_p95_ms: round(percentile(latencies, 95) ?? NaN, 2),
      query_p95_ci: percentileInterval(latencies, 95).map((x) => round(x, 2)),
      save_and_close_ms: Math.round(closeMs),
      reopen_to_first_answer_ms: Math.round(reopenMs),
      reopen_cpu_ms: Math.round(reopenCpuMs),
    },
    tops,
  };
}

async function main(): Promise<void> {
  const base = mkdtempSync(join(os.tmpdir(), 'flywheel-index-stores-'));
  try {
    const workspace = makeScaleWorkspace(join(base, 'workspace'), fileCount);
    const syntax = await SyntaxService.create();
    const files: { path: string; rows: FileRows }[] = [];
    for (const path of workspace.paths) {
      const text = readFileSync(join(base, 'workspace', path), 'utf8');
      files.push({ path, rows: await fileRows(syntax, path, text, 10_000) });
    }
    syntax.dispose();
    // Questions: the words of random definitions' names (what a question about them would say).
    const random = seededRandom(0x5707e);
    const names = files.flatMap((f) => f.rows.symbols.map((s) => s.name)).filter((n) => /[a-z][A-Z_]|_[a-z]/.test(n));
    const questions = Array.from({ length: Math.min(queryCount, names.length) }, () => queryTerms(symbolWords(names[Math.floor(random() * names.length)]).replace(/\s\S+$/, '')).slice(0, 4)).filter((w) => w.length);
    const chunks = files.reduce((n, f) => n + f.rows.chunks.length, 0);
    const results = [];
    const tops: string[][][] = [];
    for (const make of [sqliteCandidate, oramaCandidate]) {
      const dir = mkdtempSync(join(base, 'store-'));
      try {
        const { result, tops: t } = await measure(make(dir), files, questions);
        results.push(result);
        tops.push(t);
      } catch (error) {
        results.push({ store: make === sqliteCandidate ? 'sqlite' : 'orama', error: error instanceof Error ? error.message : String(error) });
      }
    }
    const agree = tops.length === 2 ? tops[0].filter((top, i) => top[0] !== undefined && top[0] === tops[1][i]?.[0]).length / Math.max(1, questions.length) : NaN;
    const line = { files: files.length, chunks, questions: questions.length, top1_agreement: round(agree, 3), stores: results, load_average: os.loadavg().map((x) => round(x)), cores: os.cpus().length };
    if (!asJson) {
      console.log(`${files.length} files, ${chunks} chunks, ${questions.length} questions; load ${line.load_average.join(' ')} on ${line.cores} cores`);
      for (const r of results) console.log(JSON.stringify(r));
    }
    console.log(JSON.stringify(line));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

void main();
