// Workspace index benchmark: how fast the index builds and updates, what it costs on disk and in
// memory, and how well term + symbol retrieval finds code from natural language. Questions are
// the first sentences of the corpus's doc comments, asked of an index with every doc comment
// removed; success is the defining file in the top 5 (hit@5) and its reciprocal rank (MRR),
// beside a plain baseline in the same run (BM25 over whole files, whitespace tokens) and a dumb
// control (the files in a random order: what chance alone scores). Bootstrap 95% intervals.
// Not a test: it asserts nothing.
//   npm run bench:index [-- --json] [--corpus DIR] [--split tune|holdout|all] [--language L]
//     [--queries N] [--updates N] [--embed-loopback] [--verbose]
// Without --corpus it runs the context bench's corpora (bench/context/setup.sh installs them).
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { IndexBuilder } from '../../src/core/index/indexBuilder';
import { searchIndex } from '../../src/core/index/indexSearch';
import { IndexStore } from '../../src/core/index/indexStore';
import { silentLogger } from '../../src/core/logger';
import { seededRandom } from '../../src/core/seededRandom';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { defaultCorpora } from '../context/benchCorpus';
import type { Split } from '../context/benchCorpus';
import { bootstrapInterval, mean, pairedInterval } from '../context/bootstrap';
import { prepareFile } from './docQueries';
import { startLoopbackEmbedding, type LoopbackEmbedding } from './loopbackEmbedding';
import type { DocQuery } from './docQueries';
import { MemorySource, readCorpusDir } from './memorySource';
import { WholeFileBm25 } from './wholeFileBm25';
import { flag, option } from '../commandLine';

const asJson = flag('--json');
const verbose = flag('--verbose');
const queriesPerCorpus = Number(option('--queries') ?? 200);
const updateCount = Number(option('--updates') ?? 40);
const embedLoopback = flag('--embed-loopback');

interface CorpusInput {
  readonly name: string;
  readonly language: string;
  readonly split: Split | 'corpus';
  readonly files: readonly { path: string; text: string }[];
}

interface QueryResult {
  readonly hit: number;
  readonly rr: number;
  readonly baselineHit: number;
  readonly baselineRr: number;
  readonly controlHit: number;
  readonly controlRr: number;
}

interface CorpusResult {
  readonly name: string;
  readonly language: string;
  readonly split: string;
  readonly files: number;
  readonly chunks: number;
  readonly buildMs: number;
  /** CPU time of the build (user + system): on a loaded machine, wall time mostly measures the others. */
  readonly buildCpuMs: number;
  readonly diskBytes: number;
  readonly updateMs: number[];
  readonly updateCpuMs: number[];
  readonly queries: QueryResult[];
  /** With --embed-loopback: the wiring's proof (chunks embedded, requests, and hit@5 with vectors fused in). */
  readonly loopback?: { readonly chunks: number; readonly requests: number; readonly ms: number; readonly hitAt5: number };
}

let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function rankOf(paths: readonly string[], targets: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (const p of paths) {
    if (seen.has(p)) continue;
    seen.add(p);
    if (targets.has(p)) return seen.size - 1;
  }
  return -1;
}

const hitAt5 = (rank: number): number => (rank >= 0 && rank < 5 ? 1 : 0);
const reciprocal = (rank: number): number => (rank >= 0 ? 1 / (rank + 1) : 0);

function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function measure(corpus: CorpusInput, syntax: SyntaxService, embedding: LoopbackEmbedding | undefined): Promise<CorpusResult> {
  const prepared = [];
  for (const f of corpus.files) prepared.push(await prepareFile(syntax, f.path, f.text));
  const source = new MemorySource(prepared.map((p) => ({ path: p.path, text: p.stripped })));
  const dir = mkdtempSync(join(os.tmpdir(), 'flywheel-index-bench-'));
  const store = IndexStore.open(join(dir, 'index.db'), silentLogger);
  try {
    const builder = new IndexBuilder({ store, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: 10_000 });
    sampleRss();
    const started = performance.now();
    const cpu = process.cpuUsage();
    await builder.sync(source.paths(), () => sampleRss());
    const buildMs = performance.now() - started;
    const buildCpuMs = cpuMs(process.cpuUsage(cpu));
    sampleRss();

    // Questions: one per distinct sentence; every file whose definition it documents counts.
    const byQuery = new Map<string, Set<string>>();
    for (const q of prepared.flatMap((p) => p.queries as DocQuery[])) {
      const targets = byQuery.get(q.query) ?? new Set<string>();
      targets.add(q.path);
      byQuery.set(q.query, targets);
    }
    const random = seededRandom(0x1de5);
    const all = shuffled([...byQuery.entries()], random);
    const baseline = new WholeFileBm25(prepared.map((p) => ({ path: p.path, text: p.stripped })));
    const queries: QueryResult[] = [];
    for (const [query, targets] of all.slice(0, queriesPerCorpus)) {
      const rank = rankOf(searchIndex(store, query, { limit: 60 }).map((h) => h.path), targets);
      const baseRank = rankOf(baseline.search(query, 60), targets);
      const controlRank = rankOf(shuffled(prepared.map((p) => p.path), random), targets);
      queries.push({
        hit: hitAt5(rank), rr: reciprocal(rank), baselineHit: hitAt5(baseRank), baselineRr: reciprocal(baseRank), controlHit: hitAt5(controlRank), controlRr: reciprocal(controlRank),
      });
      if (verbose && rank !== 0) console.error(`${corpus.name}: rank ${rank} (baseline ${baseRank}) for "${query}" in ${[...targets].join(', ')}`);
    }
    sampleRss();

    let loopback: CorpusResult['loopback'];
    if (embedding) {
      const run = await embedding.embedAll(store, source);
      let hits = 0;
      for (const [query, targets] of all.slice(0, queriesPerCorpus)) {
        const vector = await embedding.embedQuery(query);
        hits += hitAt5(rankOf(searchIndex(store, query, { limit: 60, vector }).map((h) => h.path), targets));
      }
      loopback = { ...run, hitAt5: hits / Math.max(1, Math.min(queriesPerCorpus, all.length)) };
    }

    // One-line edits: a file's line changes, the index catches up (read, hash, parse, chunk, commit).
    const updateMs: number[] = [];
    const updateCpuMs: number[] = [];
    const paths = source.paths();
    for (let i = 0; i < Math.min(updateCount, paths.length); i++) {
      const path = paths[Math.floor(random() * paths.length)];
      source.editOneLine(path, random);
      const t = performance.now();
      const c = process.cpuUsage();
      await builder.update(path);
      updateMs.push(performance.now() - t);
      updateCpuMs.push(cpuMs(process.cpuUsage(c)));
    }
    const stats = store.stats();
    return { name: corpus.name, language: corpus.language, split: corpus.split, files: stats.files, chunks: stats.chunks, buildMs, buildCpuMs, diskBytes: stats.bytesOnDisk, updateMs, updateCpuMs, queries, loopback };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function summary(results: readonly CorpusResult[]) {
  const qs = results.flatMap((r) => r.queries);
  const hits = qs.map((q) => q.hit);
  const rrs = qs.map((q) => q.rr);
  const bHits = qs.map((q) => q.baselineHit);
  const bRrs = qs.map((q) => q.baselineRr);
  const cHits = qs.map((q) => q.controlHit);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const interval = (xs: [number, number]) => xs.map(round);
  return {
    queries: qs.length,
    hit_at_5: round(mean(hits)),
    mrr: round(mean(rrs)),
    baseline_hit_at_5: round(mean(bHits)),
    baseline_mrr: round(mean(bRrs)),
    control_hit_at_5: round(mean(cHits)),
    control_mrr: round(mean(qs.map((q) => q.controlRr))),
    ci95: {
      hit_at_5: interval(bootstrapInterval(hits)),
      mrr: interval(bootstrapInterval(rrs)),
      baseline_hit_at_5: interval(bootstrapInterval(bHits)),
      control_hit_at_5: interval(bootstrapInterval(cHits)),
      hit_at_5_delta: interval(pairedInterval(hits, bHits)),
      mrr_delta: interval(pairedInterval(rrs, bRrs)),
    },
  };
}

function corpora(): CorpusInput[] {
  const dir = option('--corpus');
  if (dir) return [{ name: dir, language: 'mixed', split: 'corpus', files: readCorpusDir(dir) }];
  const splitOption = option('--split') ?? 'tune';
  const { corpora: found, missing } = defaultCorpora({ split: splitOption === 'all' ? undefined : (splitOption as Split), language: option('--language') });
  if (missing.length) console.error(`missing corpora (run bench/context/setup.sh): ${missing.join(', ')}`);
  return found.map((c) => ({ name: c.name, language: c.language, split: c.split, files: c.files }));
}

async function main(): Promise<void> {
  const syntax = await SyntaxService.create();
  const embedding = embedLoopback ? await startLoopbackEmbedding() : undefined;
  const results: CorpusResult[] = [];
  for (const corpus of corpora()) {
    const r = await measure(corpus, syntax, embedding);
    results.push(r);
    if (!asJson) {
      const s = summary([r]);
      console.log(
        `${r.name.padEnd(34)} ${String(r.files).padStart(5)} files ${String(r.chunks).padStart(6)} chunks ${(r.files / (r.buildMs / 1000)).toFixed(0).padStart(5)} files/s ` +
          `(${(r.files / (r.buildCpuMs / 1000)).toFixed(0)} per CPU s) update p95 ${percentile(r.updateMs, 0.95).toFixed(1)} ms (CPU ${percentile(r.updateCpuMs, 0.95).toFixed(1)})  hit@5 ${s.hit_at_5.toFixed(3)} (baseline ${s.baseline_hit_at_5.toFixed(3)}, control ${s.control_hit_at_5.toFixed(3)})  MRR ${s.mrr.toFixed(3)} (${s.baseline_mrr.toFixed(3)})  n=${s.queries}`,
      );
    }
  }
  const files = results.reduce((n, r) => n + r.files, 0);
  const buildMs = results.reduce((n, r) => n + r.buildMs, 0);
  const updates = results.flatMap((r) => r.updateMs);
  const all = summary(results);
  const group = (key: (r: CorpusResult) => string) => Object.fromEntries([...new Set(results.map(key))].map((k) => [k, summary(results.filter((r) => key(r) === k))]));
  const line = {
    files,
    chunks: results.reduce((n, r) => n + r.chunks, 0),
    build_ms: Math.round(buildMs),
    files_per_s: Math.round(files / (buildMs / 1000)),
    files_per_cpu_s: Math.round(files / (results.reduce((n, r) => n + r.buildCpuMs, 0) / 1000)),
    disk_mb: Math.round((results.reduce((n, r) => n + r.diskBytes, 0) / 1024 / 1024) * 100) / 100,
    rss_mb: Math.round(peakRss / 1024 / 1024),
    update_p50_ms: Math.round(percentile(updates, 0.5) * 10) / 10,
    update_p95_ms: Math.round(percentile(updates, 0.95) * 10) / 10,
    update_cpu_p95_ms: Math.round(percentile(results.flatMap((r) => r.updateCpuMs), 0.95) * 10) / 10,
    load_average: os.loadavg().map((x) => Math.round(x * 10) / 10),
    hit_at_5: all.hit_at_5,
    mrr: all.mrr,
    baseline_hit_at_5: all.baseline_hit_at_5,
    baseline_mrr: all.baseline_mrr,
    control_hit_at_5: all.control_hit_at_5,
    control_mrr: all.control_mrr,
    queries: all.queries,
    ci95: all.ci95,
    by_language: group((r) => r.language),
    by_split: group((r) => r.split),
    ...(embedding
      ? { loopback_embedding: { note: 'wiring only: hashed-word vectors, not a model', chunks: results.reduce((n, r) => n + (r.loopback?.chunks ?? 0), 0), requests: results.reduce((n, r) => n + (r.loopback?.requests ?? 0), 0), hit_at_5_with_vectors: Math.round(mean(results.flatMap((r) => (r.loopback ? [r.loopback.hitAt5] : []))) * 1000) / 1000 } }
      : {}),
  };
  if (asJson) console.log(JSON.stringify(line));
  else console.log(JSON.stringify(line, null, 2));
  await embedding?.close();
  syntax.dispose();
}

void main();
