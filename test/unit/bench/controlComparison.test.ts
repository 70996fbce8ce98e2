// The redactor beside a dumb control: counts tallied and pooled, the paired test, the verdict on the point estimates and
// the two read at the lower FP of the two, on outcomes written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCounts, atLowerFp, mcnemarP, tally, verdict } from '../../../bench/guard/controlComparison';

test('tally counts recall, false positives and the discordant items per control; pools add', () => {
  const c = tally([
    { label: 'secret', redactorRight: true, controlRight: [false, true] },
    { label: 'secret', redactorRight: false, controlRight: [true, true] },
    { label: 'clean', redactorRight: true, controlRight: [false, true] },
    { label: 'clean', redactorRight: false, controlRight: [true, false] },
  ], 2);
  assert.deepEqual({ s: c.secretItems, k: c.cleanItems, r: c.redacted, f: c.falsePositives }, { s: 2, k: 2, r: 1, f: 1 });
  assert.deepEqual(c.controls[0], { redacted: 1, falsePositives: 1, recallOnlyRedactor: 1, recallOnlyControl: 1, cleanOnlyRedactor: 1, cleanOnlyControl: 1 });
  assert.deepEqual(c.controls[1], { redacted: 2, falsePositives: 1, recallOnlyRedactor: 0, recallOnlyControl: 1, cleanOnlyRedactor: 0, cleanOnlyControl: 0 });
  const twice = addCounts(c, c);
  assert.equal(twice.secretItems, 4);
  assert.equal(twice.controls[1]!.recallOnlyControl, 2);
});

test("McNemar's exact p: 1 when the two agree, small when one side wins every discordant item", () => {
  assert.equal(mcnemarP(0, 0), 1);
  assert.equal(mcnemarP(3, 3), 1);
  assert.ok(Math.abs(mcnemarP(0, 5) - 2 / 32) < 1e-12);
  assert.ok(Math.abs(mcnemarP(1, 9) - (2 * 11) / 1024) < 1e-12);
  assert.ok(mcnemarP(0, 2000) < 1e-300 || mcnemarP(0, 2000) === 0);
});

test('the verdict: better on one figure and no worse on the other, either way, or neither', () => {
  assert.equal(verdict({ recall: 0.9, fp: 0.1 }, { recall: 0.8, fp: 0.2 }), 'redactor beats it on both');
  assert.equal(verdict({ recall: 0.9, fp: 0.1 }, { recall: 0.8, fp: 0.1 }), 'redactor beats it on recall at ≤ its FP');
  assert.equal(verdict({ recall: 0.8, fp: 0.1 }, { recall: 0.8, fp: 0.2 }), 'redactor beats it on FP at ≥ its recall');
  assert.equal(verdict({ recall: 0.4, fp: 0 }, { recall: 0.8, fp: 0 }), 'CONTROL BEATS THE REDACTOR on recall at ≤ its FP');
  assert.equal(verdict({ recall: 0.8, fp: 0.3 }, { recall: 0.9, fp: 0.1 }), 'CONTROL BEATS THE REDACTOR on both');
  assert.equal(verdict({ recall: 0.7, fp: 0.1 }, { recall: 0.8, fp: 0.6 }), 'neither: the control finds more, the redactor is cleaner');
  assert.equal(verdict({ recall: 0.8, fp: 0.6 }, { recall: 0.7, fp: 0.1 }), 'neither: the redactor finds more, the control is cleaner');
  assert.equal(verdict({ recall: 0.5, fp: 0.5 }, { recall: 0.5, fp: 0.5 }), 'tie');
});

test('both read at the lower FP of the two, the other thinned on its chord from the origin', () => {
  const a = atLowerFp({ recall: 0.5, fp: 0.1 }, { recall: 0.8, fp: 0.4 });
  assert.equal(a.fp, 0.1);
  assert.equal(a.redactor, 0.5);
  assert.ok(Math.abs(a.control - 0.2) < 1e-12);
  const b = atLowerFp({ recall: 0.6, fp: 0.02 }, { recall: 0.07, fp: 0.01 });
  assert.ok(Math.abs(b.redactor - 0.3) < 1e-12);
  assert.equal(b.control, 0.07);
  assert.deepEqual(atLowerFp({ recall: 0.4, fp: 0 }, { recall: 0.8, fp: 0.4 }), { fp: 0, redactor: 0.4, control: 0 });
  assert.deepEqual(atLowerFp({ recall: 0.4, fp: 0 }, { recall: 0.8, fp: 0 }), { fp: 0, redactor: 0.4, control: 0.8 });
});
