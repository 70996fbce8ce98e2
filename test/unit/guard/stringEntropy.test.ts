import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../../src/core/seededRandom';
import { classSwitchRate, shannonEntropy, wordiness } from '../../../src/core/guard/stringEntropy';

/** The definition, a logarithm per distinct character, summed in the order of first appearance. */
function byDefinition(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text.split('')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const c of counts.values()) {
    const p = c / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

test('entropy of short strings (looked up) and long ones (computed) is the definition\'s, to the last bit', () => {
  const random = seededRandom(53);
  for (let round = 0; round < 20_000; round++) {
    const length = Math.floor(random() * 100);
    const alphabet = 1 + Math.floor(random() * 70);
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(33 + Math.floor(random() * alphabet));
    assert.equal(shannonEntropy(text), byDefinition(text), JSON.stringify(text));
  }
  assert.equal(shannonEntropy(''), 0);
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy('ab'), 1);
});

/** The measures as first written, a test of each range per character: the reference the table-driven ones are held to. */
function classOf(code: number): number {
  if (code >= 97 && code <= 122) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code >= 48 && code <= 57) return 3;
  return 4;
}

function switchRateByRanges(text: string): number {
  if (text.length < 2) return 0;
  let switches = 0;
  for (let i = 1; i < text.length; i++) if (classOf(text.charCodeAt(i)) !== classOf(text.charCodeAt(i - 1))) switches++;
  return switches / (text.length - 1);
}

function wordinessByRanges(text: string): number {
  if (text.length === 0) return 0;
  let inWords = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && classOf(text.charCodeAt(i)) === 1) run++;
    else {
      if (run >= 3) inWords += run;
      run = 0;
    }
  }
  return inWords / text.length;
}

test('class switches and wordiness read from tables are the range tests\' answers, to the last bit', () => {
  const random = seededRandom(61);
  const alphabet = 'abcxyzABCXYZ0189_-./+= \té{~`@[\u00ff\u0100\u212a\ud83d';
  for (let round = 0; round < 20_000; round++) {
    let text = '';
    const length = Math.floor(random() * 48);
    const lower = random() < 0.3;
    for (let i = 0; i < length; i++) text += lower && random() < 0.7 ? 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] : alphabet[Math.floor(random() * alphabet.length)];
    assert.equal(classSwitchRate(text), switchRateByRanges(text), JSON.stringify(text));
    assert.equal(wordiness(text), wordinessByRanges(text), JSON.stringify(text));
  }
});
