import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leastEntropy, looksRandomValue } from '../../../src/core/guard/rules/randomValue';
import { commonPairShare } from '../../../src/core/guard/letterPairs';
import { classSwitchRate, shannonEntropy, wordiness } from '../../../src/core/guard/stringEntropy';
import { seededRandom } from '../../../src/core/seededRandom';

/** The look as it was written before its characters were read in one pass (3904fd6): the answers to keep. */
function lookReadByParts(v: string): boolean {
  if (v.length < 12 || /\s/.test(v)) return false;
  if (/^[0-9a-f]{16,}$/i.test(v)) return shannonEntropy(v) >= 3;
  const wordy = wordiness(v) >= 0.5 && commonPairShare(v) >= 0.6;
  return !wordy && classSwitchRate(v) >= 0.2 && shannonEntropy(v) >= Math.min(3.5, Math.log2(v.length) * 0.8);
}

// Alphabets that reach every branch: hex (the entropy alone), words (lower-case runs, common pairs),
// mixed classes, blanks of every kind `\s` takes, letters beyond ASCII.
const ALPHABETS = ['0123456789abcdef', '0123456789ABCDEFabcdef', 'etaoinshrdlu', 'abcdefghijklmnopqrstuvwxyz', 'aB3dE6gH9jK2mN5pQ8sT1vW4xY7z', 'abcXYZ019_-./+=', 'ab \t\n\u00a0\u2028\u3000\ufeff', 'aéÀz9\u0130\u212a'];

test('the look read in one pass gives the answers of the look read by parts, at every length and alphabet', () => {
  const random = seededRandom(11);
  let looksRandom = 0;
  for (let round = 0; round < 40_000; round++) {
    const chars = ALPHABETS[Math.floor(random() * ALPHABETS.length)]!;
    const other = ALPHABETS[Math.floor(random() * ALPHABETS.length)]!;
    const length = Math.floor(random() * 90);
    let v = '';
    // Mostly one alphabet, sometimes a character of another: a hex run broken once, a word with a digit.
    for (let i = 0; i < length; i++) {
      const from = random() < 0.9 ? chars : other;
      v += from[Math.floor(random() * from.length)];
    }
    const expected = lookReadByParts(v);
    if (expected) looksRandom++;
    assert.equal(looksRandomValue(v), expected, JSON.stringify(v));
  }
  assert.ok(looksRandom > 4_000 && looksRandom < 36_000, `both answers drawn: ${looksRandom} random`);
});

test('values at the edges of each part: length 12, hex at 16, words, a blank', () => {
  for (const v of ['aB3dE6gH9jK', 'aB3dE6gH9jK2', '0123456789abcde', '9d23bd4149cb979c', '9D23BD4149CB979C', '0000000000000000', 'passwordpassword', 'aB3dE6gH9jK2 x', 'aB3dE6gH9jK2\u3000', 'abcDEFghiJKL', 'x'.repeat(70), 'aB3dE6gH9jK2'.repeat(6)]) {
    assert.equal(looksRandomValue(v), lookReadByParts(v), v);
  }
});

test('the least entropy of k distinct characters in n is that of one character n-k+1 times, the others once', () => {
  const random = seededRandom(29);
  const pool = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-.~!@#$%^&*';
  for (let n = 1; n <= 64; n++) {
    for (let k = 1; k <= n; k++) {
      const least = pool[0]!.repeat(n - k + 1) + pool.slice(1, k);
      assert.ok(Math.abs(leastEntropy(n, k) - shannonEntropy(least)) < 1e-12, `${n} ${k}`);
      // Any other split of n characters into k distinct ones has at least as much.
      for (let round = 0; round < 5; round++) {
        const counts = Array.from({ length: k }, () => 1);
        for (let left = n - k; left > 0; left--) counts[Math.floor(random() * k)]!++;
        const v = counts.map((c, i) => pool[i]!.repeat(c)).join('');
        assert.ok(shannonEntropy(v) >= leastEntropy(n, k) - 1e-12, `${n} ${k} ${v}`);
      }
    }
  }
});

test('values of few distinct characters, about the entropy floor: the distinct count decides only where the count agrees', () => {
  const random = seededRandom(31);
  const pool = 'aB3dE6gH9jK2mN5pQ8sT1vW4xY7zC0fR';
  const bothAnswers = [0, 0];
  for (let round = 0; round < 30_000; round++) {
    const n = 12 + Math.floor(random() * 60);
    const k = 2 + Math.floor(random() * Math.min(n - 1, pool.length - 1));
    // Of k characters, one drawn more often than the others: the splits nearest the bound.
    const heavy = random() * 0.5;
    const most = Math.floor(random() * k);
    let v = '';
    for (let i = 0; i < n; i++) v += pool[random() < heavy ? most : Math.floor(random() * k)];
    const expected = lookReadByParts(v);
    bothAnswers[expected ? 1 : 0]!++;
    assert.equal(looksRandomValue(v), expected, v);
  }
  assert.ok(bothAnswers[0]! > 1_000 && bothAnswers[1]! > 1_000, `both answers drawn: ${bothAnswers}`);
});
