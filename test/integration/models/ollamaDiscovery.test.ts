// Zero-configuration discovery against loopback Ollama-protocol servers: the host, and which
// installed model each role gets (read from /api/tags and /api/show as a real Ollama sends them).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import type { ModelDetails } from '../../../src/core/models/modelTypes';
import { describeLocalChoices, discoverOllama, localModels, ollamaDownHelp, type OllamaDiscovery } from '../../../src/core/models/ollamaDiscovery';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaModel, type FakeOllamaServer } from '../../support/fakeOllamaServer';

async function withServer(models: FakeOllamaModel[], run: (server: FakeOllamaServer) => Promise<void>): Promise<void> {
  const server = await startFakeOllamaServer({ models });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

function chosen(result: OllamaDiscovery): Record<string, string | undefined> {
  assert.notEqual(result.kind, 'ollamaDown');
  if (result.kind === 'ollamaDown') return {};
  return { completion: result.roles.completion?.endpoint.model, chat: result.roles.chat?.endpoint.model, refactor: result.roles.refactor?.endpoint.model };
}

test('Ollama not running: ollamaDown with the host it tried, and every role says where and what to do', async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  const result = await discoverOllama({ env: { OLLAMA_HOST: `127.0.0.1:${port}` } });
  assert.equal(result.kind, 'ollamaDown');
  assert.equal(result.kind === 'ollamaDown' && result.host, `http://127.0.0.1:${port}`);
  assert.equal(result.kind === 'ollamaDown' && result.error.reason, 'unreachable');
  const local = localModels(result);
  assert.deepEqual(local.roles, {});
  for (const role of ['completion', 'chat', 'refactor'] as const) {
    assert.match(local.problems[role]!.message, new RegExp(`Cannot reach Ollama at http://127\\.0\\.0\\.1:${port}\\. .*ollama serve`));
  }
});

test('only a chat model installed: no completion model (with the pull command), but chat and refactors get it', async () => {
  await withServer([fakeOllamaModels.llama], async (server) => {
    const result = await discoverOllama({ host: server.url });
    assert.equal(result.kind, 'noFimModel');
    if (result.kind !== 'noFimModel') return;
    assert.equal(result.suggestion, 'ollama pull qwen2.5-coder:1.5b');
    assert.deepEqual(result.installed, ['llama3.2:3b']);
    assert.deepEqual(chosen(result), { completion: undefined, chat: 'llama3.2:3b', refactor: 'llama3.2:3b' });
    const local = localModels(result);
    assert.equal(local.roles.chat?.model, 'llama3.2:3b');
    assert.equal(local.problems.completion?.reason, 'modelNotFound');
    assert.match(local.problems.completion!.message, new RegExp(`not installed in Ollama at ${server.url.replace(/\./g, '\\.')}\\. Install it with \`ollama pull qwen2\\.5-coder:1\\.5b\``));
  });
});

test('a base model and an instruction-tuned one: completions get the base model, chat and refactors the instruct one', async () => {
  await withServer([fakeOllamaModels.qwenCoderBase, fakeOllamaModels.qwenCoder7b], async (server) => {
    const result = await discoverOllama({ host: server.url });
    assert.equal(result.kind, 'ready');
    assert.deepEqual(chosen(result), { completion: 'qwen2.5-coder:1.5b-base', chat: 'qwen2.5-coder:7b', refactor: 'qwen2.5-coder:7b' });
    if (result.kind !== 'ready') return;
    assert.equal(result.roles.completion.training, 'base');
    assert.equal(result.roles.chat?.training, 'instruct');
    assert.equal(result.roles.chat?.caveat, undefined);
    assert.equal(
      describeLocalChoices(result),
      `Ollama at ${server.url}: completions use qwen2.5-coder:1.5b-base (base model, fills in the middle); chat and refactors use qwen2.5-coder:7b (instruction-tuned, fills in the middle).`,
    );
  });
});

test('within the preferred family the smaller model completes and the larger one chats; other families wait', async () => {
  const models = [fakeOllamaModels.llama, fakeOllamaModels.codellama, fakeOllamaModels.qwenCoder7b, fakeOllamaModels.qwenCoder];
  await withServer(models, async (server) => {
    const result = await discoverOllama({ env: { OLLAMA_HOST: server.url.replace('http://', '') } });
    assert.deepEqual(chosen(result), { completion: 'qwen2.5-coder:1.5b', chat: 'qwen2.5-coder:7b', refactor: 'qwen2.5-coder:7b' });
    if (result.kind !== 'ready') return;
    assert.deepEqual(result.roles.completion.endpoint, { provider: 'ollama', baseUrl: server.url, model: 'qwen2.5-coder:1.5b', contextLength: 32768 });
    assert.equal(result.roles.completion.details.supportsFim, true);
    assert.equal(result.roles.completion.family, 'qwen');
  });
});

test('only a base model: chat still gets it, with a caveat that names an instruction-tuned model to pull', async () => {
  await withServer([fakeOllamaModels.qwenCoderBase, fakeOllamaModels.nomicEmbed], async (server) => {
    const result = await discoverOllama({ host: server.url });
    assert.deepEqual(chosen(result), { completion: 'qwen2.5-coder:1.5b-base', chat: 'qwen2.5-coder:1.5b-base', refactor: 'qwen2.5-coder:1.5b-base' });
    if (result.kind !== 'ready') return;
    assert.match(result.roles.chat?.caveat ?? '', /base model and may not follow instructions.*ollama pull qwen2\.5-coder:7b/);
  });
});

test('an embedding model is never chosen to generate text', async () => {
  await withServer([fakeOllamaModels.nomicEmbed], async (server) => {
    const result = await discoverOllama({ host: server.url });
    assert.deepEqual(chosen(result), { completion: undefined, chat: undefined, refactor: undefined });
    assert.match(localModels(result).problems.chat!.message, /not installed in Ollama at .*ollama pull qwen2\.5-coder:1\.5b/);
  });
});

test('a FIM model whose template has no .Suffix is still chosen for completions (raw template)', async () => {
  await withServer([fakeOllamaModels.llama, fakeOllamaModels.starcoder2], async (server) => {
    const result = await discoverOllama({ host: server.url });
    assert.equal(result.kind, 'ready');
    if (result.kind !== 'ready') return;
    assert.equal(result.roles.completion.endpoint.model, 'starcoder2:3b');
    assert.equal(result.roles.completion.family, 'starcoder');
    assert.equal(result.roles.completion.details.supportsFim, false);
    assert.equal(result.roles.chat?.endpoint.model, 'llama3.2:3b', 'the chat model is the instruction-tuned one');
  });
});

test('an unknown name with a FIM template is found through /api/show', async () => {
  await withServer([fakeOllamaModels.llama, { ...fakeOllamaModels.qwenCoder, name: 'my-autocomplete:latest' }], async (server) => {
    const result = await discoverOllama({ host: server.url });
    assert.equal(result.kind === 'ready' && result.roles.completion.endpoint.model, 'my-autocomplete:latest');
    assert.equal(result.kind === 'ready' && result.roles.completion.family, 'qwen');
  });
});

test('looking again asks only /api/tags until a model is pulled again (its digest changes)', async () => {
  await withServer([fakeOllamaModels.qwenCoderBase, fakeOllamaModels.qwenCoder7b], async (server) => {
    const detailsCache = new Map<string, ModelDetails>();
    await discoverOllama({ host: server.url, detailsCache });
    assert.equal(server.requestsTo('/api/show').length, 2);
    await discoverOllama({ host: server.url, detailsCache });
    assert.equal(server.requestsTo('/api/show').length, 2, 'nothing changed: no /api/show');
    server.models[0] = { ...fakeOllamaModels.qwenCoderBase, contextLength: 8192 };
    const again = await discoverOllama({ host: server.url, detailsCache });
    assert.deepEqual(server.requestsTo('/api/show').slice(2).map((r) => r.body.model), ['qwen2.5-coder:1.5b-base']);
    assert.equal(again.kind === 'ready' && again.roles.completion.endpoint.contextLength, 8192);
  });
});

test('a failing /api/tags reads as Ollama down; a failing /api/show skips that model', async () => {
  await withServer([fakeOllamaModels.qwenCoder, fakeOllamaModels.codellama], async (server) => {
    server.reply({ path: '/api/tags', status: 500 });
    const down = await discoverOllama({ host: server.url });
    assert.equal(down.kind === 'ollamaDown' && down.error.reason, 'server');
    server.reply({ path: '/api/show', status: 500 });
    const next = await discoverOllama({ host: server.url });
    assert.equal(next.kind === 'ready' && next.roles.completion.endpoint.model, 'codellama:7b-code');
  });
});

test('the set-up help tells refused, silent and not-Ollama apart: only a refused connection says "cannot reach"', async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  const refused = await discoverOllama({ host: `http://127.0.0.1:${port}` });
  assert.ok(refused.kind === 'ollamaDown');
  assert.equal(ollamaDownHelp(refused).summary, `Flywheel cannot reach Ollama at http://127.0.0.1:${port}.`);
  assert.match(ollamaDownHelp(refused).advice, /Start Ollama \("ollama serve"\)/);

  await withServer([fakeOllamaModels.qwenCoder], async (server) => {
    let release = () => {};
    server.reply({ path: '/api/tags', until: new Promise<void>((resolve) => (release = resolve)) });
    const silent = await discoverOllama({ host: server.url, signal: AbortSignal.timeout(200) });
    release();
    assert.ok(silent.kind === 'ollamaDown');
    assert.equal(silent.error.reason, 'timeout');
    assert.equal(ollamaDownHelp(silent).summary, `Ollama at ${server.url} did not answer in time.`);
    assert.doesNotMatch(ollamaDownHelp(silent).advice, /Start Ollama/, 'a server that is running is not told to start');

    server.reply({ path: '/api/tags', status: 502, errorMessage: 'bad gateway' });
    const other = await discoverOllama({ host: server.url });
    assert.ok(other.kind === 'ollamaDown');
    assert.match(ollamaDownHelp(other).summary, new RegExp(`^Ollama at ${server.url.replace(/\./g, '\\.')} did not answer as Ollama does: .*HTTP 502`));
    assert.doesNotMatch(ollamaDownHelp(other).summary, /cannot reach/);
  });
});
