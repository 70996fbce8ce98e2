import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import { startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../support/fakeOpenAIServer';
import { collect, createHarness, failure, fim, noFiles } from './gatewayHarness';

let ollama: FakeOllamaServer;
let api: FakeOpenAIServer;
before(async () => {
  ollama = await startFakeOllamaServer();
  api = await startFakeOpenAIServer({ models: ['gpt-cloud'] });
});
after(async () => {
  await Promise.all([ollama.close(), api.close()]);
});

// The limit a test is about is short; the others are long enough never to be what ends a call on
// a loaded machine (they only bound a failure). Where the order of two events matters, the fake
// server waits on the client's state (`until`), not on a delay.
const timeouts = { connectMs: 10_000, loadNoticeMs: 50, loadMs: 30_000, firstTokenMs: 150, totalMs: 60_000 };
const local = () => ({ completion: [{ provider: 'ollama' as const, baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }] });
/** Never settles: a reply held with it waits until the client leaves. */
const never = new Promise<never>(() => {});

test('a cold model load longer than the first-token limit is reported as "loading model", not failed', async () => {
  const h = createHarness({ roles: local(), config: { timeouts } });
  // Connected at once, but no byte (not even headers) before the first-token limit has passed
  // and the gateway has said "loading model": Ollama loading the model.
  ollama.reply({ tokens: ['loaded'], firstTokenDelayMs: 400, until: h.seen('loadingModel') });
  const result = await collect(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles));
  assert.equal(result.text, 'loaded');
  const types = h.events.map((e) => e.type);
  assert.deepEqual(types, ['loadingModel', 'modelLoaded']);
  h.gateway.dispose();
});

test('a load longer than the load limit fails as a load timeout', async () => {
  const h = createHarness({ roles: local(), config: { timeouts: { ...timeouts, loadMs: 1_500 } } });
  ollama.reply({ tokens: ['late'], until: never });
  const { error } = await failure(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles));
  assert.ok(ModelError.is(error, 'timeout'), String(error));
  assert.match(String(error.detail), /load timeout/);
  assert.ok(h.events.some((e) => e.type === 'loadingModel'));
  const last = ollama.requestsTo('/api/generate').at(-1)!;
  assert.equal(await last.outcome, 'clientClosed', 'the timed-out request was closed');
  h.gateway.dispose();
});

test('headers without a first token fail as a first-token timeout (cloud endpoint: no load phase)', async () => {
  const h = createHarness({
    roles: { completion: [{ provider: 'openai', baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud' }] },
    cloud: { 'api.cloud.test': api.baseURL },
    config: { timeouts: { ...timeouts, firstTokenMs: 1_000 } },
  });
  // Headers at once, then nothing until the client leaves.
  const { request } = api.reply({ headersFirst: true, until: never, tokens: ['never'] });
  const { error } = await failure(h.streamFim('completion', { ...fim, prompt: 'x' }, AbortSignal.timeout(60_000), noFiles));
  assert.ok(ModelError.is(error, 'timeout'), String(error));
  assert.equal(error.timeout?.phase, 'firstToken');
  assert.match(String(error.detail), /first token .*firstToken timeout/);
  assert.equal(await (await request).outcome, 'clientClosed', 'the timed-out request was closed');
  assert.ok(!h.events.some((e) => e.type === 'loadingModel'), 'a cloud endpoint never "loads"');
  assert.equal(api.requestsTo('/v1/completions').length, 1, 'a timeout is not retried');
  h.gateway.dispose();
});

test('the caller aborting is reported as aborted, not as a timeout, and closes the request', async () => {
  const h = createHarness({ roles: local(), config: { timeouts } });
  ollama.reply({ tokens: ['x'], endless: true, tokenDelayMs: 20 });
  const abort = new AbortController();
  const stream = h.streamFim('completion', fim, abort.signal, noFiles)[Symbol.asyncIterator]();
  await stream.next();
  abort.abort();
  await assert.rejects(async () => {
    for (let i = 0; i < 1000; i++) await stream.next();
  }, (e) => ModelError.is(e, 'aborted'));
  assert.equal(await ollama.requestsTo('/api/generate').at(-1)!.outcome, 'clientClosed');
  assert.ok(!h.events.some((e) => e.type === 'error'), 'a cancellation is not an error event');
  h.gateway.dispose();
});

test('a server that takes the request and answers nothing, not even /api/ps, fails as "not answering" long before the load limit', async () => {
  const h = createHarness({ roles: local(), config: { timeouts: { ...timeouts, connectMs: 1_000, loadMs: 20_000 } } });
  // It worked once (the model's /api/show details are cached), then it stopped answering.
  assert.equal((await collect(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles))).text, 'Hello world');
  h.events.length = 0;
  ollama.hung = true;
  const { error } = await failure(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles)).finally(() => (ollama.hung = false));
  assert.ok(ModelError.is(error, 'timeout'), String(error));
  assert.equal(error.timeout?.phase, 'response', 'not the 20 s load limit');
  assert.match(error.message, /accepted the request but is not answering, not even \/api\/ps/);
  assert.ok(!h.events.some((e) => e.type === 'loadingModel'), 'a silent server is not "loading"');
  assert.equal(await ollama.requestsTo('/api/generate').at(-1)!.outcome, 'clientClosed');
  h.gateway.dispose();
});

test('a connection that never completes (TLS to a silent socket) fails in the connect phase', async (t) => {
  const { createServer } = await import('node:net');
  const sockets: import('node:net').Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  let h: ReturnType<typeof createHarness> | undefined;
  // Closed whatever the assertions say: a server left open keeps this file's process, and the run, waiting.
  t.after(async () => {
    h?.gateway.dispose();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });
  const port = (silent.address() as { port: number }).port;
  h = createHarness({
    roles: { completion: [{ provider: 'ollama', baseUrl: `https://127.0.0.1:${port}`, model: 'qwen2.5-coder:1.5b' }] },
    config: { timeouts: { ...timeouts, connectMs: 200 }, retry: { maxAttempts: 1 } },
  });
  const { error } = await failure(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles));
  assert.ok(ModelError.is(error, 'unreachable'), String(error));
  assert.equal(error.timeout?.phase, 'connect');
  assert.match(error.message, /no connection within 200 ms/);
});

for (const provider of ['ollama', 'openai'] as const) {
  test(`${provider}: a stream that stops mid-reply fails at the idle limit, after the text before it, and closes the request`, async () => {
    const idle = { ...timeouts, firstTokenMs: 10_000, idleMs: 250 };
    const h = provider === 'ollama'
      ? createHarness({ roles: local(), config: { timeouts: idle } })
      : createHarness({
          roles: { completion: [{ provider: 'openai', baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud' }] },
          cloud: { 'api.cloud.test': api.baseURL },
          config: { timeouts: idle },
        });
    const server = provider === 'ollama' ? ollama : api;
    const { request } = server.reply({ tokens: ['one', ' two', ' three'], stallAfter: 2 });
    const { error, text } = await failure(h.streamFim('completion', { ...fim, prompt: 'x' }, AbortSignal.timeout(60_000), noFiles));
    assert.equal(text, 'one two', 'what came before the stall was delivered');
    assert.ok(ModelError.is(error, 'timeout'), String(error));
    assert.equal(error.timeout?.phase, 'idle', 'ended by the idle limit, not the total');
    assert.match(error.message, /stopped sending in the middle of the reply \(nothing for 250 ms/);
    assert.equal(await (await request).outcome, 'clientClosed');
    h.gateway.dispose();
  });
}

test('a slow but steady stream is never idle: each piece restarts the idle clock', async () => {
  const h = createHarness({ roles: local(), config: { timeouts: { ...timeouts, idleMs: 1_000 } } });
  ollama.reply({ tokens: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], tokenDelayMs: 250 });
  const result = await collect(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles));
  assert.equal(result.text, 'abcdefgh', '1.75 s of streaming under a 1 s idle limit');
  h.gateway.dispose();
});

test('a reply that never finishes is cut at the total limit', async () => {
  const h = createHarness({ roles: local(), config: { timeouts: { ...timeouts, totalMs: 2_000 } } });
  ollama.reply({ tokens: ['x'], endless: true, tokenDelayMs: 20 });
  const { error, text } = await failure(h.streamFim('completion', { ...fim, maxTokens: 100_000 }, AbortSignal.timeout(60_000), noFiles));
  assert.ok(text.length > 0);
  assert.ok(ModelError.is(error, 'timeout'), String(error));
  assert.equal(error.timeout?.phase, 'total');
  assert.match(error.message, /did not finish within 2 s/);
  h.gateway.dispose();
});

test('a load timeout says how long the model\'s last load took (Ollama\'s load_duration)', async () => {
  const h = createHarness({ roles: local(), config: { timeouts: { ...timeouts, loadMs: 1_500 } } });
  ollama.reply({ tokens: ['warm'], loadDurationMs: 2_400 });
  assert.equal((await collect(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles))).text, 'warm');
  assert.ok(h.logger.lines.some((l) => /loaded into memory in 2\.4 s/.test(l)), h.logger.lines.join('\n'));
  ollama.reply({ tokens: ['late'], until: never });
  const { error } = await failure(h.streamFim('completion', fim, AbortSignal.timeout(60_000), noFiles));
  assert.ok(ModelError.is(error, 'timeout'), String(error));
  assert.equal(error.timeout?.phase, 'load');
  assert.match(error.message, /still loading .* after 1\.5 s \(its last load took 2\.4 s\)/);
  h.gateway.dispose();
});

test('a local OpenAI-compatible server is probed through /v1/models: alive while silent is "loading model", silent there too is "not answering"', async () => {
  const localApi = () => ({ completion: [{ provider: 'openai' as const, baseUrl: api.baseURL, model: 'gpt-cloud' }] });
  const h = createHarness({ roles: localApi(), config: { timeouts: { ...timeouts, connectMs: 1_000 } } });
  api.reply({ tokens: ['loaded'], firstTokenDelayMs: 400, until: h.seen('loadingModel') });
  const result = await collect(h.streamFim('completion', { ...fim, prompt: 'x' }, AbortSignal.timeout(60_000), noFiles));
  assert.equal(result.text, 'loaded');
  assert.deepEqual(h.events.map((e) => e.type), ['loadingModel', 'modelLoaded']);

  api.reply({ tokens: ['never'], until: never });
  api.reply({ path: '/v1/models', until: never });
  const { error } = await failure(h.streamFim('completion', { ...fim, prompt: 'x' }, AbortSignal.timeout(60_000), noFiles));
  assert.ok(ModelError.is(error, 'timeout'), String(error));
  assert.equal(error.timeout?.phase, 'response');
  assert.match(error.message, /not answering, not even a model listing/);
  h.gateway.dispose();
});
