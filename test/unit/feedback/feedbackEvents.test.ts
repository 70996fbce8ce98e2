import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FEEDBACK_KINDS,
  stampFeedbackEvent,
  validateFeedbackEvent,
  type FeedbackEventInput,
} from '../../../src/core/feedback/feedbackEvents';

const samples: FeedbackEventInput[] = [
  {
    kind: 'completion.shown',
    suggestionId: 's1',
    language: 'typescript',
    model: 'qwen2.5-coder:1.5b',
    provider: 'ollama',
    path: 'src/a.ts',
    visibleMs: 900,
    ttftMs: 80,
    totalMs: 240,
    promptChars: 1200,
    completionChars: 24,
    multiline: false,
    features: {
      language: 'typescript',
      column: 4,
      atLineEnd: true,
      charBefore: '(',
      msSinceKeystroke: 120,
      lastOutcome: 'none',
      documentLength: 400,
      relativePosition: 0.5,
    },
    text: { prefix: 'foo(', suffix: ')', completion: 'bar' },
  },
  { kind: 'completion.accepted', suggestionId: 's1', completionChars: 3 },
  { kind: 'completion.partiallyAccepted', suggestionId: 's1', acceptedLength: 2 },
  { kind: 'completion.rejected', suggestionId: 's1', reason: 'typedOver' },
  { kind: 'completion.retention', suggestionId: 's1', atSec: 120, distance: 0.25 },
  { kind: 'chat.thumbsUp', suggestionId: 'm1' },
  { kind: 'chat.thumbsDown', suggestionId: 'm1' },
  { kind: 'chat.regenerate', suggestionId: 'm1' },
  { kind: 'chat.copy', suggestionId: 'm1', blockIndex: 0 },
  { kind: 'chat.insert', suggestionId: 'm1', blockIndex: 1 },
  { kind: 'chat.apply', suggestionId: 'm1', blockIndex: 1, completionChars: 30 },
  { kind: 'review.shown', suggestionId: 'r1', origin: 'refactor', action: 'document', hunks: 3 },
  { kind: 'review.accepted', suggestionId: 'r1', origin: 'refactor', action: 'document', hunksAccepted: 2, hunksTotal: 3 },
  { kind: 'review.rejected', suggestionId: 'm2', origin: 'chat', action: 'apply', hunksTotal: 2, reason: 'stale' },
  { kind: 'review.retention', suggestionId: 'r1', origin: 'refactor', atSec: 600, distance: 1, removed: true },
  { kind: 'model.call', purpose: 'chat', outcome: 'ok', totalMs: 900, ttftMs: 100, tpotMs: 12, tokensIn: 500, tokensOut: 64, estimatedCostUsd: 0.0004 },
];

test('every kind has a valid sample and stamped events validate', () => {
  assert.deepEqual(new Set(samples.map((s) => s.kind)), new Set(FEEDBACK_KINDS));
  for (const input of samples) {
    const event = stampFeedbackEvent(input, 1_700_000_000_000);
    const result = validateFeedbackEvent(JSON.parse(JSON.stringify(event)));
    assert.equal(result.ok, true, `${input.kind}: ${result.ok ? '' : result.error}`);
    assert.equal(event.v, 1);
    assert.match(event.id, /^[0-9a-f-]{36}$/);
    assert.equal(event.ts, 1_700_000_000_000);
  }
});

test('validation names what is wrong', () => {
  const good = stampFeedbackEvent({ kind: 'completion.rejected', suggestionId: 's', reason: 'escape' });
  const cases: Array<[unknown, RegExp]> = [
    [null, /not an object/],
    [{ ...good, v: 2 }, /unsupported version 2/],
    [{ ...good, kind: 'completion.exploded' }, /unknown kind/],
    [{ ...good, reason: 'bored' }, /bad reason/],
    [{ ...good, suggestionId: undefined }, /missing suggestionId/],
    [{ ...good, kind: 'completion.retention', reason: undefined, atSec: 45, distance: 0 }, /bad atSec/],
    [{ ...good, kind: 'completion.retention', reason: undefined, atSec: 30, distance: 1.5 }, /bad distance/],
    [{ ...good, ts: -1 }, /bad ts/],
  ];
  for (const [value, error] of cases) {
    const result = validateFeedbackEvent(value);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error, error);
  }
});

test('fields the schema does not know are dropped, at every depth, so they never reach the log', () => {
  const good = stampFeedbackEvent({ kind: 'completion.rejected', suggestionId: 's', reason: 'escape' });
  const result = validateFeedbackEvent({ ...good, prompt: 'secret text' });
  assert.deepEqual(result.ok && result.event, good);
  const event = stampFeedbackEvent(samples[0]);
  const nested = validateFeedbackEvent({ ...event, text: { prefix: 'a', prompt: 'x' } });
  assert.deepEqual(nested.ok && nested.event, { ...event, text: { prefix: 'a' } });
  const clean = validateFeedbackEvent(good);
  assert.equal(clean.ok && clean.event, good, 'a clean event is not copied');
});

test('nested objects are checked too', () => {
  const event = stampFeedbackEvent(samples[0]);
  assert.equal(validateFeedbackEvent({ ...event, text: { prefix: 42 } }).ok, false);
  const badFeatures = { ...event, features: { language: 'ts' } };
  assert.equal(validateFeedbackEvent(badFeatures).ok, false);
});

test('refactor events of older logs are read as the review events they were', () => {
  const old = { v: 1, id: 'e1', ts: 1_700_000_000_000, kind: 'refactor.accepted', suggestionId: 'r1', action: 'fix', hunksAccepted: 1, hunksTotal: 2 };
  const result = validateFeedbackEvent(old);
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.event, { ...old, kind: 'review.accepted', origin: 'refactor' });
  assert.equal(validateFeedbackEvent({ ...old, kind: 'refactor.bogus' }).ok, false);
});
