import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizedEditDistance } from '../../../src/core/feedback/editDistance';
import { ManualClock } from '../../../src/core/feedback/feedbackClock';
import type { FeedbackEventInput } from '../../../src/core/feedback/feedbackEvents';
import { RetentionTracker } from '../../../src/core/feedback/retentionTracker';
import { applyChangeToSpan, type TextChange } from '../../../src/core/feedback/textChange';

// The document "let x = foo(bar);" with "foo(bar)" accepted at offset 8.
const span = { start: 8, text: 'foo(bar)' };
const insert = (offset: number, insertedText: string): TextChange => ({ offset, deletedLength: 0, insertedText });
const del = (offset: number, deletedLength: number): TextChange => ({ offset, deletedLength, insertedText: '' });

test('an insertion before the range shifts it, one at its start stays outside', () => {
  assert.deepEqual(applyChangeToSpan(span, insert(0, 'const ')), { start: 14, text: 'foo(bar)' });
  assert.deepEqual(applyChangeToSpan(span, insert(8, 'await ')), { start: 14, text: 'foo(bar)' });
  assert.deepEqual(applyChangeToSpan(span, del(0, 4)), { start: 4, text: 'foo(bar)' });
});

test('an insertion inside the range becomes part of it', () => {
  assert.deepEqual(applyChangeToSpan(span, insert(12, 'baz, ')), { start: 8, text: 'foo(baz, bar)' });
  assert.deepEqual(applyChangeToSpan(span, { offset: 12, deletedLength: 3, insertedText: 'qux' }), { start: 8, text: 'foo(qux)' });
});

test('an insertion after the range, or at its end, leaves it alone', () => {
  assert.deepEqual(applyChangeToSpan(span, insert(16, ';')), span);
  assert.deepEqual(applyChangeToSpan(span, insert(40, '\n')), span);
  assert.deepEqual(applyChangeToSpan(span, del(16, 1)), span);
});

test('edits straddling an edge take that edge along', () => {
  // "x = foo" -> "y = fo": deletes "x = f" (4..9) plus inserts "y = f"
  assert.deepEqual(applyChangeToSpan(span, { offset: 4, deletedLength: 5, insertedText: 'y = f' }), { start: 4, text: 'y = foo(bar)' });
  assert.deepEqual(applyChangeToSpan(span, del(14, 5)), { start: 8, text: 'foo(ba' });
});

test('deleting the whole range removes it; a reformat that keeps it finds it again', () => {
  assert.equal(applyChangeToSpan(span, del(8, 8)), undefined);
  assert.equal(applyChangeToSpan(span, del(0, 100)), undefined);
  assert.deepEqual(applyChangeToSpan(span, { offset: 0, deletedLength: 17, insertedText: 'let  x  =  foo(bar);' }), { start: 11, text: 'foo(bar)' });
  assert.deepEqual(applyChangeToSpan(span, { offset: 8, deletedLength: 8, insertedText: 'foo(baz)' }), { start: 8, text: 'foo(baz)' });
});

test('normalized edit distance', () => {
  assert.equal(normalizedEditDistance('abc', 'abc'), 0);
  assert.equal(normalizedEditDistance('abc', ''), 1);
  assert.equal(normalizedEditDistance('', ''), 0);
  assert.equal(normalizedEditDistance('abcd', 'abXd'), 0.25);
  assert.equal(normalizedEditDistance('abcd', 'abcdefgh'), 0.5);
  assert.equal(normalizedEditDistance('kitten', 'sitting'), 3 / 7);
});

test('retention is recorded at 30 s, 2, 5 and 10 min with the distance at that moment', () => {
  const clock = new ManualClock(1_000);
  const events: FeedbackEventInput[] = [];
  const tracker = new RetentionTracker({ sink: { record: (e) => events.push(e) }, clock });
  tracker.track({ kind: 'completion', suggestionId: 's1', uri: 'file:///a.ts', start: 8, insertedText: 'foo(bar)', language: 'typescript', model: 'm' });
  tracker.track({ kind: 'review', suggestionId: 'r1', uri: 'file:///b.ts', start: 0, insertedText: 'abcd', origin: 'refactor', action: 'fix' });

  tracker.applyChanges('file:///a.ts', [insert(0, '// hi\n')]);
  clock.advance(30_000);
  tracker.applyChanges('file:///a.ts', [{ offset: 18, deletedLength: 3, insertedText: 'baz' }]);
  tracker.applyChanges('file:///b.ts', [del(0, 4)]);
  clock.advance(90_000);
  tracker.renameDocument('file:///a.ts', 'file:///c.ts');
  tracker.applyChanges('file:///c.ts', [del(14, 8)]);
  clock.advance(600_000);

  const s1 = events.filter((e) => e.suggestionId === 's1') as Array<Extract<FeedbackEventInput, { kind: 'completion.retention' }>>;
  assert.deepEqual(s1.map((e) => [e.kind, e.atSec, e.distance, e.removed ?? false]), [
    ['completion.retention', 30, 0, false],
    ['completion.retention', 120, 1 / 8, false],
    ['completion.retention', 300, 1, true],
    ['completion.retention', 600, 1, true],
  ]);
  assert.equal(s1[0].language, 'typescript');
  assert.deepEqual(s1[1].text, { completion: 'foo(bar)', final: 'foo(baz)' });
  const r1 = events.filter((e) => e.suggestionId === 'r1') as Array<Extract<FeedbackEventInput, { kind: 'review.retention' }>>;
  assert.deepEqual(r1.map((e) => [e.kind, e.atSec, e.distance, e.origin, e.action]), [
    ['review.retention', 30, 0, 'refactor', 'fix'],
    ['review.retention', 120, 1, 'refactor', 'fix'],
    ['review.retention', 300, 1, 'refactor', 'fix'],
    ['review.retention', 600, 1, 'refactor', 'fix'],
  ]);
  assert.equal(tracker.size, 0);
});

test('the tracker stays bounded and dispose cancels its timers', () => {
  const clock = new ManualClock();
  const events: FeedbackEventInput[] = [];
  const tracker = new RetentionTracker({ sink: { record: (e) => events.push(e) }, clock, maxTracked: 3 });
  for (let i = 0; i < 5; i++) tracker.track({ kind: 'completion', suggestionId: `s${i}`, uri: 'u', start: i, insertedText: 'x' });
  assert.equal(tracker.size, 3);
  assert.equal(tracker.current('s0'), undefined);
  assert.deepEqual(tracker.current('s4'), { start: 4, text: 'x' });
  tracker.dispose();
  clock.advance(700_000);
  assert.equal(events.length, 0);
});

test('a renamed folder carries its documents along', () => {
  const tracker = new RetentionTracker({ sink: { record() {} }, clock: new ManualClock() });
  tracker.track({ kind: 'completion', suggestionId: 's', uri: 'file:///w/src/a.ts', start: 0, insertedText: 'abc' });
  tracker.renameDocument('file:///w/src', 'file:///w/lib');
  tracker.applyChanges('file:///w/lib/a.ts', [{ offset: 1, deletedLength: 1, insertedText: 'X' }]);
  assert.deepEqual(tracker.current('s'), { start: 0, text: 'aXc' });
  tracker.dispose();
});
