import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalQuantile, TriggerGuard } from '../../../src/core/feedback/triggerGuard';

/** Decisions spread over probabilities 0.01 … 0.99, as a model would give them. */
function noteSpread(guard: TriggerGuard, rounds: number): void {
  for (let r = 0; r < rounds; r++) for (let p = 0.01; p < 1; p += 0.02) guard.noteDecision(p);
}

/** Outcomes outside the rule that come out as the model predicted (one accept in every 1/p at probability p). */
function recordAsPredicted(guard: TriggerGuard, p: number, n: number): void {
  for (let i = 0; i < n; i++) guard.record(i % Math.round(1 / p) === 0, p);
}

/** A tenth of the decisions after `)`, the rest rated 30-50 %. */
function noteStudyMix(guard: TriggerGuard, rounds = 10): void {
  for (let r = 0; r < rounds; r++) {
    guard.noteDecision(0.1, 'closer');
    for (let k = 0; k < 9; k++) guard.noteDecision(0.3 + (k % 5) * 0.05);
  }
}

test('closed until the user has rejected a few suggestions: nothing is skipped before', () => {
  const guard = new TriggerGuard({ minRejections: 3 });
  noteSpread(guard, 3);
  for (let i = 0; i < 50; i++) guard.record(true, 0.5);
  assert.equal(guard.open, false);
  assert.equal(guard.threshold, 0);
  guard.record(false, 0.5);
  guard.record(false, 0.5);
  assert.equal(guard.threshold, 0);
  guard.record(false, 0.5);
  assert.equal(guard.open, true);
  assert.ok(guard.threshold > 0);
});

test('the threshold skips at most the allowed share of accepts, costing them at the upper bound of the calibration', () => {
  const guard = new TriggerGuard({ minRejections: 0, keepTarget: 0.95, memory: 1e9 });
  noteSpread(guard, 40);
  const t = guard.threshold;
  assert.ok(t > 0, 'room to skip');
  // Every probability was noted equally often (no decay with this memory): skipped ones count at the bound, kept ones at the mean.
  let below = 0;
  let above = 0;
  for (let p = 0.01; p < 1; p += 0.02) {
    if (p < t) below += guard.upperBound(p);
    else above += guard.calibrated(p);
    assert.ok(guard.upperBound(p) > guard.calibrated(p));
  }
  assert.ok(below / (below + above) <= 0.05 + 1e-3, `skips ${(100 * below) / (below + above)} % of accepts`);
  const stricter = new TriggerGuard({ minRejections: 0, keepTarget: 0.99 });
  noteSpread(stricter, 40);
  assert.ok(stricter.threshold < t);
  const looser = new TriggerGuard({ minRejections: 0, keepTarget: 0.95, modelConfidence: 0.6 });
  noteSpread(looser, 40);
  assert.ok(looser.threshold > t, `a lower confidence holds less of the budget back: ${looser.threshold} vs ${t}`);
});

test('the bound loosens as evidence that the ratings are right accumulates', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  noteSpread(guard, 40);
  const early = guard.threshold;
  const earlyBound = guard.upperBound(0.05);
  for (const p of [0.05, 0.1, 0.3, 0.6, 0.9]) recordAsPredicted(guard, p, 200);
  assert.ok(guard.upperBound(0.05) < earlyBound, `upper bound at 5 % ${earlyBound} → ${guard.upperBound(0.05)}`);
  assert.ok(guard.threshold > early, `threshold ${early} → ${guard.threshold}`);
});

test('backs off when suggestions it rated low are accepted: kept accepts falling lower the threshold', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  noteSpread(guard, 40);
  for (const p of [0.05, 0.1, 0.3, 0.6, 0.9]) recordAsPredicted(guard, p, 100);
  const before = guard.threshold;
  // Suggestions rated 5 % come back accepted half the time.
  for (let i = 0; i < 30; i++) guard.record(i % 2 === 0, 0.05);
  const after = guard.threshold;
  assert.ok(after < before, `threshold ${before} → ${after}`);
  // And recovers when the low range turns out as predicted again.
  for (const p of [0.05, 0.1, 0.3, 0.6, 0.9]) recordAsPredicted(guard, p, 300);
  assert.ok(guard.threshold > after);
});

test('on day one, with no outcomes, the rule\'s strong part is skipped when its contexts are as common as in public data', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  noteStudyMix(guard);
  assert.equal(guard.skipsRule('closer'), true);
  // Where a third of the decisions come after `)`, skipping them all could cost a tenth of accepts.
  const crowded = new TriggerGuard({ minRejections: 0 });
  for (let r = 0; r < 30; r++) {
    crowded.noteDecision(0.1, 'closer');
    crowded.noteDecision(0.3);
    crowded.noteDecision(0.4);
  }
  assert.equal(crowded.skipsRule('closer'), false);
});

test('a user who accepts in the rule\'s contexts takes them back from the budget; rejections there earn it back', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  noteStudyMix(guard);
  assert.equal(guard.skipsRule('closer'), true);
  for (let i = 0; i < 12; i++) guard.record(i % 2 === 0, 0.1, 'closer');
  assert.ok(guard.ruleRate('closer').mean > 0.15, `rate ${guard.ruleRate('closer').mean}`);
  assert.equal(guard.skipsRule('closer'), false);
  for (let i = 0; i < 60; i++) guard.record(false, 0.1, 'closer');
  assert.equal(guard.skipsRule('closer'), true);
});

test('the rule\'s weak part (after `}`, fast mid-word) is left to the user\'s own outcomes', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  for (let r = 0; r < 10; r++) {
    guard.noteDecision(0.1, 'weak');
    guard.noteDecision(0.1, 'weak');
    for (let k = 0; k < 8; k++) guard.noteDecision(0.3 + (k % 5) * 0.05);
  }
  assert.equal(guard.skipsRule('weak'), false, 'a fifth of the decisions, on a weak prior');
  for (let i = 0; i < 40; i++) guard.record(false, 0.1, 'weak');
  assert.equal(guard.skipsRule('weak'), true, 'once the user has rejected there');
});

test('never skips what the model finds likelier than the cap', () => {
  const guard = new TriggerGuard({ minRejections: 0, keepTarget: 0.5, maxThreshold: 0.3 });
  noteSpread(guard, 4);
  assert.ok(guard.threshold > 0 && guard.threshold <= 0.3);
});

test('probes a small, reproducible share of would-be skips', () => {
  const a = new TriggerGuard({ exploration: 0.1, seed: 4 });
  const b = new TriggerGuard({ exploration: 0.1, seed: 4 });
  const probesA = Array.from({ length: 2000 }, () => a.probe());
  const probesB = Array.from({ length: 2000 }, () => b.probe());
  assert.deepEqual(probesA, probesB);
  const share = probesA.filter(Boolean).length / probesA.length;
  assert.ok(share > 0.07 && share < 0.13, `probe share ${share}`);
});

test('its state restores the same decisions', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  noteSpread(guard, 2);
  guard.noteDecision(0.1, 'closer');
  guard.record(true, 0.1);
  guard.record(false, 0.3);
  guard.record(false, 0.1, 'closer');
  const restored = new TriggerGuard({ minRejections: 0 }, JSON.parse(JSON.stringify(guard.toState())));
  assert.equal(restored.threshold, guard.threshold);
  assert.equal(restored.skipsRule('closer'), guard.skipsRule('closer'));
  assert.deepEqual(restored.ruleRate('closer'), guard.ruleRate('closer'));
});

test('spends the budget on the rule\'s contexts first, then on the rest', () => {
  const withRule = new TriggerGuard({ minRejections: 0 });
  const without = new TriggerGuard({ minRejections: 0 });
  for (let r = 0; r < 40; r++) {
    for (let p = 0.01; p < 1; p += 0.02) {
      withRule.noteDecision(p);
      without.noteDecision(p);
    }
    for (let k = 0; k < 3; k++) {
      withRule.noteDecision(0.1, 'closer');
      without.noteDecision(0.1);
    }
  }
  assert.equal(withRule.skipsRule('closer'), true);
  assert.ok(withRule.threshold < without.threshold, `the rest gets what the rule left: ${withRule.threshold} vs ${without.threshold}`);
});

test('the normal quantile', () => {
  assert.ok(Math.abs(normalQuantile(0.5)) < 1e-3);
  assert.ok(Math.abs(normalQuantile(0.8) - 0.8416) < 1e-3);
  assert.ok(Math.abs(normalQuantile(0.025) + 1.96) < 1e-3);
  assert.throws(() => normalQuantile(1));
});
