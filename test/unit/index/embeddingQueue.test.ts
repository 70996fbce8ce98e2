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

/** The queue's own time (ms since epoch, as Date.now): it moves only when the queue sleeps or a test moves it, never with the wall clock. */
const clock = () => ({ now: 1_000_000 });

function queue(t: ReturnType<typeof table>, embed: EmbedTexts, sleeps: number[], requestsPerMinute = 600, time = clock()) {
  return new EmbeddingQueue({
    model: 'ollama:nomic-embed-text', embed, logger: silentLogger, batchSize: 8, requestsPerMinute, ...t,
    now: () => time.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      time.now += ms;
    },
  });
}

it('embeds every pending chunk in batches, spacing requests by the rate limit counted from the last request\'s start', async () => {
  const t = table(20);
  const batches: number[] = [];
  const sleeps: number[] = [];
  const time = clock();
  const startedAt: number[] = [];
  const q = queue(t, async (texts, files, purpose) => {
    startedAt.push(time.now);
    batches.push(texts.length);
    assert.equal(purpose, 'index');
    assert.ok(files.length > 0 && files.every((f) => f.startsWith('src/')));
    time.now += 300; // the model takes 300 ms to answer
    return texts.map((text) => [text.length, 1]);
  }, sleeps, 60, time);
  q.kick();
  await q.idle();
  assert.deepEqual(batches, [8, 8, 4]);
  assert.equal(t.vectors.size, 20);
  assert.equal(q.state, 'idle');
  assert.deepEqual(startedAt.map((at) => at - 1_000_000), [0, 1_000, 2_000], 'the first at once, then one a second at 60 a minute');
  assert.deepEqual(sleeps, [700, 700], 'the second and third wait what is left of the second after the answer took 300 ms');
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
