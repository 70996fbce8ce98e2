// Zero-configuration discovery against loopback Ollama-protocol servers.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { discoverOllama } from '../../../src/core/models/ollamaDiscovery';
import { fakeOllamaModels, startFakeOllamaServer } from '../../support/fakeOllamaServer';

test('Ollama not running: ollamaDown with the host it tried', async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  const result = await discoverOllama({ env: { OLLAMA_HOST: `127.0.0.1:${port}` } });
  assert.equal(result.kind, 'ollamaDown');
  assert.equal(result.kind === 'ollamaDown' && result.host, `http://127.0.0.1:${port}`);
  assert.equal(result.kind === 'ollamaDown' && result.error.reason, 'unreachable');
});

test('only chat models installed: noFimModel with the pull command', async () => {
  const server = await startFakeOllamaServer({ models: [fakeOllamaModels.llama] });
  try {
    const result = await discoverOllama({ host: server.url });
    assert.deepEqual(result, {
      kind: 'noFimModel', host: server.url, installed: ['llama3.2:3b'], suggestion: 'ollama pull qwen2.5-coder:1.5b',
    });
  } finally {
    await server.close();
  }
});

test('prefers qwen2.5-coder, the smaller one, over other FIM models; found through OLLAMA_HOST', async () => {
  const server = await startFakeOllamaServer({
    models: [fakeOllamaModels.llama, fakeOllamaModels.codellama, fakeOllamaModels.qwenCoder7b, fakeOllamaModels.qwenCoder],
  });
  try {
    const result = await discoverOllama({ env: { OLLAMA_HOST: server.url.replace('http://', '') } });
    assert.equal(result.kind, 'ready');
    if (result.kind !== 'ready') return;
    assert.deepEqual(result.endpoint, { provider: 'ollama', baseUrl: server.url, model: 'qwen2.5-coder:1.5b', contextLength: 32768 });
    assert.equal(result.details.supportsFim, true);
    assert.equal(result.family, 'qwen');
    assert.deepEqual(server.requestsTo('/api/show').map((r) => r.body.model), ['qwen2.5-coder:1.5b']);
  } finally {
    await server.close();
  }
});

test('a FIM model whose template has no .Suffix is still chosen (raw template)', async () => {
  const server = await startFakeOllamaServer({ models: [fakeOllamaModels.llama, fakeOllamaModels.starcoder2] });
  try {
    const result = await discoverOllama({ host: server.url });
    assert.equal(result.kind, 'ready');
    assert.equal(result.kind === 'ready' && result.endpoint.model, 'starcoder2:3b');
    assert.equal(result.kind === 'ready' && result.family, 'starcoder');
    assert.equal(result.kind === 'ready' && result.details.supportsFim, false);
  } finally {
    await server.close();
  }
});

test('an unknown name with a FIM template is found through /api/show', async () => {
  const server = await startFakeOllamaServer({
    models: [fakeOllamaModels.llama, { ...fakeOllamaModels.qwenCoder, name: 'my-autocomplete:latest' }],
  });
  try {
    const result = await discoverOllama({ host: server.url });
    assert.equal(result.kind === 'ready' && result.endpoint.model, 'my-autocomplete:latest');
    assert.equal(result.kind === 'ready' && result.family, 'qwen');
  } finally {
    await server.close();
  }
});

test('a failing /api/tags reads as Ollama down; a failing /api/show skips that model', async () => {
  const server = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder, fakeOllamaModels.codellama] });
  try {
    server.reply({ path: '/api/tags', status: 500 });
    const down = await discoverOllama({ host: server.url });
    assert.equal(down.kind === 'ollamaDown' && down.error.reason, 'server');
    server.reply({ path: '/api/show', status: 500 });
    const next = await discoverOllama({ host: server.url });
    assert.equal(next.kind === 'ready' && next.endpoint.model, 'codellama:7b-code');
  } finally {
    await server.close();
  }
});
