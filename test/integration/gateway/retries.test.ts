import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import { startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../support/fakeOpenAIServer';
import { chat, collect, createHarness, failure, fim, noFiles } from './gatewayHarness';

let ollama: FakeOllamaServer;
let backup: FakeOllamaServer;
let api: FakeOpenAIServer;
before(async () => {
  ollama = await startFakeOllamaServer();
  backup = await startFakeOllamaServer();
  api = await startFakeOpenAIServer({ models: ['gpt-cloud'] });
});
after(async () => {
  await Promise.all([ollama.close(), backup.close(), api.close()]);
});

const cloudChat = () => ({
  roles: { chat: [{ provider: 'openai' as const, baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud' }] },
  cloud: { 'api.cloud.test': api.baseURL },
});
const count = (server: { requests: unknown[] }) => server.requests.length;

test('429 with Retry-After is waited out and retried', async () => {
  const h = createHarness(cloudChat());
  const before = count(api);
  api.reply({ status: 429, headers: { 'Retry-After': '0.2' } });
  const result = await collect(h.streamChat('chat', chat, AbortSignal.timeout(5000), noFiles));
  assert.equal(result.text, 'Hello world');
  assert.equal(count(api) - before, 2);
  assert.ok(h.logger.lines.some((l) => /http_429; retry 1 in 200 ms/.test(l)), h.logger.lines.join('\n'));
  h.gateway.dispose();
});

test('429 with a Retry-After beyond the bound is not waited for', async () => {
  const h = createHarness(cloudChat());
  const before = count(api);
  api.reply({ status: 429, headers: { 'Retry-After': '120' } });
  const { error } = await failure(h.streamChat('chat', chat, AbortSignal.timeout(5000), noFiles));
  assert.ok(ModelError.is(error, 'rateLimited') && error.retryAfterMs === 120_000, String(error));
  assert.equal(count(api) - before, 1);
  h.gateway.dispose();
});

test('503 is retried with backoff; 500 is not', async () => {
  const h = createHarness({ roles: { completion: [{ provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }] } });
  const before = ollama.requestsTo('/api/generate').length;
  ollama.reply({ status: 503 });
  ollama.reply({ status: 503 });
  ollama.reply({ tokens: ['third time'] });
  assert.equal((await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles))).text, 'third time');
  assert.equal(ollama.requestsTo('/api/generate').length - before, 3);

  ollama.reply({ status: 500 });
  const { error } = await failure(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  assert.ok(ModelError.is(error, 'server') && error.status === 500);
  assert.equal(ollama.requestsTo('/api/generate').length - before, 4, 'a 500 is not retried');
  h.gateway.dispose();
});

test('a stream that already delivered tokens is never retried nor moved to another endpoint', async () => {
  const h = createHarness({
    roles: {
      completion: [
        { provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' },
        { provider: 'ollama', baseUrl: backup.url, model: 'qwen2.5-coder:1.5b' },
      ],
    },
  });
  const before = ollama.requestsTo('/api/generate').length;
  ollama.reply({ tokens: ['a', 'b', 'c', 'd'], closeAfter: 2 });
  const { error, text } = await failure(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  assert.equal(text, 'ab');
  assert.ok(ModelError.is(error), String(error));
  assert.equal(ollama.requestsTo('/api/generate').length - before, 1, 'not retried');
  assert.equal(backup.requestsTo('/api/generate').length, 0, 'no fallback after tokens');
  h.gateway.dispose();
});

test('a connection dropped before any token is retried up to the budget, then falls back', async () => {
  const h = createHarness({
    roles: {
      completion: [
        { provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' },
        { provider: 'ollama', baseUrl: backup.url, model: 'qwen2.5-coder:1.5b' },
      ],
    },
  });
  const before = ollama.requestsTo('/api/generate').length;
  // The server drops the connection before the first token, as often as the retry budget allows.
  for (let i = 0; i < 3; i++) ollama.reply({ closeAfter: 0 });
  const result = await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  assert.equal(result.text, 'Hello world');
  assert.equal(ollama.requestsTo('/api/generate').length - before, 3);
  assert.ok(h.events.some((e) => e.type === 'fellBack'));
  assert.equal(backup.requestsTo('/api/generate').length, 1);
  h.gateway.dispose();
});
