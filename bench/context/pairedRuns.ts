// Two runs of the context bench over the same points, paired: per corpus and overall, Flywheel's
// line match and definition recall in each run, the paired difference (B − A) with its bootstrap
// 95% interval, the points gained and lost, and where each run stands against the better window
// baseline. Reads the `--verbose` output (stderr) of each run. In the bench only.
//   node --import tsx bench/context/pairedRuns.ts A.log B.log
import { readFileSync } from 'node:fs';
import { mean, pairedInterval } from './bootstrap';

type Scores = Record<string, { def: number; line: number }>;

/** Point key (corpus, file and line) → each side's scores. */
function readRun(file: string): Map<string, { corpus: string; scores: Scores }> {
  const points = new Map<string, { corpus: string; scores: Scores }>();
  let current: { corpus: string; scores: Scores } | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const head = /^## (\S+) (\S+:\d+): /.exec(line);
    if (head) {
      current = { corpus: head[1], scores: {} };
      points.set(`${head[1]} ${head[2]}`, current);
      continue;
    }
    const side = /^ {3}(\w+)\s+def ([\d.]+) line ([\d.]+) /.exec(line);
    if (side && current) current.scores[side[1]] = { def: Number(side[2]), line: Number(side[3]) };
  }
  return points;
}

const pct = (x: number): string => (100 * x).toFixed(1);

function compare(label: string, keys: readonly string[], a: Map<string, { scores: Scores }>, b: Map<string, { scores: Scores }>): string {
  const cells = [label.padEnd(16), String(keys.length).padStart(5)];
  for (const metric of ['line', 'def'] as const) {
    const xa = keys.map((k) => a.get(k)!.scores.flywheel[metric]);
    const xb = keys.map((k) => b.get(k)!.scores.flywheel[metric]);
    const [lo, hi] = pairedInterval(xb, xa);
    const gained = xb.filter((x, i) => x > xa[i]).length;
    const lost = xb.filter((x, i) => x < xa[i]).length;
    cells.push(`${metric} ${pct(mean(xa))} → ${pct(mean(xb))} Δ ${pct(mean(xb) - mean(xa))} [${pct(lo)}, ${pct(hi)}] +${gained} −${lost}`);
  }
  const best = Math.max(...['jaccard50', 'jaccard20'].map((s) => mean(keys.map((k) => a.get(k)!.scores[s].line))));
  const under = (run: Map<string, { scores: Scores }>): string => (mean(keys.map((k) => run.get(k)!.scores.flywheel.line)) < best ? 'under' : 'at or over');
  cells.push(`best window line ${pct(best)}: A ${under(a)}, B ${under(b)}`);
  return cells.join('  ');
}

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) throw new Error('usage: pairedRuns.ts A.log B.log (each a --verbose run of the bench)');
const a = readRun(fileA);
const b = readRun(fileB);
const keys = [...a.keys()].filter((k) => b.has(k));
if (keys.length < a.size || keys.length < b.size) console.log(`paired on ${keys.length} points (A ${a.size}, B ${b.size})`);
const corpora = [...new Set(keys.map((k) => a.get(k)!.corpus))];
for (const corpus of corpora) console.log(compare(corpus, keys.filter((k) => a.get(k)!.corpus === corpus), a, b));
console.log(compare('overall', keys, a, b));
