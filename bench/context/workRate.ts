// How many characters per millisecond the context engine's first-time work really processes:
// the figure the time-mode work budget (src/core/context/workBudget.ts, UNITS_PER_MS) turns
// characters into milliseconds with. Each file of the bench corpora (all six languages) goes
// through the steps a request charges by its length: parse + analyse (a file opened or read),
// the chunk index (similar code), the name uses (frequent names); and a disk read, the step
// charged READ_UNITS before its size is known. Times are CPU time of this process (what the step
// costs, less what other processes' load adds), per file; reported as p10/p50/p90 characters/ms.
// Not a test: it asserts nothing.
//   npm run bench:work-rate [-- --json] [--language go]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFile } from '../../src/core/context/fileAnalysis';
import { nameUses } from '../../src/core/context/frequentNames';
import { percentile } from '../../src/core/models/callMetrics';
import { syntaxLanguageFor } from '../../src/core/syntax/languages';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { defaultCorpora } from './benchCorpus';
import type { Corpus } from './benchCorpus';
import { flag, option } from '../commandLine';

const asJson = flag('--json');
/** Files smaller than this are timed but not rated: their time is the fixed cost, not a rate. */
const MIN_RATED_CHARS = 2_000;

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function cpuMsAsync(run: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

interface Rates {
  analyse: number[];
  chunkIndex: number[];
  nameUses: number[];
  /** Whole first-time work of a file (parse + analyse + chunk index + name uses), characters/ms. */
  total: number[];
  readMs: number[];
}

/** A copy of each file on disk (in the page cache, as a workspace the editor has open). */
const scratch = mkdtempSync(join(tmpdir(), 'flywheel-work-rate-'));

async function measure(corpus: Corpus, syntax: SyntaxService, rates: Rates): Promise<void> {
  for (const file of corpus.files) {
    const languageId = syntaxLanguageFor(file.language)?.languageIds[0] ?? file.language;
    const copy = join(scratch, 'file');
    writeFileSync(copy, file.text);
    rates.readMs.push(await cpuMsAsync(() => readFile(copy, 'utf8')));
    let analysis: ReturnType<typeof analyzeFile> | undefined;
    const analyse = await cpuMsAsync(async () => {
      const tree = await syntax.parse(file.language, file.text, { timeoutMs: 10_000 });
      try {
        analysis = analyzeFile(syntax, file.path, languageId, file.text, tree);
      } finally {
        tree?.delete();
      }
    });
    const index = cpuMs(() => analysis!.chunkIndex());
    const names = cpuMs(() => nameUses(file.text));
    if (file.text.length < MIN_RATED_CHARS) continue;
    const rate = (ms: number) => file.text.length / Math.max(ms, 0.001);
    rates.analyse.push(rate(analyse));
    rates.chunkIndex.push(rate(index));
    rates.nameUses.push(rate(names));
    rates.total.push(file.text.length / Math.max(analyse + index + names, 0.001));
  }
}

function distribution(xs: readonly number[]) {
  const r = (p: number) => Math.round(percentile(xs, p) ?? NaN);
  return { files: xs.length, p10: r(10), p50: r(50), p90: r(90) };
}

async function main(): Promise<void> {
  const language = option('--language');
  const { corpora, missing } = defaultCorpora({ language });
  const syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
  // Warm-up: grammars loaded and the code paths compiled, as in an editor that has run a while.
  for (const corpus of corpora) await measure({ ...corpus, files: corpus.files.slice(0, 5) }, syntax, { analyse: [], chunkIndex: [], nameUses: [], total: [], readMs: [] });
  const load = loadavg()[0];
  const byLanguage: Record<string, ReturnType<typeof distribution>> = {};
  const all: Rates = { analyse: [], chunkIndex: [], nameUses: [], total: [], readMs: [] };
  for (const lang of [...new Set(corpora.map((c) => c.language))]) {
    const rates: Rates = { analyse: [], chunkIndex: [], nameUses: [], total: [], readMs: [] };
    for (const corpus of corpora.filter((c) => c.language === lang)) await measure(corpus, syntax, rates);
    byLanguage[lang] = distribution(rates.total);
    for (const key of Object.keys(all) as (keyof Rates)[]) all[key].push(...rates[key]);
  }
  syntax.dispose();
  rmSync(scratch, { recursive: true, force: true });
  const out = {
    load_average_1m: Math.round(load * 100) / 100,
    unit: 'characters per CPU millisecond',
    total: distribution(all.total),
    steps: { parse_and_analyse: distribution(all.analyse), chunk_index: distribution(all.chunkIndex), name_uses: distribution(all.nameUses) },
    by_language: byLanguage,
    read_cpu_ms: { p50: Math.round((percentile(all.readMs, 50) ?? NaN) * 1000) / 1000, p90: Math.round((percentile(all.readMs, 90) ?? NaN) * 1000) / 1000 },
    missing,
  };
  if (asJson) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log(`first-time work rate (${out.unit}), load ${out.load_average_1m}`);
  console.log(`  whole file: p10 ${out.total.p10}  p50 ${out.total.p50}  p90 ${out.total.p90}  (${out.total.files} files)`);
  for (const [step, d] of Object.entries(out.steps)) console.log(`  ${step}: p10 ${d.p10}  p50 ${d.p50}  p90 ${d.p90}`);
  for (const [lang, d] of Object.entries(byLanguage)) console.log(`  ${lang}: p10 ${d.p10}  p50 ${d.p50}  p90 ${d.p90}  (${d.files} files)`);
  console.log(`  disk read: p50 ${out.read_cpu_ms.p50} ms  p90 ${out.read_cpu_ms.p90} ms CPU`);
  if (missing.length > 0) console.log(`missing: ${missing.join(', ')}`);
}

void main();
