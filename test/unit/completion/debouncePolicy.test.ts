import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DebouncePolicy } from '../../../src/core/completion/debouncePolicy';

const options = { initialMs: 100, minMs: 25, maxMs: 300 };

function typing(policy: DebouncePolicy, intervalMs: number, keys = 20) {
  for (let i = 0, t = 0; i < keys; i++, t += intervalMs) policy.recordKeystroke(t);
}

test('starts at the initial delay', () => {
  const policy = new DebouncePolicy(options);
  assert.equal(policy.delayMs(), 100);
});

test('adapts to typing speed: a fast typist gets a shorter wait than a slow one', () => {
  const fast = new DebouncePolicy(options);
  typing(fast, 60);
  const slow = new DebouncePolicy(options);
  typing(slow, 180);
  assert.ok(fast.delayMs() < 100, `fast ${fast.delayMs()}`);
  assert.ok(slow.delayMs() > fast.delayMs(), `slow ${slow.delayMs()} vs fast ${fast.delayMs()}`);
  assert.ok(fast.delayMs() > 60, 'a little longer than the rhythm, so a burst fires once');
});

test('pauses are not typing rhythm', () => {
  const policy = new DebouncePolicy(options);
  for (const t of [0, 5_000, 12_000, 20_000]) policy.recordKeystroke(t);
  assert.equal(policy.typingInterval, undefined);
  assert.equal(policy.delayMs(), 100);
});

test('a slow model lengthens the wait, a fast one shortens it', () => {
  const slow = new DebouncePolicy(options);
  for (let i = 0; i < 10; i++) slow.recordLatency(1_500);
  const fast = new DebouncePolicy(options);
  for (let i = 0; i < 10; i++) fast.recordLatency(120);
  assert.ok(slow.delayMs() > 100 && fast.delayMs() < 100, `${slow.delayMs()} / ${fast.delayMs()}`);
});

test('always within bounds', () => {
  const policy = new DebouncePolicy(options);
  typing(policy, 5);
  for (let i = 0; i < 10; i++) policy.recordLatency(0);
  assert.equal(policy.delayMs(), 25);
  typing(policy, 900, 50);
  for (let i = 0; i < 10; i++) policy.recordLatency(60_000);
  assert.ok(policy.delayMs() <= 300);
});
