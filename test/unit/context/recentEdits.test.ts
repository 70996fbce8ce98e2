import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentEditTracker, recentEditCandidates } from '../../../src/core/context/recentEdits';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';

const base = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');

function doc(text: string, uri = 'file:///ws/a.py', path = 'a.py'): DocumentSnapshot {
  return { uri, relativePath: path, languageId: 'python', text, version: 1, offset: 0 };
}

test('typing in one place grows one entry; edits elsewhere are their own, newest first', () => {
  const tracker = new RecentEditTracker();
  let text = base;
  const at = text.indexOf('line 10') + 'line 10'.length;
  for (const [i, ch] of [...'_total'].entries()) {
    text = text.slice(0, at + i) + ch + text.slice(at + i);
    tracker.record(doc(text), [{ rangeOffset: at + i, rangeLength: 0, text: ch }], 1000 + i);
  }
  assert.equal(tracker.recent(2000).length, 1);
  assert.match(tracker.recent(2000)[0].text, /line 10_total/);
  tracker.record(doc('def other():\n    return 1\n', 'file:///ws/b.py', 'b.py'), [{ rangeOffset: 0, rangeLength: 0, text: 'def other():\n' }], 3000);
  assert.deepEqual(tracker.recentPaths(3000), ['b.py', 'a.py']);
});

test('edits age out, and those the prompt shows are not repeated', () => {
  const tracker = new RecentEditTracker(60_000);
  tracker.record(doc(base), [{ rangeOffset: base.indexOf('line 5'), rangeLength: 0, text: '' }], 0);
  tracker.record(doc(base), [{ rangeOffset: base.indexOf('line 30'), rangeLength: 0, text: '' }], 50_000);
  const edits = tracker.recent(55_000);
  assert.equal(edits.length, 2);
  const shownAround30 = recentEditCandidates(edits, { uri: 'file:///ws/a.py', first: 25, last: 35 }, 55_000);
  assert.deepEqual(shownAround30.map((c) => c.startLine), [3]);
  const elsewhere = recentEditCandidates(edits, { uri: 'file:///ws/other.py', first: 0, last: 100 }, 55_000);
  assert.equal(elsewhere.length, 2);
  assert.equal(tracker.recent(70_000).length, 1);
});
