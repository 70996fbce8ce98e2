import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeFeedbackStatistics, localDay } from '../../../src/core/feedback/feedbackStatistics';
import { fixtureEvents } from './feedbackFixture';
import type { FeedbackEvent } from '../../../src/core/feedback/feedbackEvents';

test('acceptance, partial, rejections, retention and latency from a log', () => {
  const stats = computeFeedbackStatistics(fixtureEvents());
  const c = stats.completions;
  assert.equal(c.shown, 5);
  assert.equal(c.accepted, 1);
  assert.equal(c.partiallyAccepted, 1);
  assert.equal(c.rejected, 3);
  assert.deepEqual(c.rejectedBy, { escape: 1, typedOver: 1, replaced: 1 });
  assert.equal(c.acceptanceRate, 0.2);
  assert.equal(c.partialRate, 0.2);
  assert.deepEqual(c.retention[30], { count: 1, meanRetained: 1 });
  assert.deepEqual(c.retention[120], { count: 1, meanRetained: 0.5 });
  assert.deepEqual(c.retention[600], { count: 0 });
  // Latency percentiles come from a histogram: within 1.6 % of the exact nearest rank.
  assert.equal(c.ttftMs.count, 4);
  assert.ok(Math.abs(c.ttftMs.p50! - 70) <= 70 * 0.016, String(c.ttftMs.p50));
  assert.ok(Math.abs(c.ttftMs.p95! - 300) <= 300 * 0.016, String(c.ttftMs.p95));

  assert.deepEqual(Object.keys(stats.byLanguage).sort(), ['python', 'typescript']);
  assert.equal(stats.byLanguage.typescript.acceptanceRate, 0.5);
  assert.equal(stats.byLanguage.python.shown, 3);
  assert.equal(stats.byModel.qwen.shown, 5);
  const days = Object.keys(stats.byDay);
  assert.deepEqual(days, [localDay(Date.UTC(2025, 2, 3, 12)), localDay(Date.UTC(2025, 2, 4, 12))]);
  assert.equal(stats.byDay[days[0]].shown, 2);

  assert.equal(stats.chat.thumbsUp, 1);
  assert.equal(stats.chat.apply, 1);
  assert.equal(stats.reviews.refactor.acceptanceRate, 1);
  assert.equal(stats.reviews.refactor.hunksAccepted, 1);
  assert.equal(stats.reviews.chat.shown, 0);
  assert.equal(stats.modelCalls.count, 2);
  assert.equal(stats.modelCalls.errors, 1);
  assert.equal(stats.modelCalls.tokensIn, 100);
});

test('an empty log gives zeros, not NaN', () => {
  const stats = computeFeedbackStatistics([]);
  assert.equal(stats.completions.shown, 0);
  assert.equal(stats.completions.acceptanceRate, undefined);
  assert.deepEqual(stats.byDay, {});
});

test('keystroke-to-ghost time is summarized beside the model time, over the suggestions that were timed', () => {
  const base = { v: 1 as const, language: 'python', model: 'qwen', ts: Date.UTC(2025, 2, 3, 12) };
  const events = [
    { ...base, id: '1', kind: 'completion.shown', suggestionId: 'a', visibleMs: 900, totalMs: 300, ghostMs: 420 },
    { ...base, id: '2', kind: 'completion.shown', suggestionId: 'b', visibleMs: 90, totalMs: 310, ghostMs: 460 },
    { ...base, id: '3', kind: 'completion.rejected', suggestionId: 'b', reason: 'escape' },
    { ...base, id: '4', kind: 'completion.shown', suggestionId: 'c', visibleMs: 800, totalMs: 0 },
  ] as unknown as FeedbackEvent[];
  const stats = computeFeedbackStatistics(events);
  // Percentiles are read back from a histogram: within 1.6 % of the exact value.
  const near = (actual: number | undefined, exact: number) => assert.ok(actual !== undefined && Math.abs(actual - exact) <= exact * 0.016, `${String(actual)} vs ${exact}`);
  const { ghostMs, totalMs } = stats.completions;
  assert.equal(ghostMs.count, 2, 'only the timed suggestions');
  near(ghostMs.p50, 420);
  near(ghostMs.p95, 460);
  assert.equal(totalMs.count, 3);
  near(totalMs.p50, 300);
  near(totalMs.p95, 310);
  assert.equal(stats.byModel.qwen!.ghostMs.count, 2);
});
