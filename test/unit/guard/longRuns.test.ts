import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiClass, forEachLongRun } from '../../../src/core/guard/longRuns';
import { seededRandom } from '../../../src/core/seededRandom';

const isLetter = (c: number) => c === 97 || c === 98;
const LETTERS = asciiClass(isLetter);

/** Every maximal run of a and b at least `min` long, read character by character. */
function runsReadWhole(text: string, min: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text.charCodeAt(i))) continue;
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    if (i - start >= min) runs.push([start, i]);
  }
  return runs;
}

test('the long runs found from every min-th character are those read character by character, at every length and edge', () => {
  const random = seededRandom(7);
  for (let round = 0; round < 2000; round++) {
    // Runs of every length around `min`, at the text's start and end too.
    let text = '';
    const length = Math.floor(random() * 60);
    while (text.length < length) text += random() < 0.7 ? 'ab'[Math.floor(random() * 2)] : ' =\né'[Math.floor(random() * 4)];
    const min = 1 + Math.floor(random() * 12);
    const found: [number, number][] = [];
    forEachLongRun(text, min, LETTERS, (start, end) => found.push([start, end]));
    assert.deepEqual(found, runsReadWhole(text, min), `${JSON.stringify(text)}, min ${min}`);
  }
});

test('a run as long as the text, or the text without one, is found once or not at all', () => {
  const runs = (text: string, min: number) => {
    const found: [number, number][] = [];
    forEachLongRun(text, min, LETTERS, (start, end) => found.push([start, end]));
    return found;
  };
  assert.deepEqual(runs('ab'.repeat(50), 24), [[0, 100]]);
  assert.deepEqual(runs('a'.repeat(23), 24), []);
  assert.deepEqual(runs('a'.repeat(24), 24), [[0, 24]]);
  assert.deepEqual(runs('', 3), []);
  assert.deepEqual(runs('x'.repeat(100), 5), []);
});

test('a class holds ASCII characters only: a character past ASCII is no member, whatever its low bits or what `holds` says', () => {
  const runs = (text: string, chars: Uint8Array) => {
    const found: [number, number][] = [];
    forEachLongRun(text, 3, chars, (start, end) => found.push([start, end]));
    return found;
  };
  // U+00E1 and U+0161 end in the bits of `a` (97), U+0162 in those of `b`; U+FFFF is the last code unit.
  for (const other of ['\u00e1', '\u0161', '\u0162', '\uffff', '\ud83d', '\ude00']) {
    assert.deepEqual(runs(`ab${other}ab`, LETTERS), [], other);
    assert.deepEqual(runs(`${other.repeat(6)}abab`, LETTERS), [[6, 10]], other);
    assert.deepEqual(runs(other.repeat(8), asciiClass(() => true)), [], other);
  }
});
