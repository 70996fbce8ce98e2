// boundName.ts knows the text it was asked about by the object its reader made for that text (assignmentRule's
// LineContext), never by comparing the text: a comparison of two handles of one unescaped view read its characters
// on every value, and made the percent-encoded and JSON-log families 6–12 times slower (twenty-third round, lead).
// Its search budget is one owner's: a new owner (the next text, or the same text read again) starts afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesBoundInText } from '../../../src/core/guard/rules/boundName';
import type { FoundValue } from '../../../src/core/guard/rules/secretValue';

function bare(text: string, value: string): FoundValue {
  const start = text.lastIndexOf(value);
  return { start, end: start + value.length, value, quoted: false, configLine: true, afterComma: false, listed: false, field: false, afterColon: false };
}

test('a name the text binds is read as bound, once per owner, and the budget of whole-text searches is the owner\'s', () => {
  const names = Array.from({ length: 17 }, (_, i) => `handler${String.fromCharCode(97 + i)}x`);
  const text = names.map((n) => `def ${n}():\n    pass\n`).join('') + names.map((n) => `PASSWORD=${n}\n`).join('');
  const first = {};
  const answers = names.map((n) => namesBoundInText(text, first, bare(text, n), 'strong'));
  // Sixteen searches a text: the seventeenth distinct value is not searched for, and is not a name.
  assert.deepEqual(answers, [...Array(16).fill(true), false]);
  // Asked again for the same owner: answered from the memo (the first 16) or still over budget.
  assert.equal(namesBoundInText(text, first, bare(text, names[0]!), 'strong'), true);
  assert.equal(namesBoundInText(text, first, bare(text, names[16]!), 'strong'), false);
  // The same text under a new owner (a new reading of it) starts afresh.
  assert.equal(namesBoundInText(text, {}, bare(text, names[16]!), 'strong'), true);
});

test('a value the text never binds is no name, and an equal copy of the text under its own owner gets the same answer', () => {
  const text = 'DB_PASSWORD=nodejs\nHOST=db\n';
  const copy = [...text].join('');
  assert.equal(namesBoundInText(text, {}, bare(text, 'nodejs'), 'strong'), false);
  assert.equal(namesBoundInText(copy, {}, bare(copy, 'nodejs'), 'strong'), false);
  const bound = 'function nodejs() {}\nDB_PASSWORD=nodejs\n';
  assert.equal(namesBoundInText(bound, {}, bare(bound, 'nodejs'), 'strong'), true);
});
