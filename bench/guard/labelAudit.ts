// `npx tsx bench/guard/labelAudit.ts [--json]` (thirty-ninth round, guardlabel1): the detector splits' labels audited item by
// item where the redactor and the label disagree, joined with a fresh run of the redactor. The audit
// (corpus/holdout-label-audit.jsonl, held-out area) holds one line per audited item — split, the SHA-256 of its text, a class
// and the reason with its citation — never the text:
//   A  a credential by the source's own words or by a format's document (another kind's, or declined only for the rule's scope),
//   B  a look-alike (placeholder, reference, public value, identifier, hash, prose) or, for a secret item, an example the source
//      itself does not flag or a placeholder by the placeholder policy,
//   C  cannot tell.
// Per split and pooled: clean false positives as labelled, with class A set apart (a credential is not a clean item: it leaves
// the numerator and the denominator) and with A and C apart (every C counted a credential: the lower bound); recall as
// labelled and with the B secret items apart. Items the run disagrees on that have no audit line are counted as unaudited; audit
// lines no disagreeing item matches are stale. Counts only: no item is printed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wilsonInterval } from '../proportionInterval';
import { isRedacted } from './redactionScore';
import { readExternalCorpus } from './splitReport';
import { redactSecrets } from '../../src/core/guard/secretRedactor';

export type AuditClass = 'A' | 'B' | 'C';
/** Which disagreement an audit line reads: a clean item the redactor redacts, or a secret item it misses. */
export type AuditDirection = 'clean-redacted' | 'secret-missed';

export interface AuditLine {
  readonly direction: AuditDirection;
  readonly split: string;
  readonly sha256: string;
  readonly class: AuditClass;
  readonly reason: string;
}

/** One scored item: `disagrees` is a clean item redacted or a secret item missed. */
export interface ScoredItem {
  readonly split: string;
  readonly text: string;
  readonly label: 'secret' | 'clean';
  readonly disagrees: boolean;
}

export interface Share {
  readonly k: number;
  readonly n: number;
  readonly interval: [number, number];
}

export interface AuditRow {
  readonly split: string;
  readonly cleanItems: number;
  readonly flagged: number;
  readonly flaggedByClass: Record<AuditClass, number>;
  readonly secretItems: number;
  readonly missed: number;
  readonly missedByClass: Record<AuditClass, number>;
  /** Redacted clean items / missed secret items with no audit line. */
  readonly unauditedFlagged: number;
  readonly unauditedMissed: number;
  readonly fpAsLabelled: Share;
  readonly fpAApart: Share;
  readonly fpACApart: Share;
  readonly recallAsLabelled: Share;
  readonly recallBApart: Share;
}

export const auditFile = join(__dirname, 'corpus', 'holdout-label-audit.jsonl');

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readAudit(file = auditFile): AuditLine[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as AuditLine);
}

const share = (k: number, n: number): Share => ({ k, n, interval: wilsonInterval(k, n) });
const none = (): Record<AuditClass, number> => ({ A: 0, B: 0, C: 0 });
const key = (direction: AuditDirection, split: string, sha256: string) => `${direction}\u0000${split}\u0000${sha256}`;

/** The audit joined with a run's items, for each named group of splits (a group of one split is that split's row). */
export function auditFigures(items: readonly ScoredItem[], audit: readonly AuditLine[], groups: ReadonlyArray<readonly [string, readonly string[]]>): { rows: AuditRow[]; stale: number } {
  const byKey = new Map(audit.map((a) => [key(a.direction, a.split, a.sha256), a]));
  const matched = new Set<string>();
  const rows = groups.map(([name, splits]) => {
    const inGroup = items.filter((i) => splits.includes(i.split));
    const flaggedByClass = none();
    const missedByClass = none();
    let unauditedFlagged = 0;
    let unauditedMissed = 0;
    for (const item of inGroup.filter((i) => i.disagrees)) {
      const k = key(item.label === 'clean' ? 'clean-redacted' : 'secret-missed', item.split, textHash(item.text));
      const line = byKey.get(k);
      if (!line) {
        if (item.label === 'clean') unauditedFlagged++;
        else unauditedMissed++;
        continue;
      }
      matched.add(k);
      (item.label === 'clean' ? flaggedByClass : missedByClass)[line.class]++;
    }
    const clean = inGroup.filter((i) => i.label === 'clean');
    const secret = inGroup.filter((i) => i.label === 'secret');
    const flagged = clean.filter((i) => i.disagrees).length;
    const missed = secret.filter((i) => i.disagrees).length;
    const found = secret.length - missed;
    const { A, C } = flaggedByClass;
    return {
      split: name, cleanItems: clean.length, flagged, flaggedByClass, secretItems: secret.length, missed, missedByClass, unauditedFlagged, unauditedMissed,
      fpAsLabelled: share(flagged, clean.length),
      fpAApart: share(flagged - A, clean.length - A),
      fpACApart: share(flagged - A - C, clean.length - A - C),
      recallAsLabelled: share(found, secret.length),
      recallBApart: share(found, secret.length - missedByClass.B),
    };
  });
  return { rows, stale: audit.filter((a) => !matched.has(key(a.direction, a.split, a.sha256))).length };
}

const OLDER = ['holdout', ...Array.from({ length: 11 }, (_, i) => `holdout${i + 2}`)];
const NEWER = ['holdout46', 'holdout47', 'holdout48', 'holdout49'];

function main(): void {
  const audited = new Set([...OLDER, ...NEWER]);
  const items: ScoredItem[] = readExternalCorpus()
    .filter((i) => audited.has(i.split) && !i.note && i.label !== 'stress')
    .map((i) => {
      const result = redactSecrets(i.text);
      const label = i.label as 'secret' | 'clean';
      return { split: i.split, text: i.text, label, disagrees: label === 'clean' ? result.count > 0 : !isRedacted(i, result) };
    });
  const groups: Array<readonly [string, readonly string[]]> = [
    ...[...OLDER, ...NEWER].map((s) => [s, [s]] as const),
    ['older twelve', OLDER], ['new four', NEWER], ['new four without holdout48', NEWER.filter((s) => s !== 'holdout48')], ['all sixteen', [...OLDER, ...NEWER]],
  ];
  const { rows, stale } = auditFigures(items, readAudit(), groups);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ rows, stale }));
    return;
  }
  const pct = (s: Share) => `${s.k}/${s.n} = ${((100 * s.k) / Math.max(1, s.n)).toFixed(1)}% [${(100 * s.interval[0]).toFixed(1)}, ${(100 * s.interval[1]).toFixed(1)}]`;
  const classes = (c: Record<AuditClass, number>) => `A ${c.A} B ${c.B} C ${c.C}`;
  for (const r of rows) {
    console.log(`${r.split}: clean FP as labelled ${pct(r.fpAsLabelled)}; A apart ${pct(r.fpAApart)}; A and C apart ${pct(r.fpACApart)} (redacted clean: ${classes(r.flaggedByClass)})`);
    if (r.missedByClass.A + r.missedByClass.B + r.missedByClass.C > 0) {
      console.log(`  recall as labelled ${pct(r.recallAsLabelled)}; B apart ${pct(r.recallBApart)} (missed secret: ${classes(r.missedByClass)})`);
    }
    if (r.unauditedFlagged || (r.unauditedMissed && r.unauditedMissed < r.missed)) {
      console.log(`  no audit line: ${r.unauditedFlagged} redacted clean, ${r.unauditedMissed} of ${r.missed} missed secret`);
    }
  }
  console.log(`audit lines no disagreeing item matches (stale): ${stale}`);
}

if (require.main === module) main();
