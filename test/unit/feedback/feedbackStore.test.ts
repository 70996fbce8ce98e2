import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../src/core/feedback/feedbackClock';
import { nodeFeedbackFileSystem, type FeedbackFileSystem } from '../../../src/core/feedback/feedbackFileSystem';
import { readFeedbackLog } from '../../../src/core/feedback/feedbackLogReader';
import { FeedbackStore } from '../../../src/core/feedback/feedbackStore';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'flywheel-feedback-'));
}

const rejected = (i: number) => ({ kind: 'completion.rejected' as const, suggestionId: `s${i}`, reason: 'escape' as const });

test('events are batched, flushed on the timer, and read back', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const clock = new ManualClock(Date.UTC(2025, 0, 2, 12));
  const store = new FeedbackStore({ dir, clock, flushIntervalMs: 1000 });
  store.record(rejected(1));
  store.record(rejected(2));
  assert.deepEqual(readdirSync(dir), [], 'nothing written before the timer');
  clock.advance(1000);
  await store.flush();
  const log = await readFeedbackLog(dir);
  assert.deepEqual(log.events.map((e) => e.suggestionId), ['s1', 's2']);
  assert.equal(log.events[0].ts, Date.UTC(2025, 0, 2, 12));
  store.record(rejected(3));
  store.dispose(); // synchronous flush on deactivate
  assert.equal((await readFeedbackLog(dir)).events.length, 3);
  store.record(rejected(4)); // after dispose: ignored, no throw
});

test('files rotate by size', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = new FeedbackStore({ dir, maxFileBytes: 400, maxBatch: 1 });
  for (let i = 0; i < 12; i++) {
    store.record(rejected(i));
    await store.flush();
  }
  const files = readdirSync(dir).sort();
  assert.ok(files.length >= 3, `expected several files, got ${files.length}`);
  for (const f of files) assert.ok(readFileSync(join(dir, f)).length <= 400 + 200);
  const log = await readFeedbackLog(dir);
  assert.deepEqual(log.events.map((e) => e.suggestionId), Array.from({ length: 12 }, (_, i) => `s${i}`));
  store.dispose();
});

test('a truncated or corrupt line is skipped and counted', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = new FeedbackStore({ dir });
  store.record(rejected(1));
  await store.flush();
  const [file] = readdirSync(dir);
  appendFileSync(join(dir, file), '{"v":1,"id":"x","kind":"completion.rej\n');
  appendFileSync(join(dir, file), 'garbage\n{"v":1,"id":"y","ts":1,"kind":"completion.rejected","suggestionId":"z","reason":"nope"}\n');
  store.record(rejected(2));
  await store.flush();
  writeFileSync(join(dir, 'events-other.jsonl'), JSON.stringify({ ...rejected(3), v: 1, id: 'i3', ts: 5 }) + '\n{"v":1,"id":"i4"');
  const log = await readFeedbackLog(dir);
  assert.deepEqual(log.events.map((e) => e.suggestionId).sort(), ['s1', 's2', 's3']);
  assert.equal(log.corruptLines, 3);
  assert.equal(log.invalidLines, 1);
  store.dispose();
});

test('a full disk turns logging off with one warning and never throws', async () => {
  let calls = 0;
  const full: FeedbackFileSystem = {
    ...nodeFeedbackFileSystem,
    mkdir: async () => undefined,
    appendFile: async () => {
      calls++;
      throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    },
    appendFileSync: () => {
      throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    },
  };
  const warnings: string[] = [];
  const store = new FeedbackStore({ dir: '/nonexistent/flywheel', fs: full, onDisabled: (m) => warnings.push(m), maxBatch: 1 });
  store.record(rejected(1));
  await store.flush();
  store.record(rejected(2));
  await store.flush();
  assert.equal(store.isLogging, false);
  assert.equal(calls, 1);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /ENOSPC/);
  store.dispose();
});

test('privacy: text is dropped unless stored, paths hashed on request; invalid events are refused', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = new FeedbackStore({ dir, privacy: { storeText: false, hashPaths: true, pathSalt: 'salt' } });
  store.record({ kind: 'completion.accepted', suggestionId: 'a', path: 'src/secret.ts', text: { completion: 'password=1' } });
  store.setPrivacy({ storeText: true, hashPaths: false });
  store.record({ kind: 'completion.accepted', suggestionId: 'b', path: 'src/a.ts', text: { completion: 'ok' } });
  store.record({ kind: 'completion.rejected', suggestionId: 'c', reason: 'bored' } as never);
  await store.flush();
  const raw = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('');
  assert.doesNotMatch(raw, /password|secret\.ts/);
  const log = await readFeedbackLog(dir);
  assert.equal(log.events.length, 2);
  assert.match(log.events[0].path ?? '', /^sha256:[0-9a-f]{24}$/);
  assert.deepEqual((log.events[1] as { text?: unknown }).text, { completion: 'ok' });
  assert.equal(store.invalidEvents, 1);
  store.dispose();
});

test('prune deletes files older than keep-for-days, and clear deletes all', async (t) => {
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const old = join(dir, 'events-20200101T000000Z-aaaaaa-000.jsonl');
  writeFileSync(old, '');
  utimesSync(old, new Date(2020, 0, 1), new Date(2020, 0, 1));
  const store = new FeedbackStore({ dir, keepDays: 30 });
  store.record(rejected(1));
  await store.flush();
  assert.deepEqual(await store.prune(), ['events-20200101T000000Z-aaaaaa-000.jsonl']);
  assert.equal(readdirSync(dir).length, 1);
  assert.equal(await store.clear(), 1);
  assert.deepEqual(readdirSync(dir), []);
  store.record(rejected(2));
  await store.flush();
  assert.equal((await readFeedbackLog(dir)).events.length, 1);
  store.dispose();
});
