// proseValue.ts's `looksSentence` reads a value's words in place (bench/guard/README.md, twenty-seventh round, guardspeed36):
// held against the reading it replaced, `split(' ')` and SENTENCE_WORD, on random values made of words, marks and blanks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksSentence } from '../../../src/core/guard/rules/proseValue';
import { seededRandom } from '../../../src/core/seededRandom';

const SENTENCE_WORD = /^["'(]?[A-Za-z][a-z]*(?:['-][a-z]+)?[)"',.;:!?]{0,3}$/;

function splitReading(v: string): boolean {
  let blanks = 0;
  for (let at = v.indexOf(' '); at !== -1 && blanks < 3; at = v.indexOf(' ', at + 1)) blanks++;
  if (blanks < 3) return false;
  let words = 0;
  let lettered = 0;
  for (const word of v.split(' ')) {
    if (word === '') continue;
    words++;
    if (SENTENCE_WORD.test(word)) lettered++;
  }
  return words >= 4 && lettered >= 0.75 * words;
}

const WORDS = ['the', 'Password', 'is', 'required', "can't", 'log-in', '"Enter', 'your', 'token."', '(optional)', 'again!', 'x1', 'API', 'key:', ''];
const ATOMS = [...'abczABCZ09', ...`"'()-,.;:!?=_/\t\n`, ' ', ' ', ' ', '  ', 'word', 'Please', "don't", 'well-known', "dogs'", 'end.', '"quoted"', '(aside)', 'é', 'ß'];

test('the words read in place answer as split and SENTENCE_WORD, on 60,000 random values', () => {
  const random = seededRandom(2727);
  let yes = 0;
  for (let n = 0; n < 60_000; n++) {
    let v = '';
    // (Half of them words between blanks, a piece of a word or a mark glued on at random: near a sentence, either side.)
    if (random() < 0.5) {
      for (let i = 3 + Math.floor(random() * 6); i > 0; i--) {
        v += (v === '' ? '' : ' ') + WORDS[Math.floor(random() * WORDS.length)]!;
        if (random() < 0.15) v += ATOMS[Math.floor(random() * ATOMS.length)]!;
      }
    } else for (let i = 1 + Math.floor(random() * 24); i > 0; i--) v += ATOMS[Math.floor(random() * ATOMS.length)]!;
    const expected = splitReading(v);
    assert.equal(looksSentence(v), expected, JSON.stringify(v));
    if (expected) yes++;
  }
  assert.ok(yes > 5_000 && yes < 25_000, String(yes));
});

test('each shape of a word of a sentence, and its near misses', () => {
  const words = ['Please', 'run', "'azd", "login'", '(from', 'prompt.', 'again?!.', "don't", 'well-known,', "dogs'", 'a', 'Z', '"Hi"', "x'y", 'x-y-z', 'ab-', "ab'", 'ab.,;:', '"(a', '1a', 'aB', 'a)))', 'a))))', 'é', "'", '-a', "a'B"];
  for (const w of words) {
    const v = `one two three ${w}`;
    const four = `${w} ${w} ${w} ${w}`;
    assert.equal(looksSentence(v), splitReading(v), v);
    assert.equal(looksSentence(four), splitReading(four), four);
  }
});
