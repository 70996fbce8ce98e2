import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachMatchInReach } from '../../../src/core/guard/literalReach';
import { findSecrets, secretRules } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';

// archive-password's shape, shortened: a command's name, a bounded lazy run on its line, a blank and the option.
const SOURCE = '\\b(?:zip|unzip|7z)\\b[^\\r\\n]{0,20}?[ \\t]-(?:P[ \\t]+|p)([A-Za-z0-9]{3,8})(?=\\s|$)';
const NEEDS = { literals: ['-P', '-p'], reach: 5 + 20 + 1 };
const PIECES = ['zip', 'unzip', '7z', 'zip ', '7z a ', ' ', ' ', '\t', ' -p', ' -P ', '-p', '-P', '-', 'x', 'abc123', 'Xk9pQ2', '\n', '=', '"', 'a'.repeat(12)];

function globalMatches(text: string): string[] {
  const pattern = new RegExp(SOURCE, 'g');
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
}

function matchesInReach(text: string): string[] {
  const found: string[] = [];
  forEachMatchInReach(text, new RegExp(SOURCE, 'y'), NEEDS, (m) => found.push(`${m.index}:${m[0]}`));
  return found;
}

test('the matches sought before a literal within its reach are the ones exec from 0 finds', () => {
  const random = seededRandom(36);
  let found = 0;
  for (let n = 0; n < 3000; n++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(random() * 60);
    for (let i = 0; i < length; i++) parts.push(PIECES[Math.floor(random() * PIECES.length)]!);
    const text = parts.join('');
    const expected = globalMatches(text);
    assert.deepEqual(matchesInReach(text), expected, JSON.stringify(text));
    found += expected.length;
  }
  assert.ok(found > 600, `${found} matches`);
});

test('a match whose literal starts at the reach is found; none in a text without the literal', () => {
  const edge = `unzip ${'a'.repeat(19)} -P secret1`;
  assert.deepEqual(matchesInReach(edge), globalMatches(edge));
  assert.equal(matchesInReach(edge).length, 1);
  assert.deepEqual(matchesInReach('zip="zip 7z="7z '.repeat(50)), []);
});

test('archive-password on a line of more command names than the prefilter records: the option at its reach is taken', () => {
  const rule = secretRules.filter((r) => r.id === 'archive-password');
  const crowd = 'zip="zip 7z="7z rar="rar '.repeat(400);
  // zipcloak's name, 200 characters and a blank: the option's `-P` starts 209 characters after the match's start.
  const far = `zipcloak ${'a'.repeat(199)} -P Xk9pQ2mLr7 archive.zip`;
  const text = `${crowd}${far}\n${crowd}7z a -pHx83LmQp2 b.7z\n`;
  const spans = findSecrets(text, rule).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['Xk9pQ2mLr7', 'Hx83LmQp2']);
  const tooFar = `${crowd}zipcloak ${'a'.repeat(200)} -P Xk9pQ2mLr7 archive.zip`;
  assert.deepEqual(findSecrets(tooFar, rule), []);
});

test('openssl-command-password on a line of more openssl names than the prefilter records: the option at its reach is taken', () => {
  const rule = secretRules.filter((r) => r.id === 'openssl-command-password');
  const crowd = 'openssl::pkey-'.repeat(1100);
  // `openssl`, a blank, 299 characters and a blank: the option's `-k` starts 308 characters after the match's start.
  const text = `${crowd}openssl ${'a'.repeat(299)} -k Xk9pQ2mLr7 -in a\n${crowd}openssl enc -passin pass:Hx83LmQp2 -in b\n`;
  assert.deepEqual(findSecrets(text, rule).map((s) => text.slice(s.start, s.end)), ['Xk9pQ2mLr7', 'Hx83LmQp2']);
  assert.deepEqual(findSecrets(`${crowd}openssl ${'a'.repeat(300)} -k Xk9pQ2mLr7 -in a`, rule), []);
});
