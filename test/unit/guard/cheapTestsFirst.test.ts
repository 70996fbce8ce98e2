// guardspeed20: a cheap certain test asked before an expression; each answer as the expression alone gives it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDocumentedPublicValue } from '../../../src/core/guard/documentedPublicValues';
import { looksPlaceholder } from '../../../src/core/guard/secretRule';

const ABSENT_WORDS = ['none', 'null', 'nil', 'undefined', 'unset', 'missing', 'empty', 'redacted', 'n/a', 'not-set', 'not_configured', 'notprovided', 'not specified', 'not-defined', 'not_available', 'not-a-secret', 'not_a_real_token', 'notarealpassword', 'not-a-key'];

test('a word saying there is none is a placeholder in every case, its first letter asked first', () => {
  for (const word of ABSENT_WORDS) {
    for (const v of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) assert.equal(looksPlaceholder(v), true, v);
  }
  for (const v of ['nonexistent9', 'Unsettled42', 'emptyHanded', 'Xnone', 'anull']) assert.equal(looksPlaceholder(v), false, v);
});

test('a documented value is found whole, quoted and as a pair\'s password, the lengths read shortest first', () => {
  for (const v of ['h480djs93hd8', '2YotnFZFEjr1zCsicMWpAA', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2']) {
    assert.equal(isDocumentedPublicValue(v, 0, v.length), true, v);
    assert.equal(isDocumentedPublicValue(`"${v}"`, 0, v.length + 2), true, v);
    const pair = `admin:${v}`;
    assert.equal(isDocumentedPublicValue(pair, 0, pair.length), true, pair);
    assert.equal(isDocumentedPublicValue(`x${pair}`, 1, pair.length + 1), true, pair);
    assert.equal(isDocumentedPublicValue(`admin-${v}`, 0, v.length + 6), false, v);
  }
});
