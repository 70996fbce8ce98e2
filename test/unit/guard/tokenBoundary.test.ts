// A token keyed by its issuer's prefix starts after an escape (`\n`, `%3D`, `\u0022`) as after a blank, glued to
// a word only where its prefix is distinctive; the lookbehind the vendor rules use and the hand-written test agree.
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

test('a distinctive prefix glued after a word is that token: xyzghp_…, tokenglpat-…', () => {
  assert.deepEqual(foundBy(`xyz${GHP}`), [GHP]);
  const glpat = 'glpat-' + 'Xk2pL9vQ8mR3tW5yZ1bC';
  const gitlab = vendorTokenRules.find((r) => r.id === 'gitlab-token')!;
  const list = new SpanList();
  gitlab.find(`token${glpat} `, list);
  assert.deepEqual(list.toSpans().map((s) => s.end - s.start), [glpat.length]);
});

test('a short or shared prefix glued to a word, or after a lone letter, is not: xAKIA…, \\qAKIA, %G1AKIA, monkey-…', () => {
  const aws = vendorTokenRules.find((r) => r.id === 'aws-access-key-id')!;
  const mailgun = vendorTokenRules.find((r) => r.id === 'mailgun-key')!;
  const AKIA = 'AKIA' + 'Q3ZRY7XWV5TNM2PK';
  for (const [rule, text] of [[aws, `x${AKIA}`], [aws, `"\\q${AKIA}"`], [aws, `%G1${AKIA}`], [aws, `\\u12${AKIA}`], [aws, `9${AKIA}`], [mailgun, 'monkey-' + 'k3xv9qmz2plr8tsw4ybn6hcj1dfg5aeu']] as const) {
    const list = new SpanList();
    rule.find(text, list);
    assert.deepEqual(list.toSpans(), [], text);
  }
  for (const text of [`"\\n${AKIA}"`, `%3D${AKIA}`]) {
    const list = new SpanList();
    aws.find(text, list);
    assert.equal(list.length, 1, text);
  }
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
