// The embedding role through the one door, over real sockets: the official ollama client against
// a loopback /api/embed, the official openai client against a loopback /v1/embeddings. Vectors
// come back one per input in order; a remote endpoint gets redacted texts; local-only and the
// path policy refuse before anything is sent; rate limits are waited out; errors say what failed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EgressRefusedError } from '../../../src/core/guard/promptGuard';
import { ModelError } from '../../../src/core/models/modelError';
import { fakeEmbedding } from '../../support/fakeModelServer';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../support/fakeOpenAIServer';
import { createHarness, type Harness } from './gatewayHarness';

let ollama: FakeOllamaServer;
let api: FakeOpenAIServer;
before(async () => {
  ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder, fakeOllamaModels.nomicEmbed] });
  api = await startFakeOpenAIServer({ models: ['text-embedding-3-small'], apiKey: 'sk-embed' });
});
after(async () => {
  await Promise.all([ollama.close(), api.close()]);
});

const local = (model = 'nomic-embed-text') => createHarness({ roles: { embedding: [{ provider: 'ollama', baseUrl: ollama.url, model }] } });
const cloud = (localOnly = false) =>
  createHarness({
    roles: { embedding: [{ provider: 'openai', baseUrl: 'https://api.cloud.test/v1', model: 'text-embedding-3-small', headers: { Authorization: 'Bearer sk-embed' } }] },
    cloud: { 'api.cloud.test': api.baseURL },
    localOnly,
  });

function embed(h: Harness, input: string[], files: string[] = []): Promise<number[][]> {
  return h.door.embed({ role: 'embedding', purpose: 'index', body: { kind: 'embed', request: { input } }, files }, AbortSignal.timeout(10_000));
}

test('Ollama /api/embed: one request for the batch, one vector per input in order, measured, not a feedback event', async () => {
  const h = local();
  const texts = ['def push(self): _request_stack.append(self)', 'class Ledger: balance', 'deploy with the production profile'];
  const vectors = await embed(h, texts, ['src/ctx.py']);
  assert.deepEqual(vectors, texts.map((t) => fakeEmbedding(t)));
  const request = ollama.requestsTo('/api/embed').at(-1)!;
  assert.equal(request.body.model, 'nomic-embed-text');
  assert.deepEqual(request.body.input, texts);
  assert.equal(request.body.keep_alive, '30m');
  const [summary] = h.gateway.metrics.summary();
  assert.equal(summary!.calls, 1);
  assert.ok(summary!.tokensIn > 0);
  assert.deepEqual(h.feedback, [], 'the index makes thousands of these; none serves a suggestion');
  h.gateway.dispose();
});

test('OpenAI /v1/embeddings off this machine: secrets are redacted before they leave, the call is audited', async () => {
  const h = cloud();
  const secret = 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d';
  const vectors = await embed(h, ['const region = "eu-west-1";', `const key = "${secret}";`], ['src/aws.ts']);
  assert.equal(vectors.length, 2);
  assert.deepEqual(vectors[0], fakeEmbedding('const region = "eu-west-1";'));
  const sent = api.requestsTo('/v1/embeddings').at(-1)!;
  assert.equal(sent.body.encoding_format, 'float');
  assert.ok(!JSON.stringify(sent.body).includes(secret), JSON.stringify(sent.body));
  assert.match(sent.body.input[1], /\[REDACTED:github-token/);
  assert.ok(h.logger.lines.some((l) => l.includes('api.cloud.test') && l.includes('src/aws.ts')), h.logger.lines.join('\n'));
  h.gateway.dispose();
});

test('local-only refuses a remote embedding endpoint, and a file the guard keeps out is never embedded', async () => {
  const before = api.requestsTo('/v1/embeddings').length;
  const h = cloud(true);
  await assert.rejects(embed(h, ['text']), (e: unknown) => ModelError.is(e, 'localOnly'));
  h.gateway.dispose();
  const h2 = cloud();
  await assert.rejects(embed(h2, ['DB_PASSWORD=x'], ['/ws/.env']), (e: unknown) => EgressRefusedError.is(e));
  h2.gateway.dispose();
  assert.equal(api.requestsTo('/v1/embeddings').length, before, 'nothing was sent');
});

test('a 429 with Retry-After is waited out and retried; an unknown model fails at once with the server\'s reason', async () => {
  const h = local();
  ollama.reply({ path: '/api/embed', status: 429, headers: { 'Retry-After': '0' } });
  const vectors = await embed(h, ['retry me']);
  assert.deepEqual(vectors, [fakeEmbedding('retry me')]);
  h.gateway.dispose();

  const missing = local('mxbai-embed-large');
  const calls = ollama.requestsTo('/api/embed').length;
  await assert.rejects(embed(missing, ['x']), (e: unknown) => ModelError.is(e) && /not installed/.test((e as Error).message));
  assert.equal(ollama.requestsTo('/api/embed').length, calls + 1, 'a 404 is not retried');
  missing.gateway.dispose();

  const notEmbedding = local('qwen2.5-coder:1.5b');
  await assert.rejects(embed(notEmbedding, ['x']), (e: unknown) => ModelError.is(e) && /does not support embeddings/.test((e as Error).message));
  notEmbedding.gateway.dispose();
});

test('without an embedding model the call says so; discovery never picks a code model to embed with', async () => {
  const h = createHarness({ roles: {} });
  await assert.rejects(embed(h, ['x']), (e: unknown) => ModelError.is(e) && /embedding/i.test((e as Error).message));
  h.gateway.dispose();
});
