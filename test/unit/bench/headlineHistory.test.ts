import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE_HISTORY, headlineHistoryInputs, withHistory } from '../../../bench/guard/headlineHistory';
import { spearman } from '../../../bench/guard/screenAgreement';

describe('the headline inputs carried from earlier benches', () => {
  it('builds every named input at 1 MB, and only those a reduced run names', () => {
    const inputs = headlineHistoryInputs();
    assert.deepEqual(inputs.map((i) => i.name), HEADLINE_HISTORY.map((h) => h.name));
    for (const input of inputs) assert.equal(input.text.length, 1_000_000, input.name);
    assert.deepEqual(headlineHistoryInputs(/^bare-password/).map((i) => i.name), ['bare-password-directive: keywords with a value opener']);
  });

  it('adds to the screens\' K slowest each named input not among them by name or by text', () => {
    const screens = [{ name: 'a', text: 'A' }, { name: 'b', text: 'B' }, { name: 'c', text: 'C' }];
    const named = [{ name: 'b', text: 'B' }, { name: 'same text as a', text: 'A' }, { name: 'c', text: 'C' }, { name: 'd', text: 'D' }, { name: 'd again', text: 'D' }];
    assert.deepEqual(withHistory(screens, 2, named).map((i) => i.name), ['a', 'b', 'c', 'd']);
    assert.deepEqual(withHistory(screens, 2, []).map((i) => i.name), ['a', 'b']);
  });
});

describe('the screen agreement\'s rank correlation', () => {
  it('reads 1 for the same order, −1 for the reverse, over the names both hold', () => {
    const a = new Map([['x', 3], ['y', 2], ['z', 1]]);
    assert.equal(spearman(a, new Map([['x', 30], ['y', 20], ['z', 10], ['w', 99]])), 1);
    assert.equal(spearman(a, new Map([['x', 1], ['y', 2], ['z', 3]])), -1);
  });
});
