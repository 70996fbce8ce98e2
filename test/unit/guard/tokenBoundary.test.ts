// A token keyed by its issuer's prefix starts after an escape (`\n`, `%3D`, `\u0022`) as after a blank,
// and not glued to a word; the lookbehind the vendor rules use and the hand-written test agree.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { afterEscape, escapeLength, TOKEN_START } from '../../../src/core/guard/rules/tokenBoundary';
import { vendorTokenRules } from '../../../src/core/guard/rules/vendorTokenRules';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

const GHP = 'ghp_' + 'k3Xv9QmZ2pLr8TsW4yBn6HcJ1dFg5aEu7oIq';
const github = vendorTokenRules.find((r) => r.id === 'github-token')!;

function foundBy(text: string): string[] {
  const list = new SpanList();
  github.find(text, list);
  return list.toSpans().map((s) => text.slice(s.start, s.end));
}

test('a prefixed token after an escape is that token: JSON and C escapes, percent-encoding, \\u and \\x', () => {
  for (const text of [`{"log": "login ok\\n${GHP}\\n"}`, `"a\\t${GHP}"`, `q=https%3A%2F%2Fx%3Ftoken%3D${GHP}%26a%3Db`, `"\\u0022${GHP}\\u0022"`, `'\\x22${GHP}'`, `%22${GHP}%22`]) {
    assert.deepEqual(foundBy(text), [GHP], text);
    assert.ok(findSecrets(text).some((s) => text.slice(s.start, s.end).includes(GHP)), text);
  }
});

test('glued to a word or after a lone letter it is not: xghp_…, \\q, %G1, a digit after \\u with too few', () => {
  for (const text of [`x${GHP}`, `_${GHP}`, `"\\q${GHP}"`, `%G1${GHP}`, `\\u12${GHP}`, `9${GHP}`]) assert.deepEqual(foundBy(text), [], text);
});

test('escapeLength counts the escape that opens a run: \\n 1, %3D 2, \\u0022 5, \\x22 3, none 0', () => {
  const cases: [string, number][] = [['\\nabc', 1], ['%3Dabc', 2], ['\\u0022abc', 5], ['\\x22abc', 3], [' abc', 0], ['\\qabc', 0], ['%zzabc', 0]];
  // (Each run starts at 1: right after the `\\`, the `%` or the blank.)
  for (const [text, length] of cases) assert.equal(escapeLength(text, 1), length, text);
});

test('the lookbehind and afterEscape agree on random texts of escapes, letters and blanks', () => {
  const random = seededRandom(16);
  const pieces = ['\\', 'n', 'u', 'x', '%', '3', 'D', 'G', '0', 'a', ' ', '_', '"', 'T'];
  const starts = new RegExp(`${TOKEN_START}T`, 'g');
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 0; i < 12; i++) text += pieces[Math.floor(random() * pieces.length)];
    const byRegex = [...text.matchAll(starts)].map((m) => m.index);
    const byHand: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== 'T') continue;
      if (i === 0 || !/[A-Za-z0-9_]/.test(text[i - 1]!) || afterEscape(text, i)) byHand.push(i);
    }
    assert.deepEqual(byRegex, byHand, JSON.stringify(text));
  }
});
