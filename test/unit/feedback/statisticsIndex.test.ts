// The statistics kept beside the log, caught up piece by piece while the log is written (lines
// cut mid-write, the index saved and reloaded in between), must equal a full recomputation:
// a rebuild from the files, and a plain reference computed from the whole list of events.
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { FeedbackEvent } from '../../../src/core/feedback/feedbackEvents';
import { parseFeedbackLine } from '../../../src/core/feedback/feedbackLineReader';
import { computeFeedbackStatistics, localDay, statisticsFromAggregate, type FeedbackStatistics } from '../../../src/core/feedback/feedbackStatistics';
import { StatisticsIndex, listLogFiles, updateStatisticsIndex, type StatisticsReport } from '../../../src/core/feedback/statisticsIndex';
import { seededRandom } from '../../../src/core/seededRandom';
import { generateFeedbackSessions } from '../../support/feedbackLogGenerator';
import { naiveStatistics } from './naiveStatistics';

interface PlannedFile {
  readonly name: string;
  readonly series: string;
  content: string;
  written: number;
}

/** A random log laid out as the store lays it out: one file series per window, rotated by size; plus damaged lines. */
function plannedLog(seed: number, events: number, days: number): { files: PlannedFile[]; events: FeedbackEvent[] } {
  const random = seededRandom(seed);
  const files: PlannedFile[] = [];
  const all: FeedbackEvent[] = [];
  for (const session of generateFeedbackSessions({ events, seed, days })) {
    let file: PlannedFile | undefined;
    let index = 0;
    for (const event of session.events) {
      if (!file || file.content.length > 16_000) {
        const stamp = new Date(event.ts).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
        file = { name: `events-${stamp}-${session.series}-${String(index++).padStart(3, '0')}.jsonl`, series: session.series, content: '', written: 0 };
        files.push(file);
      }
      file.content += JSON.stringify(event) + '\n';
      all.push(event);
      if (random() < 0.002) file.content += '{"v":1,"kind":"completion.sh\n'; // a crash mid-line
      if (random() < 0.002) file.content += '{"v":9,"kind":"completion.shown"}\n'; // a version we do not read
    }
  }
  files.sort((a, b) => (a.name < b.name ? -1 : 1));
  // What a full recomputation sees: every event, file by file.
  const byFile = files.flatMap((f) => f.content.split('\n').flatMap((l) => {
    const parsed = parseFeedbackLine(l);
    return parsed?.ok ? [parsed.event] : [];
  }));
  assert.equal(byFile.length, all.length);
  return { files, events: byFile };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'flywheel-stats-'));
}

/** Statistics as numbers that must match exactly (percentiles included: same histograms). */
function same(a: StatisticsReport, b: StatisticsReport, what: string): void {
  assert.deepEqual(a.statistics, b.statistics, what);
  assert.equal(a.corruptLines, b.corruptLines, `${what}: corrupt lines`);
  assert.equal(a.invalidLines, b.invalidLines, `${what}: invalid lines`);
}

for (const seed of [1, 2, 3]) {
  test(`seed ${seed}: caught up piece by piece while the log is written, the statistics equal a full recomputation`, async (t) => {
    const dir = tempDir();
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const random = seededRandom(100 + seed);
    const { files, events } = plannedLog(seed, 2500, 12);
    let index = StatisticsIndex.empty(dir);
    // Reveal the files a random piece at a time, often cutting a line in two.
    while (files.some((f) => f.written < f.content.length)) {
      for (const f of files) {
        if (f.written >= f.content.length || random() < 0.5) continue;
        const next = Math.min(f.content.length, f.written + 1 + Math.floor(random() * 3000));
        appendFileSync(join(dir, f.name), f.content.slice(f.written, next));
        f.written = next;
      }
      const listing = await listLogFiles(dir);
      await index.catchUp(listing, index.plan(listing));
      if (random() < 0.3) {
        await index.save();
        index = await StatisticsIndex.load(dir);
      }
    }
    const listing = await listLogFiles(dir);
    await index.catchUp(listing, index.plan(listing));
    const incremental = index.report();
    assert.deepEqual(statisticsFromAggregate(await index.sumOfFiles()), incremental.statistics, 'the kept total is the sum of the files');

    const rebuilt = await updateStatisticsIndex(dir, { rebuild: true });
    same(incremental, rebuilt, 'incremental vs rebuild');
    assert.equal(incremental.corruptLines, files.reduce((n, f) => n + f.content.split('completion.sh\n').length - 1, 0));
    assert.ok(incremental.invalidLines > 0 || incremental.corruptLines >= 0);

    // The same events folded straight from the list.
    assert.deepEqual(incremental.statistics, computeFeedbackStatistics(events), 'incremental vs fold of the list');
    // And a reference written the simplest way (every story joined, exact percentiles).
    matchesReference(incremental.statistics, naiveStatistics(events));
  });
}

function close(actual: number | undefined, expected: number | undefined, relative: number, what: string): void {
  if (expected === undefined) return assert.equal(actual, undefined, what);
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= Math.max(0.5, Math.abs(expected) * relative), `${what}: ${actual} vs ${expected}`);
}

function matchesReference(s: FeedbackStatistics, r: ReturnType<typeof naiveStatistics>): void {
  const groups = [['all', { all: s.completions }, { all: r.completions }], ['language', s.byLanguage, r.byLanguage], ['model', s.byModel, r.byModel], ['day', s.byDay, r.byDay]] as const;
  for (const [name, mine, ref] of groups) {
    assert.deepEqual(Object.keys(mine).sort(), Object.keys(ref).sort(), `${name} keys`);
    for (const key of Object.keys(ref)) {
      const a = (mine as Record<string, FeedbackStatistics['completions']>)[key]!;
      const b = (ref as Record<string, ReturnType<typeof naiveStatistics>['completions']>)[key]!;
      const what = `${name} ${key}`;
      assert.deepEqual([a.shown, a.accepted, a.partiallyAccepted, a.rejected, a.rejectedBy], [b.shown, b.accepted, b.partial, b.rejected, b.rejectedBy], what);
      for (const [at, ret] of Object.entries(b.retention) as [string, { count: number; mean?: number }][]) {
        const mineRet = a.retention[Number(at) as keyof typeof a.retention];
        assert.equal(mineRet.count, ret.count, `${what} retention ${at}`);
        close(mineRet.meanRetained, ret.mean, 1e-6, `${what} retention ${at}`);
      }
      if (name === 'day') {
        assert.equal(a.ttftMs.count, 0, 'days keep counts only');
        continue;
      }
      close(a.ttftMs.p50, b.ttftP50, 0.016, `${what} ttft p50`);
      close(a.ttftMs.p95, b.ttftP95, 0.016, `${what} ttft p95`);
      close(a.totalMs.p50, b.totalP50, 0.016, `${what} total p50`);
      close(a.ghostMs.p50, b.ghostP50, 0.016, `${what} keystroke-to-ghost p50`);
      close(a.ghostMs.p95, b.ghostP95, 0.016, `${what} keystroke-to-ghost p95`);
    }
  }
  assert.deepEqual(s.chat, r.chat);
  for (const origin of ['chat', 'refactor'] as const) {
    const mine = s.reviews[origin];
    assert.deepEqual([mine.shown, mine.accepted, mine.rejected, mine.hunksAccepted], Object.values(r.reviews[origin]!), `reviews from ${origin}`);
  }
  assert.deepEqual([s.modelCalls.count, s.modelCalls.errors, s.modelCalls.aborted, s.modelCalls.tokensIn, s.modelCalls.tokensOut], [r.calls.count, r.calls.errors, r.calls.aborted, r.calls.tokensIn, r.calls.tokensOut]);
  close(s.modelCalls.estimatedCostUsd, r.calls.cost, 1e-6, 'cost');
  close(s.modelCalls.ttftMs.p50, r.calls.ttftP50, 0.016, 'call ttft p50');
}

test('a window\'s files pruned or deleted take exactly their share with them', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { files } = plannedLog(7, 2000, 6);
  for (const f of files) writeFileSync(join(dir, f.name), f.content);
  const index = StatisticsIndex.empty(dir);
  let listing = await listLogFiles(dir);
  await index.catchUp(listing, index.plan(listing));
  const gone = files[0]!.series; // every file of one window, as pruning old files or a hand clean-up does
  for (const f of files.filter((x) => x.series === gone)) unlinkSync(join(dir, f.name));
  listing = await listLogFiles(dir);
  await index.catchUp(listing, index.plan(listing));
  same(index.report(), await updateStatisticsIndex(dir, { rebuild: true }), 'after the files went');
  assert.deepEqual(statisticsFromAggregate(await index.sumOfFiles()), index.report().statistics);
  for (const name of listing.map((f) => f.name)) unlinkSync(join(dir, name));
  listing = await listLogFiles(dir);
  await index.catchUp(listing, index.plan(listing));
  assert.equal(index.report().statistics.completions.shown, 0, 'a cleared log has no statistics');
});

test('a line still being written waits for its newline; in a file nobody writes any more it counts as corrupt', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const name = 'events-20250301T090000Z-abcdef-000.jsonl';
  const shown = { v: 1, id: 'e1', ts: Date.UTC(2025, 2, 1, 9), kind: 'completion.shown', suggestionId: 's1', language: 'go', model: 'm', visibleMs: 900 };
  const full = JSON.stringify(shown) + '\n';
  writeFileSync(join(dir, name), full + full.slice(0, 40));
  const index = StatisticsIndex.empty(dir);
  let listing = await listLogFiles(dir);
  await index.catchUp(listing, index.plan(listing));
  assert.equal(index.report().statistics.events, 1);
  assert.equal(index.report().corruptLines, 0, 'the half line is not judged yet');
  appendFileSync(join(dir, name), full.slice(40).replace('"e1"', '"e1"').replace('"s1"', '"s2"'));
  listing = await listLogFiles(dir);
  await index.catchUp(listing, index.plan(listing));
  assert.equal(index.report().statistics.completions.shown, 2, 'completed, it is read');
  appendFileSync(join(dir, name), '{"v":1,"id":"cut sho');
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(dir, name), hourAgo, hourAgo);
  listing = await listLogFiles(dir);
  await index.catchUp(listing, index.plan(listing));
  assert.equal(index.report().corruptLines, 1, 'nobody will finish it: skipped and reported');
  assert.equal(index.report().statistics.completions.shown, 2);
});

test('the shown event decides where a suggestion is counted, whatever arrives first', () => {
  const day = Date.UTC(2025, 4, 2, 12);
  const ev = (e: Record<string, unknown>) => ({ v: 1, id: String(Math.random()), suggestionId: 'x', ...e }) as unknown as FeedbackEvent;
  const stats = computeFeedbackStatistics([
    ev({ kind: 'completion.accepted', ts: day + 86_400_000 + 1000, language: 'plaintext', model: 'other' }),
    ev({ kind: 'completion.shown', ts: day + 86_400_000, language: 'rust', model: 'qwen', visibleMs: 800, totalMs: 120 }),
    ev({ kind: 'completion.retention', ts: day + 86_400_000 + 31_000, atSec: 30, distance: 0.25 }),
  ]);
  assert.deepEqual(Object.keys(stats.byLanguage), ['rust']);
  assert.deepEqual(Object.keys(stats.byModel), ['qwen']);
  assert.deepEqual(Object.keys(stats.byDay), [localDay(day + 86_400_000)]);
  assert.equal(stats.completions.accepted, 1);
  assert.equal(stats.completions.retention[30].meanRetained, 0.75);
});

test('memory follows recent activity, not the log: stories are forgotten once their window moved on', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { files, events } = plannedLog(9, 6000, 40);
  for (const f of files) {
    // Each file last written when its last event was: these windows are long gone.
    writeFileSync(join(dir, f.name), f.content);
    const last = new Date(Math.max(...f.content.split('\n').flatMap((l) => {
      const parsed = parseFeedbackLine(l);
      return parsed?.ok ? [parsed.event.ts] : [];
    })));
    utimesSync(join(dir, f.name), last, last);
  }
  const index = StatisticsIndex.empty(dir);
  const listing = await listLogFiles(dir);
  await index.catchUp(listing, index.plan(listing));
  const suggestions = new Set(events.filter((e) => e.kind === 'completion.shown').map((e) => e.suggestionId)).size;
  const lastDay = Math.max(...events.map((e) => e.ts)) - 86_400_000;
  const recent = new Set(events.filter((e) => e.ts > lastDay).map((e) => e.suggestionId)).size;
  assert.ok(index.openStories <= recent + 50, `${index.openStories} stories open of ${suggestions}; ${recent} in the last day`);
  assert.ok(index.openStories < suggestions / 5);
});
