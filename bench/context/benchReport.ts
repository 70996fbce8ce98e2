// The context bench's report: a table per corpus, language and split, and the JSON last line
// (Flywheel, each baseline and the control; intervals on Flywheel minus the best baseline).
import { bootstrapInterval, mean, pairedInterval, percentileInterval } from './bootstrap';

export type Side = 'flywheel' | 'jaccard50' | 'jaccard20' | 'names_control';
export type Metric = 'definition_recall' | 'line_match' | 'identifier_recall';
export const METRICS: readonly Metric[] = ['definition_recall', 'line_match', 'identifier_recall'];
const BASELINES = ['jaccard50', 'jaccard20'] as const;

export interface PointResult {
  readonly corpus: string;
  readonly language: string;
  readonly split: string;
  readonly scores: Record<Side, Record<Metric, number>>;
}

function round(x: number, digits = 3): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function values(points: readonly PointResult[], side: Side, metric: Metric): number[] {
  return points.map((p) => p.scores[side][metric]);
}

/** The baseline with the higher mean on a metric over these points. */
function bestBaseline(points: readonly PointResult[], metric: Metric): (typeof BASELINES)[number] {
  return mean(values(points, 'jaccard50', metric)) >= mean(values(points, 'jaccard20', metric)) ? 'jaccard50' : 'jaccard20';
}

function summary(points: readonly PointResult[]): Record<string, unknown> {
  const side = (s: Side) => Object.fromEntries(METRICS.map((m) => [m, round(mean(values(points, s, m)))]));
  const ci95: Record<string, [number, number]> = {};
  for (const m of METRICS) {
    ci95[m] = bootstrapInterval(values(points, 'flywheel', m)).map((x) => round(x)) as [number, number];
    ci95[`${m}_delta`] = pairedInterval(values(points, 'flywheel', m), values(points, bestBaseline(points, m), m)).map((x) => round(x)) as [number, number];
  }
  return {
    points: points.length,
    flywheel: side('flywheel'),
    baselines: { jaccard50: side('jaccard50'), jaccard20: side('jaccard20'), names_control: side('names_control') },
    best_baseline: Object.fromEntries(METRICS.map((m) => [m, bestBaseline(points, m)])),
    ci95,
  };
}

function group<K extends keyof PointResult>(points: readonly PointResult[], key: K): Map<string, PointResult[]> {
  const out = new Map<string, PointResult[]>();
  for (const p of points) {
    const k = String(p[key]);
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return out;
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function row(label: string, points: readonly PointResult[]): string[] {
  const cells = [label, String(points.length)];
  for (const m of ['definition_recall', 'line_match'] as const) {
    const [lo, hi] = pairedInterval(values(points, 'flywheel', m), values(points, bestBaseline(points, m), m));
    cells.push(pct(mean(values(points, 'flywheel', m))), pct(mean(values(points, 'jaccard50', m))), pct(mean(values(points, 'jaccard20', m))), pct(mean(values(points, 'names_control', m))), `[${pct(lo)}, ${pct(hi)}]`);
  }
  cells.push(pct(mean(values(points, 'flywheel', 'identifier_recall'))), pct(mean(values(points, bestBaseline(points, 'identifier_recall'), 'identifier_recall'))), pct(mean(values(points, 'names_control', 'identifier_recall'))));
  return cells;
}

function printTable(rows: string[][]): void {
  const header = ['group', 'pts', 'def fw', 'j50', 'j20', 'names', 'Δdef 95%', 'line fw', 'j50', 'j20', 'names', 'Δline 95%', 'id fw', 'best', 'names'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  for (const r of all) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

export interface Timing {
  readonly ms: readonly number[];
  readonly cpuMs: readonly number[];
  /** Per stage of the context engine (its debug timings). */
  readonly stageMs: Readonly<Record<string, readonly number[]>>;
  /** The tree update the editor's change event does before the request (not the context stage). */
  readonly treeMs: readonly number[];
  /** One-minute load average at the start and at the end of the run. */
  readonly load: readonly [number, number];
  readonly baselineMs: Readonly<Record<string, readonly number[]>>;
}

export function report(points: readonly PointResult[], timing: Timing, options: { budgetTokens: number; openFiles: number; pointsPerCorpus: number; asJson: boolean }): void {
  const time = (xs: readonly number[]) => ({ p50_ms: round(percentile(xs, 50), 2), p95_ms: round(percentile(xs, 95), 2) });
  const cpu = { p50_cpu_ms: round(percentile(timing.cpuMs, 50), 2), p95_cpu_ms: round(percentile(timing.cpuMs, 95), 2) };
  const ci = (xs: readonly number[], p: number) => percentileInterval(xs, p).map((x) => round(x, 2)) as [number, number];
  const intervals = { p50_ms_ci95: ci(timing.ms, 50), p95_ms_ci95: ci(timing.ms, 95), p50_cpu_ms_ci95: ci(timing.cpuMs, 50), p95_cpu_ms_ci95: ci(timing.cpuMs, 95) };
  const tree = { tree_update_p50_ms: round(percentile(timing.treeMs, 50), 2), tree_update_p95_ms: round(percentile(timing.treeMs, 95), 2) };
  console.log(
    `context stage (time-budget mode, ${timing.ms.length} points, load average ${timing.load[0]} → ${timing.load[1]}): ` +
      `p50 ${time(timing.ms).p50_ms} ms [${intervals.p50_ms_ci95.join(', ')}], p95 ${time(timing.ms).p95_ms} ms [${intervals.p95_ms_ci95.join(', ')}] wall; ` +
      `p50 ${cpu.p50_cpu_ms} ms [${intervals.p50_cpu_ms_ci95.join(', ')}], p95 ${cpu.p95_cpu_ms} ms [${intervals.p95_cpu_ms_ci95.join(', ')}] CPU (bootstrap 95%); ` +
      `jaccard50 p95 ${time(timing.baselineMs.jaccard50).p95_ms} ms, jaccard20 p95 ${time(timing.baselineMs.jaccard20).p95_ms} ms`,
  );
  const stages = Object.entries(timing.stageMs).map(([stage, xs]) => `${stage} ${round(percentile(xs, 50), 2)}/${round(percentile(xs, 95), 2)}`);
  console.log(`  by stage, p50/p95 ms wall: ${stages.join(', ')}; before it, the tree update on the editor's change event ${tree.tree_update_p50_ms}/${tree.tree_update_p95_ms}`);
  if (points.length === 0) {
    // --timing-only: no quality pass was run.
    if (options.asJson) console.log(JSON.stringify({ budget: options.budgetTokens, open_files: options.openFiles, flywheel: { ...time(timing.ms), ...cpu, ...intervals, ...tree }, load_average: timing.load }));
    return;
  }
  const rows: string[][] = [];
  for (const [name, list] of group(points, 'corpus')) rows.push(row(`${name} (${list[0].split})`, list));
  for (const [name, list] of group(points, 'language')) rows.push(row(`all ${name}`, list));
  for (const [name, list] of group(points, 'split')) rows.push(row(`split ${name}`, list));
  rows.push(row('overall', points));
  console.log(`context budget ${options.budgetTokens} tokens, ${options.openFiles} open files, up to ${options.pointsPerCorpus} points per corpus; metrics in %, Δ = Flywheel − best baseline (bootstrap 95%)`);
  printTable(rows);
  if (!options.asJson) return;
  const all = summary(points) as { flywheel: Record<string, number>; baselines: Record<string, Record<string, number>>; ci95: Record<string, [number, number]> };
  const json = {
    points: points.length,
    budget: options.budgetTokens,
    flywheel: { ...all.flywheel, ...time(timing.ms), ...cpu },
    load_average: timing.load,
    baselines: {
      jaccard50: { ...all.baselines.jaccard50, ...time(timing.baselineMs.jaccard50) },
      jaccard20: { ...all.baselines.jaccard20, ...time(timing.baselineMs.jaccard20) },
      names_control: all.baselines.names_control,
    },
    ci95: all.ci95,
    by_language: Object.fromEntries([...group(points, 'language')].map(([k, list]) => [k, summary(list)])),
    by_split: Object.fromEntries([...group(points, 'split')].map(([k, list]) => [k, summary(list)])),
  };
  console.log(JSON.stringify(json));
}
