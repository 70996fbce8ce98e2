import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeFeedbackStatistics, localDay } from '../../../src/core/feedback/feedbackStatistics';
import { fixtureEvents } from './feedbackFixture';

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
