// How well a screen's small-size ranking picks the inputs slowest at 1 MB (thirty-third round): the bench's
// repeats and every-line members are screened at 64 KB in one fresh process and only the slowest timed at
// 1 MB, so a member the screen ranks low is never timed where the headline reads it. Here every member is
// timed at 1 MB too (the reference: in fresh processes of `--chunk` members each, after a 4 KB warm-up pass,
// the fastest of two runs read as in the host's fast mode, as headlineSpeed.ts' `slowestFirst` reads them),
// and each screen is set beside it: Spearman's rank correlation and, for the reference's 10 slowest, where
// the screen ranked each. With `--screens-only` the reference is read from `--reference FILE` (written by an
// earlier run with `--out FILE`) and only the screens are timed, e.g. the bench's screen as it now is.
//
//   npx tsx bench/guard/screenAgreement.ts --kind repeats|every-line [--keep K (10)] [--old S (2)] [--new S (0)] [--screen-kb K (64)]
//     [--chunk C (100)] [--reference-top N (all)] [--only REGEX] [--out FILE] [--reference FILE --screens-only]
// --old: one-stage screens (the bench's before this round); --new: the two-stage screen (slowestScreen.ts) keeping K.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { everyLineUnits } from './everyLineSecrets';
import { repeatFamilies } from './linearity';
import { rankAtFullSize, rankAtScreen, screenSlowest, type RepeatedUnit } from './slowestScreen';

/** Spearman's rank correlation of two readings of the same names (no ties expected in CPU times). */
export function spearman(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const names = [...a.keys()].filter((n) => b.has(n));
  const rank = (m: ReadonlyMap<string, number>) => new Map([...names].sort((x, y) => m.get(y)! - m.get(x)!).map((n, i) => [n, i]));
  const ra = rank(a);
  const rb = rank(b);
  const n = names.length;
  const d2 = names.reduce((s, name) => s + (ra.get(name)! - rb.get(name)!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** The members, each text once under its first name (as the two-stage screen reads them). */
function unitsOf(kind: string, only?: RegExp): RepeatedUnit[] {
  if (kind !== 'repeats' && kind !== 'every-line') throw new Error('--kind is repeats or every-line');
  const members = kind === 'repeats' ? repeatFamilies().filter((f) => !only || only.test(`repeat ${f.name}`)) : everyLineUnits(only);
  const seen = new Set<string>();
  return members.filter((u) => !seen.has(u.unit) && seen.add(u.unit));
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
  const kind = option('--kind', 'repeats');
  const only = args.includes('--only') ? new RegExp(option('--only', '')) : undefined;
  const units = unitsOf(kind, only);
  // The bench's keep (guardBench.ts: 10 repeats, 30 every-line members): the reference's slowest this many are what a screen must not miss.
  const KEEP = Number(option('--keep', '10'));
  const screenBytes = Number(option('--screen-kb', '64')) * 1000;
  const load = loadavg()[0]!;
  const timed = (screen: () => RepeatedUnit[]) => {
    const t = performance.now();
    const order = screen().map((u) => u.name);
    return { order, seconds: (performance.now() - t) / 1000 };
  };
  // The screen before this round (one stage, the whole ranking) and the two-stage screen as the bench now runs it.
  const old = Array.from({ length: Number(option('--old', '2')) }, () => timed(() => rankAtScreen(units, screenBytes)));
  // The reference: every member, or (`--reference-top N`) those any one-stage screen ranked in its top N.
  const top = Number(option('--reference-top', String(units.length)));
  const referenced = units.filter((u) => old.length === 0 || old.some(({ order }) => order.indexOf(u.name) < top));
  const t0 = performance.now();
  const names = new Set(units.map((u) => u.name));
  const reference = args.includes('--screens-only')
    ? new Map(Object.entries(JSON.parse(readFileSync(option('--reference', ''), 'utf8')).reference as Record<string, number>).filter(([n]) => names.has(n)))
    : new Map(rankAtFullSize(referenced, Number(option('--chunk', '100'))).map((r) => [r.unit.name, r.msPerMb]));
  const referenceSeconds = (performance.now() - t0) / 1000;
  const refOrder = [...reference.keys()].sort((a, b) => reference.get(b)! - reference.get(a)!);
  const refTop = refOrder.slice(0, KEEP);
  const now = Array.from({ length: Number(option('--new', '0')) }, () => timed(() => screenSlowest(units, screenBytes, KEEP)));
  console.log(`${kind}: ${units.length} members; reference at 1 MB (${reference.size} members) ${referenceSeconds.toFixed(0)} s; one-stage screens at ${screenBytes / 1000} KB ${old.map((x) => x.seconds.toFixed(0)).join(', ')} s; two-stage (keep ${KEEP}) ${now.map((x) => x.seconds.toFixed(0)).join(', ')} s; load ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
  const asScores = (order: readonly string[]) => new Map(order.map((n, i) => [n, order.length - i]));
  old.forEach(({ order }, s) => {
    const rank = new Map(order.map((n, i) => [n, i + 1]));
    const within = (k: number) => refTop.filter((n) => rank.get(n)! <= k).length;
    console.log(`one-stage screen ${s + 1}: Spearman with the 1 MB reference ${spearman(asScores(order), reference).toFixed(3)}; of the reference's ${KEEP} slowest, in the screen's top ${KEEP}: ${within(KEEP)}, ${[2, 3, 4, 6].map((f) => `top ${f * KEEP}: ${within(f * KEEP)}`).join(', ')}`);
  });
  for (let s = 1; s < old.length; s++) console.log(`one-stage screen 1 vs ${s + 1}: Spearman ${spearman(asScores(old[0]!.order), asScores(old[s]!.order)).toFixed(3)}`);
  now.forEach(({ order }, s) => console.log(`two-stage screen ${s + 1}: of the reference's ${KEEP} slowest, kept: ${refTop.filter((n) => order.includes(n)).length}; kept: ${order.join('; ')}`));
  console.log(`the reference's 20 slowest at 1 MB (fast-mode CPU ms/MB): the one-stage screens' ranks${now.length > 0 ? ' | kept by the two-stage (k)' : ''}`);
  for (const n of refOrder.slice(0, 20)) console.log(`  ${reference.get(n)!.toFixed(1)} ${n}: ${old.map((o) => o.order.indexOf(n) + 1).join(' | ')}${now.map((x) => (x.order.includes(n) ? ' | k' : ' | -')).join('')}`);
  if (args.includes('--out')) writeFileSync(option('--out', ''), JSON.stringify({ kind, reference: Object.fromEntries(reference), old: old.map((x) => x.order), now: now.map((x) => x.order) }));
}
