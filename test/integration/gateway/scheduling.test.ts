import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { chat, collect, createHarness, fim, noFiles } from './gatewayHarness';

let ollama: FakeOllamaServer;
before(async () => {
  ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder, fakeOllamaModels.llama] });
});
after(() => ollama.close());

/** Attaches the handlers at once, so an early rejection is not "unhandled". */
function settle<T>(p: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return p.then((value) => ({ value }), (error: unknown) => ({ error }));
}

const roles = () => ({
  completion: [{ provider: 'ollama' as const, baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }],
  chat: [{ provider: 'ollama' as const, baseUrl: ollama.url, model: 'llama3.2:3b' }],
  refactor: [{ provider: 'ollama' as const, baseUrl: ollama.url, model: 'llama3.2:3b' }],
});

test('completions are served while a long chat stream runs on the same server', async () => {
  const h = createHarness({ roles: roles() });
  ollama.reply({ path: '/api/chat', tokens: ['chat '], endless: true, tokenDelayMs: 10 });
  const chatAbort = new AbortController();
  const chatStream = h.streamChat('chat', chat, chatAbort.signal, noFiles)[Symbol.asyncIterator]();
  assert.equal((await chatStream.next()).value?.text, 'chat ', 'the chat stream is running');
  const chatRequest = ollama.requestsTo('/api/chat').at(-1)!;

  for (let i = 0; i < 3; i++) {
    ollama.reply({ path: '/api/generate', tokens: [`c${i}`] });
    const result = await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
    assert.equal(result.text, `c${i}`);
  }
  let settled = false;
  void chatRequest.outcome.then(() => (settled = true));
  await new Promise((r) => setImmediate(r));
  assert.equal(settled, false, 'the chat stream was still open while the completions were served');
  assert.ok((await chatStream.next()).value?.text, 'and it keeps streaming');
  chatAbort.abort();
  await assert.rejects(async () => {
    for (let i = 0; i < 1000; i++) await chatStream.next();
  }, (e) => ModelError.is(e, 'aborted'));
  assert.equal(await chatRequest.outcome, 'clientClosed');
  h.gateway.dispose();
});

test('queued completions superseded by a newer one, or cancelled while waiting, are never sent', async () => {
  const h = createHarness({ roles: roles() });
  const generateBefore = ollama.requestsTo('/api/generate').length;
  // The first completion holds the only completion slot until its reply comes.
  ollama.reply({ path: '/api/generate', tokens: ['first'], firstTokenDelayMs: 150 });
  const first = collect(h.streamFim('completion', { ...fim, prefix: 'p0' }, AbortSignal.timeout(5000), noFiles));
  await ollama.nextRequest('/api/generate');
  const stale = [1, 2].map((i) => settle(collect(h.streamFim('completion', { ...fim, prefix: `p${i}` }, AbortSignal.timeout(5000), noFiles))));
  const cancelled = new AbortController();
  const gone = settle(collect(h.streamFim('completion', { ...fim, prefix: 'p3' }, cancelled.signal, { files: [], supersedeKey: 'other-editor' })));
  await new Promise((r) => setImmediate(r));
  cancelled.abort();
  ollama.reply({ path: '/api/generate', tokens: ['latest'] });
  const latest = collect(h.streamFim('completion', { ...fim, prefix: 'p4' }, AbortSignal.timeout(5000), noFiles));

  for (const s of stale) {
    const { error } = await s;
    assert.ok(ModelError.is(error, 'aborted') && /superseded/.test(String(error.detail)), String(error));
  }
  assert.ok(ModelError.is((await gone).error, 'aborted'));
  assert.equal((await first).text, 'first');
  assert.equal((await latest).text, 'latest');
  const sent = ollama.requestsTo('/api/generate').slice(generateBefore).map((r) => r.body.prompt);
  assert.deepEqual(sent, ['p0', 'p4'], 'the server received only the first and the newest');
  assert.equal(h.gateway.scheduler.droppedCount, 3);
  h.gateway.dispose();
});

test('a freed slot goes to a waiting completion before waiting chat or refactor work', async () => {
  const h = createHarness({ roles: roles(), config: { scheduler: { high: 1, low: 1, total: 1 } } });
  const before = ollama.requests.length;
  ollama.reply({ path: '/api/chat', tokens: ['long chat'], firstTokenDelayMs: 100 });
  const running = collect(h.streamChat('chat', chat, AbortSignal.timeout(5000), noFiles));
  await ollama.nextRequest('/api/chat');
  const refactor = collect(h.streamChat('refactor', { messages: [{ role: 'user', content: 'refactor' }] }, AbortSignal.timeout(5000), noFiles));
  await new Promise((r) => setImmediate(r));
  const completion = collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  await Promise.all([running, refactor, completion]);
  const order = ollama.requests.slice(before).filter((r) => r.path !== '/api/show').map((r) => r.path);
  assert.deepEqual(order, ['/api/chat', '/api/generate', '/api/chat'], 'the completion queued last went first');
  h.gateway.dispose();
});

const slot = (h: ReturnType<typeof createHarness>) => h.gateway.scheduler.load(new URL(ollama.url).origin);

test('a chat that stalls mid-stream holds the refactor back no longer than the idle limit', async () => {
  const h = createHarness({ roles: roles(), config: { timeouts: { idleMs: 300 } } });
  ollama.reply({ path: '/api/chat', tokens: ['chat ', 'more'], stallAfter: 1 });
  const chatStream = h.streamChat('chat', chat, AbortSignal.timeout(20_000), noFiles)[Symbol.asyncIterator]();
  assert.equal((await chatStream.next()).value?.text, 'chat ', 'the chat is streaming, then stalls');
  const chatDone = settle(chatStream.next());
  ollama.reply({ path: '/api/chat', tokens: ['refactored'] });
  const refactor = await collect(h.streamChat('refactor', chat, AbortSignal.timeout(20_000), noFiles));
  assert.equal(refactor.text, 'refactored', 'served, within the 20 s this test gives it (the total limit is 600 s)');
  const { error } = await chatDone;
  assert.ok(ModelError.is(error, 'timeout') && error.timeout?.phase === 'idle', String(error));
  assert.deepEqual(slot(h), { running: 0, stalled: 0, queued: 0 });
  h.gateway.dispose();
});

test('a chat waiting on a model load lends its slot once it has been quiet for the idle limit, and still gets its answer', async () => {
  const h = createHarness({ roles: roles(), config: { timeouts: { idleMs: 300, loadNoticeMs: 50, loadMs: 20_000 } } });
  // The model finishes loading only once the refactor is served: without the lent slot the two
  // would wait on each other until the refactor's 20 s signal gave up.
  let loaded!: () => void;
  const refactored = new Promise<void>((resolve) => (loaded = resolve));
  const { request } = ollama.reply({ path: '/api/chat', tokens: ['slow chat'], until: Promise.all([refactored, h.seen('loadingModel')]) });
  let chatFinished = false;
  const chatDone = collect(h.streamChat('chat', chat, AbortSignal.timeout(60_000), noFiles)).finally(() => (chatFinished = true));
  await request;
  ollama.reply({ path: '/api/chat', tokens: ['refactored'] });
  const refactor = await collect(h.streamChat('refactor', { messages: [{ role: 'user', content: 'Refactor' }] }, AbortSignal.timeout(20_000), noFiles)).finally(loaded);
  assert.equal(refactor.text, 'refactored');
  assert.equal(chatFinished, false, 'the refactor went while the chat still waited');
  assert.equal((await chatDone).text, 'slow chat');
  assert.ok(h.events.some((e) => e.type === 'loadingModel' && e.role === 'chat'));
  assert.deepEqual(slot(h), { running: 0, stalled: 0, queued: 0 });
  h.gateway.dispose();
});

test('Stop frees the chat\'s slot at once: the waiting refactor is granted before the stream has even unwound', async () => {
  const h = createHarness({ roles: roles() });
  ollama.reply({ path: '/api/chat', tokens: ['chat '], endless: true, tokenDelayMs: 50 });
  const stop = new AbortController();
  const chatStream = h.streamChat('chat', chat, stop.signal, noFiles)[Symbol.asyncIterator]();
  await chatStream.next();
  ollama.reply({ path: '/api/chat', tokens: ['refactored'] });
  const refactor = collect(h.streamChat('refactor', chat, AbortSignal.timeout(10_000), noFiles));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(slot(h), { running: 1, stalled: 0, queued: 1 }, 'the refactor waits for the chat');
  stop.abort();
  assert.deepEqual(slot(h), { running: 1, stalled: 0, queued: 0 }, 'in the same tick, the slot went to the refactor');
  assert.equal((await refactor).text, 'refactored');
  await assert.rejects(async () => {
    for (let i = 0; i < 1000; i++) await chatStream.next();
  }, (e) => ModelError.is(e, 'aborted'));
  h.gateway.dispose();
});
