import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankBm25Indexed } from '../../../src/core/context/bm25';
import { analyzeFile } from '../../../src/core/context/fileAnalysis';
import { recencyWeightedTerms, similarCodeCandidates } from '../../../src/core/context/similarCode';
import { alignmentQuery, bestAlignment, codeLines, lineTokens, tokenSimilarity } from '../../../src/core/context/lineAlignment';
import { seededRandom } from '../../../src/core/seededRandom';

test('token similarity is one minus the token edit distance over the longer line', () => {
  assert.equal(tokenSimilarity(lineTokens('a.b(c)'), lineTokens('a.b(c)')), 1);
  // `x = f(1)` vs `x = f(2)`: one of six tokens differs.
  assert.ok(Math.abs(tokenSimilarity(lineTokens('x = f(1)'), lineTokens('x = f(2)')) - 5 / 6) < 1e-9);
  assert.equal(tokenSimilarity([], []), 1);
  assert.equal(tokenSimilarity(lineTokens('abc'), []), 0);
});

test('the query is the last three code lines, blank lines left out', () => {
  const query = alignmentQuery('first()\nsecond()\n\nthird()\nfourth()\n');
  assert.deepEqual(query.map((t) => t[0]), ['second', 'third', 'fourth']);
});

test('aligns the cursor\'s last lines with the lines they match, not with the last line of the text', () => {
  const query = alignmentQuery('    if self._closed:\n        raise RuntimeError("closed")\n    self._state = _State.RUNNING');
  const text = ['def other(self):', '    return 1', '', 'def start(self):', '    if self._closed:', '        raise RuntimeError("closed")', '    self._state = _State.STARTING', '    self._loop.call_soon(self._run)'].join('\n');
  const found = bestAlignment(query, text);
  assert.equal(found.line, 6, 'the line like the cursor\'s last, which has a line after it');
  assert.ok(found.score > 1.5, `three lines agree: ${found.score}`);
});

test('a match on the text\'s last line only counts when nothing else can be aligned', () => {
  const query = alignmentQuery('total += item.price');
  // The same line, but last: nothing follows it to copy; the similar line with a follower wins.
  const text = 'count += item.quantity\nreturn count\ntotal += item.price';
  assert.equal(bestAlignment(query, text).line, 0);
  assert.equal(bestAlignment(query, 'total += item.price').line, 0, 'a one-line text is aligned all the same');
});

test('code that lines up with the cursor outranks code that only shares more of its names', () => {
  const query = 'for order in customer.orders:\n    total += order.amount';
  const names = analyzeFile(undefined, 'names.txt', 'plaintext', 'order customer orders total amount order customer orders\nsee above\n', undefined);
  const shaped = analyzeFile(undefined, 'cart.txt', 'plaintext', 'for item in cart.items:\n    total += item.amount\nreturn total\n', undefined);
  const indexes = [names.chunkIndex(), shaped.chunkIndex()];
  assert.equal(rankBm25Indexed(recencyWeightedTerms(query), indexes, 2)[0].chunk.path, 'names.txt', 'by shared names alone, the list of names wins');
  const [best] = similarCodeCandidates(query, [names, shaped]);
  assert.equal(best.path, 'cart.txt');
  assert.match(best.reason ?? '', /aligned .* at line 2/);
});

test('aligning a text\'s kept code lines gives what aligning the text gives', () => {
  const query = alignmentQuery('    if self._closed:\n        raise RuntimeError("closed")\n    self._state = _State.RUNNING');
  const text = ['def start(self):', '', '    if self._closed:', '        raise RuntimeError("closed")', '    self._state = _State.STARTING', '    self._loop.call_soon(self._run)'].join('\n');
  const lines = codeLines(text);
  assert.deepEqual(bestAlignment(query, lines), bestAlignment(query, text));
  assert.deepEqual(lines.map((l) => l.index), [0, 2, 3, 4, 5], 'blank lines are left out, line numbers kept');
  // A line longer than the table kept so far, then a short one: the reused rows give the same distances.
  const long = Array.from({ length: 80 }, (_, i) => `x${i}`);
  assert.equal(tokenSimilarity(long, long), 1);
  assert.ok(Math.abs(tokenSimilarity(lineTokens('x = f(1)'), lineTokens('x = f(2)')) - 5 / 6) < 1e-9);
});

test('lines whose lengths alone rule them out are skipped: the alignment is the one every line compared gives', () => {
  // Every line compared token by token, the best kept on a strictly higher score.
  const reference = (query: string[][], lines: ReturnType<typeof codeLines>) => {
    const weights = [1, 0.5, 0.25];
    let best = { score: 0, line: 0 };
    const end = lines.length > 1 ? lines.length - 1 : lines.length;
    for (let i = 0; i < end; i++) {
      let score = 0;
      for (let j = 0; j < query.length && j <= i; j++) {
        const q = query[query.length - 1 - j];
        const c = lines[i - j].tokens;
        if (Math.min(q.length, c.length) > 0) score += weights[j] * tokenSimilarity(c, q);
      }
      if (score > best.score) best = { score, line: lines[i].index };
    }
    return best;
  };
  const random = seededRandom(7);
  const words = ['a', 'b', 'self', '.', '(', ')', '=', 'x', 'total', '+', '1', ':'];
  const line = () => Array.from({ length: Math.floor(random() * 9) }, () => words[Math.floor(random() * words.length)]).join(' ');
  for (let round = 0; round < 300; round++) {
    const query = alignmentQuery(Array.from({ length: 3 }, line).join('\n'));
    const lines = codeLines(Array.from({ length: 1 + Math.floor(random() * 12) }, line).join('\n'));
    assert.deepEqual(bestAlignment(query, lines), reference(query, lines));
  }
});
