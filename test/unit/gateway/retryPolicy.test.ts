import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import { retryDelayMs } from '../../../src/core/models/retryPolicy';

const cloud = { provider: 'openai' as const, baseUrl: 'https://api.example.com/v1', model: 'm' };
const local = { provider: 'ollama' as const, baseUrl: 'http://127.0.0.1:11434', model: 'm' };
const options = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
const half = () => 0; // jitter factor 0.5

test('connect errors back off exponentially, up to the attempt budget', () => {
  const reset = new ModelError('unreachable', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) });
  assert.equal(retryDelayMs(reset, 1, cloud, options, half), 50);
  assert.equal(retryDelayMs(reset, 2, cloud, options, half), 100);
  assert.equal(retryDelayMs(reset, 3, cloud, options, half), undefined);
});

test('nothing listening on a loopback port is not retried (fall back at once)', () => {
  const refused = new ModelError('unreachable', { cause: new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }) });
  assert.equal(retryDelayMs(refused, 1, local, options, half), undefined);
  assert.equal(retryDelayMs(refused, 1, cloud, options, half), 50, 'a remote refusal may be a restart: retried');
});

test('429 honours Retry-After within the bound, and gives up beyond it', () => {
  assert.equal(retryDelayMs(new ModelError('rateLimited', { status: 429, retryAfterMs: 2000 }), 1, cloud, options), 2000);
  assert.equal(retryDelayMs(new ModelError('rateLimited', { status: 429, retryAfterMs: 60_000 }), 1, cloud, options), undefined);
  assert.equal(retryDelayMs(new ModelError('rateLimited', { status: 429 }), 1, cloud, options, half), 50);
});

test('503 is retried, other server errors and client errors are not', () => {
  assert.equal(retryDelayMs(new ModelError('server', { status: 503 }), 1, local, options, half), 50);
  assert.equal(retryDelayMs(new ModelError('server', { status: 503, retryAfterMs: 300 }), 1, local, options, half), 300);
  for (const e of [
    new ModelError('server', { status: 500 }),
    new ModelError('unauthorized', { status: 401 }),
    new ModelError('modelNotFound', { status: 404 }),
    new ModelError('timeout'),
    new ModelError('aborted'),
    new ModelError('badResponse'),
  ]) {
    assert.equal(retryDelayMs(e, 1, cloud, options, half), undefined, e.reason);
  }
  assert.equal(retryDelayMs(new Error('not a ModelError'), 1, cloud, options), undefined);
});
