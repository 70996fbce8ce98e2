// spellsOwnKey's memo (ownKeyWords.ts) answers as its reading does: a value and a key drawn from a few
// words, in any case and joint, asked in a random order with repeats, the same key with values that spell
// it and values that do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextKeyWordEnd } from '../../../src/core/guard/rules/keyWordScan';
import { readsOwnKey, spellsOwnKey } from '../../../src/core/guard/rules/ownKeyWords';
import { seededRandom } from '../../../src/core/seededRandom';

const WORDS = ['client', 'credentials', 'grant', 'refresh', 'token', 'password', 'secret', 'api', 'key', 'admin', 'db', 'x9', 'fK2q'];
const JOINTS = ['_', '-', '.', ' ', ''];

function name(random: () => number, words: string[]): string {
  const joint = JOINTS[Math.floor(random() * JOINTS.length)]!;
  const upper = random() < 0.5;
  return words.map((w, i) => (upper ? w.toUpperCase() : joint === '' && i > 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(joint);
}

function pick(random: () => number): string[] {
  const n = 1 + Math.floor(random() * 3);
  return Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!);
}

test("spellsOwnKey's answer is its reading's, whatever was asked before", () => {
  const random = seededRandom(2326);
  const keys = Array.from({ length: 40 }, () => pick(random));
  let yes = 0;
  let no = 0;
  for (let n = 0; n < 30_000; n++) {
    const words = keys[Math.floor(random() * keys.length)]!;
    const key = name(random, words);
    // The key's words, its first or last ones, reordered, or other words: values that spell it and values that do not.
    const r = random();
    const valueWords = r < 0.3 ? words : r < 0.45 ? words.slice(0, 1) : r < 0.6 ? words.slice(-1) : r < 0.75 ? [...words].reverse() : pick(random);
    const v = name(random, random() < 0.1 ? [...valueWords, 'x9'] : valueWords);
    const expected = v.length <= 96 && nextKeyWordEnd(v, 0) !== -1 && readsOwnKey(v, key);
    assert.equal(spellsOwnKey(v, key), expected, `${JSON.stringify(v)} for ${JSON.stringify(key)}`);
    if (expected) yes++;
    else no++;
  }
  assert.ok(yes > 3_000 && no > 3_000, `${yes} yes, ${no} no`);
});
