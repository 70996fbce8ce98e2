// OpenAIProvider through the official `openai` client against a loopback OpenAI-protocol server.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import type { FimRequest, StreamChunk } from '../../../src/core/models/modelTypes';
import { OpenAIProvider } from '../../../src/core/models/openaiProvider';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../support/fakeOpenAIServer';

const fim: FimRequest = { prefix: 'const x = ', suffix: ';\n', maxTokens: 32, stop: ['\n\n'], temperature: 0.1 };

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

describe('OpenAIProvider', () => {
  let server: FakeOpenAIServer;
  let provider: OpenAIProvider;
  const never = new AbortController().signal;

  before(async () => {
    server = await startFakeOpenAIServer({ models: ['qwen2.5-coder-7b'], apiKey: 'sk-test-1234567890' });
    provider = new OpenAIProvider({
      provider: 'openai', baseUrl: server.baseURL, model: 'qwen2.5-coder-7b', apiKey: 'sk-test-1234567890',
      headers: { 'X-Team': 'flywheel' },
    });
  });
  after(async () => {
    provider.dispose();
    await server.close();
  });

  test('streams FIM from /v1/completions with prompt + suffix and reads the usage chunk', async () => {
    server.reply({ tokens: ['4', '2'], promptTokens: 9 });
    const result = await collect(provider.streamFim(fim, never));
    assert.equal(result.error, undefined);
    assert.equal(result.text, '42');
    assert.deepEqual(result.chunks.at(-1)?.usage, { promptTokens: 9, completionTokens: 2 });
    const req = server.requestsTo('/v1/completions').at(-1)!;
    assert.deepEqual(req.body, {
      model: 'qwen2.5-coder-7b', prompt: 'const x = ', suffix: ';\n', max_tokens: 32, temperature: 0.1, stop: ['\n\n'],
      stream: true, stream_options: { include_usage: true },
    });
    assert.equal(req.headers.authorization, 'Bearer sk-test-1234567890');
    assert.equal(req.headers['x-team'], 'flywheel');
    assert.equal(await req.outcome, 'completed');
  });

  test('sends a rendered FIM template as the prompt, without suffix', async () => {
    const prompt = '<fim_prefix>const x = <fim_suffix>;\n<fim_middle>';
    assert.equal((await collect(provider.streamFim({ ...fim, prompt }, never))).text, 'Hello world');
    const req = server.requestsTo('/v1/completions').at(-1)!;
    assert.equal(req.body.prompt, prompt);
    assert.equal('suffix' in req.body, false);
  });

  test('streams chat completions with usage', async () => {
    server.reply({ tokens: ['Sure', '.'], promptTokens: 30 });
    const result = await collect(provider.streamChat({ messages: [{ role: 'user', content: 'hi' }], maxTokens: 50, temperature: 0 }, never));
    assert.equal(result.text, 'Sure.');
    assert.deepEqual(result.chunks.at(-1)?.usage, { promptTokens: 30, completionTokens: 2 });
    const req = server.requestsTo('/v1/chat/completions').at(-1)!;
    assert.deepEqual(req.body.messages, [{ role: 'user', content: 'hi' }]);
    assert.equal(req.body.max_tokens, 50);
    assert.deepEqual(req.body.stream_options, { include_usage: true });
  });

  test('api.openai.com gets its own limits: four stops, max_completion_tokens, no temperature for reasoning models', async () => {
    // The official host, routed to the loopback server by a fetch that rewrites the origin.
    const toLoopback: typeof fetch = (input, init) =>
      fetch(String(input instanceof Request ? input.url : input).replace('https://api.openai.com/v1', server.baseURL), init);
    const official = (model: string) =>
      new OpenAIProvider({ provider: 'openai', baseUrl: 'https://api.openai.com/v1', model, apiKey: 'sk-test-1234567890' }, { fetch: toLoopback });
    const fimProvider = official('gpt-3.5-turbo-instruct');
    await collect(fimProvider.streamFim({ ...fim, stop: ['a', 'b', 'c', 'd', 'e', 'f'] }, never));
    assert.deepEqual(server.requestsTo('/v1/completions').at(-1)!.body.stop, ['a', 'b', 'c', 'd']);
    const reasoning = official('o4-mini');
    await collect(reasoning.streamChat({ messages: [{ role: 'user', content: 'hi' }], maxTokens: 50, temperature: 0.2 }, never));
    const body = server.requestsTo('/v1/chat/completions').at(-1)!.body;
    assert.equal(body.max_completion_tokens, 50);
    assert.equal('max_tokens' in body, false);
    assert.equal('temperature' in body, false);
    fimProvider.dispose();
    reasoning.dispose();
  });

  test('other OpenAI-compatible servers get every stop and max_tokens', async () => {
    await collect(provider.streamFim({ ...fim, stop: ['a', 'b', 'c', 'd', 'e', 'f'] }, never));
    assert.deepEqual(server.requestsTo('/v1/completions').at(-1)!.body.stop, ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('a local server without a key gets the placeholder key, and no env org/project headers', async () => {
    const open = await startFakeOpenAIServer({ models: [] });
    const saved = process.env.OPENAI_ORG_ID;
    process.env.OPENAI_ORG_ID = 'org-from-env';
    try {
      const local = new OpenAIProvider({ provider: 'openai', baseUrl: open.baseURL, model: 'any' });
      assert.equal((await collect(local.streamFim(fim, never))).text, 'Hello world');
      const req = open.requests.at(-1)!;
      assert.equal(req.headers.authorization, 'Bearer not-needed');
      assert.equal(req.headers['openai-organization'], undefined);
      local.dispose();
    } finally {
      if (saved === undefined) delete process.env.OPENAI_ORG_ID;
      else process.env.OPENAI_ORG_ID = saved;
      await open.close();
    }
  });

  test('abort mid-stream closes the connection and ends with "aborted"', async () => {
    const { request } = server.reply({ endless: true, tokens: ['x'], tokenDelayMs: 2 });
    const controller = new AbortController();
    let count = 0;
    let error: unknown;
    try {
      for await (const c of provider.streamFim({ ...fim, maxTokens: -1 }, controller.signal)) {
        if (c.text && ++count === 3) controller.abort();
      }
    } catch (e) {
      error = e;
    }
    assert.ok(ModelError.is(error, 'aborted'), String(error));
    assert.equal(count, 3);
    assert.equal(await (await request).outcome, 'clientClosed');
  });

  test('abort before the first byte closes the connection', async () => {
    const { request } = server.reply({ firstTokenDelayMs: 30_000 });
    const controller = new AbortController();
    const pending = collect(provider.streamChat({ messages: [{ role: 'user', content: 'hi' }] }, controller.signal));
    const req = await request;
    controller.abort();
    assert.equal((await pending).error?.reason, 'aborted');
    assert.equal(await req.outcome, 'clientClosed');
  });

  test('a timeout signal ends with "timeout"', async () => {
    const { request } = server.reply({ firstTokenDelayMs: 30_000, headersFirst: true });
    assert.equal((await collect(provider.streamFim(fim, AbortSignal.timeout(50)))).error?.reason, 'timeout');
    assert.equal(await (await request).outcome, 'clientClosed');
  });

  test('a consumer that stops reading early closes the connection', async () => {
    const { request } = server.reply({ endless: true, tokens: ['a\n'], tokenDelayMs: 2 });
    for await (const chunk of provider.streamFim({ ...fim, maxTokens: -1 }, never)) if (chunk.text.includes('\n')) break;
    assert.equal(await (await request).outcome, 'clientClosed');
  });

  test('waits out a slow first token; reassembles split events', async () => {
    server.reply({ firstTokenDelayMs: 150, tokens: ['late'] });
    assert.equal((await collect(provider.streamFim(fim, never))).text, 'late');
    server.reply({ splitLines: true, tokens: ['a', 'ü', '字', '😀'] });
    const split = await collect(provider.streamFim(fim, never));
    assert.equal(split.error, undefined);
    assert.equal(split.text, 'aü字😀');
  });

  test('a 10 MB event, written in many TCP segments, arrives whole', async () => {
    const big = 'é'.repeat(5 * 1024 * 1024);
    server.reply({ tokens: [big, 'tail'] });
    const result = await collect(provider.streamFim(fim, never));
    assert.equal(result.error, undefined);
    assert.equal(result.text.length, big.length + 4);
    assert.ok(result.text.startsWith(big) && result.text.endsWith('tail'));
  });

  test('a malformed event is a badResponse, after the text before it', async () => {
    server.reply({ tokens: ['a', 'b', 'c'], malformedAfter: 2 });
    const result = await collect(provider.streamFim(fim, never));
    assert.equal(result.text, 'ab');
    assert.equal(result.error?.reason, 'badResponse');
  });

  test('an error event mid-stream is a server error, after the text before it', async () => {
    server.reply({ tokens: ['a', 'b'], errorAfter: 1, errorMessage: 'upstream overloaded' });
    const result = await collect(provider.streamFim(fim, never));
    assert.equal(result.text, 'a');
    assert.equal(result.error?.reason, 'server');
  });

  test('a connection closed mid-stream, or a stream ended before [DONE], is a badResponse', async () => {
    for (const fault of [{ closeAfter: 1 }, { endAfter: 1 }]) {
      server.reply({ tokens: ['a', 'b'], ...fault });
      const result = await collect(provider.streamFim(fim, never));
      assert.equal(result.text, 'a', JSON.stringify(fault));
      assert.equal(result.error?.reason, 'badResponse', JSON.stringify(fault));
    }
  });

  test('HTTP statuses map to reasons, without client retries; Retry-After is parsed', async () => {
    const cases = [
      { reply: { status: 500 }, reason: 'server' },
      { reply: { status: 503, headers: { 'Retry-After': '3' } }, reason: 'server', retryAfterMs: 3000 },
      { reply: { status: 401 }, reason: 'unauthorized' },
      { reply: { status: 429, headers: { 'Retry-After': '7' } }, reason: 'rateLimited', retryAfterMs: 7000 },
      { reply: { status: 429, headers: { 'retry-after-ms': '1500' } }, reason: 'rateLimited', retryAfterMs: 1500 },
      { reply: { status: 400, errorCode: 'context_length_exceeded' }, reason: 'contextTooLong' },
    ] as const;
    for (const c of cases) {
      const before = server.requests.length;
      server.reply(c.reply);
      const { error } = await collect(provider.streamFim(fim, never));
      assert.equal(error?.reason, c.reason, JSON.stringify(c));
      assert.equal(error?.status, c.reply.status);
      assert.equal(error?.retryAfterMs, 'retryAfterMs' in c ? c.retryAfterMs : undefined);
      assert.equal(server.requests.length, before + 1, 'the client must not retry');
    }
  });

  test('a wrong key is unauthorized; an unknown model is modelNotFound', async () => {
    const wrongKey = new OpenAIProvider({ provider: 'openai', baseUrl: server.baseURL, model: 'qwen2.5-coder-7b', apiKey: 'sk-wrong' });
    assert.equal((await collect(wrongKey.streamFim(fim, never))).error?.reason, 'unauthorized');
    const missing = new OpenAIProvider({ provider: 'openai', baseUrl: server.baseURL, model: 'gpt-nope', apiKey: 'sk-test-1234567890' });
    const { error } = await collect(missing.streamChat({ messages: [{ role: 'user', content: 'x' }] }, never));
    assert.equal(error?.reason, 'modelNotFound');
    assert.equal(error?.status, 404);
    await assert.rejects(missing.describeModel('gpt-nope'), (e) => ModelError.is(e, 'modelNotFound'));
    wrongKey.dispose();
    missing.dispose();
  });

  test('a never-ending stream stops at max_tokens', async () => {
    const { request } = server.reply({ endless: true, tokens: ['t'] });
    const result = await collect(provider.streamFim({ ...fim, maxTokens: 40 }, never));
    assert.equal(result.error, undefined);
    assert.equal(result.text, 't'.repeat(40));
    assert.equal(result.chunks.at(-1)?.usage?.completionTokens, 40);
    assert.equal(await (await request).outcome, 'completed');
  });

  test('a server that is not there is unreachable', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const down = new OpenAIProvider({ provider: 'openai', baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' });
    assert.equal((await collect(down.streamFim(fim, never))).error?.reason, 'unreachable');
    await assert.rejects(down.listModels(), (e) => ModelError.is(e, 'unreachable'));
    down.dispose();
  });

  test('lists /v1/models and describes a listed model', async () => {
    assert.deepEqual((await provider.listModels(never)).map((m) => m.name), ['qwen2.5-coder-7b']);
    assert.deepEqual(await provider.describeModel('qwen2.5-coder-7b'), { name: 'qwen2.5-coder-7b', contextLength: undefined, supportsFim: false });
    server.reply({ path: '/v1/models', status: 500 });
    await assert.rejects(provider.listModels(), (e) => ModelError.is(e, 'server'));
  });
});
