// Two reuses in the assignment rule that cannot change an answer, held here. (1) Where the characters of a key spell
// the key cut last, that string is the key (assignmentRule.ts): on files of lines whose keys repeat, and whose keys
// are prefixes of one another with other strengths (`token`, `tokenizer`), the rule finds on the whole file what it
// finds on each line alone; it fails when the key is reused without its length compared. (2) acceptValue's memo
// compares each kept value's head (length and first character) before the value: values that share a head but not
// their answer, asked in turn, each get their own; it fails when the head stands in for the value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignmentRule } from '../../../src/core/guard/rules/assignmentRule';
import { acceptValue, judgeValue, valueHead, type FoundValue } from '../../../src/core/guard/rules/secretValue';
import { keyStrength } from '../../../src/core/guard/rules/keyStrength';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

const KEYS = ['token', 'tokenizer', 'tokens', 'pw', 'pwd', 'pass', 'passage', 'password', 'password_hint', 'api_key', 'api_keys', 'key', 'keyboard'];

function spans(text: string): string[] {
  const found = new SpanList(4);
  assignmentRule.find(text, found);
  return found.toSpans().map(({ start, end }) => `${start}-${end}`);
}

test('a file of repeated and prefixed keys: the rule finds on the whole what it finds line by line', () => {
  let taken = 0;
  for (let seed = 1; seed <= 150; seed++) {
    const random = seededRandom(seed);
    const digits = '0123456789';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    // A pool of two to four keys a file, so a key comes back right after itself and after another that starts like it.
    const pool = Array.from({ length: 2 + Math.floor(random() * 3) }, () => KEYS[Math.floor(random() * KEYS.length)]!);
    let text = '';
    const expected: string[] = [];
    for (let line = 0; line < 40; line++) {
      const key = pool[Math.floor(random() * pool.length)]!;
      // (Each value starts with a digit: no value is an identifier another line could bind, so lines are independent.)
      let value = digits[Math.floor(random() * digits.length)]!;
      for (let i = 0, length = 2 + Math.floor(random() * 20); i < length; i++) value += alphabet[Math.floor(random() * alphabet.length)];
      const written = `${key}${random() < 0.5 ? ': ' : '='}${value}\n`;
      for (const span of spans(written)) {
        const [start, end] = span.split('-').map(Number);
        expected.push(`${text.length + start!}-${text.length + end!}`);
      }
      text += written;
    }
    assert.deepEqual(spans(text), expected, `seed ${seed}`);
    taken += expected.length;
  }
  assert.ok(taken > 1000, `${taken}`);
});

test('values that share a head but not their answer, asked in turn, are each judged for themselves', () => {
  const found = (value: string): FoundValue => ({ start: 0, end: value.length, value, quoted: false, configLine: true, afterComma: false, listed: false, field: false });
  const pairs: [string, string, string][] = [
    ['cache_key', 'aB3dE6gH9jK2mN5p', 'aaaaaaaaaaaaaaaa'],
    ['password', 'hunter22', 'h.example.com'.slice(0, 8)],
    ['token', 'Zx9Qm2Lp8Rt4', 'Zzzzzzzzzzzz'],
  ];
  let differing = 0;
  for (const [key, a, b] of pairs) {
    assert.equal(valueHead(a), valueHead(b), `${a} ${b}`);
    const strength = keyStrength(key);
    for (let i = 0; i < 6; i++) {
      for (const v of i % 2 === 0 ? [a, b] : [b, a]) assert.equal(acceptValue(found(v), strength, key), judgeValue(found(v), strength, key), `${key} ${v}`);
    }
    if (judgeValue(found(a), strength, key) !== judgeValue(found(b), strength, key)) differing++;
  }
  // (At least two pairs whose answers differ: a memo that compared heads alone would give one's answer to the other.)
  assert.ok(differing >= 2, `${differing}`);
});
