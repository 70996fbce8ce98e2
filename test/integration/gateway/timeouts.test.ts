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

const timeouts = { connectMs: 2_000, loadNoticeMs: 50, loadMs: 3_000, firstTokenMs: 150, totalMs: 10_000 };
const local = () => ({ completion: [{ provider: 'ollama' as const, baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }] });

test('a cold model load longer than the first-token limit is reported as "loading model", not failed', async () => {
  const h = createHarness({ roles: local(), config: { timeouts } });
  // Connected at once, but no byte for 400 ms (> firstTokenMs): Ollama loading the model.
  ollama.reply({ tokens: ['loaded'], firstTokenDelayMs: 400 });
  const result = await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  assert.equal(result.text, 'loaded');
  const types = h.events.map((e) => e.type);
  assert.deepEqual(types, ['loadingModel', 'modelLoaded']);
  h.gateway.dispose();
});

test('a load longer than the load limit fails as a load timeout', async () => {
  const h = createHarness({ roles: local(), config: { timeouts: { ...timeouts, loadMs: 300 } } });
  ollama.reply({ tokens: ['late'], firstTokenDelayMs: 2_000 });
  const { error } = await failure(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
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
    config: { timeouts },
  });
  api.reply({ headersFirst: true, firstTokenDelayMs: 2_000, tokens: ['never'] });
  const { error } = await failure(h.streamFim('completion', { ...fim, prompt: 'x' }, AbortSignal.timeout(5000), noFiles));
  assert.ok(ModelError.is(error, 'timeout'), String(error));
  assert.match(String(error.detail), /first token .*firstToken timeout/);
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
