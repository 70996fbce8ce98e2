import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDataset, datasetToJsonl, type ExportFilter } from '../../../src/core/feedback/datasetExport';
import type { FeedbackEvent } from '../../../src/core/feedback/feedbackEvents';
import { hashPath } from '../../../src/core/feedback/feedbackPrivacy';
import { fixtureEvents } from './feedbackFixture';

test('export keeps clean rows with outcome, final text and retention; filters ignored files and secrets', () => {
  const result = buildDataset(fixtureEvents());
  assert.deepEqual(result.skipped, { noText: 1, ignoredFile: 1, secret: 1, otherWorkspace: 0, noWorkspace: 0 });
  assert.deepEqual(result.rows.map((r) => [r.id, r.outcome]), [['a', 'accepted'], ['b', 'rejected']]);
  const [a, b] = result.rows;
  assert.deepEqual(a.prompt, { prefix: 'const x = ', suffix: ';' });
  assert.equal(a.completion, 'foo(1)');
  assert.equal(a.final, 'foo(22)');
  assert.deepEqual(a.retention, { 30: 0, 120: 0.5 });
  assert.equal(b.final, null);
  assert.equal(b.rejectReason, 'escape');
  const jsonl = datasetToJsonl(result.rows);
  assert.equal(jsonl.trim().split('\n').length, 2);
  assert.doesNotMatch(jsonl, /AKIA/);
});

test('a guard can be plugged in, and secrets can be redacted instead of dropped', () => {
  const filter: ExportFilter = {
    isIgnored: (path) => path.startsWith('src/b'),
    redact: (text) => ({ text: text.replace(/AKIA\w+/g, '[REDACTED]'), count: (text.match(/AKIA\w+/g) ?? []).length }),
  };
  const result = buildDataset(fixtureEvents(), { filter, secrets: 'redact' });
  assert.deepEqual(result.rows.map((r) => r.id), ['a', 'c', 'd']);
  assert.equal(result.rows[2].completion, '[REDACTED]');
  assert.equal(result.rows[1].outcome, 'partiallyAccepted');
  assert.equal(result.redacted, 1);
});

test('with hashed paths (flywheel.feedback.hashPaths), a row of a file the policy refuses now is left out when the workspace names its hash', () => {
  const salt = 'install-salt';
  // Three completions logged with hashed paths: a file allowed then and ignored since, an ordinary one, one of no file here.
  const events = fixtureEvents()
    .filter((e) => e.kind === 'completion.shown' && ['a', 'b', 'd'].includes(e.suggestionId))
    .map((e, i) => ({ ...e, path: hashPath(['lib/notes.py', 'lib/pricing.py', 'elsewhere/app.py'][i]!, salt), ...(i === 2 && { text: { prefix: 'x = ', suffix: '', completion: '1' } }) }) as FeedbackEvent);
  const workspace = new Map(['lib/notes.py', 'lib/pricing.py'].map((p) => [hashPath(p, salt), p]));
  const result = buildDataset(events, {
    filter: { isIgnored: (path) => path === 'lib/notes.py', redact: (text) => ({ text, count: 0 }), pathOfHash: (hash) => workspace.get(hash) },
  });
  assert.deepEqual(result.rows.map((r) => r.id), ['b', 'd'], 'the row of the file ignored since is left out');
  assert.equal(result.skipped.ignoredFile, 1);
  assert.equal(result.unjudged, 1, 'the row whose hash names no file here is counted, so the user is told');
  assert.ok(result.rows.every((r) => r.path?.startsWith('sha256:')), 'the export keeps the paths hashed');
});
