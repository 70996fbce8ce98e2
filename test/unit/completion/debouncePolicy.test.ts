import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DebouncePolicy } from '../../../src/core/completion/debouncePolicy';
import { defaultCompletionConfig } from '../../../src/core/completion/completionTypes';

const options = { initialMs: 100, minMs: 75, maxMs: 300 };

function typing(policy: DebouncePolicy, intervalMs: number, keys = 20) {
  for (let i = 0, t = 0; i < keys; i++, t += intervalMs) policy.recordKeystroke(t);
}

function answering(policy: DebouncePolicy, ms: number, times = 10) {
  for (let i = 0; i < times; i++) policy.recordLatency(ms);
}

test('the shipped floor is ~75 ms', () => {
  assert.equal(defaultCompletionConfig.debounce.minMs, 75);
});

test('starts at the initial delay while the model\'s speed is unknown', () => {
  const policy = new DebouncePolicy(options);
  typing(policy, 150);
  assert.equal(policy.delayMs(), 100);
});

test('a fast model gets the floor, whatever the typist\'s rhythm', () => {
  for (const interval of [60, 150, 400]) {
    const policy = new DebouncePolicy(options);
    answering(policy, 350);
    typing(policy, interval);
    assert.equal(policy.delayMs(), 75, `typing every ${interval} ms`);
  }
});

test('a slow model waits longer, and at least a little longer than the typist\'s rhythm', () => {
  const slow = new DebouncePolicy(options);
  answering(slow, 1_500);
  assert.equal(slow.delayMs(), 75 + 150);
  const slowerTypist = new DebouncePolicy(options);
  answering(slowerTypist, 900);
  typing(slowerTypist, 200);
  assert.equal(slowerTypist.delayMs(), 230);
  const fasterTypist = new DebouncePolicy(options);
  answering(fasterTypist, 900);
  typing(fasterTypist, 60);
  assert.equal(fasterTypist.delayMs(), 75 + 60);
});

test('the model\'s speed is a moving average: it follows a model that speeds up', () => {
  const policy = new DebouncePolicy(options);
  answering(policy, 2_000);
  assert.ok(policy.delayMs() > 200);
  answering(policy, 200, 20);
  assert.equal(policy.delayMs(), 75);
});

test('pauses are not typing rhythm', () => {
  const policy = new DebouncePolicy(options);
  for (const t of [0, 5_000, 12_000, 20_000]) policy.recordKeystroke(t);
  assert.equal(policy.typingInterval, undefined);
});

test('a typist\'s pauses between words do not stretch the rhythm a slow model waits for', () => {
  const policy = new DebouncePolicy(options);
  answering(policy, 900);
  // Keys 170 ms apart, and after every fourth a 700 ms pause.
  for (let i = 0, t = 0; i < 40; i++) policy.recordKeystroke((t += i % 4 === 3 ? 700 : 170));
  assert.equal(policy.typingInterval, 170);
  assert.equal(policy.delayMs(), Math.round(170 * 1.15));
});

test('always within bounds', () => {
  const policy = new DebouncePolicy(options);
  typing(policy, 5);
  answering(policy, 0);
  assert.equal(policy.delayMs(), 75);
  typing(policy, 900, 50);
  answering(policy, 60_000);
  assert.equal(policy.delayMs(), 300);
});
