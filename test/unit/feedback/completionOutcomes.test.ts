import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionOutcomes, type ShownSuggestion } from '../../../src/core/feedback/completionOutcomes';
import { ManualClock } from '../../../src/core/feedback/feedbackClock';
import type { FeedbackEventInput } from '../../../src/core/feedback/feedbackEvents';

function setup() {
  const clock = new ManualClock(10_000);
  const events: FeedbackEventInput[] = [];
  const tracked: string[] = [];
  const settled: Array<[string, boolean]> = [];
  const outcomes = new CompletionOutcomes({
    sink: { record: (e) => events.push(e) },
    clock,
    retention: { track: (r) => tracked.push(`${r.suggestionId}@${r.start}:${r.insertedText}`) },
    onSettled: (s, accepted) => settled.push([s.id, accepted]),
  });
  const kinds = () => events.map((e) => `${e.kind.replace('completion.', '')}:${e.suggestionId}${'reason' in e ? `:${e.reason}` : ''}`);
  return { clock, events, tracked, settled, outcomes, kinds };
}

const item = (id: string, text = 'foo(bar)', start = 10): ShownSuggestion => ({ id, uri: 'file:///a.ts', start, end: start, text, language: 'typescript', model: 'm', prefix: 'x = ', suffix: ';' });

test('accepted: shown (with how long) then accepted, and retention tracking starts', () => {
  const { clock, events, tracked, settled, outcomes, kinds } = setup();
  outcomes.shown(item('a'));
  clock.advance(1200);
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: 'foo(bar)' }]);
  outcomes.cursorMoved('file:///a.ts', 18);
  outcomes.accepted('a');
  assert.deepEqual(kinds(), ['shown:a', 'accepted:a']);
  const shown = events[0] as Extract<FeedbackEventInput, { kind: 'completion.shown' }>;
  assert.equal(shown.visibleMs, 1200);
  assert.equal(shown.ts, 10_000);
  assert.deepEqual(shown.text, { prefix: 'x = ', suffix: ';', completion: 'foo(bar)' });
  // The accepted event is a dataset row on its own: it carries the prompt around it too.
  const accepted = events[1] as Extract<FeedbackEventInput, { kind: 'completion.accepted' }>;
  assert.deepEqual(accepted.text, { prefix: 'x = ', suffix: ';', completion: 'foo(bar)' });
  assert.deepEqual(tracked, ['a@10:foo(bar)']);
  assert.deepEqual(settled, [['a', true]]);
  assert.equal(outcomes.lastOutcome, 'accepted');
});

test('a suggestion accepted before 750 ms still counts as shown', () => {
  const { clock, outcomes, kinds } = setup();
  outcomes.shown(item('a'));
  clock.advance(200);
  outcomes.accepted('a');
  assert.deepEqual(kinds(), ['shown:a', 'accepted:a']);
});

test('rejections: Escape, typed over, replaced — only after 750 ms of visibility', () => {
  const { clock, outcomes, kinds, settled } = setup();
  outcomes.shown(item('a'));
  clock.advance(800);
  outcomes.dismissed('a', 'escape');

  outcomes.shown(item('b'));
  clock.advance(900);
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: 'x' }]);
  clock.advance(200); // grace period for a following accept command

  outcomes.shown(item('c'));
  clock.advance(1000);
  // A newer result while c is valid: VS Code keeps c on screen and offers d as an alternative.
  outcomes.shown(item('d', 'other'));
  assert.deepEqual(kinds(), ['shown:a', 'rejected:a:escape', 'shown:b', 'rejected:b:typedOver']);
  // The user cycles to d (Alt+]) and takes it: c was replaced.
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: 'other' }]);
  outcomes.accepted('d');
  clock.advance(1000);
  assert.deepEqual(kinds(), ['shown:a', 'rejected:a:escape', 'shown:b', 'rejected:b:typedOver', 'shown:c', 'rejected:c:replaced', 'shown:d', 'accepted:d']);
  assert.deepEqual(settled, [['a', false], ['b', false], ['c', false], ['d', true]]);
  assert.equal(outcomes.lastOutcome, 'accepted');
});

test('a newer result while a suggestion is on screen is only an alternative: Tab still accepts the visible one', () => {
  const { clock, outcomes, kinds, tracked } = setup();
  outcomes.shown(item('a'));
  clock.advance(1000);
  outcomes.shown(item('b', 'other')); // e.g. asked again by hand (Alt+\): VS Code keeps a first
  outcomes.shown(item('a2')); // the same text again: the same suggestion
  clock.advance(500);
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: 'foo(bar)' }]);
  outcomes.accepted('a2');
  clock.advance(1000);
  outcomes.accepted('b'); // stale: its turn never came
  assert.deepEqual(kinds(), ['shown:a', 'accepted:a']);
  assert.deepEqual(tracked, ['a@10:foo(bar)']);
});

test('an alternative never taken leaves no trace', () => {
  const { clock, outcomes, kinds } = setup();
  outcomes.shown(item('a'));
  clock.advance(1000);
  outcomes.shown(item('b', 'other'));
  clock.advance(1000);
  outcomes.dismissed('a', 'escape');
  outcomes.shown(item('c', 'again', 30));
  clock.advance(1000);
  outcomes.cursorMoved('file:///a.ts', 0);
  assert.deepEqual(kinds(), ['shown:a', 'rejected:a:escape', 'shown:c']);
});

test('typing through the ghost text keeps it; a multi-character match is a partial acceptance', () => {
  const { clock, outcomes, kinds, events } = setup();
  outcomes.shown(item('a', 'foo(bar, baz)'));
  clock.advance(300);
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: 'f' }]);
  outcomes.cursorMoved('file:///a.ts', 11);
  outcomes.documentChanged('file:///a.ts', [{ offset: 11, deletedLength: 0, insertedText: 'oo(' }]); // accept next word
  outcomes.partiallyAccepted('a', 4); // the provider hook, if present, reports the same: no duplicate
  outcomes.partiallyAccepted('a', 8);
  // The engine serves the rest as a new item: a continuation, not a replacement.
  outcomes.shown(item('a2', ' baz)', 18));
  outcomes.accepted('a2');
  assert.deepEqual(kinds(), ['shown:a', 'partiallyAccepted:a', 'partiallyAccepted:a', 'accepted:a']);
  assert.deepEqual(events.filter((e) => e.kind === 'completion.partiallyAccepted').map((e) => (e as { acceptedLength: number }).acceptedLength), [4, 8]);
});

test('an auto-closed bracket matches, moving the cursor away abandons without a verdict', () => {
  const { clock, outcomes, kinds, settled } = setup();
  outcomes.shown(item('a', '(x)'));
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: '()' }]);
  clock.advance(1000);
  outcomes.cursorMoved('file:///a.ts', 40);
  assert.deepEqual(kinds(), ['shown:a']);
  assert.deepEqual(settled, [['a', false]]);
  outcomes.accepted('a'); // too late: ignored
  assert.deepEqual(kinds(), ['shown:a']);
});

test('Tab after a mismatching edit is still an acceptance (grace period)', () => {
  const { clock, outcomes, kinds } = setup();
  outcomes.shown(item('a', 'foo(bar'));
  clock.advance(1000);
  // VS Code completed the bracket pair when inserting.
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: 'foo(bar)' }]);
  outcomes.accepted('a');
  clock.advance(1000);
  assert.deepEqual(kinds(), ['shown:a', 'accepted:a']);
});

test('Escape is an explicit rejection however briefly the ghost text was visible: shown with its visible time, then rejected', () => {
  const { clock, events, outcomes, kinds, settled } = setup();
  outcomes.shown(item('a'));
  clock.advance(90);
  outcomes.dismissed('a', 'escape');
  assert.deepEqual(kinds(), ['shown:a', 'rejected:a:escape']);
  const shown = events[0] as Extract<FeedbackEventInput, { kind: 'completion.shown' }>;
  assert.equal(shown.visibleMs, 90);
  assert.deepEqual(settled, [['a', false]]);
  // Implicit ends keep the 750 ms rule: typed over, replaced, cursor moved away.
  outcomes.shown(item('b'));
  clock.advance(100);
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 0, insertedText: 'x' }]);
  clock.advance(200);
  outcomes.shown(item('c', 'bar', 11));
  clock.advance(100);
  outcomes.cursorMoved('file:///a.ts', 0);
  assert.deepEqual(kinds(), ['shown:a', 'rejected:a:escape']);
});

const widgetItem = (id: string, text: string, start: number, selectedText: string, typedChars: number): ShownSuggestion =>
  ({ ...item(id, text, start), selectedText, typedChars });

test('beside the suggest widget: accepting the widget\'s item is not a partial acceptance of ours; Tab on the rest is an acceptance', () => {
  const { clock, outcomes, kinds, tracked } = setup();
  // "tot" typed at 10..13; the widget selects "total"; the ghost text extends it.
  outcomes.shown(widgetItem('a', 'total_cost * 2', 10, 'total', 3));
  clock.advance(300);
  // Tab accepts the widget's item: VS Code replaces the word with it.
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 3, insertedText: 'total' }]);
  outcomes.cursorMoved('file:///a.ts', 15);
  // The rest, asked for again at the new cursor, is the same suggestion.
  outcomes.shown(item('a2', '_cost * 2', 15));
  outcomes.documentChanged('file:///a.ts', [{ offset: 15, deletedLength: 0, insertedText: '_cost * 2' }]);
  outcomes.accepted('a2');
  assert.deepEqual(kinds(), ['shown:a', 'accepted:a']);
  assert.deepEqual(tracked, ['a@10:total_cost * 2']);
});

test('ghost text already on screen when the widget opens: the widget-extended result is the same suggestion, and taking the widget\'s item keeps it', () => {
  const { clock, outcomes, kinds } = setup();
  outcomes.shown(item('a', 'al_cost', 13)); // after "tot", at 13
  clock.advance(100);
  // The widget opens on "total"; VS Code asks again with the item selected: same ghost text.
  outcomes.shown(widgetItem('a2', 'total_cost', 10, 'total', 3));
  // Tab takes the widget's item, rewriting the word from its start.
  outcomes.documentChanged('file:///a.ts', [{ offset: 10, deletedLength: 3, insertedText: 'total' }]);
  outcomes.cursorMoved('file:///a.ts', 15);
  clock.advance(1000);
  outcomes.dismissed('a', 'escape');
  assert.deepEqual(kinds(), ['shown:a', 'partiallyAccepted:a']);
});

test('another widget item selected: its ghost text replaces the one on screen (a rejection only once seen for 750 ms)', () => {
  const { clock, outcomes, kinds } = setup();
  outcomes.shown(widgetItem('a', 'total(1)', 10, 'total', 3));
  clock.advance(200);
  outcomes.shown(widgetItem('b', 'totals[0]', 10, 'totals', 3));
  clock.advance(1000);
  outcomes.shown(widgetItem('c', 'tote()', 10, 'tote', 3));
  clock.advance(100);
  outcomes.dismissed('c', 'escape');
  assert.deepEqual(kinds(), ['shown:b', 'rejected:b:replaced', 'shown:c', 'rejected:c:escape']);
});
