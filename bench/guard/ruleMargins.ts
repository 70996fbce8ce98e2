// `npx tsx bench/guard/ruleMargins.ts [--top N] [--no-system]`: each rule's marginal effect, the
// redactor run with every rule and again without that one. Recall a rule alone buys: secret items
// redacted with it and not without it (tune split, vendor formats). False positives a rule alone
// causes: clean items redacted with it and left without it (tune split, vendor formats' clean items,
// references in a secret's place, referenceLookalikes.ts) and files of the look-alike scan's trees
// (lookalikeScan.ts --system: node_modules and the system trees) that it alone makes redacted. An item two rules both redact counts
// for neither: the figure is what dropping the one rule would change. The holdouts are not read.
//
// Only the rules that added a span to an item are tried without it: a rule that found nothing there
// changes nothing by its absence (every rule reads the others' spans only as spans).
import { existsSync } from 'node:fs';
import { findSecrets, secretRules } from '../../src/core/guard/secretRedactor';
import type { SecretRule, SecretSpan } from '../../src/core/guard/secretRule';
import { vendorFormatCorpus } from './corpus/vendorFormats';
import { grammarCells } from './grammarCells';
import { isRedacted, type CorpusItem } from './redactionScore';
import { referenceTexts } from './referenceLookalikes';
import { readExternalCorpus } from './splitReport';
import { readText, SYSTEM_TREES, textFiles } from './textTrees';

/** Per rule: items it found something in, and items whose outcome turns on it alone. */
export interface RuleMargin {
  /** Secret items it adds a span to / clean items it adds a span to. */
  readonly firesOnSecret: number;
  readonly firesOnClean: number;
  /** Secret items redacted with it and not without it. */
  readonly recallBought: number;
  /** Clean items redacted with it and left whole without it. */
  readonly fpCaused: number;
}

type Counts = { -readonly [K in keyof RuleMargin]: number };

/** The rules that added at least one span to `text` (the others cannot change what is found there). */
export function rulesThatFire(text: string, rules: readonly SecretRule[]): Set<string> {
  const fired = new Set<string>();
  const traced = tracedRules.get(rules) ?? trace(rules);
  current.fired = fired;
  findSecrets(text, traced);
  current.fired = undefined;
  return fired;
}

// The traced copy of a rule list is made once (the redactor's prefilter is cached per list).
const tracedRules = new WeakMap<readonly SecretRule[], readonly SecretRule[]>();
const current: { fired: Set<string> | undefined } = { fired: undefined };

function trace(rules: readonly SecretRule[]): readonly SecretRule[] {
  const traced = rules.map((rule): SecretRule => ({
    id: rule.id,
    keywords: rule.keywords,
    nearKeywords: rule.nearKeywords,
    afterOthers: rule.afterOthers,
    find(text, found, near) {
      const before = found.length;
      rule.find(text, found, near);
      if (found.length > before) current.fired?.add(rule.id);
    },
  }));
  tracedRules.set(rules, traced);
  return traced;
}

/** The rule list without one rule, made once per rule. */
export function withoutRule(rules: readonly SecretRule[], id: string): readonly SecretRule[] {
  let byId = reducedLists.get(rules);
  if (!byId) reducedLists.set(rules, (byId = new Map()));
  let list = byId.get(id);
  if (!list) byId.set(id, (list = rules.filter((r) => r.id !== id)));
  return list;
}

const reducedLists = new WeakMap<readonly SecretRule[], Map<string, readonly SecretRule[]>>();

/** As bench:guard scores an item: a secret item redacted (every occurrence ≥ 90% covered, none verbatim), a clean one touched. */
function outcome(item: CorpusItem, spans: readonly SecretSpan[]): boolean {
  if (item.label === 'clean') return spans.length > 0;
  let text = '';
  let cursor = 0;
  for (const s of spans) {
    text += `${item.text.slice(cursor, s.start)}[R]`;
    cursor = s.end;
  }
  text += item.text.slice(cursor);
  return isRedacted(item, { text, redactions: spans });
}

/** What a corpus holds and how much of it no single rule's absence would change (two rules each enough). */
export interface CorpusSummary {
  secret: number;
  clean: number;
  secretRedacted: number;
  secretShared: number;
  cleanRedacted: number;
  cleanShared: number;
}

/** Each rule's margin on `items` (stress items skipped), read in one pass (the items may be a stream of files). */
export function ruleMargins(items: Iterable<CorpusItem>, rules: readonly SecretRule[] = secretRules): { margins: Map<string, RuleMargin>; summary: CorpusSummary } {
  const margins = new Map<string, Counts>(rules.map((r) => [r.id, { firesOnSecret: 0, firesOnClean: 0, recallBought: 0, fpCaused: 0 }]));
  const summary: CorpusSummary = { secret: 0, clean: 0, secretRedacted: 0, secretShared: 0, cleanRedacted: 0, cleanShared: 0 };
  for (const item of items) {
    if (item.label === 'stress') continue;
    const clean = item.label === 'clean';
    if (clean) summary.clean++;
    else summary.secret++;
    const fired = rulesThatFire(item.text, rules);
    if (fired.size === 0) continue;
    const whole = outcome(item, findSecrets(item.text, rules));
    let alone = false;
    for (const id of fired) {
      const m = margins.get(id)!;
      if (clean) m.firesOnClean++;
      else m.firesOnSecret++;
      if (!whole || outcome(item, findSecrets(item.text, withoutRule(rules, id)))) continue;
      alone = true;
      if (clean) m.fpCaused++;
      else m.recallBought++;
    }
    if (!whole) continue;
    if (clean) summary.cleanRedacted++;
    else summary.secretRedacted++;
    if (!alone && clean) summary.cleanShared++;
    if (!alone && !clean) summary.secretShared++;
  }
  return { margins, summary };
}

/** The corpora the margins are read on: the tune split, vendor formats, references in a secret's place. */
export function ownCorpora(): Record<'tune' | 'vendor' | 'references', CorpusItem[]> {
  const tune = readExternalCorpus().filter((i) => i.split === 'tune' && !i.note);
  const references = referenceTexts(grammarCells).map((r): CorpusItem => ({ text: r.text, secrets: [], label: 'clean' }));
  return { tune, vendor: vendorFormatCorpus(), references };
}

/** The look-alike scan's trees with --system (node_modules and the system trees), each text file a clean item. */
export function* systemFiles(): Generator<CorpusItem> {
  for (const root of ['node_modules', ...SYSTEM_TREES.filter((t) => existsSync(t))]) {
    for (const path of textFiles(root)) {
      const buffer = readText(path);
      if (buffer) yield { text: buffer.toString('utf8'), secrets: [], label: 'clean' };
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt === -1 ? 15 : Number(args[topAt + 1]);
  const corpora: Record<string, Iterable<CorpusItem>> = { ...ownCorpora() };
  if (!args.includes('--no-system')) corpora.system = systemFiles();
  const margins: Record<string, Map<string, RuleMargin>> = {};
  const names = Object.keys(corpora);
  for (const name of names) {
    const { margins: m, summary: s } = ruleMargins(corpora[name]!);
    margins[name] = m;
    console.log(`${name}: ${s.secret} secret items, ${s.secretRedacted} redacted (${s.secretShared} of them by no one rule alone); ${s.clean} clean, ${s.cleanRedacted} redacted (${s.cleanShared} by no one rule alone)`);
  }
  const rows = secretRules.map((r) => {
    const get = (name: string) => margins[name]?.get(r.id) ?? { firesOnSecret: 0, firesOnClean: 0, recallBought: 0, fpCaused: 0 };
    const fp = names.reduce((n, name) => n + get(name).fpCaused, 0);
    const bought = names.reduce((n, name) => n + get(name).recallBought, 0);
    const cells = names.map((name) => `${get(name).recallBought}/${get(name).firesOnSecret} ${get(name).fpCaused}/${get(name).firesOnClean}`);
    const touched = names.reduce((n, name) => n + get(name).firesOnClean, 0);
    return { id: r.id, fp, bought, touched, line: `${r.id.padEnd(36)} fp ${String(fp).padStart(4)}  bought ${String(bought).padStart(4)}  | ${cells.map((c, i) => `${names[i]} ${c}`).join('  ')}` };
  });
  console.log(`(per corpus: recall bought / secret items it fires on, false positives caused / clean items it fires on)`);
  console.log(`\nTop ${top} by false positives caused alone:`);
  for (const row of [...rows].sort((a, b) => b.fp - a.fp || b.touched - a.touched).slice(0, top)) console.log(row.line);
  console.log(`\nTop ${top} by recall bought alone:`);
  for (const row of [...rows].sort((a, b) => b.bought - a.bought || a.fp - b.fp).slice(0, top)) console.log(row.line);
  if (args.includes('--all')) {
    console.log('\nEvery rule:');
    for (const row of rows) console.log(row.line);
  }
}

if (require.main === module) main();
