import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignmentKeyWords } from '../../../src/core/guard/rules/keyStrength';
import { keyWords, nextKeyWordEnd } from '../../../src/core/guard/rules/keyWordScan';
import { seededRandom } from '../../../src/core/seededRandom';

// The expression the scanner replaces: the reference it is held to.
const KEYWORD = /pass|pwd|psw|psk|secret|token|key|cred|auth|login|pw|sig|salt|bearer|pat|contrase|senha|senord|salasana|wachtwoord|kennwort|sess|csrf|xsrf/gi;

function byExpression(text: string, from: number): number {
  KEYWORD.lastIndex = from;
  return KEYWORD.test(text) ? KEYWORD.lastIndex - 1 : -1;
}

test('finds the first key word, and of two at one place the one the expression lists first', () => {
  assert.equal(nextKeyWordEnd('DB_PASSWORD=x', 0), 6, 'pass, not password');
  assert.equal(nextKeyWordEnd('pwd', 0), 2, 'pwd before pw');
  assert.equal(nextKeyWordEnd('pw', 0), 1);
  assert.equal(nextKeyWordEnd('x Bearer', 0), 7);
  assert.equal(nextKeyWordEnd('monkey', 0), 5);
  assert.equal(nextKeyWordEnd('monkey', 6), -1);
  assert.equal(nextKeyWordEnd('toke', 0), -1, 'a word cut at the end of the text');
  assert.equal(nextKeyWordEnd('', 0), -1);
});

test('folds ASCII letters only: no other character stands for one', () => {
  // '@' | 0x20 is '`', 'P' | 0x20 is 'p'; the Kelvin sign and the long s are not k and s here.
  assert.equal(nextKeyWordEnd('\u212aey \u017fig @uth P[ss', 0), -1);
  assert.equal(byExpression('\u212aey \u017fig @uth P[ss', 0), -1);
});

test('gives the expression\'s answer on random text of key words, their pieces and look-alike characters', () => {
  const random = seededRandom(23);
  const atoms = [...keyWords, ...keyWords.map((w) => w.toUpperCase()), ...keyWords.map((w) => w.slice(0, -1)), ...keyWords.map((w) => w.slice(1)),
    'Pass', 'pWd', 'SeCrEt', 'p', 's', 'a', 'w', 'd', '_', '-', '=', ' ', '\n', '@', '[', '`', '{', 'P', 'K', 'İ', 'ſ', '\u212a', 'é', '😀'];
  let found = 0;
  for (let round = 0; round < 20_000; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 8); i++) text += atoms[Math.floor(random() * atoms.length)]!;
    const from = Math.floor(random() * 4);
    const expected = byExpression(text, from);
    if (expected !== -1) found++;
    assert.equal(nextKeyWordEnd(text, from), expected, JSON.stringify({ text, from }));
  }
  assert.ok(found > 5_000, `only ${found} finds: the comparison says little`);
});

test('finds every word the key strength table knows, so no strong key goes unread (contraseña, senha, lösenord)', () => {
  for (const word of assignmentKeyWords) {
    assert.notEqual(nextKeyWordEnd(word, 0), -1, word);
    assert.notEqual(nextKeyWordEnd(`DB_${word.toUpperCase()}=`, 0), -1, word);
  }
});
