import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { redactSecrets, secretRules } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';

test('says which groups have a keyword in the text, as a search for each keyword would', () => {
  const groups = secretRules.map((r) => r.keywords);
  const prefilter = new KeywordPrefilter(groups);
  const random = seededRandom(3);
  const words = [...new Set(groups.flat())];
  const filler = ['a', 'Q', '_', '-', '.', ' ', '\n', 'é', 'İ', '0', 'x', ':', '~'];
  for (let round = 0; round < 500; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 12); i++) {
      let piece = random() < 0.5 ? words[Math.floor(random() * words.length)]! : filler[Math.floor(random() * filler.length)]!;
      if (random() < 0.3) piece = piece.slice(0, Math.max(1, piece.length - 1)); // almost a keyword
      if (random() < 0.3) piece = piece.toUpperCase();
      text += piece;
    }
    const asciiLower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const expected = groups.map((keywords) => keywords.length === 0 || keywords.some((k) => asciiLower.includes(k)));
    assert.deepEqual(prefilter.needed(text), expected, JSON.stringify(text));
  }
});

test('finds keywords that overlap or end inside one another', () => {
  const prefilter = new KeywordPrefilter([['pwd'], ['pw'], ['sk-ant-'], ['sk-'], ['nt-']]);
  assert.deepEqual(prefilter.needed('xSK-ANT-y'), [false, false, true, true, true]);
  assert.deepEqual(prefilter.needed('pwpwd'), [true, true, false, false, false]);
  assert.deepEqual(prefilter.needed('p\u00e9wd sk\u2010ant'), [false, false, false, false, false]);
});

test('a group without keywords is always needed; a keyword must be lower-case ASCII', () => {
  assert.deepEqual(new KeywordPrefilter([[], ['key']]).needed(''), [true, false]);
  assert.throws(() => new KeywordPrefilter([['Key']]), /lower-case ASCII/);
  assert.throws(() => new KeywordPrefilter([['clé']]), /lower-case ASCII/);
});

test('a secret after a letter whose lower case is longer (İ) is removed at its own place', () => {
  // 'İ'.toLowerCase() is two characters: offsets taken in a lower-cased copy would be off by one each.
  assert.equal(redactSecrets('İİ GITHUB_TOKEN=Zx9Qm2Lp8Rt4Vw6Yb1').text, 'İİ GITHUB_TOKEN=[REDACTED:secret-assignment]');
});

test('visits the end of every keyword occurrence, in either case, as a search for each keyword would', () => {
  const keywords = ['pat', 'at', 'sk-', 'k-a', 'pagerduty', '~x'];
  const prefilter = new KeywordPrefilter([keywords]);
  const random = seededRandom(5);
  const alphabet = 'paPAtTsSkK-~xXqQ_ \u00e9';
  for (let round = 0; round < 500; round++) {
    let text = '';
    for (let i = 0; i < Math.floor(random() * 30); i++) text += random() < 0.2 ? keywords[Math.floor(random() * keywords.length)]!.toUpperCase() : alphabet[Math.floor(random() * alphabet.length)]!;
    const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const expected = [...new Set(keywords.flatMap((k) => [...lower.matchAll(new RegExp(k.replace(/[-~]/g, '\\$&'), 'g'))].map((m) => m.index + k.length)))].sort((a, b) => a - b);
    const ends: number[] = [];
    prefilter.forEachHit(text, (end) => ends.push(end));
    assert.deepEqual(ends, expected, JSON.stringify(text));
  }
});
