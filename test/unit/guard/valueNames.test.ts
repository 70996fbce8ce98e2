// namesASecret turns down a value with a digit right before a lower-case letter before its key-word
// scan (no word of a name holds one: NAME_PART's digits end a word); names numbered at a word's end
// or before a capital stay names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesASecret } from '../../../src/core/guard/rules/valueNames';

test('names of words naming a secret, digits only at a word\'s end', () => {
  for (const v of ['accessToken', 'AdminAPIKeys', 'RESET_PASSWORD_V2', 'token2Secret', 'api_keys', 'id_token refresh_token']) assert.equal(namesASecret(v), true, v);
});

test('a digit before a lower-case letter is no name, wherever it stands', () => {
  for (const v of ['s3cr3tPass', 'token2fa', 'password_1x', 'aB3dE6gH9jK2token', 'Token_9a', 'API_KEY_2b']) assert.equal(namesASecret(v), false, v);
});
