import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDataset, datasetToJsonl, type ExportFilter } from '../../../src/core/feedback/datasetExport';
import { fixtureEvents } from './feedbackFixture';

test('export keeps clean rows with outcome, final text and retention; filters ignored files and secrets', () => {
  const result = buildDataset(fixtureEvents());
  assert.deepEqual(result.skipped, { noText: 1, ignoredFile: 1, secret: 1 });
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
