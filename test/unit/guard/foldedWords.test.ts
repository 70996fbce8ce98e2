import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FoldedWords } from '../../../src/core/guard/rules/foldedWords';
import { seededRandom } from '../../../src/core/seededRandom';

const WORDS = ['null', 'n/a', 'same-origin', 'uint8_t', 'string', 'key', 'i64', 'token'];

test('answers as a set of the words asked for the value lower-cased, in any case and beyond ASCII', () => {
  const words = new FoldedWords(WORDS);
  const naive = new Set(WORDS);
  const random = seededRandom(11);
  // İ lower-cases to two characters, the Kelvin sign to k, ſ (long s) stays beyond ASCII.
  const pieces = [...WORDS, ...WORDS.map((w) => w.toUpperCase()), 'S', 'k', 'K', '\u212A', '\u0130', 'ı', 'ſ', 'e', 'N', '/', '_', 'x'];
  for (let round = 0; round < 5000; round++) {
    let v = '';
    const n = 1 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) v += pieces[Math.floor(random() * pieces.length)]!;
    if (random() < 0.5) v = [...v].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
    assert.equal(words.has(v), naive.has(v.toLowerCase()), JSON.stringify(v));
  }
  for (const v of ['NULL', 'Same-Origin', 'UINT8_T', '\u212Aey', 'to\u212Aen', 'To\u212AEN']) assert.equal(words.has(v), true, v);
  for (const v of ['', 'nul', 'nulls', 'strin\u0130', '\u0130nt64', 'tokenz', 'toke\u212A']) assert.equal(words.has(v), false, v);
});

test('takes only lower-case ASCII words', () => {
  assert.throws(() => new FoldedWords(['Null']), /lower-case ASCII/);
  assert.throws(() => new FoldedWords(['clé']), /lower-case ASCII/);
});
