// The background embedding queue: batches of what has no vector yet, no faster than the rate
// limit, a server's Retry-After waited out, repeated failures stop it with the reason (retrieval
// goes on with terms and symbols), and a new queue resumes where the last one stopped.
import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import { EmbeddingQueue, type EmbedTexts } from '../../../src/core/index/embeddingQueue';
import type { EmbeddingWork } from '../../../src/core/index/indexProtocol';
import { silentLogger } from '../../../src/core/logger';

/** Chunks without a vector, as the index's table of vectors would answer. */
function table(n: number) {
  const vectors = new Map<number, number[]>();
  const chunks: EmbeddingWork[] = Array.from({ length: n }, (_, i) => ({ chunkId: i + 1, path: `src/f${i % 3}.ts`, text: `chunk ${i}` }));
  return {
    vectors,
    pending: async (limit: number) => chunks.filter((c) => !vectors.has(c.chunkId)).slice(0, limit),
    store: async (_model: string, list: { chunkId: number; vector: number[] }[]) => {
      for (const v of list) vectors.set(v.chunkId, v.vector);
    },
  };
}

function queue(t: ReturnType<typeof table>, embed: EmbedTexts, sleeps: number[], requestsPerMinute = 600) {
  return new EmbeddingQueue({
    model: 'ollama:nomic-embed-text', embed, logger: silentLogger, batchSize: 8, requestsPerMinute, ...t,
    sleep: async (ms) => void sleeps.push(ms),
  });
}

it('embeds every pending chunk in batches, spacing requests by the rate limit', async () => {
  const t = table(20);
  const batches: number[] = [];
  const sleeps: number[] = [];
  const q = queue(t, async (texts, files, purpose) => {
    batches.push(texts.length);
    assert.equal(purpose, 'index');
    assert.ok(files.length > 0 && files.every((f) => f.startsWith('src/')));
    return texts.map((text) => [text.length, 1]);
  }, sleeps, 60);
  q.kick();
  await q.idle();
  assert.deepEqual(batches, [8, 8, 4]);
  assert.equal(t.vectors.size, 20);
  assert.equal(q.state, 'idle');
  assert.equal(sleeps.length, 2, 'the second and third requests wait for the rate limit');
  assert.ok(sleeps.every((ms) => ms > 900 && ms <= 1000), String(sleeps));
});

it('a Retry-After is waited out; five failures in a row stop it with the reason; a new queue resumes', async () => {
  const t = table(10);
  const sleeps: number[] = [];
  let calls = 0;
  const flaky = queue(t, async (texts) => {
    calls++;
    if (calls === 1) throw Object.assign(new Error('429 too many requests'), { retryAfterMs: 7_000 });
    if (calls >= 3) throw new Error('connection refused');
    return texts.map(() => [1, 0]);
  }, sleeps);
  flaky.kick();
  await flaky.idle();
  assert.ok(sleeps.includes(7_000), String(sleeps));
  assert.equal(t.vectors.size, 8, 'the batch after the wait went through');
  assert.equal(flaky.state, 'failed');
  assert.match(flaky.error ?? '', /connection refused/);
  flaky.dispose();

  const resumed = queue(t, async (texts) => texts.map(() => [0, 1]), []);
  resumed.kick();
  await resumed.idle();
  assert.equal(t.vectors.size, 10, 'only what was missing');
  assert.deepEqual(t.vectors.get(9), [0, 1]);
  assert.deepEqual(t.vectors.get(1), [1, 0], 'vectors already made are kept');
});

it('a reply with the wrong number of vectors is an error, not stored', async () => {
  const t = table(3);
  const q = queue(t, async () => [[1]], []);
  q.kick();
  await q.idle();
  assert.equal(t.vectors.size, 0);
  assert.match(q.error ?? '', /returned 1 vectors for 3 texts/);
});
