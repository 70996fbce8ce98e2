// boundName.ts answers "no" at once for an owner whose search budget is spent with no value found bound: every
// later answer for that owner is the memo's (no) or an unsearched value's (no). Held here against a model of the
// memo and the budget written out (each search answered by a fresh owner, which always searches), on random texts
// of more distinct bare values than the budget, some bound, asked in a random order with repeats; it fails when the
// shortcut ignores whether a value was found bound (a bound value asked again past the budget).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesBoundInText } from '../../../src/core/guard/rules/boundName';
import type { FoundValue } from '../../../src/core/guard/rules/secretValue';
import type { Strength } from '../../../src/core/guard/rules/keyStrength';
import { seededRandom } from '../../../src/core/seededRandom';

const BUDGET = 16;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{2,63}$/;
const BINDINGS = [(n: string) => `def ${n}():\n`, (n: string) => `${n} = load()\n`, (n: string) => `const ${n} = 1\n`, (n: string) => `{ a, ${n} } = m\n`, (n: string) => `call(${n})\n`];

interface Question { found: FoundValue; strength: Strength }

/** The answers a memo of each value's first answer and a budget of 16 searches an owner give, question by question. */
function modelled(text: string, questions: readonly Question[]): boolean[] {
  const memo = new Map<string, boolean>();
  return questions.map(({ found, strength }) => {
    if (strength === 'weak' || found.quoted || found.field || !IDENTIFIER.test(found.value)) return false;
    const kept = memo.get(found.value);
    if (kept !== undefined) return kept;
    if (memo.size >= BUDGET) return false;
    const bound = namesBoundInText(text, {}, found, strength);
    memo.set(found.value, bound);
    return bound;
  });
}

function texts(seed: number): { text: string; questions: Question[] } {
  const random = seededRandom(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
  const names = Array.from({ length: 10 + Math.floor(random() * 30) }, () => {
    let n = '';
    for (let i = 0, length = 2 + Math.floor(random() * 10); i < length; i++) n += letters[Math.floor(random() * letters.length)];
    return n;
  });
  // Some names bound above their value lines (a share that varies by text: none, some, most), the rest only assigned.
  const share = random() * 0.6;
  let text = '';
  for (const n of names) if (random() < share) text += BINDINGS[Math.floor(random() * BINDINGS.length)]!(n);
  const places: FoundValue[] = [];
  for (const n of names) {
    for (let copies = 1 + Math.floor(random() * 2); copies > 0; copies--) {
      text += 'PASSWORD=';
      places.push({ start: text.length, end: text.length + n.length, value: n, quoted: false, configLine: true, afterComma: false, listed: false, field: false, afterColon: false });
      text += `${n}\n`;
    }
  }
  const questions = Array.from({ length: 60 + Math.floor(random() * 60) }, () => {
    const place = places[Math.floor(random() * places.length)]!;
    // Each value a slice of its text, as the rule cuts it; now and then quoted, a field's, or after a weak key.
    const found = { ...place, value: text.slice(place.start, place.end), quoted: random() < 0.05, field: random() < 0.05 };
    return { found, strength: (random() < 0.05 ? 'weak' : 'strong') as Strength };
  });
  return { text, questions };
}

test('past the budget, an owner with no value bound answers no, and one with a bound value still answers it', () => {
  let pastBudgetBound = 0;
  let pastBudgetNone = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const { text, questions } = texts(seed);
    const expected = modelled(text, questions);
    const owner = {};
    const answers = questions.map(({ found, strength }) => namesBoundInText(text, owner, found, strength));
    assert.deepEqual(answers, expected, `seed ${seed}`);
    const distinct = new Set(questions.filter(({ found }) => IDENTIFIER.test(found.value)).map(({ found }) => found.value)).size;
    if (distinct > BUDGET) expected.includes(true) ? pastBudgetBound++ : pastBudgetNone++;
  }
  // Both sides of the shortcut were reached: texts past the budget with a bound value and with none.
  assert.ok(pastBudgetBound >= 50 && pastBudgetNone >= 20, `${pastBudgetBound} ${pastBudgetNone}`);
});
