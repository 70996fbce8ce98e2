// The placeholder test's bits and its first-letter test for absence are read from its one definition
// (placeholderValue.ts): a reader that skips an expression by its bit skips the right one, whatever the order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ABSENT_BIT, looksPlaceholder, placeholderExpressions, STAND_IN_BIT, startsAbsentWord } from '../../../src/core/guard/placeholderValue';

const expressionOf = (bit: number) => placeholderExpressions[Math.log2(bit)]!.pattern;

test("each exported bit is its expression's bit in placeholderExpressions", () => {
  for (const s of ['xxxxx', '<your-token>', '[password]', '****']) assert.ok(expressionOf(STAND_IN_BIT).test(s), s);
  for (const s of ['none', 'N/A', 'not-a-real-token', 'REDACTED']) assert.ok(expressionOf(ABSENT_BIT).test(s), s);
  assert.ok(!expressionOf(ABSENT_BIT).test('xxxxx'));
  assert.ok(!expressionOf(STAND_IN_BIT).test('none'));
});

test('the answer with the bits given is the answer read without them: a caller that clears a bit only where its expression cannot match', () => {
  const all = (1 << placeholderExpressions.length) - 1;
  for (const v of ['none', 'unset', 'Empty', 'xxxxx', '<token>', 'FOO_BAR', '${TOKEN}', 'hunter2', 'aB3dE6gH9jK2']) {
    const expected = looksPlaceholder(v);
    looksPlaceholder('');
    let bits = all;
    if (!startsAbsentWord(v.charCodeAt(0))) bits &= ~ABSENT_BIT;
    assert.equal(looksPlaceholder(v, bits), expected, v);
    looksPlaceholder('');
  }
});

test('every letter an absent word may start with, and no other character', () => {
  const absent = expressionOf(ABSENT_BIT);
  for (let c = 0; c < 0x3000; c++) {
    const ch = String.fromCharCode(c);
    // A word of absence starting with this character: the expression matches one only if it may start there.
    const some = ['one', 'ull', 'il', 'ndefined', 'nset', 'issing', 'mpty', 'edacted', '/a', 'ot-set', 'ot-a-key'].some((rest) => absent.test(ch + rest));
    if (some) assert.ok(startsAbsentWord(c), ch);
  }
  for (const ch of 'numerNUMER') assert.ok(startsAbsentWord(ch.charCodeAt(0)), ch);
  for (const ch of 'aAzZ@[`{0é _') assert.equal(startsAbsentWord(ch.charCodeAt(0)), false, ch);
});
