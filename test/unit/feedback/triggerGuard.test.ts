import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TriggerGuard } from '../../../src/core/feedback/triggerGuard';

/** Decisions spread over probabilities 0.01 … 0.99, as a model would give them. */
function noteSpread(guard: TriggerGuard, rounds: number): void {
  for (let r = 0; r < rounds; r++) for (let p = 0.01; p < 1; p += 0.02) guard.noteDecision(p);
}

test('closed until the user has rejected a few suggestions: nothing is skipped before', () => {
  const guard = new TriggerGuard({ minRejections: 3 });
  noteSpread(guard, 3);
  for (let i = 0; i < 50; i++) guard.record(true, 0.05);
  assert.equal(guard.open, false);
  assert.equal(guard.threshold, 0);
  guard.record(false, 0.5);
  guard.record(false, 0.5);
  assert.equal(guard.threshold, 0);
  guard.record(false, 0.5);
  assert.equal(guard.open, true);
  assert.ok(guard.threshold > 0);
});

test('the threshold skips at most the allowed share of the expected accepts', () => {
  const guard = new TriggerGuard({ minRejections: 0, keepTarget: 0.95, thresholdMargin: 0 });
  noteSpread(guard, 4);
  const t = guard.threshold;
  // Expected accepts below t under calibrated probabilities, over all of them.
  let below = 0;
  let all = 0;
  for (let p = 0.01; p < 1; p += 0.02) {
    all += p;
    if (p < t) below += p;
  }
  assert.ok(below / all <= 0.05 + 1e-9, `skips ${(100 * below) / all} % of accepts`);
  assert.ok(t >= 0.2, `threshold ${t} leaves room to skip`);
  assert.ok(new TriggerGuard({ minRejections: 0, keepTarget: 0.99, thresholdMargin: 0 }).threshold <= t);
  const withMargin = new TriggerGuard({ minRejections: 0, keepTarget: 0.95, thresholdMargin: 0.03 });
  noteSpread(withMargin, 4);
  assert.ok(withMargin.threshold < t, 'the margin holds part of the budget back');
});

test('backs off when suggestions it rated low are accepted: kept accepts falling lower the threshold', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  noteSpread(guard, 4);
  const before = guard.threshold;
  // Probes in the low range come back accepted, far above the 5-15 % predicted.
  for (let i = 0; i < 12; i++) guard.record(true, 0.08);
  for (let i = 0; i < 4; i++) guard.record(false, 0.08);
  const after = guard.threshold;
  assert.ok(after < before, `threshold ${before} → ${after}`);
  // And recovers when the low range turns out as predicted again.
  for (let i = 0; i < 400; i++) guard.record(i % 12 === 0, 0.08);
  assert.ok(guard.threshold > after);
});

test('never skips what the model finds likelier than the cap', () => {
  const guard = new TriggerGuard({ minRejections: 0, keepTarget: 0.5, maxThreshold: 0.3 });
  noteSpread(guard, 4);
  assert.ok(guard.threshold <= 0.3);
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

test('its state restores the same threshold', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  noteSpread(guard, 2);
  guard.record(true, 0.1);
  guard.record(false, 0.3);
  const restored = new TriggerGuard({ minRejections: 0 }, JSON.parse(JSON.stringify(guard.toState())));
  assert.equal(restored.threshold, guard.threshold);
});

test('spends the budget on the rule\'s contexts first, then on the rest', () => {
  const guard = new TriggerGuard({ minRejections: 0, keepTarget: 0.95, thresholdMargin: 0 });
  // One suggestion in ten where the rule fires, rated 22 %; the rest spread 0.01 … 0.99.
  const note = (g: TriggerGuard, rule: boolean) => {
    for (let r = 0; r < 4; r++) {
      for (let p = 0.01; p < 1; p += 0.02) g.noteDecision(p);
      for (let k = 0; k < 5; k++) g.noteDecision(0.22, rule);
    }
  };
  note(guard, true);
  const alone = new TriggerGuard({ minRejections: 0, keepTarget: 0.95, thresholdMargin: 0 });
  note(alone, false);
  assert.ok(alone.threshold <= 0.22, `without the rule, the threshold ${alone.threshold} stops below them`);
  assert.ok(guard.ruleThreshold > 0.22, `rule threshold ${guard.ruleThreshold}: with it, its contexts are skipped first`);
  assert.ok(guard.threshold < alone.threshold, `the rest gets what the rule left: ${guard.threshold} vs ${alone.threshold}`);
});

test('does not spend on the rule where the user accepts: the rule is admitted only as far as it is cheap', () => {
  const guard = new TriggerGuard({ minRejections: 0 });
  for (let r = 0; r < 4; r++) {
    for (let p = 0.01; p < 1; p += 0.02) guard.noteDecision(p);
    for (let k = 0; k < 20; k++) guard.noteDecision(0.3, true);
  }
  // Rated 30 %, and a fifth of all decisions: skipping them would cost far more than 5 % of accepts.
  assert.ok(guard.ruleThreshold <= 0.3, `rule threshold ${guard.ruleThreshold}`);
});

test('carries what the user does at the low end of what is shown into the range it skips', () => {
  // Half the decisions are rated 0.5 % and would be skipped; what is shown is rated 30-70 %.
  const note = (g: TriggerGuard) => {
    for (let r = 0; r < 200; r++) {
      g.noteDecision(0.005);
      g.noteDecision(0.3 + (r % 5) * 0.1);
    }
  };
  const trusting = new TriggerGuard({ minRejections: 0, keepTarget: 0.9 });
  const surprised = new TriggerGuard({ minRejections: 0, keepTarget: 0.9 });
  note(trusting);
  note(surprised);
  for (let i = 0; i < 100; i++) {
    const p = 0.3 + (i % 5) * 0.1;
    trusting.record(i % 100 < p * 100, p);
    // Accepts at least half of what is shown, whatever its rating: the model's confidence is wrong.
    surprised.record(i % 2 === 0 || i % 100 < p * 100, p);
  }
  assert.ok(trusting.threshold > 0.005, `as predicted: the 0.5 % decisions are skipped (threshold ${trusting.threshold})`);
  assert.ok(surprised.threshold <= 0.005, `flatter than predicted: they are kept (threshold ${surprised.threshold})`);
});
