// The gateway with zero configuration, over loopback Ollama servers: each role is served by the
// model discovery chose for it; a missing server is said with its URL and the next step; a
// server that starts later is found by rediscover() (the set-up notice's Retry); invalid
// settings never fall back to discovery; the model catalogue asks the discovered host.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger } from '../../../src/core/logger';
import { listModelCatalog } from '../../../src/core/models/modelCatalog';
import { ModelError } from '../../../src/core/models/modelError';
import { ModelGateway } from '../../../src/core/models/modelGateway';
import type { GatewayEndpoint, ModelRole } from '../../../src/core/models/modelGatewayConfig';
import { discoverOllama, localModels, type OllamaDiscovery } from '../../../src/core/models/ollamaDiscovery';
import type { OutgoingPrompt } from '../../../src/core/models/outgoingPrompt';
import { fakeOllamaModels, startFakeOllamaServer } from '../../support/fakeOllamaServer';
import { chat, closedPort, collect, fim } from './gatewayHarness';

const signal = () => AbortSignal.timeout(10_000);
const fimPrompt = (): OutgoingPrompt => ({ role: 'completion', purpose: 'completion', body: { kind: 'fim', request: fim }, files: [] });
const chatPrompt = (role: 'chat' | 'refactor'): OutgoingPrompt => ({ role, purpose: role, body: { kind: 'chat', request: chat }, files: [] });

function gatewayOn(host: string, roles: Partial<Record<ModelRole, GatewayEndpoint[]>> = {}, invalidSettings?: Partial<Record<ModelRole, string>>) {
  const seen: OllamaDiscovery[] = [];
  const gateway = new ModelGateway(
    { roles: { completion: [], chat: [], refactor: [], ...roles }, invalidSettings },
    {
      logger: silentLogger,
      discoverLocal: async (s) => {
        const found = await discoverOllama({ env: { OLLAMA_HOST: host }, signal: s });
        seen.push(found);
        return localModels(found);
      },
    },
  );
  return { gateway, seen };
}

test('each empty role is served by the model chosen for it: completion the base model, chat and refactor the instruct one', async () => {
  const ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoderBase, fakeOllamaModels.qwenCoder7b] });
  const { gateway, seen } = gatewayOn(ollama.url);
  try {
    assert.equal((await collect(gateway.stream(fimPrompt(), signal()))).text, 'Hello world');
    assert.equal((await collect(gateway.stream(chatPrompt('chat'), signal()))).text, 'Hello world');
    assert.equal((await collect(gateway.stream(chatPrompt('refactor'), signal()))).text, 'Hello world');
    assert.deepEqual(ollama.requestsTo('/api/generate').map((r) => r.body.model), ['qwen2.5-coder:1.5b-base']);
    assert.deepEqual(ollama.requestsTo('/api/chat').map((r) => r.body.model), ['qwen2.5-coder:7b', 'qwen2.5-coder:7b']);
    assert.equal(seen.length, 1, 'one discovery served all three roles');
    const first = await gateway.firstChoices(signal());
    assert.deepEqual(Object.fromEntries(Object.entries(first).map(([r, e]) => [r, e.model])), {
      completion: 'qwen2.5-coder:1.5b-base', chat: 'qwen2.5-coder:7b', refactor: 'qwen2.5-coder:7b',
    });
  } finally {
    gateway.dispose();
    await ollama.close();
  }
});

test('Ollama down: the error names the URL and the next step; Retry (rediscover) finds it once it starts', async () => {
  const host = await closedPort();
  const { gateway, seen } = gatewayOn(host);
  let ollama;
  try {
    await assert.rejects(gateway.resolve('completion', signal()), (e: unknown) => {
      assert.ok(ModelError.is(e, 'unreachable'));
      assert.equal((e as Error).message, `Cannot reach Ollama at ${host}. Is it running? Start it with \`ollama serve\`.`);
      return true;
    });
    ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder] }, Number(new URL(host).port));
    // The result is kept for a while: without Retry the gateway does not ask again at once.
    await assert.rejects(gateway.resolve('completion', signal()), /Cannot reach Ollama/);
    assert.equal(ollama.requestsTo('/api/tags').length, 0);
    await gateway.rediscover();
    assert.equal(ollama.requestsTo('/api/tags').length, 1, 'Retry asked the server at once');
    assert.equal(seen.at(-1)?.kind, 'ready');
    assert.equal((await gateway.resolve('completion', signal())).endpoint.model, 'qwen2.5-coder:1.5b');
  } finally {
    gateway.dispose();
    await ollama?.close();
  }
});

test('no model that fills in the middle: completion names the host and the pull; chat is still served', async () => {
  const ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.llama] });
  const { gateway } = gatewayOn(ollama.url);
  try {
    await assert.rejects(gateway.resolve('completion', signal()), (e: unknown) => {
      assert.ok(ModelError.is(e, 'modelNotFound'));
      assert.match((e as Error).message, new RegExp(`Ollama at ${ollama.url.replace(/\./g, '\\.')}\\. Install it with \`ollama pull qwen2\\.5-coder:1\\.5b\``));
      return true;
    });
    assert.equal((await collect(gateway.stream(chatPrompt('chat'), signal()))).text, 'Hello world');
    assert.equal(ollama.requestsTo('/api/chat').at(-1)?.body.model, 'llama3.2:3b');
  } finally {
    gateway.dispose();
    await ollama.close();
  }
});

test('a role whose settings are invalid fails with their message and never falls back to discovery', async () => {
  const ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder] });
  const message = 'flywheel.models.chat, entry 1 ("m"): "provider": "olama" is not one Flywheel knows.';
  const { gateway, seen } = gatewayOn(ollama.url, {}, { chat: message });
  try {
    const { error } = await collect(gateway.stream(chatPrompt('chat'), signal())).then(
      () => ({ error: undefined }),
      (e: unknown) => ({ error: e }),
    );
    assert.ok(ModelError.is(error, 'invalidSettings'));
    assert.equal((error as Error).message, message);
    assert.equal(ollama.requestsTo('/api/chat').length, 0, 'nothing went to the local Ollama');
    assert.equal(seen.length, 0, 'discovery was not even asked for chat');
    // The other roles still use discovery.
    assert.equal((await collect(gateway.stream(fimPrompt(), signal()))).text, 'Hello world');
    assert.equal((await gateway.firstChoices(signal())).chat, undefined);
  } finally {
    gateway.dispose();
    await ollama.close();
  }
});

test('the model catalogue asks the discovered host (OLLAMA_HOST without a scheme) and marks what serves the role', async () => {
  const ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoderBase, fakeOllamaModels.qwenCoder7b] });
  const cloud: GatewayEndpoint = { provider: 'openai', baseUrl: 'http://127.0.0.1:9', model: 'gpt-configured' };
  const { gateway } = gatewayOn(ollama.url.replace('http://', '') + '/', { refactor: [cloud] });
  try {
    const groups = await listModelCatalog(gateway, 'chat', signal(), { openai: 'configured' });
    assert.deepEqual(groups.map((g) => g.server.baseUrl), [ollama.url, 'http://127.0.0.1:9'], 'the role\'s server first, each server once');
    const local = groups[0]!.entries;
    assert.deepEqual(local.map((e) => [e.endpoint.model, e.current]), [['qwen2.5-coder:1.5b-base', false], ['qwen2.5-coder:7b', true]]);
    assert.deepEqual(groups[1]!.entries, [], 'another role\'s OpenAI-compatible models are not listed for chat');
    const forRefactor = await listModelCatalog(gateway, 'refactor', signal(), { openai: 'configured' });
    assert.equal(forRefactor[0]!.server.baseUrl, 'http://127.0.0.1:9');
    assert.deepEqual(forRefactor[0]!.entries.map((e) => [e.endpoint.model, e.configured, e.current]), [['gpt-configured', true, true]]);
  } finally {
    gateway.dispose();
    await ollama.close();
  }
});
