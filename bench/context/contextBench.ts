// Context benchmark: what Flywheel's context engine puts in a 1,024-token budget, against fair
// baselines (jaccard50, jaccard20: sliding windows over every file Flywheel may read, trimmed to
// fit) and a control made of names only (names_control), on real projects in six languages.
// Metrics per point (see contextMetrics.ts): definition_recall, line_match, identifier_recall,
// with bootstrap 95% intervals on each mean and on Flywheel minus the best baseline.
// Quality runs with a counted work budget (the same points give the same numbers on a busy or
// idle machine); the time of the context stage is measured in a separate pass, in the editor's
// time-budget mode. Sources: bench/context/setup.sh. Not a test: it asserts nothing.
//   npm run bench:context [-- --json] [--points N] [--budget TOKENS] [--split tune|holdout]
//     [--language go] [--corpus DIR --language L] [--timing-points N] [--timing-only] [--verbose] [--dump FILE]
// --timing-only runs the timed pass alone (no quality engine beside it), for the p95 figure.
// --dump FILE writes each point's context (snippets and every candidate, as JSON lines): two
// commits that give the same file give the same context, which a speed change must.
import { appendFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { posix } from 'node:path';
import { ContextEngine } from '../../src/core/context/contextEngine';
import { DEFAULT_WORK_BUDGET, UNITS_PER_MS } from '../../src/core/context/workBudget';
import type { WorkBudgetSpec } from '../../src/core/context/workBudget';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { estimateTokens } from '../../src/core/tokenEstimator';
import { defaultCorpora, loadCorpus } from './benchCorpus';
import type { Corpus, Split } from './benchCorpus';
import { BenchWorkspace, openSet, snapshot } from './benchWorkspace';
import { definitionRecall, definitionsShown, identifierRecall, lineMatch } from './contextMetrics';
import { JaccardBaseline } from './jaccardBaseline';
import type { RetrievedText } from './jaccardBaseline';
import { namesControl } from './namesControl';
import { report } from './benchReport';
import type { PointResult, Side } from './benchReport';
import { identifiersOf } from './samplePoints';
import { corpusPoints } from './corpusPoints';
import { flag, option } from '../commandLine';

const asJson = flag('--json');
const verbose = flag('--verbose');
const pointsPerCorpus = Number(option('--points') ?? 300);
const timingOnly = flag('--timing-only');
const timingPoints = Number(option('--timing-points') ?? 60);
const budgetTokens = Number(option('--budget') ?? 1024);
const dumpFile = option('--dump');
const OPEN_FILES = 20;
/** The editor's time budget expressed as work: what the engine may do per request, counted. */
const COUNTED_BUDGET: WorkBudgetSpec = { kind: 'units', units: (DEFAULT_WORK_BUDGET.kind === 'time' ? DEFAULT_WORK_BUDGET.ms : 6) * UNITS_PER_MS };

function texts(list: readonly RetrievedText[]): string[] {
  return list.map((x) => x.text);
}

interface CorpusRun {
  points: PointResult[];
  ms: number[];
  /** CPU time of this process during each timed call: what the call cost, less what the load added. */
  cpuMs: number[];
  /** The timed call's own timings per stage (the engine's debug timings), by stage. */
  stageMs: Record<string, number[]>;
  /** The syntax tree brought up to the edit, as the editor does on its change event (not the context stage). */
  treeMs: number[];
  baselineMs: Record<string, number[]>;
}

async function measureCorpus(corpus: Corpus, syntax: SyntaxService): Promise<CorpusRun> {
  const { analyses, points, random } = await corpusPoints(corpus, syntax, pointsPerCorpus);
  const workspace = new BenchWorkspace(corpus);
  const quality = new ContextEngine({ workspace, syntax, estimateTokens, workBudget: COUNTED_BUDGET, backgroundParseMs: 10_000 });
  const timed = new ContextEngine({ workspace, syntax, estimateTokens, workBudget: DEFAULT_WORK_BUDGET, backgroundParseMs: 10_000 });
  // Built before any point, as a real implementation caches its windows: timed like Flywheel's warmed engine.
  const baselines = timingOnly ? [] : [new JaccardBaseline('jaccard50', 50, corpus.files), new JaccardBaseline('jaccard20', 20, corpus.files)];
  const results: PointResult[] = [];
  const ms: number[] = [];
  const cpuMs: number[] = [];
  const stageMs: Record<string, number[]> = {};
  const treeMs: number[] = [];
  const baselineMs: Record<string, number[]> = { jaccard50: [], jaccard20: [] };
  const versions = new Map<string, number>();
  for (const [index, point] of points.entries()) {
    if (timingOnly && index >= timingPoints) break;
    const others = openSet(point, corpus.files, random, OPEN_FILES - 1);
    const version = (versions.get(point.file.path) ?? 0) + 2;
    versions.set(point.file.path, version);
    // One keystroke earlier: what the engine analysed last is the text before the cursor, never the
    // lines the user has yet to write (a stale analysis of the whole file would show them the future).
    const before = snapshot(point.file, point.prefix.slice(0, -1), version - 1, point.prefix.length - 1);
    const current = snapshot(point.file, point.prefix, version, point.prefix.length);
    const engines = timingOnly ? [timed] : index < timingPoints ? [quality, timed] : [quality];
    let flywheel: RetrievedText[] = [];
    let sources = '';
    for (const engine of engines) {
      // The editor had these tabs open and the user was in this file: warm-up, not measured.
      workspace.open = [before, ...others.map((f) => snapshot(f, f.text, 1, 0))];
      await engine.warm(workspace.open);
      await engine.gather({ document: before, budgetTokens });
      await engine.idle();
      // The user is now at the completion point: the document ends at the cursor.
      workspace.open = [current, ...workspace.open.slice(1)];
      if (engine === timed) {
        // The editor's change event brings the tree up to date before the request (registerContext).
        const started = performance.now();
        await syntax.updateDocument(current.uri, current.languageId, current.version, current.text);
        treeMs.push(performance.now() - started);
      }
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await engine.gather({ document: current, budgetTokens });
      if (engine === timed) {
        ms.push(performance.now() - started);
        const used = process.cpuUsage(cpu);
        cpuMs.push((used.user + used.system) / 1000);
        for (const [stage, stageTime] of Object.entries(result.debug.timings)) (stageMs[stage] ??= []).push(stageTime);
      } else {
        if (result.totalTokens > budgetTokens) throw new Error(`budget exceeded: ${result.totalTokens} > ${budgetTokens}`);
        flywheel = result.snippets.map((s) => ({ path: s.path, text: s.text }));
        // With the work units spent: the engine's caches last until a file changes, never by the clock, so what is first-time work is the same on every run.
        if (dumpFile) appendFileSync(dumpFile, `${JSON.stringify({ corpus: corpus.name, point: index, snippets: result.snippets, totalTokens: result.totalTokens, candidates: result.debug.candidates, workUnits: result.debug.workUnits })}\n`);
        sources = result.snippets.map((x) => `${x.source}:${x.path}:${x.startLine + 1}(${x.tokens})`).join(' ');
      }
    }
    if (timingOnly) continue;
    const sides: Record<Side, RetrievedText[]> = { flywheel, jaccard50: [], jaccard20: [], names_control: namesControl(point.prefix, others, budgetTokens, estimateTokens) };
    for (const baseline of baselines) {
      const started = performance.now();
      sides[baseline.name as Side] = baseline.retrieve(point.prefix, point.file.path, budgetTokens, estimateTokens);
      baselineMs[baseline.name].push(performance.now() - started);
    }
    const result: PointResult = { corpus: corpus.name, language: corpus.language, split: corpus.split, scores: {} as PointResult['scores'] };
    for (const side of Object.keys(sides) as Side[]) {
      const t = texts(sides[side]);
      result.scores[side] = {
        definition_recall: definitionRecall(point.definitions, t),
        line_match: lineMatch(point.targetLine, t),
        identifier_recall: identifierRecall(point.targets, t),
      };
    }
    results.push(result);
    if (verbose) {
      const present = new Set(identifiersOf(texts(flywheel).join('\n')));
      console.error(`\n## ${corpus.name} ${point.file.path}:${point.line + 1}: ${point.targetLine.trim()}`);
      const shown = definitionsShown(point.definitions, texts(flywheel));
      console.error(`   definitions: ${point.definitions.map((d, i) => `${d.name}${shown[i] ? '+' : '-'}`).join(' ')}; identifiers: ${point.targets.map((t) => `${t}${present.has(t) ? '+' : '-'}`).join(' ')}`);
      for (const side of Object.keys(sides) as Side[]) {
        const s = result.scores[side];
        console.error(`   ${side.padEnd(13)} def ${s.definition_recall.toFixed(2)} line ${s.line_match} id ${s.identifier_recall.toFixed(2)}: ${side === 'flywheel' ? sources : sides[side].map((x) => x.path).join(' ')}`);
      }
    }
  }
  quality.dispose();
  timed.dispose();
  return { points: results, ms, cpuMs, stageMs, treeMs, baselineMs };
}

async function main(): Promise<void> {
  const corpusDir = option('--corpus');
  const split = option('--split') as Split | undefined;
  const language = option('--language');
  let corpora: Corpus[];
  if (corpusDir) {
    if (!language) throw new Error('--corpus needs --language (our grammar name: python, go, rust…)');
    corpora = [loadCorpus(posix.basename(corpusDir), language, 'holdout', corpusDir)];
  } else {
    const found = defaultCorpora({ split, language });
    corpora = found.corpora;
    if (found.missing.length && !asJson) console.error(`missing corpora (run bench/context/setup.sh): ${found.missing.join(', ')}`);
  }
  if (corpora.length === 0) throw new Error('no corpus found: run bench/context/setup.sh, or pass --corpus DIR --language L');
  if (dumpFile) writeFileSync(dumpFile, '');
  const syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
  const points: PointResult[] = [];
  const ms: number[] = [];
  const cpuMs: number[] = [];
  const stageMs: Record<string, number[]> = {};
  const treeMs: number[] = [];
  const baselineMs: Record<string, number[]> = { jaccard50: [], jaccard20: [] };
  const loadBefore = loadavg()[0];
  for (const corpus of corpora) {
    const started = performance.now();
    const m = await measureCorpus(corpus, syntax);
    points.push(...m.points);
    ms.push(...m.ms);
    cpuMs.push(...m.cpuMs);
    treeMs.push(...m.treeMs);
    for (const [stage, list] of Object.entries(m.stageMs)) (stageMs[stage] ??= []).push(...list);
    for (const k of Object.keys(baselineMs)) baselineMs[k].push(...m.baselineMs[k]);
    if (!asJson) console.error(`${corpus.name} (${corpus.split}): ${corpus.files.length} files, ${m.points.length} points, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  syntax.dispose();
  const load = [loadBefore, loadavg()[0]].map((x) => Math.round(x * 10) / 10) as [number, number];
  report(points, { ms, cpuMs, stageMs, treeMs, baselineMs, load }, { budgetTokens, openFiles: OPEN_FILES, pointsPerCorpus, asJson });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
