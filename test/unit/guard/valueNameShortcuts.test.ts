// The weak-key family's shortcuts (bench/guard/README.md, twenty-first round, guardspeed19): a name's
// digit before a lower-case letter answers "no name of words" before the key-word scan, and a key
// asked right after itself is given its strength again. Both are pure: the answers are the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesASecret } from '../../../src/core/guard/rules/valueNames';
import { keyStrength } from '../../../src/core/guard/rules/keyStrength';

test('a name numbered at a word\'s end or before a capital stays a name; a digit inside a word makes none', () => {
  for (const name of ['RESET_PASSWORD_V2', 'token2Secret', 'accessToken', 'AdminAPIKeys', 'API_TOKEN', 'userPassword']) assert.equal(namesASecret(name), true, name);
  for (const value of ['s3cretToken', 'Token2024', 'tokenV2a', 'DWgP6AsFs3sm', 'Password_123', 'accessTok3n', 'api2key']) assert.equal(namesASecret(value), false, value);
});

test('a key asked right after itself, or after another, keeps its strength (case told apart)', () => {
  const keys = ['siteKey', 'SITEKEY', 'pat', 'PAT', 'password', 'cache_key', 'pat', 'pat', 'api_key', 'siteKey', 'siteKey', 'SITEKEY'];
  const alone = keys.map((key) => keyStrength(key));
  for (let round = 0; round < 3; round++) {
    keys.forEach((key, i) => assert.equal(keyStrength(key), alone[i], key));
    keys.slice().reverse().forEach((key, i) => assert.equal(keyStrength(key), alone[keys.length - 1 - i], key));
  }
  assert.notEqual(keyStrength('siteKey'), keyStrength('SITEKEY'));
});
