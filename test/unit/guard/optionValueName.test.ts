// A name glued to `=` is another option's value, not a declared name (rules/listAssignment.ts): slapd.conf(5)'s
// `syncrepl … credentials=secret searchbase="dc=example,dc=com"` is no Go `var secret searchbase = "…"`, and the DNs
// stay (bench/guard/README.md, forty-first round, guardforms2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { assertRedacts } from './redactionAsserts';

test('a syncrepl line whose credentials is the man page\'s own `secret` keeps its DNs', () => {
  const line = 'syncrepl rid=123 provider=ldap://provider.example.com:389 bindmethod=simple binddn="cn=syncuser,dc=example,dc=com" credentials=secret searchbase="dc=example,dc=com"';
  const out = redactSecrets(line).text;
  assert.ok(!out.includes('credentials=secret'), out);
  assert.equal(out.split('dc=example,dc=com').length - 1, 2, out);
  assert.equal(redactSecrets('credentials=secret searchbase="dc=example,dc=com"').text, 'credentials=secret searchbase="dc=example,dc=com"');
});

test('a declaration of names and literals is still read where no `=` is glued before its first name', () => {
  assertRedacts(['var secret string = "Zx8vB2nMq"', 'user, password = "u", "Zx8vB2nMq"', 'a, password := "u", "Zx8vB2nMq"']);
});
