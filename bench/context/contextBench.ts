// Context benchmark (issue 3): identifier recall of our context engine vs. a Jaccard
// sliding-window baseline, and the context stage's time per completion point.
//   npm run bench:context [-- --json] [--corpus DIR] [--points N] [--budget TOKENS] [--verbose]
// --verbose prints, per point, the targets found (+) or missed (-), b = found by the baseline.
import { posix } from 'node:path';
import type { DocumentSnapshot } from '../../src/core/documentSnapshot';
import { ContextEngine } from '../../src/core/context/contextEngine';
import type { ContextWorkspace } from '../../src/core/context/contextWorkspace';
import { analyzeFile } from '../../src/core/context/fileAnalysis';
import type { FileAnalysis } from '../../src/core/context/fileAnalysis';
import { estimateTokens } from '../../src/core/tokenEstimator';
import { syntaxLanguageFor } from '../../src/core/syntax/languages';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import type { SyntaxNode, SyntaxTree } from '../../src/core/syntax/syntaxService';
import { defaultCorpora, loadCorpus } from './benchCorpus';
import type { Corpus, CorpusFile } from './benchCorpus';
import { JaccardBaseline } from './jaccardBaseline';
import { seededRandom } from '../../src/core/seededRandom';
import { identifiersOf, samplePoints } from './samplePoints';
import type { CompletionPoint, LineFacts } from './samplePoints';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const asJson = args.includes('--json');
const pointsPerCorpus = Number(option('--points') ?? 40);
const budgetTokens = Number(option('--budget') ?? 1024);
const OPEN_FILES = 20;

interface Measure {
  readonly language: string;
  readonly corpus: string;
  readonly recall: number;
  readonly baselineRecall: number;
  readonly ms: number;
  readonly baselineMs: number;
}

class BenchWorkspace implements ContextWorkspace {
  open: DocumentSnapshot[] = [];
  constructor(private readonly files: ReadonlyMap<string, CorpusFile>) {}
  openDocuments(): readonly DocumentSnapshot[] {
    return this.open;
  }
  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path)?.text;
  }
  listFiles(): readonly string[] {
    return [...this.files.keys()];
  }
}

function snapshot(file: CorpusFile, text: string, version: number, offset: number): DocumentSnapshot {
  const languageId = syntaxLanguageFor(file.language)?.languageIds[0] ?? 'plaintext';
  return { uri: `file:///corpus/${file.path}`, relativePath: file.path, languageId, text, version, offset };
}

/** The other open tabs: files the prefix names first (likely imports), then the same folder, then any. */
function openSet(point: CompletionPoint, files: readonly CorpusFile[], random: () => number): CorpusFile[] {
  const words = new Set(point.prefix.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  const stem = (f: CorpusFile): string => posix.basename(f.path).replace(/\.[^.]+$/, '');
  const dir = posix.dirname(point.file.path);
  const others = files.filter((f) => f !== point.file);
  const shuffled = [...others].sort(() => random() - 0.5);
  const ranked = [
    ...shuffled.filter((f) => words.has(stem(f))),
    ...shuffled.filter((f) => posix.dirname(f.path) === dir),
    ...shuffled,
  ];
  return [...new Set(ranked)].slice(0, OPEN_FILES - 1);
}

const IMPORT_NODES = new Set(['import_statement', 'import_from_statement', 'future_import_statement', 'import_declaration', 'preproc_include', 'use_declaration', 'using_directive']);

/** Identifiers per line (from the grammar, so words in strings and comments are not targets) and import lines. */
function lineFacts(syntax: SyntaxService, language: string, tree: SyntaxTree): LineFacts {
  const identifiers = new Map<number, string[]>();
  for (const capture of syntax.query(language, 'identifiers')?.captures(tree.rootNode) ?? []) {
    const row = capture.node.startPosition.row;
    const list = identifiers.get(row);
    if (list) list.push(capture.node.text);
    else identifiers.set(row, [capture.node.text]);
  }
  const importLines = new Set<number>();
  const mark = (node: SyntaxNode): void => {
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) importLines.add(row);
  };
  for (const capture of syntax.query(language, 'imports')?.captures(tree.rootNode) ?? []) if (capture.name === 'import') mark(capture.node);
  for (const node of tree.rootNode.descendantsOfType([...IMPORT_NODES])) if (node) mark(node);
  return { identifiers, importLines };
}

function recallOf(targets: readonly string[], texts: readonly string[]): number {
  const present = new Set(identifiersOf(texts.join('\n')));
  return targets.filter((t) => present.has(t)).length / targets.length;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureCorpus(corpus: Corpus, syntax: SyntaxService): Promise<Measure[]> {
  const analyses = new Map<string, FileAnalysis>();
  const facts = new Map<string, LineFacts>();
  for (const file of corpus.files) {
    const tree = await syntax.parse(file.language, file.text, { timeoutMs: 2000 });
    analyses.set(file.path, analyzeFile(syntax, file.path, syntaxLanguageFor(file.language)?.languageIds[0] ?? file.language, file.text, tree));
    if (tree) facts.set(file.path, lineFacts(syntax, file.language, tree));
    tree?.delete();
  }
  const random = seededRandom(0xf1a9);
  const points = samplePoints(corpus.files, analyses, facts, pointsPerCorpus, random);
  const byPath = new Map(corpus.files.map((f) => [f.path, f]));
  const workspace = new BenchWorkspace(byPath);
  const engine = new ContextEngine({ workspace, syntax, estimateTokens });
  const baseline = new JaccardBaseline();
  const versions = new Map<string, number>();
  const measures: Measure[] = [];
  for (const point of points) {
    const others = openSet(point, corpus.files, random);
    const version = (versions.get(point.file.path) ?? 0) + 2;
    versions.set(point.file.path, version);
    // The editor had these tabs open and the user was in this file: warm-up, not timed.
    const full = snapshot(point.file, point.file.text, version - 1, point.prefix.length);
    workspace.open = [full, ...others.map((f) => snapshot(f, f.text, 1, 0))];
    await engine.warm(workspace.open);
    await engine.gather({ document: full, budgetTokens });
    await engine.idle();
    // The user is now at the completion point: the document ends at the cursor.
    const current = snapshot(point.file, point.prefix, version, point.prefix.length);
    workspace.open = [current, ...workspace.open.slice(1)];
    const started = performance.now();
    const result = await engine.gather({ document: current, budgetTokens });
    const ms = performance.now() - started;
    const baselineStarted = performance.now();
    const windows = baseline.retrieve(point.prefix, others.map((f) => ({ path: f.path, text: f.text })), budgetTokens, estimateTokens);
    const baselineMs = performance.now() - baselineStarted;
    if (result.totalTokens > budgetTokens) throw new Error(`budget exceeded: ${result.totalTokens} > ${budgetTokens}`);
    if (args.includes('--verbose')) {
      const present = new Set(identifiersOf(result.snippets.map((x) => x.text).join('\n')));
      const base = new Set(identifiersOf(windows.map((w) => w.text).join('\n')));
      console.error(`\n## ${point.file.path}:${point.line + 1}: ${point.targetLine.trim()}`);
      console.error(`   targets: ${point.targets.map((t) => `${t}${present.has(t) ? '+' : '-'}${base.has(t) ? 'b' : ''}`).join(' ')}`);
      console.error(`   ${result.totalTokens} tok: ${result.snippets.map((x) => `${x.source}:${x.path}:${x.startLine}(${x.tokens})`).join(' ')}`);
    }
    measures.push({
      language: point.file.language,
      corpus: corpus.name,
      recall: recallOf(point.targets, result.snippets.map((s) => s.text)),
      baselineRecall: recallOf(point.targets, windows.map((w) => w.text)),
      ms,
      baselineMs,
    });
  }
  engine.dispose();
  return measures;
}

function summarize(label: string, ms: readonly Measure[]): string[] {
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return [
    label,
    String(ms.length),
    (100 * mean(ms.map((m) => m.recall))).toFixed(1),
    (100 * mean(ms.map((m) => m.baselineRecall))).toFixed(1),
    percentile(ms.map((m) => m.ms), 50).toFixed(2),
    percentile(ms.map((m) => m.ms), 95).toFixed(2),
    percentile(ms.map((m) => m.baselineMs), 50).toFixed(2),
    percentile(ms.map((m) => m.baselineMs), 95).toFixed(2),
  ];
}

function printTable(rows: string[][]): void {
  const header = ['group', 'points', 'recall %', 'baseline %', 'p50 ms', 'p95 ms', 'base p50', 'base p95'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  for (const row of all) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

async function main(): Promise<void> {
  const corpusDir = option('--corpus');
  const corpora = corpusDir ? [loadCorpus(posix.basename(corpusDir), corpusDir)] : defaultCorpora();
  if (corpora.length === 0) throw new Error('no corpus found: pass --corpus DIR');
  const syntax = await SyntaxService.create();
  const measures: Measure[] = [];
  for (const corpus of corpora) {
    const started = performance.now();
    const m = await measureCorpus(corpus, syntax);
    measures.push(...m);
    if (!asJson) console.error(`${corpus.name}: ${corpus.files.length} files, ${m.length} points, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  syntax.dispose();
  const rows: string[][] = [];
  for (const corpus of [...new Set(measures.map((m) => m.corpus))]) rows.push(summarize(corpus, measures.filter((m) => m.corpus === corpus)));
  for (const language of [...new Set(measures.map((m) => m.language))]) rows.push(summarize(`all ${language}`, measures.filter((m) => m.language === language)));
  rows.push(summarize('overall', measures));
  console.log(`context budget ${budgetTokens} tokens, ${OPEN_FILES} open files, ${pointsPerCorpus} points per corpus`);
  printTable(rows);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;
  if (asJson) {
    console.log(
      JSON.stringify({
        recall: round(mean(measures.map((m) => m.recall))),
        baseline_recall: round(mean(measures.map((m) => m.baselineRecall))),
        p50_ms: round(percentile(measures.map((m) => m.ms), 50), 2),
        p95_ms: round(percentile(measures.map((m) => m.ms), 95), 2),
        baseline_p95_ms: round(percentile(measures.map((m) => m.baselineMs), 95), 2),
        points: measures.length,
      }),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
