// The index's fusion of its three rankings (term, symbol, vector) by reciprocal rank: a chunk's
// score is the sum over the rankings that found it of 1 / (k + rank), with k = 5 (rankFusion.ts).
// Ties, a ranking that found nothing, and one chunk found by several rankings (exactly, or as
// an overlapping chunk of the same lines) are what a wrong fusion gets wrong.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { fuseRankings, type HitSource } from '../../../src/core/index/indexSearch';
import type { ChunkHit } from '../../../src/core/index/indexRows';

let nextId = 1;
function chunk(path: string, startLine: number, endLine: number, header = ''): ChunkHit {
  return { chunkId: nextId++, path, startLine, endLine, kind: 'definition', scope: '', header, score: 0 };
}

function lists(parts: Partial<Record<HitSource, ChunkHit[]>>): Record<HitSource, ChunkHit[]> {
  return { term: parts.term ?? [], symbol: parts.symbol ?? [], vector: parts.vector ?? [] };
}

const rrf = (rank: number): number => 1 / (5 + rank);
const keyOf = (h: { path: string; startLine: number; endLine: number }): string => `${h.path}:${h.startLine}-${h.endLine}`;

describe('index fusion of term, symbol and vector rankings', () => {
  const a = chunk('src/a.ts', 0, 9);
  const b = chunk('src/b.ts', 0, 9);
  const c = chunk('src/c.ts', 10, 30);
  const d = chunk('src/d.ts', 0, 4);

  it('with every ranking empty there is nothing', () => {
    assert.deepEqual(fuseRankings(lists({}), 10), []);
  });

  it('with one ranking alone, its order and its reciprocal-rank scores are kept', () => {
    for (const source of ['term', 'symbol', 'vector'] as const) {
      const hits = fuseRankings(lists({ [source]: [c, a, b] }), 10);
      assert.deepEqual(hits.map(keyOf), [c, a, b].map(keyOf), source);
      assert.deepEqual(hits.map((h) => h.score), [rrf(1), rrf(2), rrf(3)], source);
      assert.deepEqual(hits.map((h) => h.via), [{ [source]: 1 }, { [source]: 2 }, { [source]: 3 }], source);
    }
  });

  it('a chunk found by two rankings is one hit with both votes, above chunks found once at a better rank', () => {
    // b: second by terms and second by vectors (2/7) beats a: first by terms alone (1/6).
    const hits = fuseRankings(lists({ term: [a, b], symbol: [], vector: [d, b] }), 10);
    assert.deepEqual(hits.map(keyOf), [b, a, d].map(keyOf));
    assert.equal(hits.filter((h) => h.path === b.path).length, 1, 'one hit per chunk');
    assert.ok(Math.abs(hits[0].score - 2 * rrf(2)) < 1e-12);
    assert.deepEqual(hits[0].via, { term: 2, vector: 2 });
  });

  it('a chunk found by all three rankings adds all three votes', () => {
    const hits = fuseRankings(lists({ term: [c, a], symbol: [a], vector: [d, b, a] }), 10);
    assert.equal(keyOf(hits[0]), keyOf(a));
    assert.ok(Math.abs(hits[0].score - (rrf(2) + rrf(1) + rrf(3))) < 1e-12);
    assert.deepEqual(hits[0].via, { term: 2, symbol: 1, vector: 3 });
    assert.equal(new Set(hits.map(keyOf)).size, hits.length, 'no chunk twice');
  });

  it('overlapping chunks of one file (a method inside its class) merge into the better one; apart, they stay two', () => {
    const klass = chunk('src/queue.py', 10, 40, 'class Queue:');
    const method = chunk('src/queue.py', 20, 30, 'def put(self, item):');
    const elsewhere = chunk('src/queue.py', 50, 60, 'def drain(queue):');
    const hits = fuseRankings(lists({ term: [method, elsewhere], symbol: [klass] }), 10);
    assert.deepEqual(hits.map(keyOf), [method, elsewhere].map(keyOf), 'the class merged into the method (ranked first)');
    assert.ok(Math.abs(hits[0].score - 2 * rrf(1)) < 1e-12);
    assert.deepEqual(hits[0].via, { term: 1, symbol: 1 });
    // The same lines in another file are another chunk.
    const other = chunk('lib/queue.py', 20, 30);
    assert.equal(fuseRankings(lists({ term: [method], symbol: [other] }), 10).length, 2);
  });

  it('ties keep both chunks, in a fixed order (term, then symbol, then vector), run after run', () => {
    const tied = lists({ term: [a], symbol: [b], vector: [c] });
    const hits = fuseRankings(tied, 10);
    assert.deepEqual(hits.map((h) => h.score), [rrf(1), rrf(1), rrf(1)]);
    assert.deepEqual(hits.map(keyOf), [a, b, c].map(keyOf));
    assert.deepEqual(fuseRankings(tied, 10), hits, 'deterministic');
    // A tie between a chunk found twice and one found once cannot happen at equal ranks: two votes win.
    const twice = fuseRankings(lists({ term: [a, b], symbol: [b, a] }), 10);
    assert.equal(twice.length, 2);
    assert.equal(twice[0].score, twice[1].score, 'a: 1st + 2nd, b: 2nd + 1st');
    assert.deepEqual(twice.map(keyOf), [a, b].map(keyOf));
  });

  it('the limit cuts after fusion, not before', () => {
    // d is last by terms but also first by symbols: it must survive a limit of 1.
    const hits = fuseRankings(lists({ term: [a, b, c, d], symbol: [d] }), 1);
    assert.deepEqual(hits.map(keyOf), [keyOf(d)]);
  });
});
