// The whole core loop as the editor drives it: accept one suggestion, reject another, edit the
// accepted text, and find the right events on disk, the statistics and the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompletionOutcomes } from '../../../src/core/feedback/completionOutcomes';
import { buildDataset } from '../../../src/core/feedback/datasetExport';
import { ManualClock } from '../../../src/core/feedback/feedbackClock';
import { readFeedbackLog } from '../../../src/core/feedback/feedbackLogReader';
import { computeFeedbackStatistics } from '../../../src/core/feedback/feedbackStatistics';
import { FeedbackStore } from '../../../src/core/feedback/feedbackStore';
import { RetentionTracker } from '../../../src/core/feedback/retentionTracker';

test('accept, reject, edit: the log tells the truth', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-loop-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const clock = new ManualClock(Date.UTC(2025, 4, 1, 10));
  const store = new FeedbackStore({ dir, clock, privacy: { storeText: true, hashPaths: false } });
  const retention = new RetentionTracker({ sink: store, clock });
  const outcomes = new CompletionOutcomes({ sink: store, clock, retention });
  const uri = 'file:///w/src/a.ts';
  const base = { uri, language: 'typescript', model: 'qwen', provider: 'ollama', path: 'src/a.ts', prefix: 'const total = ', suffix: ';\n' };

  // 1. "sum(items)" shown at offset 14, accepted with Tab after a second.
  outcomes.shown({ ...base, id: 'acc', start: 14, end: 14, text: 'sum(items)', ttftMs: 90, totalMs: 180 });
  clock.advance(1000);
  outcomes.documentChanged(uri, [{ offset: 14, deletedLength: 0, insertedText: 'sum(items)' }]);
  outcomes.cursorMoved(uri, 24);
  outcomes.accepted('acc');

  // 2. Another suggestion on the next line, dismissed with Escape.
  clock.advance(5000);
  outcomes.shown({ ...base, id: 'rej', start: 40, end: 40, text: 'return total;', ttftMs: 120, totalMs: 240 });
  clock.advance(2000);
  outcomes.dismissed('rej', 'escape');

  // 3. The user edits the accepted text: sum(items) -> sum(items, 0).
  clock.advance(10_000);
  retention.applyChanges(uri, [{ offset: 23, deletedLength: 0, insertedText: ', 0' }]);
  clock.advance(600_000);
  outcomes.dispose();
  retention.dispose();
  await store.flush(); // the timer's batch is written asynchronously…
  store.dispose(); // …the rest synchronously, as on deactivate

  const log = await readFeedbackLog(dir);
  assert.equal(log.corruptLines + log.invalidLines, 0);
  const story = log.events.map((e) => `${e.kind}:${e.suggestionId}`);
  assert.deepEqual(story, [
    'completion.shown:acc',
    'completion.accepted:acc',
    'completion.shown:rej',
    'completion.rejected:rej',
    'completion.retention:acc',
    'completion.retention:acc',
    'completion.retention:acc',
    'completion.retention:acc',
  ]);
  const stats = computeFeedbackStatistics(log.events);
  assert.equal(stats.completions.acceptanceRate, 0.5);
  assert.equal(stats.completions.rejectedBy.escape, 1);
  // Kept shares are summed in millionths.
  assert.ok(Math.abs(stats.completions.retention[30].meanRetained! - (1 - 3 / 13)) < 1e-6);
  const dataset = buildDataset(log.events);
  assert.deepEqual(dataset.rows.map((r) => [r.id, r.outcome, r.final]), [['acc', 'accepted', 'sum(items, 0)'], ['rej', 'rejected', null]]);
});
