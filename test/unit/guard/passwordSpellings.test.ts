// A value that spells its key's own words is the key's name, not its secret (ownKeyWords.ts), also where the key
// abbreviates a password and the value spells it out, or the other way round: `USER_PWD = "userPassword"`. The
// spellings are those the key words list side by side (keyStrength.ts); another word, a digit or a missing word of
// the key is still a literal somebody chose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyStrength, PASSWORD_SPELLINGS } from '../../../src/core/guard/rules/keyStrength';
import { readsOwnKey } from '../../../src/core/guard/rules/ownKeyWords';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('every spelling of a password is a strong key word', () => {
  for (const word of PASSWORD_SPELLINGS) assert.equal(keyStrength(word), 'strong', word);
});

test("a value spelling its key's words, a password spelt otherwise, names the key", () => {
  for (const [v, key] of [['userPassword', 'USER_PWD'], ['dbPassword', 'db_pass'], ['dbPassword', 'DB_PASSWD'], ['db_pwd', 'dbPassword'], ['AdminPassword', 'ADMIN_PW'], ['password_user', 'userPwd'], ['dbPass', 'db_pw']] as const) {
    assert.ok(readsOwnKey(v, key), `${key} = ${v}`);
  }
  for (const [v, key] of [['adminPassword', 'USER_PWD'], ['userPassword1', 'USER_PWD'], ['tigerPassword', 'db_pass'], ['userPassword', 'PWD'], ['userPasscode', 'USER_PWD'], ['user', 'USER_PWD']] as const) {
    assert.ok(!readsOwnKey(v, key), `${key} = ${v}`);
  }
});

test('in code and configuration: left when it names its key, taken when it does not', () => {
  assertLeaves(['USER_PWD = "userPassword"', "db_pass = 'dbPassword'", 'DB_PASSWD: "dbPassword"', '$admin_pw = "adminPassword";', 'private static final String SMTP_PASS = "smtpPassword";']);
  assertFinds(['USER_PWD = "⟦adminPassword⟧"', "db_pass = '⟦dbPassword9⟧'", 'pwd = "⟦userPassword⟧"', '$admin_pw = "⟦tigerPassword⟧";']);
});
