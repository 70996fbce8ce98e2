// `npx tsx bench/guard/dumbControlReport.ts [--no-lookalikes] [--variants] [--json]`: the redactor beside the dumb controls
// (dumbControls.ts) on the same items, counted as `--quality-only --json` counts them (`isRedacted`; a clean item is a
// false positive when anything in it is redacted; items with a note scored apart there, left out here; stress items
// only timed there, left out here): per split recall and clean FP with Wilson intervals, the pools (the older twelve
// holdouts, holdout13, the fresh ones from holdout14 on — a split added to SPLITS later joins them — tune, and the vendor
// formats), a verdict per pool and control with McNemar's exact paired p beside and both read at the lower FP of the two
// (the other thinned at random: controlComparison.ts), and the spans each redacts on the real
// trees nobody labelled that `lookalikeScan.ts` reads (this repository's node_modules, --system's, --languages').
// --variants adds the sensitivity grid (controlVariants.ts) read on the pools, a line a variant, and the splits where one beats
// the redactor. Aggregate counts only: no item of any split is printed or kept past its count.
import { wilsonInterval } from '../proportionInterval';
import { bundled } from './bundledRedactor';
import { addCounts, mcnemarP, tally, atLowerFp, verdict, type Outcome, type PairCounts } from './controlComparison';
import { vendorFormatCorpus } from './corpus/vendorFormats';
import { CONTROL_VARIANTS } from './controlVariants';
import { DUMB_CONTROLS, redactWithControl, type DumbControl } from './dumbControls';
import { LANGUAGE_TREES } from './languageTrees';
import { isRedacted, type CorpusItem } from './redactionScore';
import { readExternalCorpus, SPLITS, type ExternalItem, type Split } from './splitReport';
import { SYSTEM_TREES, readText, textFiles } from './textTrees';
import { existsSync } from 'node:fs';
import { redactSecrets } from '../../src/core/guard/secretRedactor';

const splitNumber = (s: Split) => (s === 'tune' ? 0 : s === 'holdout' ? 1 : Number(s.slice('holdout'.length)));
export const POOLS: { name: string; splits: Split[] }[] = [
  { name: 'older twelve (holdout, holdout2–12)', splits: SPLITS.filter((s) => splitNumber(s) >= 1 && splitNumber(s) <= 12) },
  { name: 'holdout13', splits: ['holdout13'] },
  { name: `fresh (holdout14–${splitNumber(SPLITS[SPLITS.length - 1]!)})`, splits: SPLITS.filter((s) => splitNumber(s) >= 14) },
  { name: 'tune', splits: ['tune'] },
];

function* outcomes(items: Iterable<CorpusItem>, controls: readonly DumbControl[] = DUMB_CONTROLS): Generator<Outcome> {
  for (const item of items) {
    if (item.label === 'stress') continue;
    const judge = (r: { text: string; count: number; redactions: readonly { start: number; end: number; kind: string }[] }) =>
      item.label === 'clean' ? r.count === 0 : isRedacted(item, r);
    yield { label: item.label, redactorRight: judge(redactSecrets(item.text)), controlRight: controls.map((c) => judge(redactWithControl(c, item.text))) };
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ratio = (k: number, n: number) => `${k}/${n} = ${pct(n ? k / n : 0)} [${wilsonInterval(k, n).map((x) => (100 * x).toFixed(1)).join(', ')}]`;
const p = (x: number) => (x < 0.001 ? 'p<0.001' : `p=${x.toFixed(3)}`);

function poolTable(name: string, c: PairCounts): string[] {
  const lines = [`### ${name}: ${c.secretItems} secret items, ${c.cleanItems} clean`, '',
    '| | recall (Wilson 95%) | clean FP (Wilson 95%) | secret items only the redactor / only the control redacts | clean items only the redactor / only the control leaves | verdict | at the lower FP of the two, the other thinned at random: recall redactor vs control |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| **redactor** | ${ratio(c.redacted, c.secretItems)} | ${ratio(c.falsePositives, c.cleanItems)} | | | | |`];
  const r = rates(c.redacted, c.falsePositives, c);
  DUMB_CONTROLS.forEach((control, i) => {
    const k = c.controls[i]!;
    const rc = rates(k.redacted, k.falsePositives, c);
    const low = atLowerFp(r, rc);
    lines.push(`| ${control.name} | ${ratio(k.redacted, c.secretItems)} | ${ratio(k.falsePositives, c.cleanItems)} | ${k.recallOnlyRedactor} / ${k.recallOnlyControl} (${p(mcnemarP(k.recallOnlyRedactor, k.recallOnlyControl))}) | ${k.cleanOnlyRedactor} / ${k.cleanOnlyControl} (${p(mcnemarP(k.cleanOnlyRedactor, k.cleanOnlyControl))}) | ${verdict(r, rc)} | at ${pct(low.fp)}: ${pct(low.redactor)} vs ${pct(low.control)}${low.control > low.redactor ? ' **the control above**' : ''} |`);
  });
  return [...lines, ''];
}

function splitTable(bySplit: Map<Split, PairCounts>): string[] {
  const cell = (k: number, n: number) => `${k}/${n} ${pct(n ? k / n : 0)} [${wilsonInterval(k, n).map((x) => (100 * x).toFixed(0)).join('–')}]`;
  const lines = ['### Per split: recall · clean FP (Wilson 95%)', '', `| split | redactor | ${DUMB_CONTROLS.map((c) => c.name).join(' | ')} |`, `| --- | --- |${DUMB_CONTROLS.map(() => ' --- |').join('')}`];
  for (const [split, c] of bySplit) {
    lines.push(`| ${split} | ${cell(c.redacted, c.secretItems)} · ${cell(c.falsePositives, c.cleanItems)} | ${c.controls.map((k) => `${cell(k.redacted, c.secretItems)} · ${cell(k.falsePositives, c.cleanItems)}`).join(' | ')} |`);
  }
  return [...lines, ''];
}

const rates = (redacted: number, falsePositives: number, c: PairCounts) => ({ recall: redacted / (c.secretItems || 1), fp: falsePositives / (c.cleanItems || 1) });

/** The control above the redactor when both are read at the lower FP of the two; not when that FP is 0, where the one at 0
 * is compared with the other thinned to nothing (on a split of 20 clean items, 0/20 against 1/20 would decide it). */
const aboveAtLowerFp = (low: { fp: number; redactor: number; control: number }) => low.fp > 0 && low.control > low.redactor;

/** Per split, each control's verdict in a word: R the redactor beats it, C the control beats the redactor, ~ neither (and
 * whether the control reaches more recall when both are read at the lower FP of the two), = a tie; McNemar's p where a control beats it. */
function splitVerdicts(bySplit: Map<Split, PairCounts>): string[] {
  const lines = ['### Per split: verdicts (R the redactor beats the control, C the control beats the redactor, ~ neither, = tie)', '',
    `| split | ${DUMB_CONTROLS.map((c) => c.name).join(' | ')} |`, `| --- |${DUMB_CONTROLS.map(() => ' --- |').join('')}`];
  for (const [split, c] of bySplit) {
    const r = rates(c.redacted, c.falsePositives, c);
    lines.push(`| ${split} | ${c.controls.map((k) => {
      const rc = rates(k.redacted, k.falsePositives, c);
      const v = verdict(r, rc);
      if (v === 'tie') return '=';
      if (v.startsWith('redactor')) return 'R';
      if (v.startsWith('CONTROL')) return `**C** (recall ${p(mcnemarP(k.recallOnlyRedactor, k.recallOnlyControl))}, FP ${p(mcnemarP(k.cleanOnlyRedactor, k.cleanOnlyControl))})`;
      const low = atLowerFp(r, rc);
      return aboveAtLowerFp(low) ? `~, **at FP ${pct(low.fp)} the control ${pct(low.control)} > ${pct(low.redactor)}**` : '~';
    }).join(' | ')} |`);
  }
  return [...lines, ''];
}

/** The grid: each variant on each pool, recall · FP and the verdict's word, then the splits where it beats the redactor. */
function variantTable(external: readonly ExternalItem[]): string[] {
  const n = CONTROL_VARIANTS.length;
  const bySplit = new Map(SPLITS.map((split) => [split, tally(outcomes(external.filter((i) => i.split === split), CONTROL_VARIANTS), n)] as const));
  const pools = [...POOLS.map(({ name, splits }) => ({ name, counts: splits.map((s) => bySplit.get(s)!).reduce(addCounts) })),
    { name: 'vendor', counts: tally(outcomes(vendorFormatCorpus(), CONTROL_VARIANTS), n) }];
  const word = (c: PairCounts, i: number) => {
    const r = rates(c.redacted, c.falsePositives, c);
    const k = c.controls[i]!;
    const rc = rates(k.redacted, k.falsePositives, c);
    const v = verdict(r, rc);
    const low = atLowerFp(r, rc);
    const code = v === 'tie' ? '=' : v.startsWith('redactor') ? 'R' : v.startsWith('CONTROL') ? '**C**' : aboveAtLowerFp(low) ? '**~ control above at the lower FP**' : '~';
    return { code, cell: `${pct(rc.recall)} · ${pct(rc.fp)} ${code}` };
  };
  const lines = ['### Sensitivity grid (controlVariants.ts): recall · clean FP and the verdict per pool', '',
    `| variant | ${pools.map((p) => p.name).join(' | ')} | splits where it beats the redactor (C) or is above it at the lower FP |`, `| --- |${pools.map(() => ' --- |').join('')} --- |`,
    `| **redactor** | ${pools.map(({ counts: c }) => `${pct(c.redacted / (c.secretItems || 1))} · ${pct(c.falsePositives / (c.cleanItems || 1))}`).join(' | ')} | |`];
  CONTROL_VARIANTS.forEach((variant, i) => {
    const wins = [...bySplit].flatMap(([split, c]) => {
      const { code } = word(c, i);
      return code === '**C**' ? [split] : code.includes('above') ? [`${split} (at the lower FP)`] : [];
    });
    lines.push(`| ${variant.name} | ${pools.map(({ counts }) => word(counts, i).cell).join(' | ')} | ${wins.join(', ')} |`);
  });
  return [...lines, ''];
}

interface TreeSpans { tree: string; files: number; mb: number; redactor: number; controls: number[] }

function lookalikeSpans(): { group: string; trees: TreeSpans[] }[] {
  const { findSecrets } = bundled();
  const groups = [
    { group: 'node_modules', roots: ['node_modules'] },
    { group: '--system', roots: SYSTEM_TREES.filter((t) => existsSync(t)) },
    { group: '--languages', roots: LANGUAGE_TREES.map((t) => t.path).filter((t) => existsSync(t)) },
  ];
  return groups.map(({ group, roots }) => ({
    group,
    trees: roots.map((tree) => {
      const t: TreeSpans = { tree, files: 0, mb: 0, redactor: 0, controls: DUMB_CONTROLS.map(() => 0) };
      for (const path of textFiles(tree)) {
        const buffer = readText(path);
        if (!buffer) continue;
        const text = buffer.toString('utf8');
        t.files++;
        t.mb += buffer.length / 1e6;
        t.redactor += findSecrets(text).length;
        DUMB_CONTROLS.forEach((c, i) => (t.controls[i]! += c.spans(text).length));
      }
      return t;
    }),
  }));
}

function lookalikeTable(groups: { group: string; trees: TreeSpans[] }[]): string[] {
  const lines = ['### Spans redacted on real code nobody labelled (lookalikeScan.ts\'s trees; nearly every span a false positive)', '',
    `| tree | files | MB | redactor | ${DUMB_CONTROLS.map((c) => c.name).join(' | ')} |`, `| --- | --- | --- | --- |${DUMB_CONTROLS.map(() => ' --- |').join('')}`];
  for (const { group, trees } of groups) {
    for (const t of trees) lines.push(`| ${t.tree} | ${t.files} | ${t.mb.toFixed(1)} | ${t.redactor} | ${t.controls.join(' | ')} |`);
    const sum = (f: (t: TreeSpans) => number) => trees.reduce((a, t) => a + f(t), 0);
    lines.push(`| **${group}** | ${sum((t) => t.files)} | ${sum((t) => t.mb).toFixed(1)} | **${sum((t) => t.redactor)}** | ${DUMB_CONTROLS.map((_, i) => `**${sum((t) => t.controls[i]!)}**`).join(' | ')} |`);
  }
  return [...lines, ''];
}

function main(): void {
  const args = process.argv.slice(2);
  const external = readExternalCorpus().filter((i) => !i.note);
  const bySplit = new Map<Split, PairCounts>();
  for (const split of SPLITS) bySplit.set(split, tally(outcomes(external.filter((i) => i.split === split)), DUMB_CONTROLS.length));
  const pools = POOLS.map(({ name, splits }) => ({ name, counts: splits.map((s) => bySplit.get(s)!).reduce(addCounts) }));
  pools.push({ name: 'vendor formats (corpus/vendorFormats.ts)', counts: tally(outcomes(vendorFormatCorpus()), DUMB_CONTROLS.length) });
  for (const { name, counts } of pools) for (const line of poolTable(name, counts)) console.log(line);
  for (const line of [...splitTable(bySplit), ...splitVerdicts(bySplit)]) console.log(line);
  if (args.includes('--variants')) for (const line of variantTable(external)) console.log(line);
  const lookalikes = args.includes('--no-lookalikes') ? [] : lookalikeSpans();
  if (lookalikes.length) for (const line of lookalikeTable(lookalikes)) console.log(line);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ controls: DUMB_CONTROLS.map((c) => c.name), pools, splits: Object.fromEntries(bySplit), lookalikes }));
  }
}

if (require.main === module) main();
