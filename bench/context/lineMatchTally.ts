// Where a window baseline's matching line is and Flywheel's context has none: for each tune point
// where some line of jaccard20's or jaccard50's context has edit similarity >= 0.7 with the true
// next line and no line of Flywheel's does, why Flywheel missed that line, read from outside the
// engine (its debug record, and BM25 over the corpus's chunks as the similar-code source ranks them):
//   packer dropped    a candidate held the line and the packer dropped it (budget, duplicate…)
//   packer cut        a kept candidate held the line, the packer kept its first lines only
//   cut from a place  a similar-code place was the line's chunk, cut to its aligned lines
//   BM25's 48         the line's chunk is in BM25's best 48, not among the 12 places
//   not in BM25's 48  the line's chunk ranks past BM25's 48 (or shares no query term)
//   no chunk          no chunk of its file covers the line
// Each point counts once, by the matching line nearest to being shown. Tune split only: holdout
// points are never read one by one. Same points, open files and warm-up as contextBench.ts.
//   node --import tsx bench/context/lineMatchTally.ts [--language typescript] [--points 150] [--verbose]
import { ContextEngine } from '../../src/core/context/contextEngine';
import { rankBm25Indexed } from '../../src/core/context/bm25';
import { lineTokens, tokenSimilarity } from '../../src/core/context/lineAlignment';
import { recencyWeightedTerms } from '../../src/core/context/similarCode';
import { DEFAULT_WORK_BUDGET, UNITS_PER_MS } from '../../src/core/context/workBudget';
import type { WorkBudgetSpec } from '../../src/core/context/workBudget';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { estimateTokens } from '../../src/core/tokenEstimator';
import { flag, option } from '../commandLine';
import { defaultCorpora } from './benchCorpus';
import { BenchWorkspace, openSet, snapshot } from './benchWorkspace';
import { lineMatch } from './contextMetrics';
import { JaccardBaseline } from './jaccardBaseline';
import type { RetrievedText } from './jaccardBaseline';
import { corpusPoints } from './corpusPoints';

const CAUSES = ['packer dropped', 'packer cut', 'cut from a place', "BM25's 48", "not in BM25's 48", 'no chunk'] as const;
type Cause = (typeof CAUSES)[number];
/** As contextBench.ts and similarCode.ts: 1,024 tokens, 20 open files, the counted budget, BM25's pool of 4 × 12, a 20-line query. */
const BUDGET = 1024;
const OPEN_FILES = 20;
const BM25_POOL = 48;
const QUERY_LINES = 20;
const COUNTED_BUDGET: WorkBudgetSpec = { kind: 'units', units: (DEFAULT_WORK_BUDGET.kind === 'time' ? DEFAULT_WORK_BUDGET.ms : 6) * UNITS_PER_MS };
const COMMENT_LINE = /^\s*(\/\/|#|\/\*|\*)/;

interface MatchingLine {
  readonly path: string;
  readonly line: number;
  readonly text: string;
}

/** The lines of a window baseline's context like the target, with where they are in their file. */
function matchingLines(target: string, windows: readonly RetrievedText[], fileText: ReadonlyMap<string, string>): MatchingLine[] {
  const wanted = lineTokens(target);
  const out: MatchingLine[] = [];
  for (const w of windows) {
    const text = fileText.get(w.path) ?? '';
    const at = text.indexOf(w.text);
    if (at < 0) continue;
    const start = text.slice(0, at).split('\n').length - 1;
    w.text.split('\n').forEach((line, i) => {
      if (tokenSimilarity(lineTokens(line), wanted) >= 0.7) out.push({ path: w.path, line: start + i, text: line });
    });
  }
  return out;
}

async function main(): Promise<void> {
  const language = option('--language');
  const pointsPerCorpus = Number(option('--points') ?? 150);
  const verbose = flag('--verbose');
  const syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
  const { corpora } = defaultCorpora({ split: 'tune', language });
  const totals = new Map<Cause, number>();
  for (const corpus of corpora) {
    const { analyses, points, random } = await corpusPoints(corpus, syntax, pointsPerCorpus);
    const workspace = new BenchWorkspace(corpus);
    const engine = new ContextEngine({ workspace, syntax, estimateTokens, workBudget: COUNTED_BUDGET, backgroundParseMs: 10_000 });
    const windows = [new JaccardBaseline('jaccard20', 20, corpus.files), new JaccardBaseline('jaccard50', 50, corpus.files)];
    const fileText = new Map(corpus.files.map((f) => [f.path, f.text]));
    const counts = new Map<Cause, number>();
    const tally = { flywheel: 0, jaccard20: 0, jaccard50: 0, windowOnly: 0, flywheelOnly: 0 };
    const versions = new Map<string, number>();
    for (const [index, point] of points.entries()) {
      const others = openSet(point, corpus.files, random, OPEN_FILES - 1);
      const version = (versions.get(point.file.path) ?? 0) + 2;
      versions.set(point.file.path, version);
      const before = snapshot(point.file, point.prefix.slice(0, -1), version - 1, point.prefix.length - 1);
      const current = snapshot(point.file, point.prefix, version, point.prefix.length);
      workspace.open = [before, ...others.map((f) => snapshot(f, f.text, 1, 0))];
      await engine.warm(workspace.open);
      await engine.gather({ document: before, budgetTokens: BUDGET });
      await engine.idle();
      workspace.open = [current, ...workspace.open.slice(1)];
      const result = await engine.gather({ document: current, budgetTokens: BUDGET });
      const ours = lineMatch(point.targetLine, result.snippets.map((s) => s.text));
      const theirs = windows.map((w) => w.retrieve(point.prefix, point.file.path, BUDGET, estimateTokens));
      const [j20, j50] = theirs.map((list) => lineMatch(point.targetLine, list.map((x) => x.text)));
      tally.flywheel += ours;
      tally.jaccard20 += j20;
      tally.jaccard50 += j50;
      if (ours && !j20 && !j50) tally.flywheelOnly++;
      if (ours || (!j20 && !j50)) continue;
      tally.windowOnly++;
      // BM25 over every other file's chunks with the similar-code source's query (its code lines before the cursor).
      const query = point.prefix.split('\n').filter((l) => l.trim() && !COMMENT_LINE.test(l)).slice(-QUERY_LINES).join('\n');
      const indexes = corpus.files.filter((f) => f.path !== point.file.path).map((f) => analyses.get(f.path)!.chunkIndex());
      const found = rankBm25Indexed(recencyWeightedTerms(query), indexes, BM25_POOL);
      const causes = matchingLines(point.targetLine, theirs.flat(), fileText).map((m): { cause: Cause; m: MatchingLine; why?: string } => {
        const holds = (c: { path: string; startLine: number; endLine: number }): boolean => c.path === m.path && c.startLine <= m.line && m.line <= c.endLine;
        const candidates = result.debug.candidates.filter(holds);
        const dropped = candidates.filter((c) => !c.kept);
        if (dropped.length) return { cause: 'packer dropped', m, why: dropped.map((c) => `${c.source} ${c.dropped} ${c.tokens} tokens, ${c.reason ?? ''}`).join('; ') };
        if (candidates.length) return { cause: 'packer cut', m };
        const chunk = analyses.get(m.path)?.chunks().find((c) => c.startLine <= m.line && m.line <= c.endLine);
        if (!chunk) return { cause: 'no chunk', m };
        const overlaps = (c: { path: string; startLine: number; endLine: number }): boolean => c.path === m.path && c.startLine <= chunk.endLine && chunk.startLine <= c.endLine;
        if (result.debug.candidates.some((c) => c.source === 'similarCode' && overlaps(c))) return { cause: 'cut from a place', m };
        return { cause: found.some((f) => f.chunk.path === m.path && f.chunk.startLine === chunk.startLine) ? "BM25's 48" : "not in BM25's 48", m };
      });
      if (causes.length === 0) continue;
      const nearest = causes.sort((a, b) => CAUSES.indexOf(a.cause) - CAUSES.indexOf(b.cause))[0];
      counts.set(nearest.cause, (counts.get(nearest.cause) ?? 0) + 1);
      totals.set(nearest.cause, (totals.get(nearest.cause) ?? 0) + 1);
      if (verbose) {
        const windowsMatched = `${j20 ? 'j20' : ''}${j50 ? ' j50' : ''}`.trim();
        console.log(`${corpus.name} #${index} ${point.file.path}:${point.line + 1} [${windowsMatched}] ${nearest.cause}: ${nearest.m.path}:${nearest.m.line + 1} ${JSON.stringify(nearest.m.text.trim())} for ${JSON.stringify(point.targetLine.trim())}`);
        if (nearest.why) console.log(`   dropped: ${nearest.why}`);
        console.log(`   ours: ${result.snippets.map((s) => `${s.source}:${s.path}:${s.startLine + 1}(${s.tokens})`).join(' ')}`);
      }
    }
    engine.dispose();
    console.log(`${corpus.name}: ${points.length} points; line match flywheel ${tally.flywheel}, jaccard20 ${tally.jaccard20}, jaccard50 ${tally.jaccard50}; a window's only ${tally.windowOnly}, ours only ${tally.flywheelOnly}; ${CAUSES.map((c) => `${c} ${counts.get(c) ?? 0}`).join(', ')}`);
  }
  console.log(`all: ${CAUSES.map((c) => `${c} ${totals.get(c) ?? 0}`).join(', ')}`);
  syntax.dispose();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
