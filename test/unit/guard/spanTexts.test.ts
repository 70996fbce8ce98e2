import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanTexts } from '../../../src/core/guard/spanTexts';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';

test('a span\'s text gets one index, the same each time it is met again, whatever comes between; -1 only for a text never stored, or once full', () => {
  const random = seededRandom(38);
  // Few letters, so that texts recur, share their ends and their lengths, and collide in slots.
  const letters = 'ab=" \né';
  const draw = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
  for (let round = 0; round < 400; round++) {
    const text = draw(200 + Math.floor(random() * 2000));
    const texts = new SpanTexts();
    const indexOfText = new Map<string, number>();
    const left = new Set<string>();
    // A few places met by turns (a cycle), then anywhere: short cycles, long ones, and more texts than there is room for.
    const cycle = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * (text.length - 40)));
    for (let n = 0; n < 600; n++) {
      const start = random() < 0.6 ? cycle[n % cycle.length]! : Math.floor(random() * (text.length - 40));
      const end = start + 2 + Math.floor(random() * (random() < 0.5 ? 4 : 40));
      const s = text.slice(start, end);
      const k = texts.indexOf(text, start, end);
      if (k === -1) {
        // Left out: the memo is full, or the text was never stored (and, the slots only filling, never will be).
        assert.ok(texts.texts.length === 128 || !indexOfText.has(s), JSON.stringify(s));
        left.add(s);
        continue;
      }
      assert.ok(!left.has(s) || texts.texts.length === 128, `a text left out is left out each time: ${JSON.stringify(s)}`);
      assert.equal(texts.texts[k], s);
      if (indexOfText.has(s)) assert.equal(k, indexOfText.get(s));
      else {
        assert.equal(k, indexOfText.size, 'a new text is the next index');
        indexOfText.set(s, k);
      }
    }
    assert.equal(texts.texts.length, indexOfText.size);
  }
});

test('texts that all fall in one slot are each compared a bounded number of times, then left out', () => {
  // Same length, same first two, middle and last two characters: one slot; the rest differs.
  const texts = new SpanTexts();
  const values = Array.from({ length: 40 }, (_, i) => `ab${String(i).padStart(4, '0')}cdefghijklmnop`);
  const text = values.join(' ');
  const indices = values.map((v) => texts.indexOf(text, text.indexOf(v), text.indexOf(v) + v.length));
  assert.deepEqual(indices.slice(0, 8), [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.ok(indices.slice(8).every((k) => k === -1));
  assert.deepEqual(values.map((v) => texts.indexOf(text, text.indexOf(v), text.indexOf(v) + v.length)), indices);
});

test('secrets found by turns, and past the memo\'s room, are each redacted where they are pasted again', () => {
  const random = seededRandom(11);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const value = () => Array.from({ length: 16 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const cycled = [value(), value(), value()];
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) lines.push(`password = "${cycled[i % 3]}"`);
  // More distinct values than the memo holds: the last is sought by way of the Map.
  const letter = (d: number) => 'abcdefghij'[d % 10];
  const words = Array.from({ length: 300 }, (_, i) => `environment${letter(i)}${letter(Math.floor(i / 10))}${letter(Math.floor(i / 100))}`);
  for (const w of words) lines.push(`password = "${w}"`);
  const late = value();
  lines.push(`password = "${late}"`);
  const text = `${lines.join('\n')}\n${[...cycled, late].map((v) => `// tried ${v} twice\n`).join('')}`;
  const spans = findSecrets(text);
  const log = text.indexOf('// tried');
  for (const v of [...cycled, late]) {
    const at = text.indexOf(v, log);
    assert.ok(spans.some((s) => s.start === at && s.end === at + v.length), v);
  }
});
