// OllamaProvider through the official `ollama` client against a loopback Ollama-protocol server.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import type { FimRequest, StreamChunk } from '../../../src/core/models/modelTypes';
import { OllamaProvider } from '../../../src/core/models/ollamaProvider';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';

const fim: FimRequest = { prefix: 'def add(a, b):\n    ', suffix: '\n', maxTokens: 64, stop: ['\n\n'], temperature: 0.2 };

async function collect(stream: AsyncIterable<StreamChunk>): Promise<{ text: string; chunks: StreamChunk[]; error?: ModelError }> {
  const chunks: StreamChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
  } catch (error) {
    assert.ok(ModelError.is(error), `not a ModelError: ${String(error)}`);
    return { text: chunks.map((c) => c.text).join(''), chunks, error };
  }
  return { text: chunks.map((c) => c.text).join(''), chunks };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('OllamaProvider', () => {
  let server: FakeOllamaServer;
  let qwen: OllamaProvider;
  const never = new AbortController().signal;

  before(async () => {
    server = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder, fakeOllamaModels.starcoder2, fakeOllamaModels.llama] });
    qwen = new OllamaProvider({ provider: 'ollama', baseUrl: server.url, model: 'qwen2.5-coder:1.5b', headers: { 'X-Proxy-Token': 't1' } });
  });
  after(async () => {
    qwen.dispose();
    await server.close();
  });

  test('streams FIM with the native suffix when the model template takes one', async () => {
    server.reply({ tokens: ['return', ' a', ' + b'], promptTokens: 11 });
    const result = await collect(qwen.streamFim({ ...fim, numCtx: 4096, keepAlive: '30m' }, never));
    assert.equal(result.error, undefined);
    assert.equal(result.text, 'return a + b');
    assert.deepEqual(result.chunks.at(-1)?.usage, { promptTokens: 11, completionTokens: 3, loadMs: 12.345 });
    const req = server.requestsTo('/api/generate').at(-1)!;
    assert.equal(req.body.prompt, fim.prefix);
    assert.equal(req.body.suffix, '\n');
    assert.equal(req.body.raw, undefined);
    assert.equal(req.body.stream, true);
    assert.equal(req.body.keep_alive, '30m');
    assert.deepEqual(req.body.options, { num_predict: 64, temperature: 0.2, stop: ['\n\n'], num_ctx: 4096 });
    assert.equal(req.headers['x-proxy-token'], 't1');
    assert.equal(await req.outcome, 'completed');
  });

  test('an empty stop list is left out, so the model keeps its own stop parameters', async () => {
    await collect(qwen.streamFim({ ...fim, stop: [] }, never));
    const req = server.requestsTo('/api/generate').at(-1)!;
    assert.equal('stop' in req.body.options, false);
  });

  test('sends a rendered prompt raw, without suffix', async () => {
    const prompt = '<|fim_prefix|>a<|fim_suffix|>b<|fim_middle|>';
    const result = await collect(qwen.streamFim({ ...fim, prompt }, never));
    assert.equal(result.text, 'Hello world');
    const req = server.requestsTo('/api/generate').at(-1)!;
    assert.equal(req.body.raw, true);
    assert.equal(req.body.prompt, prompt);
    assert.equal(req.body.suffix, undefined);
  });

  test('renders our template raw for a FIM model whose Ollama template has no .Suffix, reading /api/show once', async () => {
    const star = new OllamaProvider({ provider: 'ollama', baseUrl: server.url, model: 'starcoder2:3b' });
    const shows = server.requestsTo('/api/show').length;
    for (let i = 0; i < 2; i++) assert.equal((await collect(star.streamFim(fim, never))).text, 'Hello world');
    assert.equal(server.requestsTo('/api/show').length, shows + 1);
    const req = server.requestsTo('/api/generate').at(-1)!;
    assert.equal(req.body.raw, true);
    assert.equal(req.body.prompt, `<fim_prefix>${fim.prefix}<fim_suffix>\n<fim_middle>`);
    assert.ok(req.body.options.stop.includes('\n\n') && req.body.options.stop.includes('<file_sep>'));
    star.dispose();
  });

  test('streams chat from /api/chat with usage from the final object', async () => {
    server.reply({ tokens: ['It', ' adds', '.'], promptTokens: 20 });
    const chat = new OllamaProvider({ provider: 'ollama', baseUrl: server.url, model: 'llama3.2:3b' });
    const result = await collect(chat.streamChat({ messages: [{ role: 'system', content: 's' }, { role: 'user', content: 'what?' }], temperature: 0.5, maxTokens: 100 }, never));
    assert.equal(result.text, 'It adds.');
    assert.deepEqual(result.chunks.at(-1)?.usage, { promptTokens: 20, completionTokens: 3, loadMs: 12.345 });
    const req = server.requestsTo('/api/chat').at(-1)!;
    assert.deepEqual(req.body.messages, [{ role: 'system', content: 's' }, { role: 'user', content: 'what?' }]);
    assert.deepEqual(req.body.options, { num_predict: 100, temperature: 0.5 });
    chat.dispose();
  });

  test('abort mid-stream closes the connection and ends with "aborted"', async () => {
    server.reply({ endless: true, tokens: ['x'], tokenDelayMs: 2 });
    const controller = new AbortController();
    const chunks: string[] = [];
    let error: unknown;
    try {
      for await (const c of qwen.streamFim({ ...fim, maxTokens: -1 }, controller.signal)) {
        chunks.push(c.text);
        if (chunks.length === 3) controller.abort();
      }
    } catch (e) {
      error = e;
    }
    assert.ok(ModelError.is(error, 'aborted'), String(error));
    assert.equal(chunks.length, 3);
    const req = server.requestsTo('/api/generate').at(-1)!;
    assert.equal(await req.outcome, 'clientClosed');
  });

  test('abort while the server is still loading (before any byte) closes the connection', async () => {
    const { request } = server.reply({ firstTokenDelayMs: 30_000 });
    const controller = new AbortController();
    const pending = collect(qwen.streamFim(fim, controller.signal));
    const req = await request;
    controller.abort();
    assert.equal((await pending).error?.reason, 'aborted');
    assert.equal(await req.outcome, 'clientClosed');
  });

  test('a timeout signal ends with "timeout"', async () => {
    server.reply({ firstTokenDelayMs: 30_000, headersFirst: true });
    const result = await collect(qwen.streamFim(fim, AbortSignal.timeout(50)));
    assert.equal(result.error?.reason, 'timeout');
    assert.equal(await server.requestsTo('/api/generate').at(-1)!.outcome, 'clientClosed');
  });

  test('a consumer that stops reading early closes the connection', async () => {
    server.reply({ endless: true, tokens: ['line\n'], tokenDelayMs: 2 });
    for await (const chunk of qwen.streamFim({ ...fim, maxTokens: -1 }, never)) if (chunk.text.includes('\n')) break;
    assert.equal(await server.requestsTo('/api/generate').at(-1)!.outcome, 'clientClosed');
  });

  test('waits out a slow first token', async () => {
    server.reply({ firstTokenDelayMs: 150, tokens: ['late'] });
    assert.equal((await collect(qwen.streamFim(fim, never))).text, 'late');
  });

  test('reassembles JSON lines split across TCP writes', async () => {
    server.reply({ splitLines: true, tokens: ['a', 'ü', '字', '😀'] });
    const result = await collect(qwen.streamFim(fim, never));
    assert.equal(result.error, undefined);
    assert.equal(result.text, 'aü字😀');
  });

  test('a 10 MB reply line, written in many TCP segments, arrives whole', async () => {
    const big = 'é'.repeat(5 * 1024 * 1024); // 10 MB of UTF-8, every character two bytes
    server.reply({ tokens: [big, 'tail'] });
    const result = await collect(qwen.streamFim(fim, never));
    assert.equal(result.error, undefined);
    assert.equal(result.text.length, big.length + 4);
    assert.ok(result.text.startsWith(big) && result.text.endsWith('tail'));
  });

  test('a malformed line is a badResponse, after the text before it was delivered', async () => {
    server.reply({ tokens: ['a', 'b', 'c'], malformedAfter: 2 });
    const result = await collect(qwen.streamFim(fim, never));
    assert.equal(result.text, 'ab');
    assert.equal(result.error?.reason, 'badResponse');
  });

  test('an {"error"} line mid-stream is a server error, after the text before it', async () => {
    server.reply({ tokens: ['a', 'b'], errorAfter: 1, errorMessage: 'CUDA error: out of memory' });
    const result = await collect(qwen.streamFim(fim, never));
    assert.equal(result.text, 'a');
    assert.equal(result.error?.reason, 'server');
    assert.equal(result.error?.detail, 'CUDA error: out of memory');
  });

  test('a connection closed mid-stream, or a stream ended without done, is a badResponse', async () => {
    for (const fault of [{ closeAfter: 1 }, { endAfter: 1 }]) {
      server.reply({ tokens: ['a', 'b'], ...fault });
      const result = await collect(qwen.streamFim(fim, never));
      assert.equal(result.text, 'a', JSON.stringify(fault));
      assert.equal(result.error?.reason, 'badResponse', JSON.stringify(fault));
    }
  });

  test('an unknown model is modelNotFound, with the pull command in the message', async () => {
    const missing = new OllamaProvider({ provider: 'ollama', baseUrl: server.url, model: 'nope:7b' });
    const result = await collect(missing.streamFim({ ...fim, prompt: 'x' }, never));
    assert.equal(result.error?.reason, 'modelNotFound');
    assert.equal(result.error?.status, 404);
    assert.match(result.error!.message, /ollama pull nope:7b/);
    await assert.rejects(missing.describeModel('nope:7b'), (e) => ModelError.is(e, 'modelNotFound'));
    missing.dispose();
  });

  test('HTTP statuses map to reasons; Retry-After is parsed', async () => {
    const cases = [
      { reply: { status: 500 }, reason: 'server' },
      { reply: { status: 401 }, reason: 'unauthorized' },
      { reply: { status: 429, headers: { 'Retry-After': '7' } }, reason: 'rateLimited', retryAfterMs: 7000 },
      { reply: { status: 503, headers: { 'Retry-After': '2' } }, reason: 'server', retryAfterMs: 2000 },
    ] as const;
    for (const c of cases) {
      server.reply(c.reply);
      const { error } = await collect(qwen.streamFim(fim, never));
      assert.equal(error?.reason, c.reason);
      assert.equal(error?.status, c.reply.status);
      assert.equal(error?.retryAfterMs, 'retryAfterMs' in c ? c.retryAfterMs : undefined);
    }
  });

  test('a never-ending stream stops at num_predict', async () => {
    server.reply({ endless: true, tokens: ['tok'] });
    const result = await collect(qwen.streamFim({ ...fim, maxTokens: 50 }, never));
    assert.equal(result.error, undefined);
    assert.equal(result.text, 'tok'.repeat(50));
    assert.equal(result.chunks.at(-1)?.usage?.completionTokens, 50);
    assert.equal(await server.requestsTo('/api/generate').at(-1)!.outcome, 'completed');
  });

  test('a server that is not there is unreachable', async () => {
    const down = new OllamaProvider({ provider: 'ollama', baseUrl: `http://127.0.0.1:${await closedPort()}`, model: 'm' });
    assert.equal((await collect(down.streamFim({ ...fim, prompt: 'x' }, never))).error?.reason, 'unreachable');
    await assert.rejects(down.listModels(), (e) => ModelError.is(e, 'unreachable'));
    down.dispose();
  });

  test('lists models from /api/tags and describes them from /api/show', async () => {
    const models = await qwen.listModels(never);
    assert.deepEqual(models.map((m) => m.name), ['qwen2.5-coder:1.5b', 'starcoder2:3b', 'llama3.2:3b']);
    assert.equal(models[0].family, 'qwen2');
    assert.equal(models[0].sizeBytes, 986_061_892);
    const q = await qwen.describeModel('qwen2.5-coder:1.5b');
    assert.equal(q.supportsFim, true);
    assert.equal(q.contextLength, 32768);
    assert.match(q.template ?? '', /\.Suffix/);
    const l = await qwen.describeModel('llama3.2:3b');
    assert.equal(l.supportsFim, false);
    assert.equal(l.contextLength, 131072);
  });

  test('context length falls back to num_ctx in parameters', async () => {
    server.models.push({ name: 'tiny:1b', numCtx: 2048, template: '{{ .Prompt }}' });
    const d = await qwen.describeModel('tiny:1b');
    assert.equal(d.contextLength, 2048);
    assert.equal(d.supportsFim, false);
    server.models.pop();
  });

  test('dispose aborts requests in flight', async () => {
    const p = new OllamaProvider({ provider: 'ollama', baseUrl: server.url, model: 'qwen2.5-coder:1.5b' });
    const { request } = server.reply({ endless: true, tokenDelayMs: 2 });
    const pending = collect(p.streamFim({ ...fim, prompt: 'x', maxTokens: -1 }, never));
    const req = await request;
    p.dispose();
    assert.equal((await pending).error?.reason, 'aborted');
    assert.equal(await req.outcome, 'clientClosed');
  });
});
