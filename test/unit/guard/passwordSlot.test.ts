// A pattern rule's password slot (`passwordSlot`, secretRule.ts): a place its tool or API documents as a password, where
// `patternRule` judges the secret as a literal given to a password, both halves from the one field (the placeholder
// test, where another slot's name is a literal, and `acceptsPasswordLiteral`), never one set by hand without the other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { patternRule } from '../../../src/core/guard/secretRule';
import { acceptsPasswordLiteral } from '../../../src/core/guard/rules/secretValue';
import { SpanList } from '../../../src/core/guard/spanList';
import { assertLeaves, assertRedacts } from './redactionAsserts';

const PATTERN = /\bpw[ \t]+(?<secret>[^\s]{1,100})/;
const slot = patternRule({ id: 'test-password-slot', keywords: ['pw'], pattern: PATTERN, passwordSlot: acceptsPasswordLiteral });
const plain = patternRule({ id: 'test-plain-slot', keywords: ['pw'], pattern: PATTERN });

function taken(rule: typeof slot, value: string): boolean {
  const found = new SpanList();
  rule.find(`pw ${value}\n`, found);
  return found.length > 0;
}

test('a passwordSlot rule without an allow turns down a password placeholder and takes a password literal', () => {
  // The placeholder test's shapes, the slot's own name, and what the password literal's reading turns down: a reference
  // written as code, a location, a mask of zeros.
  // (And a value that says it is a stand-in, `myPassword`: the placeholder policy since the twenty-ninth round, standInWords.ts.)
  for (const value of ['password', '<password>', '${DB_PASSWORD}', 'DB_PASSWORD', '********', 'process.env.DB_PASSWORD', 'https://example.com/x', '0000', 'myPassword']) {
    assert.ok(!taken(slot, value), value);
  }
  // A literal, however weak: another slot's name, a word, a short number (a PIN), a random value.
  for (const value of ['secret', 'token', 'letmein', 'tiger12', '1234', '123456', 'Xk2pL9vQ7mZ4']) assert.ok(taken(slot, value), value);
  // Without the flag, the slot's names are all set apart and the value is not read as a password's: both halves come with it.
  assert.ok(!taken(plain, 'secret'));
  assert.ok(taken(plain, 'process.env.DB_PASSWORD'));
});

test('the rules that had the placeholder half only now read the value as a password literal', () => {
  // cli-password-flag, registry-login-password and credential-constructor: a reference written as code, a location, a
  // version, prose and an auth scheme's word are left as in every other password place (positional calls, directives).
  assertLeaves([
    'docker login -u app -p process.env.TOKEN registry.example.com',
    'docker login -u app -p Bearer registry.example.com',
    'sshpass -p 1.2.3 ssh app@host',
    'var cred = new NetworkCredential("app", "https://example.com/x");',
    'var cred = new NetworkCredential("app", "Forgot password?");',
  ]);
  // What they took before and take still: words, another slot's name, a short number.
  assertRedacts([
    'sshpass -p letmein ssh app@host',
    'psexec \\\\host -u admin -p secret cmd',
    'mysql -u root -p123456 shop',
    'sshpass -p 1234 ssh app@host',
    'var cred = new NetworkCredential("app", "Summer2024");',
    'var cred = new NetworkCredential("app", "  secret  ");',
  ]);
  // And random passwords the shared reading once took for a name or a selector (passwordPlaceRandom.test.ts).
  assertRedacts(['sshpass -p PWAe6UvkINFI ssh app@host', 'sshpass -p .Q_dA5Mi-rKa1w ssh app@host', 'docker login -u app -p B0~n^IMv%sKUZg registry.example.com', 'var cred = new NetworkCredential("app", "PWAe6UvkINFI");']);
});

// A short number in a place its tool or API documents as a password (`acceptsPasswordLiteral`) is the password: the
// place says it is no length, port or count, as a connection string's password field already does.
test('a short number is the password in every place documented as one; another slot\'s name too, blanks around it', () => {
  assertRedacts([
    'requirepass 1234',
    'binddn cn=admin,dc=example,dc=org\nbindpw 1234',
    'shop.redis.cache.windows.net:6380,password=1234,ssl=True,abortConnect=False',
    'DriverManager.getConnection("jdbc:mysql://db/shop", "app", "1234");',
    // Another slot's name is read trimmed, as the placeholder test reads it.
    'DriverManager.getConnection("jdbc:mysql://db/shop", "app", "  secret  ");',
  ]);
  assertLeaves(['requirepass 0000', 'requirepass password', 'DriverManager.getConnection("jdbc:mysql://db/shop", "app", "password");']);
});
