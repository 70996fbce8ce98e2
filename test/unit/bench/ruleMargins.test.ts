import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ruleMargins } from '../../../bench/guard/ruleMargins';
import type { CorpusItem } from '../../../bench/guard/redactionScore';
import type { SecretRule } from '../../../src/core/guard/secretRule';
import { spanKind } from '../../../src/core/guard/spanList';

/** A rule that redacts every occurrence of one word. */
function wordRule(id: string, word: string): SecretRule {
  const kind = spanKind(id);
  return {
    id,
    keywords: [],
    find(text, found) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) found.push(kind, at, at + word.length);
    },
  };
}

// `a` and `twin` find the same word, `b` another; nothing finds `Zq9w`.
const rules = [wordRule('a', 'Kx7q'), wordRule('twin', 'Kx7q'), wordRule('b', 'Vm3p')];
const secret = (text: string, ...secrets: string[]): CorpusItem => ({ text, secrets, label: 'secret' });
const clean = (text: string): CorpusItem => ({ text, secrets: [], label: 'clean' });

describe('rule margins: what each rule alone changes', () => {
  const { margins, summary } = ruleMargins([
    secret('key = Kx7q', 'Kx7q'), // a and twin both: neither alone
    secret('key = Vm3p', 'Vm3p'), // b alone
    secret('k1 = Kx7q, k2 = Vm3p', 'Kx7q', 'Vm3p'), // b alone (a's part has twin too)
    secret('key = Zq9w', 'Zq9w'), // no rule: a miss, nobody's margin
    clean('see Vm3p'), // b alone causes it
    clean('see Kx7q'), // a and twin: neither alone
    clean('nothing here'),
    { text: 'Vm3p Vm3p', secrets: [], label: 'stress' }, // not scored
  ], rules);

  it('counts recall a rule alone buys, and where it fires', () => {
    assert.deepEqual(margins.get('b'), { firesOnSecret: 2, firesOnClean: 1, recallBought: 2, fpCaused: 1 });
    assert.deepEqual(margins.get('a'), { firesOnSecret: 2, firesOnClean: 1, recallBought: 0, fpCaused: 0 });
    assert.deepEqual(margins.get('twin'), { firesOnSecret: 2, firesOnClean: 1, recallBought: 0, fpCaused: 0 });
  });

  it('sums the corpus and the items no one rule decides', () => {
    assert.deepEqual(summary, { secret: 4, clean: 3, secretRedacted: 3, secretShared: 1, cleanRedacted: 2, cleanShared: 1 });
  });

  it('scores a secret item as the bench does: a secret left partly uncovered is not redacted', () => {
    const partial = wordRule('part', 'Kx7');
    const { margins: m, summary: s } = ruleMargins([secret('key = Kx7qQQQQQQ', 'Kx7qQQQQQQ')], [partial]);
    assert.equal(s.secretRedacted, 0);
    assert.deepEqual(m.get('part'), { firesOnSecret: 1, firesOnClean: 0, recallBought: 0, fpCaused: 0 });
  });
});
