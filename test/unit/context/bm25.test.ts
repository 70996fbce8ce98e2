import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexChunks, rankBm25Indexed } from '../../../src/core/context/bm25';
import type { ChunkIndex } from '../../../src/core/context/bm25';
import { ChunkDirectory } from '../../../src/core/context/chunkDirectory';
import type { CodeChunk } from '../../../src/core/context/codeChunks';
import { seededRandom } from '../../../src/core/seededRandom';

// BM25 as written in the textbook, chunk by chunk and term by term in the query's order: the
// indexed ranking must give the same chunks, the same order and bit-for-bit the same scores.
function reference(query: ReadonlyMap<string, number>, indexes: readonly ChunkIndex[], limit: number): { chunk: CodeChunk; score: number }[] {
  const all = indexes.flatMap((index) => index.chunks.map((chunk) => ({ chunk, accepted: !index.accept || index.accept(chunk) })));
  const avg = all.reduce((n, c) => n + c.chunk.length, 0) / all.length;
  const scored = all.map(({ chunk, accepted }, number) => {
    let score = 0;
    for (const [term, weight] of query) {
      const df = all.filter((c) => c.chunk.terms.has(term)).length;
      const tf = chunk.terms.get(term) ?? 0;
      if (df === 0 || tf === 0 || !accepted) continue;
      score += weight * Math.log(1 + (all.length - df + 0.5) / (df + 0.5)) * ((tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * chunk.length) / avg)));
    }
    return { chunk, score, number };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.number - b.number)
    .slice(0, limit)
    .map(({ chunk, score }) => ({ chunk, score }));
}

const WORDS = 'ledger post entry amount invoice total tax rate refund line cart order queue fetch parse'.split(' ');

function randomIndex(random: () => number, path: string): ChunkIndex {
  const chunks: CodeChunk[] = [];
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i++) {
    const terms = new Map<string, number>();
    // Few words and small counts: many chunks tie, which the order must break the same way.
    for (let t = 0; t < 1 + Math.floor(random() * 4); t++) {
      const word = WORDS[Math.floor(random() * WORDS.length)];
      terms.set(word, (terms.get(word) ?? 0) + 1 + Math.floor(random() * 2));
    }
    let length = 0;
    for (const n of terms.values()) length += n;
    chunks.push({ path, startLine: i * 10, endLine: i * 10 + 9, text: [...terms.keys()].join(' '), terms, length });
  }
  return indexChunks(chunks);
}

test('indexed BM25 ranks exactly as the textbook formula, with a directory, unlisted files and a partly accepted index', () => {
  const random = seededRandom(7);
  for (let round = 0; round < 40; round++) {
    const listed = Array.from({ length: 12 }, (_, i) => randomIndex(random, `listed${i}.py`));
    const directory = new ChunkDirectory();
    for (const index of listed) directory.add('python', index);
    const open = Array.from({ length: 3 }, (_, i) => randomIndex(random, `open${i}.py`));
    const own = randomIndex(random, 'current.py');
    const current: ChunkIndex = { ...own, accept: (chunk) => chunk.startLine % 20 === 0 };
    // Some listed files are left out of the request (their open copies are searched instead).
    const indexes = [...open, ...listed.filter(() => random() > 0.3), current];
    const query = new Map<string, number>();
    for (const word of WORDS) if (random() > 0.6) query.set(word, 0.25 + random());
    for (const limit of [3, 24]) {
      const expected = reference(query, indexes, limit);
      assert.deepEqual(rankBm25Indexed(query, indexes, limit, directory.holdersFor('python')), expected, `round ${round}, limit ${limit}`);
      assert.deepEqual(rankBm25Indexed(query, indexes, limit), expected, `round ${round}, limit ${limit}, no directory`);
    }
  }
});

test('an index searched again after its file changed is read from its own chunks, not from the earlier ones', () => {
  const random = seededRandom(11);
  const before = randomIndex(random, 'a.py');
  const query = new Map([...before.chunks[0].terms.keys()].map((t) => [t, 1]));
  assert.deepEqual(rankBm25Indexed(query, [before], 5), reference(query, [before], 5));
  // The file's new version: new chunks, new lengths.
  const after = indexChunks(before.chunks.map((c) => ({ ...c, terms: new Map([...c.terms].map(([t, n]) => [t, n + 3])), length: c.length + 3 * c.terms.size })));
  assert.deepEqual(rankBm25Indexed(query, [after], 5), reference(query, [after], 5));
  assert.notDeepEqual(rankBm25Indexed(query, [after], 5).map((s) => s.score), rankBm25Indexed(query, [before], 5).map((s) => s.score));
});
