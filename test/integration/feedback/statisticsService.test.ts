// The statistics service over a real log folder: a long read goes to a worker thread (the
// TypeScript source run through tsx, as the bundle runs dist/statisticsWorker.js) with progress;
// later openings read only what was written since; another window's saved index is picked up;
// a damaged index is rebuilt; aborting ends the worker.
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { STATISTICS_INDEX_FILE, STATISTICS_SHARES_DIR, updateStatisticsIndex } from '../../../src/core/feedback/statisticsIndex';
import { StatisticsService } from '../../../src/core/feedback/statisticsService';
import type { StatisticsWorkerScript } from '../../../src/core/feedback/statisticsWorkerClient';
import { generateFeedbackSessions, writeFeedbackLog } from '../../support/feedbackLogGenerator';

const worker: StatisticsWorkerScript = { path: join(__dirname, '../../../src/core/feedback/statisticsWorker.ts'), execArgv: ['--import', 'tsx'] };
let dir: string;
let logBytes = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flywheel-stats-service-'));
  const written = await writeFeedbackLog(dir, generateFeedbackSessions({ events: 12_000, seed: 4, days: 60 }));
  assert.equal(written.refused, 0);
  logBytes = written.bytes;
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a first opening of a big log reads it in the worker, with progress, to the same numbers as reading it here', async () => {
  const service = new StatisticsService({ dir, worker, inProcessLimitBytes: 1 });
  const progress: [number, number][] = [];
  const report = await service.open({ onProgress: (done, total) => progress.push([done, total]) });
  const here = await updateStatisticsIndex(mkCopy(dir), { rebuild: true });
  assert.deepEqual(report.statistics, here.statistics);
  assert.ok(report.statistics.events >= 12_000);
  assert.ok(progress.length >= 2, 'progress was reported');
  assert.ok(progress.every(([, total]) => total === logBytes), 'of the whole log');
  assert.ok(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0]), 'moving forward');
  assert.deepEqual(progress.at(-1), [logBytes, logBytes]);
  service.dispose();
});

test('later openings read only what was written since, and see another window\'s saved index', async () => {
  const first = new StatisticsService({ dir, worker, inProcessLimitBytes: 1 << 30 });
  const before = await first.open();
  const name = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort().at(-1)!;
  const line = JSON.stringify({ v: 1, id: 'late-1', ts: Date.UTC(2025, 5, 1, 12), kind: 'completion.shown', suggestionId: 'late', language: 'zig', model: 'm', visibleMs: 900 }) + '\n';
  appendFileSync(join(dir, name), line);
  const progress: number[] = [];
  const after = await first.open({ onProgress: (_, total) => progress.push(total) });
  assert.equal(after.statistics.completions.shown, before.statistics.completions.shown + 1);
  assert.equal(after.statistics.byLanguage.zig?.shown, 1);
  assert.ok(progress.length > 0 && progress.every((total) => total === Buffer.byteLength(line)), `read ${progress.join(',')} bytes, only the new line`);

  // Another window (or the CLI) catches up and saves; this one reloads rather than keep its copy.
  const other = new StatisticsService({ dir });
  appendFileSync(join(dir, name), line.replace(/late/g, 'later'));
  await other.open({ rebuild: true });
  const seen = await first.open();
  assert.equal(seen.statistics.completions.shown, before.statistics.completions.shown + 2);
  first.dispose();
  other.dispose();
});

test('a damaged index is read as none: the log is read again', async () => {
  writeFileSync(join(dir, STATISTICS_INDEX_FILE), '{"version":1,"files":{"events-x.jsonl":{"bytes":');
  const service = new StatisticsService({ dir });
  const report = await service.open();
  assert.deepEqual(report.statistics, (await updateStatisticsIndex(mkCopy(dir), { rebuild: true })).statistics);
  service.dispose();
});

test('a saved share lost or out of step (a crash between two saves) makes the next opening read the whole log again', async () => {
  const warnings: string[] = [];
  const logger = { trace() {}, debug() {}, info() {}, warn: (m: unknown) => warnings.push(String(m)), error() {} };
  await new StatisticsService({ dir }).open({ rebuild: true });
  const name = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort().at(-1)!;
  rmSync(join(dir, STATISTICS_SHARES_DIR, `${name}.json`));
  appendFileSync(join(dir, name), JSON.stringify({ v: 1, id: 'after-crash', ts: Date.UTC(2025, 5, 2, 12), kind: 'chat.copy', suggestionId: 'm' }) + '\n');
  const service = new StatisticsService({ dir, logger });
  const report = await service.open();
  assert.deepEqual(report.statistics, (await updateStatisticsIndex(mkCopy(dir), { rebuild: true })).statistics);
  assert.ok(warnings.some((w) => /do not match the log/.test(w)), warnings.join('\n'));
  service.dispose();
});

test('aborting a worker read ends the worker and rejects', async () => {
  rmSync(join(dir, STATISTICS_INDEX_FILE), { force: true });
  const service = new StatisticsService({ dir, worker, inProcessLimitBytes: 1 });
  const abort = new AbortController();
  const opening = service.open({ signal: abort.signal, onProgress: () => abort.abort() });
  await assert.rejects(opening);
  const report = await service.open(); // the next opening still works
  assert.ok(report.statistics.events >= 12_000);
  service.dispose();
});

const copies: string[] = [];
after(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the log files alone (no index), to compute the numbers independently. */
function mkCopy(from: string): string {
  const to = mkdtempSync(join(tmpdir(), 'flywheel-stats-copy-'));
  copies.push(to);
  for (const name of readdirSync(from).filter((n) => n.endsWith('.jsonl'))) writeFileSync(join(to, name), readFileSync(join(from, name)));
  return to;
}
