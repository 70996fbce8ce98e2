// Names of credentials a machine issues, joined to a word of their own (git-credential(1)'s `oauth_refresh_token`,
// docker config.json's `identitytoken`, `registrytoken`, `IdentityToken` in the Docker Engine API's AuthConfig): read as
// `access_token` and `refresh_token` are (keyStrength.ts, namesIssuedCredential). A password a person chose, a value
// that reads as generated, is taken; a word of four lower-case letters or fewer is a fixture's stand-in, as under any
// issued credential's name (the placeholder policy), except quoted under a name a protocol documents as the credential
// itself (documentedCredentialField.ts, guardplain1).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesIssuedCredential } from '../../../src/core/guard/rules/keyStrength';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

const NAMES = ['oauth_refresh_token', 'identitytoken', 'IdentityToken', 'registrytoken'];

test('the names are issued credentials', () => {
  for (const name of NAMES) assert.ok(namesIssuedCredential(name), name);
});

test('under them a word with a digit or a mark is taken, as under access_token', () => {
  for (const name of [...NAMES, 'access_token']) {
    for (const value of ['hunter2', 'Summer2024!', 'qwerty123', 'letmein']) {
      for (const text of [`${name}=${value}`, `{"${name}": "${value}"}`]) {
        assert.ok(!redactSecrets(text).text.includes(value), text);
      }
    }
  }
});

test('a word of four lower-case letters: left bare under each, as under access_token; quoted, taken only where the name ends in a documented credential field (guardplain1: refresh_token, access_token), left under Docker\'s names', () => {
  for (const name of [...NAMES, 'access_token']) assert.equal(redactSecrets(`${name}=foo`).count, 0, name);
  for (const name of ['oauth_refresh_token', 'access_token']) assert.equal(redactSecrets(`{"${name}": "bar"}`).count, 1, name);
  for (const name of ['identitytoken', 'IdentityToken', 'registrytoken']) assert.equal(redactSecrets(`{"${name}": "bar"}`).count, 0, name);
});
