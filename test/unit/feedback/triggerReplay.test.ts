import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TriggerExample } from '../../../src/core/feedback/adaptiveTrigger';
import type { TriggerFeatures } from '../../../src/core/feedback/feedbackEvents';
import { replayUser, rocAuc, skippedAtKept, summarizeReplays } from '../../../src/core/feedback/triggerReplay';
import { ruleSkips } from '../../../src/core/feedback/triggerRule';

const base: TriggerFeatures = { language: 'python', column: 12, atLineEnd: true, charBefore: '(', msSinceKeystroke: 600, lastOutcome: 'none', documentLength: 900, relativePosition: 0.6 };

test('AUC: perfect, reversed, ties and chance', () => {
  assert.equal(rocAuc(Float64Array.of(0.1, 0.2, 0.8, 0.9), Uint8Array.of(0, 0, 1, 1)), 1);
  assert.equal(rocAuc(Float64Array.of(0.9, 0.8, 0.2, 0.1), Uint8Array.of(0, 0, 1, 1)), 0);
  assert.equal(rocAuc(Float64Array.of(0.5, 0.5, 0.5, 0.5), Uint8Array.of(0, 1, 0, 1)), 0.5);
  assert.equal(rocAuc(Float64Array.of(0.1, 0.4, 0.35, 0.8), Uint8Array.of(0, 0, 1, 1)), 0.75);
});

test('the curve: rejected skipped at a kept share, never splitting a tie', () => {
  const scores = Float64Array.of(0.05, 0.1, 0.1, 0.2, 0.3, 0.6, 0.7, 0.8, 0.9, 0.95);
  const labels = Uint8Array.of(0, 0, 1, 0, 0, 1, 1, 1, 1, 0);
  // 5 accepts: keeping 80 % allows losing one, which is tied with a rejection at 0.1.
  assert.equal(skippedAtKept(scores, labels, 0.8), 4 / 5);
  assert.equal(skippedAtKept(scores, labels, 1), 1 / 5);
});

test('the rule baseline: after a closing bracket, or typing mid-word under 150 ms', () => {
  assert.equal(ruleSkips({ ...base, charBefore: ')' }), true);
  assert.equal(ruleSkips({ ...base, charBefore: '}' }), true);
  assert.equal(ruleSkips({ ...base, charBefore: 'x', msSinceKeystroke: 90 }), true);
  assert.equal(ruleSkips({ ...base, charBefore: 'x', msSinceKeystroke: 400 }), false);
  assert.equal(ruleSkips({ ...base, charBefore: ' ', msSinceKeystroke: 20 }), false);
});

test('typing fast is the pace of the last two keys where the log has it, not the wait before the request', () => {
  // Flywheel decides ~75 ms after a key (VS Code's wait and the debounce): that alone is not fast typing.
  assert.equal(ruleSkips({ ...base, charBefore: 'x', msSinceKeystroke: 75, keyIntervalMs: 400 }), false);
  assert.equal(ruleSkips({ ...base, charBefore: 'x', msSinceKeystroke: 75, keyIntervalMs: 90 }), true);
  assert.equal(ruleSkips({ ...base, charBefore: '7', msSinceKeystroke: 600, keyIntervalMs: 120 }), true);
  // A log without the key interval (a tool that logs displayed suggestions) keeps the time since the key.
  assert.equal(ruleSkips({ ...base, charBefore: 'x', msSinceKeystroke: 90 }), true);
});

test('a replay judges each suggestion before its fate and learns only from those it let through', () => {
  // Rejects every suggestion after ")", accepts every one after "(".
  const examples: TriggerExample[] = Array.from({ length: 200 }, (_, i) => {
    const close = i % 2 === 0;
    return { ts: 1_000 * i, features: { ...base, charBefore: close ? ')' : '(' }, accepted: !close };
  });
  const r = replayUser(examples);
  assert.equal(r.accepted, 100);
  assert.equal(r.acceptedKept, 100, 'every accept kept');
  // Half of this user's suggestions come after `)`: skipping them all fits 5 % of accepts only once
  // the upper bound of their rate there is near 5 %, so a few dozen are seen first.
  assert.ok(r.rejectedSkipped > 30, `skipped ${r.rejectedSkipped} of 100 rejections`);
  assert.ok(r.warmup <= 6, `warm-up ${r.warmup}`);
  assert.equal(r.rule.rejectedSkipped, 100);
  assert.equal(r.rule.acceptedKept, 100);
  assert.ok(Array.from(r.scores).every((p) => p > 0 && p < 1));
});

test('micro-averaging counts every suggestion once, whatever user it belongs to', () => {
  const small: TriggerExample[] = Array.from({ length: 10 }, (_, i) => ({ ts: i, features: base, accepted: true }));
  const large: TriggerExample[] = Array.from({ length: 90 }, (_, i) => ({ ts: i, features: { ...base, charBefore: ')' }, accepted: i % 10 === 0 }));
  const s = summarizeReplays([replayUser(small), replayUser(large)]);
  assert.equal(s.users, 2);
  assert.equal(s.examples, 100);
  assert.equal(s.accepted, 19);
  assert.equal(s.rejected, 81);
  assert.equal(s.curve.length, 3);
  assert.ok(s.rejectedSkipped >= 0 && s.rejectedSkipped <= 1);
  assert.equal(s.warmup, (replayUser(small).warmup + replayUser(large).warmup) / 2);
});
