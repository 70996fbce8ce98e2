import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../../src/core/seededRandom';
import { shannonEntropy } from '../../../src/core/guard/stringEntropy';

/** The definition, a logarithm per distinct character, summed in the order of first appearance. */
function byDefinition(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text.split('')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const c of counts.values()) {
    const p = c / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

test('entropy of short strings (looked up) and long ones (computed) is the definition\'s, to the last bit', () => {
  const random = seededRandom(53);
  for (let round = 0; round < 20_000; round++) {
    const length = Math.floor(random() * 100);
    const alphabet = 1 + Math.floor(random() * 70);
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(33 + Math.floor(random() * alphabet));
    assert.equal(shannonEntropy(text), byDefinition(text), JSON.stringify(text));
  }
  assert.equal(shannonEntropy(''), 0);
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy('ab'), 1);
});
