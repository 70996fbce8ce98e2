// keyWordBefore reads a text forward once; its answers must be those of reading back from each candidate
// (the high-entropy rule's gate as guardentropy wrote it, kept here as the reference).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyWordBefore } from '../../../src/core/guard/rules/keyWordBefore';
import { nextKeyWordEnd } from '../../../src/core/guard/rules/keyWordScan';
import { seededRandom } from '../../../src/core/seededRandom';

function readingBack(text: string, start: number): boolean {
  const limit = Math.max(0, start - 240);
  let to = start;
  for (let line = 0; line <= 1; line++) {
    let from = to;
    while (from > limit && text.charCodeAt(from - 1) !== 10) from--;
    if (nextKeyWordEnd(text, from, to) !== -1) return true;
    if (from <= limit) return false;
    to = from - 1;
  }
  return false;
}

const PIECES = ['token', 'KEY', 'pass', 'x', 'abc', ' ', '=', '"', '\n', '\n\n', 'aB3dE6gH9jK2', 'secre', 'pw', 'a'.repeat(120)];

test('the forward reading answers as reading back, for rising and falling offsets over many texts', () => {
  const random = seededRandom(11);
  let asked = 0;
  let yes = 0;
  for (let t = 0; t < 300; t++) {
    let text = '';
    while (text.length < 2_000) text += PIECES[Math.floor(random() * PIECES.length)];
    // Rising offsets as the rule asks them, with now and then a step back (a second redaction of the text).
    let at = 0;
    for (let k = 0; k < 200; k++) {
      at = random() < 0.05 ? Math.floor(random() * at) : Math.min(text.length, at + Math.floor(random() * 40));
      const want = readingBack(text, at);
      assert.equal(keyWordBefore(text, at), want, `text ${t}, offset ${at}`);
      asked++;
      if (want) yes++;
    }
  }
  // Both answers were met often enough for the comparison to mean something.
  assert.ok(yes > asked / 10 && yes < (asked * 9) / 10, `${yes} of ${asked} yes`);
});

test('a key word on the line above counts, two lines above or beyond 240 characters does not', () => {
  assert.equal(keyWordBefore('api_key\n = "aB3dE6gH9jK2aB3dE6gH9jK2"', 11), true);
  assert.equal(keyWordBefore('api_key\n\n = "aB3dE6gH9jK2aB3dE6gH9jK2"', 12), false);
  const far = `token${' '.repeat(240)}"aB3dE6gH9jK2aB3dE6gH9jK2"`;
  assert.equal(keyWordBefore(far, far.indexOf('"') + 1), false);
});
