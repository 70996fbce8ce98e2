import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import { RequestScheduler } from '../../../src/core/models/requestScheduler';

const never = () => new AbortController().signal;
const tick = () => new Promise((r) => setImmediate(r));

test('a completion gets a slot while a chat holds the low-priority one', async () => {
  const s = new RequestScheduler({ high: 1, low: 1, total: 2 });
  await s.acquire('ollama', 'low', never());
  const release = await s.acquire('ollama', 'high', never());
  assert.equal(s.load('ollama').running, 2);
  release();
  assert.equal(s.load('ollama').running, 1);
});

test('servers are independent', async () => {
  const s = new RequestScheduler({ high: 1, low: 1, total: 1 });
  await s.acquire('a', 'low', never());
  await s.acquire('b', 'low', never());
  assert.deepEqual(s.load('b'), { running: 1, stalled: 0, queued: 0 });
});

test('a freed slot goes to the waiting completion before earlier waiting chat work', async () => {
  const s = new RequestScheduler({ high: 1, low: 1, total: 1 });
  const release = await s.acquire('x', 'low', never());
  const order: string[] = [];
  const low = s.acquire('x', 'low', never()).then((r) => (order.push('low'), r));
  const high = s.acquire('x', 'high', never()).then((r) => (order.push('high'), r));
  await tick();
  assert.deepEqual(order, []);
  release();
  (await high)();
  (await low)();
  assert.deepEqual(order, ['high', 'low']);
});

test('a newer completion drops the queued one with the same key; other keys stay', async () => {
  const s = new RequestScheduler({ high: 1, low: 1, total: 2 });
  const release = await s.acquire('x', 'high', never(), 'editor-1');
  const older = s.acquire('x', 'high', never(), 'editor-1');
  const otherEditor = s.acquire('x', 'high', never(), 'editor-2');
  const newer = s.acquire('x', 'high', never(), 'editor-1');
  await assert.rejects(older, (e) => ModelError.is(e, 'aborted') && /superseded/.test(String(e.detail)));
  release();
  (await otherEditor)();
  (await newer)();
  assert.equal(s.droppedCount, 1);
});

test('a request aborted while queued leaves the queue and is never granted', async () => {
  const s = new RequestScheduler({ high: 1, low: 1, total: 2 });
  const release = await s.acquire('x', 'high', never());
  const abort = new AbortController();
  const waiting = s.acquire('x', 'high', abort.signal, 'k');
  abort.abort();
  await assert.rejects(waiting, (e) => ModelError.is(e, 'aborted'));
  assert.deepEqual(s.load('x'), { running: 1, stalled: 0, queued: 0 });
  release();
  assert.deepEqual(s.load('x'), { running: 0, stalled: 0, queued: 0 });
  await assert.rejects(s.acquire('x', 'high', abort.signal), (e) => ModelError.is(e, 'aborted'), 'already aborted: refused at once');
});

test('a quiet request lends its slot to a waiting one, and counts again once it stirs', async () => {
  const s = new RequestScheduler({ high: 1, low: 1, total: 2 });
  const chat = await s.acquire('x', 'low', never());
  let granted = false;
  const refactor = s.acquire('x', 'low', never()).then((r) => ((granted = true), r));
  await tick();
  assert.equal(granted, false, 'the slot is taken');
  chat.quiet();
  const r = await refactor;
  assert.deepEqual(s.load('x'), { running: 1, stalled: 1, queued: 0 });
  chat.active();
  assert.deepEqual(s.load('x'), { running: 2, stalled: 0, queued: 0 }, 'above the limit until one ends');
  let third = false;
  const next = s.acquire('x', 'low', never()).then((x) => ((third = true), x));
  await tick();
  assert.equal(third, false, 'nothing more goes while above the limit');
  r();
  assert.equal(third, false, 'still at the limit');
  chat();
  (await next)();
  assert.deepEqual(s.load('x'), { running: 0, stalled: 0, queued: 0 });
});

test('releasing a quiet request frees nothing twice', async () => {
  const s = new RequestScheduler({ high: 1, low: 1, total: 2 });
  const chat = await s.acquire('x', 'low', never());
  chat.quiet();
  chat.quiet();
  chat();
  chat();
  chat.active();
  assert.deepEqual(s.load('x'), { running: 0, stalled: 0, queued: 0 });
  const a = await s.acquire('x', 'low', never());
  let second = false;
  void s.acquire('x', 'low', never()).then(() => (second = true));
  await tick();
  assert.equal(second, false, 'the limit still holds');
  a();
});
