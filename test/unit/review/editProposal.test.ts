// The proposal under review: hunks and decisions, what gets written, the version check, and
// the feedback events every origin records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedbackEventInput } from '../../../src/core/feedback/feedbackEvents';
import { EditProposal } from '../../../src/core/review/editProposal';

const base = 'a\nb\nc\nd\ne\n';
const proposed = 'a\nB\nc\nd\ne\nf\n';

function make(origin: 'chat' | 'refactor' = 'chat') {
  const events: FeedbackEventInput[] = [];
  const proposal = new EditProposal({
    id: 'p1',
    origin,
    action: origin === 'chat' ? 'apply' : 'document',
    title: 'Apply',
    target: { kind: 'document', uri: 'file:///w/a.txt', version: 3, languageId: 'plaintext', label: 'a.txt', path: 'a.txt' },
    base,
    feedback: { record: (e) => events.push(e) },
  });
  return { proposal, events };
}

test('streaming updates show hunks but allow no decision; ready records shown', () => {
  const { proposal, events } = make();
  proposal.update('a\nB\n');
  assert.equal(proposal.state, 'streaming');
  assert.ok(proposal.hunks.length > 0);
  proposal.decide(0, 'kept');
  assert.equal(proposal.decision(0), 'pending', 'no decisions while streaming');
  assert.equal(proposal.ready(proposed, { totalMs: 120 }), true);
  assert.equal(proposal.hunks.length, 2);
  assert.deepEqual(events.map((e) => e.kind), ['review.shown']);
  assert.equal((events[0] as { hunks: number }).hunks, 2);
});

test('one hunk kept, the other discarded: the replacement writes only the kept one, and accepted counts 1 of 2', () => {
  const { proposal, events } = make('refactor');
  proposal.ready(proposed);
  proposal.decide(0, 'kept');
  assert.equal(proposal.pendingCount, 1);
  proposal.decide(1, 'discarded');
  assert.equal(proposal.pendingCount, 0);
  assert.equal(proposal.result(), 'a\nB\nc\nd\ne\n');
  assert.deepEqual(proposal.replacement(), { start: { line: 1, character: 0 }, end: { line: 1, character: 1 }, text: 'B' });
  proposal.applied();
  assert.equal(proposal.state, 'applied');
  const accepted = events.at(-1) as { kind: string; origin: string; action: string; hunksAccepted: number; hunksTotal: number; path: string };
  assert.deepEqual([accepted.kind, accepted.origin, accepted.action, accepted.hunksAccepted, accepted.hunksTotal, accepted.path], ['review.accepted', 'refactor', 'document', 1, 2, 'a.txt']);
});

test('Accept keeps what is still pending and leaves earlier decisions alone; Choose sets all', () => {
  const { proposal } = make();
  proposal.ready(proposed);
  proposal.decide(1, 'discarded');
  proposal.decidePending('kept');
  assert.deepEqual([proposal.decision(0), proposal.decision(1)], ['kept', 'discarded']);
  proposal.decideAll([1]);
  assert.deepEqual([proposal.decision(0), proposal.decision(1)], ['discarded', 'kept']);
  assert.equal(proposal.result(), 'a\nb\nc\nd\ne\nf\n');
  proposal.decide(0, 'pending');
  assert.equal(proposal.pendingCount, 1, 'a decision can be taken back');
});

test('the version check refuses another version or another text, and a closed document', () => {
  const { proposal } = make();
  proposal.ready(proposed);
  assert.deepEqual(proposal.check({ version: 3, text: base }), { ok: true });
  assert.equal(proposal.check({ version: 4, text: base }).ok, false);
  assert.equal(proposal.check({ version: 3, text: base + 'x' }).ok, false);
  const closed = proposal.check({ version: undefined });
  assert.equal(!closed.ok && closed.reason, 'closed');
});

test('rejected records the hunk count and whether the document had changed; a proposal of nothing is never shown', () => {
  const { proposal, events } = make();
  proposal.ready(proposed);
  proposal.markStale();
  assert.equal(proposal.isStale, true);
  proposal.rejected();
  proposal.rejected();
  assert.deepEqual(events.map((e) => e.kind), ['review.shown', 'review.rejected']);
  assert.deepEqual([(events[1] as { reason: string }).reason, (events[1] as { hunksTotal: number }).hunksTotal], ['stale', 2]);

  const none = make();
  assert.equal(none.proposal.ready(base), false);
  assert.equal(none.proposal.state, 'rejected');
  assert.deepEqual(none.events, [], 'no change: nothing was shown');
});

test('cancelled while streaming records nothing', () => {
  const { proposal, events } = make();
  proposal.update('a\nB\n');
  proposal.rejected();
  assert.equal(proposal.state, 'rejected');
  assert.deepEqual(events, []);
});

test('change listeners hear every step', () => {
  const { proposal } = make();
  let calls = 0;
  const sub = proposal.onDidChange(() => calls++);
  proposal.update('a\nB\n');
  proposal.ready(proposed);
  proposal.decide(0, 'kept');
  sub.dispose();
  proposal.decide(1, 'kept');
  assert.equal(calls, 3);
});

test('the target keeps its final newline or its lack: a cell without one gets none from a block that ends with one', () => {
  const proposal = new EditProposal({
    id: 'p2',
    origin: 'chat',
    action: 'apply',
    title: 'Apply from Chat',
    target: { kind: 'document', uri: 'vscode-notebook-cell:/w/a.ipynb#W3', version: 1, languageId: 'python', label: 'a.ipynb, cell 4', path: 'a.ipynb', notebook: true },
    base: 'df.head()',
  });
  proposal.update('df.head(1');
  assert.equal(proposal.proposed, 'df.head(1');
  assert.equal(proposal.ready('df.head(10)\n'), true);
  assert.equal(proposal.proposed, 'df.head(10)');
  proposal.decidePending('kept');
  assert.equal(proposal.result(), 'df.head(10)');
  assert.deepEqual(proposal.replacement(), { start: { line: 0, character: 8 }, end: { line: 0, character: 8 }, text: '10' });

  const { proposal: file } = make();
  file.ready('a\nb\nc\nd\nE');
  assert.equal(file.proposed, 'a\nb\nc\nd\nE\n', 'a file with a final newline keeps it');
});

test('a proposal that differs only in the final newline proposes nothing', () => {
  const { proposal } = make();
  assert.equal(proposal.ready(base.replace(/\n$/, '')), false);
  assert.equal(proposal.state, 'rejected');
});
