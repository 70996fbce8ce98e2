import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveTrigger, triggerExamplesFromLog, type TriggerExample } from '../../../src/core/feedback/adaptiveTrigger';
import type { FeedbackEvent, TriggerFeatures } from '../../../src/core/feedback/feedbackEvents';
import { seededRandom } from '../../../src/core/seededRandom';
import { computeTriggerFeatures } from '../../../src/core/feedback/triggerFeatures';
import { replayTrigger } from '../../../src/core/feedback/triggerReplay';

// Planted pattern: suggestions at a line end after a pause are taken half the time; mid-line or
// while typing fast, almost never. Everything else is noise.
function synthetic(count: number, seed: number): TriggerExample[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const features: TriggerFeatures = {
      language: random() < 0.5 ? 'typescript' : 'python',
      column: Math.floor(random() * 40),
      atLineEnd: random() < 0.6,
      charBefore: random() < 0.5 ? '.' : 'a',
      msSinceKeystroke: Math.floor(random() < 0.4 ? random() * 120 : 300 + random() * 1500),
      lastOutcome: 'none',
      documentLength: Math.floor(random() * 5000),
      relativePosition: random(),
    };
    const good = features.atLineEnd && features.msSinceKeystroke >= 300;
    return { ts: i, features, accepted: random() < (good ? 0.5 : 0.01) };
  });
}

const sample = (atLineEnd: boolean, msSinceKeystroke: number): TriggerFeatures => ({
  language: 'typescript', column: 10, atLineEnd, charBefore: '.', msSinceKeystroke, lastOutcome: 'none', documentLength: 1000, relativePosition: 0.5,
});

test('neutral until it has enough examples, and off when disabled', () => {
  const trigger = new AdaptiveTrigger({ minExamples: 100 });
  assert.deepEqual(trigger.shouldRequest(sample(false, 10)), { request: true });
  for (const e of synthetic(50, 1)) trigger.observe(e.features, e.accepted);
  assert.equal(trigger.isActive, false);
  trigger.learnFrom(synthetic(400, 2));
  assert.equal(trigger.isActive, true);
  trigger.setEnabled(false);
  assert.deepEqual(trigger.shouldRequest(sample(false, 10)), { request: true });
});

test('the logistic model learns the planted pattern', () => {
  const trigger = new AdaptiveTrigger();
  trigger.learnFrom(synthetic(1500, 3));
  const good = trigger.shouldRequest(sample(true, 800));
  const midLine = trigger.shouldRequest(sample(false, 800));
  const fast = trigger.shouldRequest(sample(true, 40));
  assert.ok(good.probability! > 0.3, `good ${good.probability}`);
  assert.ok(midLine.probability! < 0.1, `mid-line ${midLine.probability}`);
  assert.ok(fast.probability! < 0.1, `fast ${fast.probability}`);
  assert.equal(good.request, true);
  assert.equal(midLine.request, false);
});

test('replay skips a large share of rejected suggestions and keeps almost all accepted', () => {
  const result = replayTrigger(synthetic(2000, 4));
  assert.ok(result.rejectedSkippedShare > 0.3, `skipped ${result.rejectedSkippedShare}`);
  assert.ok(result.acceptedKeptShare >= 0.93, `kept ${result.acceptedKeptShare}`);
  assert.equal(result.accepted + result.rejected, 2000);
});

test('examples come from shown events with features, labelled by acceptance', () => {
  const features = sample(true, 500);
  const base = { v: 1 as const, ts: 1, visibleMs: 800 };
  const events: FeedbackEvent[] = [
    { ...base, id: '1', kind: 'completion.shown', suggestionId: 'a', features },
    { ...base, id: '2', kind: 'completion.shown', suggestionId: 'b', features, ts: 2 },
    { ...base, id: '3', kind: 'completion.shown', suggestionId: 'c' },
    { v: 1, id: '4', ts: 3, kind: 'completion.partiallyAccepted', suggestionId: 'b', acceptedLength: 3 },
    { v: 1, id: '5', ts: 3, kind: 'completion.rejected', suggestionId: 'a', reason: 'escape' },
  ];
  assert.deepEqual(triggerExamplesFromLog(events).map((e) => e.accepted), [false, true]);
});

test('features are computed from a document snapshot', () => {
  const text = 'const a = foo.\nlet b';
  const f = computeTriggerFeatures({ uri: 'u', relativePath: 'a.ts', languageId: 'typescript', text, version: 1, offset: 14 }, { msSinceKeystroke: 250.4, lastOutcome: 'accepted' });
  assert.deepEqual(f, { language: 'typescript', column: 14, atLineEnd: true, charBefore: '.', msSinceKeystroke: 250, lastOutcome: 'accepted', documentLength: text.length, relativePosition: 14 / text.length });
  const mid = computeTriggerFeatures({ uri: 'u', relativePath: 'a.ts', languageId: 'typescript', text, version: 1, offset: 19 }, { msSinceKeystroke: 0, lastOutcome: 'none' });
  assert.equal(mid.column, 4);
  assert.equal(mid.atLineEnd, false);
});
