// A value that is its own key's name, written the same (`db_password = "db_password"`), names the slot
// and is never a secret; before the twenty-first round only a key of 12 characters or more with an
// underscore was set apart (and none behind a command line's `--`), so `db_password` was taken and then, as every occurrence of a found secret
// is, the key's own text with it (`[REDACTED] = "[REDACTED]"`). bench/guard/README.md, "A stand-in in a
// secret's slot" (twenty-first round).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOwnKey } from '../../../src/core/guard/rules/ownKeyValue';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { assertFinds, assertLeaves, assertRedacts } from './redactionAsserts';

const OWN_NAME = [
  'db_password = "db_password"',
  'db_password=db_password',
  'db_password: db_password',
  '{"db_password": "db_password"}',
  '$db_password = "db_password";',
  'String db_password = "db_password";',
  'self.db_password = "db_password"',
  'if db_password == "db_password":',
  '<db_password>db_password</db_password>',
  'set_password("db_password", "db_password")',
  'db-password: db-password',
  'passphrase = "passphrase"',
  'db_pass = "db_pass"',
  'login = "login"',
  '--db_password=db_password',
  'java -Ddb_password=db_password App',
];

test('its own key: as written, or behind a command line\'s -, -- or -D', () => {
  for (const [v, key] of [['db_password', 'db_password'], ['db_password', '--db_password'], ['db_password', '-db_password'], ['db_password', '-Ddb_password']]) assert.ok(isOwnKey(v!, key!), key);
  for (const [v, key] of [['db_password1', 'db_password'], ['DB_PASSWORD', 'db_password'], ['db_password', '-Xdb_password'], ['db_password', '---db_password'], ['password', 'db_password'], ['xdb_password', '--db_password']]) assert.ok(!isOwnKey(v!, key!), `${v} ${key}`);
});

test('a value that is its own key, written the same, is no secret in any grammar', () => {
  assertLeaves(OWN_NAME);
});

test('the key is never redacted as an occurrence of its own value', () => {
  const text = 'db_password = "db_password"\nconnect(user, db_password)\n# db_password is read from the vault\n';
  assert.equal(redactSecrets(text).text, text);
});

test('a value that only resembles its key, or a secret beside its key, is still taken', () => {
  assertRedacts([
    'db_password = "db_password1"',
    'db_password = "db_pass_2024"',
    'ADMIN_PASSWORD = "admin"',
    'db_password = "hunter2"',
    'db_password = "Xk2pL9vQ7mZ4"',
  ]);
  // The found secret's other occurrences are still taken, the key beside them is not.
  const { text } = redactSecrets('db_password = "Xk2pL9vQ7mZ4"\nlog(db_password, "Xk2pL9vQ7mZ4")\n');
  assert.ok(!text.includes('Xk2pL9vQ7mZ4'), text);
  assert.equal(text.split('db_password').length - 1, 2, text);
});

// On a config line (env, INI, YAML, .properties) a plain value spelling its key's words, in another case or separator or
// with a password spelt otherwise, names the slot as its quoted twin does; a real value under the same key is still taken.
test('a plain config value spelling its key names the slot; a literal under the same key is taken', () => {
  const lines = ['DB_PASSWORD: dbPassword', 'DB_PASSWORD=db_password', 'DB_PASS=dbPassword', 'SMTP_PASSWORD=smtp-password', 'db.password=dbPassword', 'db_password = DbPassword'];
  assertLeaves([...lines, lines.map((line) => `  ${line}`).join('\n'), `[database]\n${lines[1]}\n`, `env:\n  ${lines[0]}\n`]);
  assertFinds(['DB_PASSWORD: ⟦dbPassword1⟧', 'DB_PASSWORD=⟦adminPassword⟧', 'ADMIN_PASSWORD=⟦admin⟧', 'DB_PASSWORD: ⟦dbPasswordXk2pL9⟧', 'DB_PASSWORD=⟦hunter2⟧', '[database]\ndb_password = ⟦Xk2pL9vQ7mZ4⟧\n']);
});
