// A credential stated in an English sentence, and the messages tools print with a generated password
// (rules/statedSentenceRules.ts): the probe's forms taken, its look-alikes left (bench/guard/README.md, fortieth round,
// guardprose1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { endsClause, statedValue } from '../../../src/core/guard/rules/statedSentenceRules';
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
