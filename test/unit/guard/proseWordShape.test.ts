import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proseWordShape } from '../../../src/core/guard/rules/toolConfigCredentialRules';
import { seededRandom } from '../../../src/core/seededRandom';

test("a password directive's value in prose's shape, read by code unit, is what the two expressions said", () => {
  const random = seededRandom(30);
  const pieces = ['a', 'Z', 'reset', '.', ',', ';', ':', '!', '?', ')', '(', '1', '_', '-', ' ', 'é', '@', '[', '`', '{'];
  for (let t = 0; t < 20_000; t++) {
    let s = '';
    for (let i = 1 + Math.floor(random() * 6); i > 0; i--) s += pieces[Math.floor(random() * pieces.length)];
    const expected = /^[A-Za-z]+[.,;:!?)]*$/.test(s) ? (/[.,;:!?)]$/.test(s) ? 1 : 0) : -1;
    assert.equal(proseWordShape(s), expected, JSON.stringify(s));
  }
});
