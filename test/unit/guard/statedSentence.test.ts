// A credential stated in an English sentence, and the messages tools print with a generated password
// (rules/statedSentenceRules.ts): the probe's forms taken, its look-alikes left (bench/guard/README.md, fortieth round,
// guardprose1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { endsClause, SENTENCE_SHAPES, statedValue } from '../../../src/core/guard/rules/statedSentenceRules';
import { goesOnAfter, SHAPE_BITS, verbsBefore } from '../../../src/core/guard/rules/statedSentenceGates';
import { seededRandom } from '../../../src/core/seededRandom';
import { assertLeaves } from './redactionAsserts';
import { LEAVE, MESSAGES, PASSWORD_FORMS, PASSWORD_READ, PROSE, TOKEN_FORMS, TOKEN_READ } from '../../../bench/guard/statedSentenceForms';

const fill = (template: string, value: string): string => template.replace('§V§', value);

test('every form of the probe gives up its value', () => {
  for (const [forms, values] of [[PASSWORD_FORMS, PASSWORD_READ], [TOKEN_FORMS, TOKEN_READ]] as const) {
    for (const [, template] of forms) for (const v of values) assert.ok(!redactSecrets(fill(template, v)).text.includes(v), fill(template, v));
  }
  for (const [, template, v] of MESSAGES) assert.ok(!redactSecrets(fill(template, v)).text.includes(v), fill(template, v));
});

test('a mask, a placeholder, a reference, a word, a format\'s name in the value\'s place are left', () => {
  for (const [, template] of [...PASSWORD_FORMS, ...TOKEN_FORMS]) assertLeaves(LEAVE.map((v) => fill(template, v)));
});

test('prose about passwords, tokens and keys that states none is left', () => {
  assertLeaves(PROSE);
});

test('only the value is taken', () => {
  assert.equal(redactSecrets('the db password for prod is Zx8vB2nMq.').text, 'the db password for prod is [REDACTED:stated-sentence].');
});

test('a value ends its clause: the line, a mark, or a word opening another clause', () => {
  assert.ok(endsClause('is abc1234 and more', 10));
  assert.ok(endsClause('is abc1234.', 10));
  assert.ok(endsClause('is abc1234', 10));
  assert.ok(!endsClause('is abc1234 hashed', 10));
});

test('a stated value: a made-up or random password, a random token, digits for a PIN', () => {
  assert.ok(statedValue('hunter2', 'password'));
  assert.ok(!statedValue('hunter', 'password'));
  assert.ok(!statedValue('sha256', 'password'));
  assert.ok(!statedValue('x86_64', 'password'));
  assert.ok(!statedValue('Zx8vB2nMq', 'token'));
  assert.ok(statedValue('kX9vB2nMq7PqLw4tR8sZ', 'token'));
  assert.ok(statedValue('4821', 'pin'));
  assert.ok(!statedValue('four', 'pin'));
});

test('the shapes left untried at a word are ones whose expression does not read there', () => {
  // Sentences built from the shapes' parts and their near misses: a verb before (or a word ending in one, `brand`, `x-set`),
  // a determiner, an adjective (up to and past 20 characters) or a compound's first part, glued or not, the word, blanks
  // (up to four), what follows (a qualifier, a verb, `to`, a value or a near miss) and a value.
  const random = seededRandom(41);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const verbs = ['set', 'SET', 'reset', 'change', 'changed', 'Changing', 'update', 'UPDATED', 'with', 'With', 'using', 'use', 'USE', 'and', 'brand', 'unset', 'x-set', "o'use", '_and', '1with'];
  const determiners = ['', '', 'the', 'my', 'your', 'our', 'a', 'an', 'its', 'this', 'that', 'his', 'her', 'their', 'THEIR'];
  const adjectives = ['', '', 'root', 'db', "user's", 'x-y', 'new_one', 'a'.repeat(20), 'a'.repeat(21), 'api', 'access', 'secret', 'auth', 'client', 'app', 'API', 'set', 'with'];
  const glues = ['', '_', '-', ' ', '\t'];
  const words = ['password', 'Password', 'PASSWORD', 'passphrase', 'passcode', 'passwd', 'secret', 'credentials', 'credential', 'token', 'Token', 'key', 'KEY'];
  const follows = ['is', 'IS', 'was', 'has been', 'HAS   been', 'is now', 'is set to', 'to', 'TO', 'for prod is', 'of the db:', 'on x to', 'at y was', "for user 'postgres' is", 'FOR a b c to', 'for prodis', 'is:', 'abc', 'isn', 'tom', 'fox', 'onto'];
  const blanks = [' ', ' ', '  ', '   ', '    ', '\t', ' \t ', '\t\t\t\t'];
  const values = ['Zx8vB2nMq', 'hunter2', '"Zx8vB2nMq"', "'Ab1!cd2e'", '`kX9vB2nMq7PqLw4tR8sZ`', 'Zx8vB2nMq.', 'abc', 'x', '\x01\x02\x03\x04', 'ab\u00a0c'];
  const matched = [0, 0, 0];
  for (let round = 0; round < 60_000; round++) {
    let text = pick(['', 'so ', 'x ', '#', '(', '\n']);
    if (random() < 0.8) text += pick(verbs) + pick(blanks);
    const determiner = pick(determiners);
    if (determiner) text += determiner + pick(blanks);
    const adjective = pick(adjectives);
    if (adjective) text += adjective + pick(glues);
    const at = text.length;
    const word = pick(words);
    text += word + pick(blanks) + (random() < 0.7 ? pick(follows) + pick(blanks) : '') + pick(values) + pick(['', '.', ' and more', '\n', ' x']);
    const wordEnd = at + word.length;
    // (Every shape wanted of the words before: the rule asks verbsBefore for those the words after allow.)
    const readable = goesOnAfter(text, wordEnd) & verbsBefore(text, at, 7);
    for (const shapes of SENTENCE_SHAPES) {
      shapes.forEach((shape, s) => {
        shape.lastIndex = at;
        if (!shape.exec(text)) return;
        matched[s]!++;
        assert.notEqual(readable & SHAPE_BITS[s]!, 0, `shape ${s + 1} reads at ${at} of ${JSON.stringify(text)}`);
      });
    }
  }
  // (Each shape read often enough for the test to say something of it.)
  for (const count of matched) assert.ok(count > 200, matched.join(' / '));
});
