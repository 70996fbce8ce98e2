// Each pattern rule's exceptions tested by a near miss (guardaudit3, thirty-second round): the rule's own example with its
// secret made what the exception lets go (exceptionNearMisses.ts says why each is no secret). The whole redactor leaves it;
// with the exception removed its rule takes it (bench/guard/exceptionMutations.ts), so removing the exception fails this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets, secretRules } from '../../../src/core/guard/secretRedactor';
import { exceptionNearMisses } from './exceptionNearMisses';

test('each near miss names a rule of the redactor and holds its stand-in once', () => {
  const ids = new Set(secretRules.map((rule) => rule.id));
  for (const miss of exceptionNearMisses) {
    assert.ok(ids.has(miss.rule), miss.rule);
    assert.notEqual(miss.text.indexOf(miss.value), -1, miss.text);
  }
});

test('a stand-in in a rule\'s own shape is left: a mask, a run of a few characters', () => {
  for (const miss of exceptionNearMisses) {
    const at = miss.text.indexOf(miss.value);
    const touching = findSecrets(miss.text).filter((s) => s.start < at + miss.value.length && s.end > at);
    assert.deepEqual(touching, [], `${miss.rule} (${miss.part}): ${JSON.stringify(miss.text)}`);
  }
});
