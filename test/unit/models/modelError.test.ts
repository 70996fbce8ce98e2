import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelError, abortReason, isAbortError, parseRetryAfterMs, transportReason } from '../../../src/core/models/modelError';

test('ModelError carries a reason, a guard, the cause and a message for the user', () => {
  const cause = new Error('raw');
  const e = new ModelError('modelNotFound', { provider: 'ollama', model: 'qwen2.5-coder:1.5b', status: 404, cause });
  assert.ok(ModelError.is(e));
  assert.ok(ModelError.is(e, 'modelNotFound'));
  assert.equal(ModelError.is(e as unknown, 'server'), false);
  assert.ok(!ModelError.is(new Error('modelNotFound')));
  assert.equal(e.cause, cause);
  assert.match(e.message, /ollama pull qwen2\.5-coder:1\.5b/);
  assert.match(new ModelError('rateLimited', { retryAfterMs: 7000 }).message, /7 s/);
  assert.match(new ModelError('unreachable', { provider: 'ollama', baseUrl: 'http://127.0.0.1:11434' }).message, /ollama serve/);
});

test('Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  assert.equal(parseRetryAfterMs(headers({ 'Retry-After': '7' })), 7000);
  assert.equal(parseRetryAfterMs(headers({ 'Retry-After': '0.5' })), 500);
  assert.equal(parseRetryAfterMs(headers({ 'retry-after-ms': '1500', 'Retry-After': '9' })), 1500);
  const now = Date.parse('2025-01-01T00:00:00Z');
  assert.equal(parseRetryAfterMs(headers({ 'Retry-After': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now), 30_000);
  assert.equal(parseRetryAfterMs(headers({ 'Retry-After': 'Tue, 31 Dec 2024 00:00:00 GMT' }), now), 0);
  assert.equal(parseRetryAfterMs(headers({ 'Retry-After': 'soon' })), undefined);
  assert.equal(parseRetryAfterMs(headers({})), undefined);
  assert.equal(parseRetryAfterMs(undefined), undefined);
});

test('abortReason tells a timeout from a cancellation', async () => {
  const c = new AbortController();
  c.abort();
  assert.equal(abortReason(c.signal), 'aborted');
  const t = AbortSignal.timeout(1);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(abortReason(t), 'timeout');
  const byGateway = new AbortController();
  byGateway.abort(new ModelError('timeout', { detail: 'no first token in 10 s' }));
  assert.equal(abortReason(byGateway.signal), 'timeout');
});

test('transportReason reads undici failures', () => {
  const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
  assert.equal(transportReason(refused), 'unreachable');
  const cut = new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
  assert.equal(transportReason(cut), 'badResponse');
  assert.equal(transportReason(new Error('wrapped', { cause: cut })), 'badResponse');
  assert.equal(transportReason(Object.assign(new Error('h'), { code: 'UND_ERR_HEADERS_TIMEOUT' })), 'timeout');
  assert.equal(transportReason(new Error('something else')), undefined);
});

test('isAbortError: a cancelled request in any of its forms, and nothing else', () => {
  assert.equal(isAbortError(new ModelError('aborted')), true);
  assert.equal(isAbortError(new DOMException('stopped', 'AbortError')), true);
  const controller = new AbortController();
  controller.abort();
  assert.equal(isAbortError(controller.signal.reason), true);
  assert.equal(isAbortError(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' })), true);
  assert.equal(isAbortError(new ModelError('timeout')), false);
  // A look-alike that is not a ModelError is not trusted on its name.
  assert.equal(isAbortError({ name: 'ModelError', reason: 'aborted' }), false);
  assert.equal(isAbortError(new Error('The request was aborted')), false);
  assert.equal(isAbortError('AbortError'), false);
});
