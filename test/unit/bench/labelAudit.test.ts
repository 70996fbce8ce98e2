import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { auditFigures, textHash, type AuditLine, type ScoredItem } from '../../../bench/guard/labelAudit';

// A fixture of this test's own: two splits, texts made up here.
const clean = (split: string, text: string, disagrees: boolean): ScoredItem => ({ split, text, label: 'clean', disagrees });
const secret = (split: string, text: string, disagrees: boolean): ScoredItem => ({ split, text, label: 'secret', disagrees });
const line = (direction: AuditLine['direction'], split: string, text: string, cls: AuditLine['class']): AuditLine => ({
  direction, split, sha256: textHash(text), class: cls, reason: 'fixture',
});

const items: ScoredItem[] = [
  clean('s1', 'alpha note', true), // audited A
  clean('s1', 'beta note', true), // audited B
  clean('s1', 'gamma note', true), // audited C
  clean('s1', 'delta note', false),
  clean('s1', 'epsilon note', false),
  clean('s2', 'zeta note', true), // no audit line
  clean('s2', 'eta note', false),
  secret('s2', 'theta value', true), // missed, audited B
  secret('s2', 'iota value', true), // missed, audited A
  secret('s2', 'kappa value', false),
  secret('s2', 'lambda value', false),
];
const audit: AuditLine[] = [
  line('clean-redacted', 's1', 'alpha note', 'A'),
  line('clean-redacted', 's1', 'beta note', 'B'),
  line('clean-redacted', 's1', 'gamma note', 'C'),
  line('secret-missed', 's2', 'theta value', 'B'),
  line('secret-missed', 's2', 'iota value', 'A'),
  line('clean-redacted', 's2', 'no longer redacted', 'B'), // matches no disagreeing item: stale
  line('clean-redacted', 's2', 'theta value', 'A'), // the right text, the wrong direction: not joined
];

describe('label audit: the audit joined with a run by split, text hash and direction', () => {
  const { rows, stale } = auditFigures(items, audit, [['s1', ['s1']], ['s2', ['s2']], ['both', ['s1', 's2']]]);
  const [s1, s2, both] = rows;

  it('counts each redacted clean item under its class and sets A, then A and C, apart', () => {
    assert.deepEqual(s1.flaggedByClass, { A: 1, B: 1, C: 1 });
    assert.deepEqual([s1.fpAsLabelled.k, s1.fpAsLabelled.n], [3, 5]);
    assert.deepEqual([s1.fpAApart.k, s1.fpAApart.n], [2, 4]);
    assert.deepEqual([s1.fpACApart.k, s1.fpACApart.n], [1, 3]);
    assert.equal(s1.unauditedFlagged, 0);
  });

  it('counts a disagreeing item without an audit line as unaudited, and a line in the wrong direction does not join', () => {
    assert.equal(s2.unauditedFlagged, 1);
    assert.deepEqual(s2.flaggedByClass, { A: 0, B: 0, C: 0 });
    assert.deepEqual(s2.missedByClass, { A: 1, B: 1, C: 0 });
    assert.equal(stale, 2);
  });

  it('reads recall as labelled and with the B secret items apart', () => {
    assert.deepEqual([s2.recallAsLabelled.k, s2.recallAsLabelled.n], [2, 4]);
    assert.deepEqual([s2.recallBApart.k, s2.recallBApart.n], [2, 3]);
  });

  it('pools a group of splits and gives Wilson intervals around each share', () => {
    assert.deepEqual([both.fpAsLabelled.k, both.fpAsLabelled.n, both.fpAApart.k, both.fpAApart.n], [4, 7, 3, 6]);
    const [lo, hi] = both.fpAsLabelled.interval;
    assert.ok(lo < 4 / 7 && 4 / 7 < hi && lo > 0 && hi < 1);
  });
});
