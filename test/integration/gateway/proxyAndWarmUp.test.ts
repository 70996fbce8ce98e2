import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../support/fakeOpenAIServer';
import { chat, collect, createHarness, fim, noFiles } from './gatewayHarness';

let api: FakeOpenAIServer;
let ollama: FakeOllamaServer;
let proxy: Server;
let proxyUrl: string;
const tunnels: string[] = [];

before(async () => {
  api = await startFakeOpenAIServer({ models: ['gpt-cloud'] });
  ollama = await startFakeOllamaServer();
  // An HTTP CONNECT proxy that sends every tunnel to the fake API, whatever host was asked for.
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, socket, head) => {
    tunnels.push(req.url ?? '');
    const upstream = connect(Number(new URL(api.url).port), '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

after(async () => {
  proxy.closeAllConnections();
  await new Promise<void>((r) => proxy.close(() => r()));
  await Promise.all([api.close(), ollama.close()]);
});

test('a cloud endpoint goes through http.proxy (its host is only reachable through it); loopback never does', async () => {
  const h = createHarness({
    roles: {
      chat: [{ provider: 'openai', baseUrl: 'http://api.proxied.test/v1', model: 'gpt-cloud' }],
      completion: [{ provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }],
    },
    config: { transport: { proxy: proxyUrl } },
  });
  const result = await collect(h.streamChat('chat', chat, AbortSignal.timeout(5000), noFiles));
  assert.equal(result.text, 'Hello world');
  assert.deepEqual(tunnels, ['api.proxied.test:80']);
  await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  assert.deepEqual(tunnels, ['api.proxied.test:80'], 'the local Ollama was reached directly');
  h.gateway.dispose();
});

test('warm-up loads the local completion model with an empty prompt and keep_alive; requests carry keep_alive', async () => {
  const h = createHarness({
    roles: { completion: [{ provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }] },
    config: { keepAlive: '45m' },
  });
  assert.equal(await h.gateway.warmUp('completion', AbortSignal.timeout(5000)), true);
  const warm = ollama.requestsTo('/api/generate').at(-1)!;
  assert.equal(warm.body.prompt, '');
  assert.equal(warm.body.keep_alive, '45m');
  await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  assert.equal(ollama.requestsTo('/api/generate').at(-1)!.body.keep_alive, '45m');
  h.gateway.dispose();

  const cloud = createHarness({
    roles: { completion: [{ provider: 'openai', baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud' }] },
    cloud: { 'api.cloud.test': api.baseURL },
  });
  const before = api.requests.length;
  assert.equal(await cloud.gateway.warmUp('completion', AbortSignal.timeout(5000)), false, 'no warm-up for cloud models');
  assert.equal(api.requestsTo('/v1/completions').length, 0);
  assert.equal(api.requests.length, before, 'not even the model list was read');
  cloud.gateway.dispose();
});
