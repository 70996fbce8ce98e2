// The placeholder policy for #11 (HELPERS.md) held by every rule alike: a counting sequence or a word
// naming the slot is left in a URL, a netrc line, a CLI flag, a connect call or a bare high-entropy
// token as the secret-named assignment leaves it; the same grammars with a chosen or generated value,
// a vendor token whose body counts, and a span holding more than a placeholder are still taken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlaceholderSpan } from '../../../src/core/guard/placeholderSpans';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('a span that is wholly a counting sequence or the slot word is a placeholder; one holding more is not', () => {
  for (const v of ['1234567890', 'abcd1234', 'a1b2c3d4e5f6', 'password', 'SECRET', 'myPassword', 'your_token']) assert.ok(isPlaceholderSpan(`x ${v} y`, 2, 2 + v.length), v);
  assert.ok(isPlaceholderSpan('password "abcd1234"', 9, 19), 'inside the quotes a rule took with it');
  for (const v of ['password1!', 'Secret-Harbor-42', 'Xk2pL9vQ7mZ4tR8wB3nY', 'passport', 'tokens']) assert.ok(!isPlaceholderSpan(`x ${v} y`, 2, 2 + v.length), v);
});

test('placeholders are left in every grammar, not only behind a secret-named key', () => {
  assertLeaves([
    'postgres://app:1234567890@db.internal/shop',
    'machine api.example.com login app password abcd1234',
    'machine api.example.com login app password "a1b2c3d4e5f6"',
    'sshpass -p a1b2c3d4 ssh app@host',
    'redis-cli -h cache -a password ping',
    '$pdo = new PDO("mysql:host=db;dbname=shop", "app", "secret");',
    ' --set global.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL `',
    "harness_token = '1a2b3c4d'",
  ]);
});

test('the same grammars with a chosen or generated value, and a vendor token whose body counts, are taken', () => {
  assertRedacts([
    'postgres://app:Harbor2291@db.internal/shop',
    'machine api.example.com login app password q8Vt2mLx9Rk4',
    'machine api.example.com login app password "q8Vt2mLx9Rk4"',
    'sshpass -p k3m8p1z6 ssh app@host',
    'redis-cli -h cache -a Falcon77 ping',
    '$pdo = new PDO("mysql:host=db;dbname=shop", "app", "Orchard519");',
    ' --set global.licenseKey=eu01xx7c1a2f9d4b6e8a0c3f5d7b9e1a2c4eNRAL `',
    'A3T0ABCDEFGHIJKLMNOP',
    'password=1234567890xyz!Q',
  ]);
});

test('the slot word glued to -p is that option value (mysql, 7z, sshpass): the next argument is no password', () => {
  assertLeaves(['mysql -h db -u root -ppassword shop', '7z a -psecret db.sql', 'sshpass -pmyPassword app@host', 'mysqladmin -u root -pPASSWORD status']);
  // A single-dash flag named for a secret (Go's flags) still gives its value; a chosen password glued to -p is taken.
  assertRedacts(['go run . -password Xk29fLm3pQ8z', 'prog -private-key Xk29fLm3pQ8zQ', 'mysql -u root -pXk29fLm3pQ8z shop']);
});
