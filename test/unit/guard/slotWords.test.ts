// A word naming the slot is no value (`-ppassword`: mysql's placeholder, not a flag whose next argument is
// the password), and values chosen in the grammars where a placeholder was tried are taken.
// (The round's filter that left counting sequences and slot words in every grammar was dropped: the
// detectors' own tests, tune and holdouts alike, label such values secret more often than clean.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { namesTheSlot } from '../../../src/core/guard/slotWords';
import { assertRedacts } from './redactionAsserts';

test('a word naming the slot, maybe after my/your, in any case; a longer word is none', () => {
  for (const v of ['password', 'SECRET', 'myPassword', 'your_token', 'my-pwd']) assert.ok(namesTheSlot(`x ${v} y`, 2, 2 + v.length), v);
  for (const v of ['password1!', 'passport', 'tokens', 'Secret-Harbor-42']) assert.ok(!namesTheSlot(`x ${v} y`, 2, 2 + v.length), v);
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
  const nextArgument: [string, string][] = [['mysql -h db -u root -ppassword shop', ' shop'], ['7z a -psecret db.sql', ' db.sql'], ['sshpass -pmyPassword app@host', ' app@host'], ['mysqladmin -u root -pPASSWORD status', ' status']];
  for (const [text, after] of nextArgument) assert.ok(redactSecrets(text).text.endsWith(after), text);
  // A single-dash flag named for a secret (Go's flags) still gives its value; a chosen password glued to -p is taken.
  assertRedacts(['go run . -password Xk29fLm3pQ8z', 'prog -private-key Xk29fLm3pQ8zQ', 'mysql -u root -pXk29fLm3pQ8z shop']);
});
