import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EgressRefusedError } from '../../../src/core/guard/promptGuard';
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

const cloud = () => ({
  roles: { chat: [{ provider: 'openai' as const, baseUrl: 'https://api.cloud.test/v1', model: 'gpt-cloud', pricePer1kInput: 0.5, pricePer1kOutput: 1.5 }] },
  cloud: { 'api.cloud.test': api.baseURL },
});

test('tokens come from the server counts (Ollama eval counts), with TTFT and TPOT, into the feedback sink', async () => {
  const h = createHarness({ roles: { completion: [{ provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }] } });
  ollama.reply({ tokens: ['a', 'b', 'c', 'd'], tokenDelayMs: 5, promptTokens: 12 });
  await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), { files: ['src/a.ts'], languageId: 'typescript' }));
  const [summary] = h.gateway.metrics.summary();
  assert.equal(summary!.calls, 1);
  assert.equal(summary!.tokensIn, 12);
  assert.equal(summary!.tokensOut, 4);
  assert.ok(summary!.ttftP50! >= 0 && summary!.tpotP50! > 0);
  const event = h.feedback.find((e) => e.kind === 'model.call');
  assert.ok(event && event.kind === 'model.call');
  assert.equal(event.purpose, 'completion');
  assert.equal(event.outcome, 'ok');
  assert.equal(event.tokensIn, 12);
  assert.equal(event.tokensOut, 4);
  assert.equal(event.language, 'typescript');
  assert.equal(event.estimatedCostUsd, undefined, 'no price set: no cost');
  h.gateway.dispose();
});

test('cloud usage counts give the estimated cost from the per-model price', async () => {
  const h = createHarness(cloud());
  api.reply({ tokens: ['x', 'y'], promptTokens: 2000 });
  await collect(h.streamChat('chat', { messages: [{ role: 'user', content: 'hi' }] }, AbortSignal.timeout(5000), noFiles));
  const event = h.feedback.find((e) => e.kind === 'model.call');
  assert.ok(event && event.kind === 'model.call');
  assert.equal(event.tokensIn, 2000);
  assert.equal(event.tokensOut, 2);
  assert.ok(Math.abs(event.estimatedCostUsd! - (2000 * 0.5 + 2 * 1.5) / 1000) < 1e-9);
  h.gateway.dispose();
});

test('a prompt the server silently truncated is detected and logged', async () => {
  const h = createHarness({ roles: { completion: [{ provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }] } });
  const prefix = 'const value = computeSomething(alpha, beta, gamma);\n'.repeat(80);
  ollama.reply({ tokens: ['ok'], promptTokens: 256 });
  await collect(h.streamFim('completion', { ...fim, prefix }, AbortSignal.timeout(5000), noFiles));
  assert.ok(h.logger.lines.some((l) => l.startsWith('warn') && /evaluated 256 prompt tokens .* truncated/.test(l)), h.logger.lines.join('\n'));
  assert.equal(h.gateway.metrics.summary()[0]!.truncatedPrompts, 1);
  h.gateway.dispose();
});

test('text bound for a cloud endpoint is redacted, audited without content, and ignored files are never sent', async () => {
  const h = createHarness({ ...cloud(), ignoreFiles: { '.gitignore': 'secrets/\n' } });
  const key = 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d';
  const before = api.requests.length;
  await collect(h.streamChat('chat', { messages: [{ role: 'user', content: `why does ${key} fail?` }] }, AbortSignal.timeout(5000), { files: ['src/app.ts'] }));
  const received = JSON.stringify(api.requests.at(-1)!.body);
  assert.ok(!received.includes(key), 'the token never reached the server');
  assert.match(received, /REDACTED:github-token/);
  const audit = h.logger.lines.filter((l) => l.includes('audit:'));
  assert.equal(audit.length, 1);
  assert.match(audit[0]!, /api\.cloud\.test.*files: src\/app\.ts; secrets redacted: 1 \(balanced\)$/);
  assert.ok(!audit[0]!.includes('why does'));

  for (const file of ['secrets/prod.json', '.env', 'certs/server.pem']) {
    const { error } = await failure(h.streamChat('chat', { messages: [{ role: 'user', content: 'x' }] }, AbortSignal.timeout(5000), { files: ['src/app.ts', file] }));
    assert.ok(EgressRefusedError.is(error) && error.files.includes(file), String(error));
  }
  assert.equal(api.requests.length - before, 1, 'the refused prompts never reached the server');
  h.gateway.dispose();
});

test('the audit line lists exactly the files the prompt was sent with: two files, then none', async () => {
  const h = createHarness(cloud());
  await collect(h.streamChat('chat', { messages: [{ role: 'user', content: 'compare them' }] }, AbortSignal.timeout(5000), { files: ['src/app.ts', 'docs/guide.md'] }));
  await collect(h.streamChat('chat', { messages: [{ role: 'user', content: 'hello' }] }, AbortSignal.timeout(5000), { files: [] }));
  const audit = h.logger.lines.filter((l) => l.includes('audit:'));
  assert.equal(audit.length, 2);
  assert.match(audit[0]!, /; files: src\/app\.ts, docs\/guide\.md; secrets redacted: 0 \(balanced\)$/);
  assert.match(audit[1]!, /; files: \(none\); secrets redacted: 0 \(balanced\)$/);
  h.gateway.dispose();
});

test('the redaction strictness set now is the one the door redacts at, and the audit line says which', async () => {
  let strictness: 'balanced' | 'strict' = 'balanced';
  const h = createHarness({ ...cloud(), strictness: () => strictness });
  // A stand-in in a password's place: balanced leaves it for the model to read; strict takes it, as a real password
  // that looks like one would be.
  const content = 'db:\n  password: changeme\n';
  const send = () => collect(h.streamChat('chat', { messages: [{ role: 'user', content }] }, AbortSignal.timeout(5000), { files: ['config.yml'] }));
  await send();
  assert.ok(JSON.stringify(api.requests.at(-1)!.body).includes('changeme'), 'balanced: the stand-in is sent');
  strictness = 'strict';
  await send();
  const received = JSON.stringify(api.requests.at(-1)!.body);
  assert.ok(!received.includes('changeme') && received.includes('REDACTED'), 'strict, changed between two prompts: taken');
  const audit = h.logger.lines.filter((l) => l.includes('audit:'));
  assert.match(audit[0]!, /; files: config\.yml; secrets redacted: 0 \(balanced\)$/);
  assert.match(audit[1]!, /; files: config\.yml; secrets redacted: 1 \(strict\)$/);
  h.gateway.dispose();
});

test('a local endpoint gets the text unredacted and leaves no audit line', async () => {
  const h = createHarness({ roles: { completion: [{ provider: 'ollama', baseUrl: ollama.url, model: 'qwen2.5-coder:1.5b' }] } });
  const key = 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d';
  await collect(h.streamFim('completion', { ...fim, prefix: `const t = "${key}";\n` }, AbortSignal.timeout(5000), noFiles));
  assert.ok(JSON.stringify(ollama.requestsTo('/api/generate').at(-1)!.body).includes(key));
  assert.ok(!h.logger.lines.some((l) => l.includes('audit:')));
  h.gateway.dispose();
});
