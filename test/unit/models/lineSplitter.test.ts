import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineSplitter } from '../../../src/core/models/ollamaFetch';
import { seededRandom } from '../../../src/core/seededRandom';

test('lines come out whole however the bytes are cut, multi-byte characters included', () => {
  const random = seededRandom(3);
  const alphabet = ['a', 'ü', '字', '😀', '{', '"', ' ', '\n', '\n'];
  for (let round = 0; round < 200; round++) {
    let text = '';
    const length = Math.floor(random() * 400);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    if (random() < 0.3) text += 'x'.repeat(Math.floor(random() * 100_000)); // one long line
    const bytes = new TextEncoder().encode(text);
    const splitter = new LineSplitter();
    const lines: string[] = [];
    for (let at = 0; at < bytes.length; ) {
      const size = 1 + Math.floor(random() * (random() < 0.5 ? 7 : 5_000));
      lines.push(...splitter.push(bytes.subarray(at, at + size)));
      at += size;
    }
    const rest = splitter.end();
    const expected = text.split('\n');
    assert.deepEqual([...lines, rest], expected, `round ${round}`);
  }
});
