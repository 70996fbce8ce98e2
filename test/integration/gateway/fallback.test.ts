import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import { ModelGateway } from '../../../src/core/models/modelGateway';
import { discoverOllama, localModels } from '../../../src/core/models/ollamaDiscovery';
import { silentLogger } from '../../../src/core/logger';
import type { OutgoingPrompt } from '../../../src/core/models/outgoingPrompt';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../support/fakeOpenAIServer';
import { chat, closedPort, collect, createHarness, failure, fim, noFiles } from './gatewayHarness';

let ollamaA: FakeOllamaServer;
let ollamaB: FakeOllamaServer;
let cloud: FakeOpenAIServer;
let down: string;

before(async () => {
  ollamaA = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder] });
  ollamaB = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder7b] });
  cloud = await startFakeOpenAIServer({ models: ['gpt-cloud'] });
  down = await closedPort();
});
after(async () => {
  await Promise.all([ollamaA.close(), ollamaB.close(), cloud.close()]);
});

const signal = () => AbortSignal.timeout(10_000);

test('a local endpoint that is down moves to the next local one, in list order', async () => {
  const h = createHarness({
    roles: {
      completion: [
        { provider: 'ollama', baseUrl: down, model: 'qwen2.5-coder:1.5b' },
        { provider: 'ollama', baseUrl: ollamaB.url, model: 'qwen2.5-coder:7b' },
        { provider: 'ollama', baseUrl: ollamaA.url, model: 'qwen2.5-coder:1.5b' },
      ],
    },
  });
  const before = ollamaA.requests.length;
  const result = await collect(h.streamFim('completion', fim, signal(), noFiles));
  assert.equal(result.text, 'Hello world');
  assert.equal(ollamaB.requestsTo('/api/generate').length, 1, 'the second endpoint served');
  assert.equal(ollamaA.requests.length, before, 'the third was never asked');
  const fell = h.events.filter((e) => e.type === 'fellBack');
  assert.equal(fell.length, 1);
  assert.ok(fell[0]!.type === 'fellBack' && fell[0]!.from.baseUrl === down && ModelError.is(fell[0]!.error, 'unreachable'));
  assert.ok(!h.events.some((e) => e.type === 'switchedToCloud'), 'local to local is not a switch to cloud');
  h.gateway.dispose();
});

test('a cloud endpoint is used only when listed, and the switch from local is announced once', async () => {
  const onlyLocal = createHarness({ roles: { chat: [{ provider: 'ollama', baseUrl: down, model: 'llama3.2:3b' }] } });
  const { error } = await failure(onlyLocal.streamChat('chat', chat, signal(), noFiles));
  assert.ok(ModelError.is(error, 'unreachable'));
  assert.equal(cloud.requests.length, 0, 'no cloud endpoint in the list: nothing goes to the cloud');
  onlyLocal.gateway.dispose();

  const h = createHarness({
    roles: {
      chat: [
        { provider: 'ollama', baseUrl: down, model: 'llama3.2:3b' },
        { provider: 'openai', baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud' },
      ],
    },
    cloud: { 'api.cloud.test': cloud.baseURL },
  });
  for (let i = 0; i < 3; i++) assert.equal((await collect(h.streamChat('chat', chat, signal(), noFiles))).text, 'Hello world');
  const switches = h.events.filter((e) => e.type === 'switchedToCloud');
  assert.equal(switches.length, 1, 'announced once, not per request');
  assert.ok(switches[0]!.type === 'switchedToCloud' && switches[0]!.from.baseUrl === down && switches[0]!.to.model === 'gpt-cloud');
  assert.equal(cloud.requestsTo('/v1/chat/completions').length, 3);
  assert.ok(h.logger.lines.some((l) => l.startsWith('warn') && l.includes('using cloud model gpt-cloud')));
  h.gateway.dispose();
});

test('local only refuses every non-loopback endpoint with a clear message, and uses the local ones', async () => {
  const cloudOnly = createHarness({
    localOnly: true,
    roles: { chat: [{ provider: 'openai', baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud' }] },
    cloud: { 'api.cloud.test': cloud.baseURL },
  });
  const sent = cloud.requests.length;
  const { error } = await failure(cloudOnly.streamChat('chat', chat, signal(), noFiles));
  assert.ok(ModelError.is(error, 'localOnly'), String(error));
  assert.match(error.message, /flywheel\.models\.localOnly/);
  await assert.rejects(cloudOnly.gateway.resolve('chat', signal()), (e) => ModelError.is(e, 'localOnly'));
  assert.equal(cloud.requests.length, sent, 'nothing reached the cloud server');
  cloudOnly.gateway.dispose();

  const mixed = createHarness({
    localOnly: true,
    roles: {
      chat: [
        { provider: 'openai', baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud' },
        { provider: 'ollama', baseUrl: ollamaA.url, model: 'qwen2.5-coder:1.5b' },
      ],
    },
    cloud: { 'api.cloud.test': cloud.baseURL },
  });
  assert.equal((await collect(mixed.streamChat('chat', chat, signal(), noFiles))).text, 'Hello world');
  assert.equal(cloud.requests.length, sent);
  mixed.gateway.dispose();
});

test('resolve names the endpoint that will serve, with its FIM details, skipping one that is down', async () => {
  const h = createHarness({
    roles: {
      completion: [
        { provider: 'ollama', baseUrl: down, model: 'qwen2.5-coder:1.5b' },
        { provider: 'ollama', baseUrl: ollamaA.url, model: 'qwen2.5-coder:1.5b' },
      ],
    },
  });
  const resolved = await h.gateway.resolve('completion', signal());
  assert.equal(resolved.endpoint.baseUrl, ollamaA.url);
  assert.equal(resolved.details.supportsFim, true);
  assert.equal(resolved.details.contextLength, 32768);
  assert.equal(resolved.local, true);
  // The endpoint that was down is now skipped first: no new attempt on it before the next one.
  await collect(h.streamFim('completion', fim, signal(), noFiles));
  assert.ok(!h.events.some((e) => e.type === 'fellBack'), 'the failed endpoint went to the back of the list');
  h.gateway.dispose();
});

test('an empty role list uses the discovered Ollama, for completion and chat alike', async () => {
  const gateway = new ModelGateway(
    { roles: { completion: [], chat: [], refactor: [] } },
    {
      logger: silentLogger,
      discoverLocal: async (s) => localModels(await discoverOllama({ host: ollamaA.url, signal: s })),
    },
  );
  // Nothing off this machine can serve an empty list: the prompt needs no remote clearance.
  assert.equal(gateway.mayReachRemote('completion'), false);
  const prompt = (role: 'completion' | 'chat', body: OutgoingPrompt['body']): OutgoingPrompt => ({ role, purpose: role, body, files: [] });
  assert.equal((await collect(gateway.stream(prompt('completion', { kind: 'fim', request: fim }), signal()))).text, 'Hello world');
  assert.equal((await collect(gateway.stream(prompt('chat', { kind: 'chat', request: chat }), signal()))).text, 'Hello world');
  assert.equal(ollamaA.requestsTo('/api/chat').at(-1)?.body.model, (await gateway.resolve('chat', signal())).endpoint.model);
  gateway.dispose();
});
