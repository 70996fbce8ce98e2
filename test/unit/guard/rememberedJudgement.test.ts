// acceptValue keeps the answers of the last values judged: asked again for the same value, key,
// strength and flags, it gives the answer judging would give. Held here on random sequences drawn
// from a small pool, so that questions come back after one, two, three and more others, and where
// the same value differs only by its key or one flag the answers differ (a memo blind to either fails); and one value asked
// of many keys in turn (the memo of the last value's questions).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyStrength } from '../../../src/core/guard/rules/keyStrength';
import { acceptValue, judgeValue, type FoundValue } from '../../../src/core/guard/rules/secretValue';

const VALUES = ['abcdefghijklmnop(x pw = <<~A pw = @', 'r##', 'q', 'aB3dE6gH9jK2mN5p', 'hunter22', 'Forgot password?', 'db_password', 'process.env.TOKEN', 'Zx9Qm2Lp8Rt4', 'letmein', 'open-sesame', 'changeme', 'abcd', 'Auth', 'CorrectHorse'];
const KEYS = ['pw', 'token', 'secret', 'password', 'cache_key', 'api_key', 'db_password'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

interface Question { found: FoundValue; key: string }

function question(next: () => number, values: readonly string[], keys: readonly string[]): Question {
  const value = values[Math.floor(next() * values.length)]!;
  const key = keys[Math.floor(next() * keys.length)]!;
  const flag = () => next() < 0.5;
  // Each value a slice of a text of its own, as the rules cut it: the memo compares characters, not identity.
  const text = `  ${value}  `;
  return { key, found: { start: 2, end: 2 + value.length, value: text.slice(2, 2 + value.length), quoted: flag(), configLine: flag(), afterComma: next() < 0.2, listed: false, field: next() < 0.2, afterColon: next() < 0.3 } };
}

test('a remembered answer is the answer judging gives, whatever came between', () => {
  let asked = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const next = random(seed);
    // A pool of 2 to 8 questions, drawn from 500 times: repeats after every distance up to the pool's size and beyond.
    const pool = Array.from({ length: 2 + (seed % 7) }, () => question(next, VALUES, KEYS));
    for (let i = 0; i < 500; i++) {
      const { found, key } = pool[Math.floor(next() * pool.length)]!;
      const strength = keyStrength(key);
      assert.equal(acceptValue(found, strength, key), judgeValue(found, strength, key), `${key} = ${found.value} ${JSON.stringify(found)}`);
      asked++;
    }
  }
  assert.equal(asked, 20_000);
});

test('the same value asked with another key or another flag right after is answered for its own question', () => {
  const v = 'hunter22';
  const found = (over: Partial<FoundValue>): FoundValue => ({ start: 0, end: v.length, value: v, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false, ...over });
  // (The pairs below differ in their answers: a memo that ignored the key or the flag would give the first's to the second.)
  const pairs: [FoundValue, string, FoundValue, string][] = [
    [found({}), 'password', found({}), 'cache_key'],
    // (Both keys strong: the strength alone does not tell these apart.)
    [found({ value: 'abcd', end: 4 }), 'password', found({ value: 'abcd', end: 4 }), 'token'],
    [found({ quoted: true }), 'password', found({ quoted: false }), 'password'],
    [found({ quoted: false, configLine: true }), 'password', found({ quoted: false, configLine: false }), 'password'],
    // (A passphrase's capitalised words after `=`, a type's name after a lower-case name's `:`.)
    [found({ value: 'CorrectHorse', end: 12, quoted: false, configLine: true }), 'password', found({ value: 'CorrectHorse', end: 12, quoted: false, configLine: true, afterColon: true }), 'password'],
  ];
  for (const [a, ka, b, kb] of pairs) {
    assert.notEqual(judgeValue(a, keyStrength(ka), ka), judgeValue(b, keyStrength(kb), kb), `${ka} ${JSON.stringify(a)} / ${kb} ${JSON.stringify(b)}`);
    for (let round = 0; round < 3; round++) {
      assert.equal(acceptValue(a, keyStrength(ka), ka), judgeValue(a, keyStrength(ka), ka));
      assert.equal(acceptValue(b, keyStrength(kb), kb), judgeValue(b, keyStrength(kb), kb));
    }
  }
});

test('one value asked of many keys and flags in turn, more questions than the ring holds, is answered for each', () => {
  const next = random(44);
  let asked = 0;
  for (const value of VALUES) {
    // (Up to twelve questions of the one value: past the eight it keeps, and past the ring's four.)
    const pool = Array.from({ length: 2 + Math.floor(next() * 11) }, () => question(next, [value], KEYS));
    for (let round = 0; round < 6; round++) {
      for (const { found, key } of pool) {
        const strength = keyStrength(key);
        assert.equal(acceptValue(found, strength, key), judgeValue(found, strength, key), `${key} = ${found.value} ${JSON.stringify(found)}`);
        asked++;
      }
    }
  }
  assert.ok(asked > 300);
});
