// The fifty-ninth holdout (identity and OAuth client libraries' own tests: the client secret, private key or token a test
// hands the library) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build)
// and loads from its own file with the counts corpus/README.md gives. This test checks labels and texts only: it never
// runs the redactor. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout59CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { identityClientSources, keySecrets, labelIdentityCases } from '../../../bench/guard/corpus/build/identityClientTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'google-auth-python': 'googleapis/google-auth-library-python', 'google-auth-nodejs': 'googleapis/google-auth-library-nodejs',
    'google-auth-java': 'googleapis/google-auth-library-java', 'azure-identity-python': 'Azure/azure-sdk-for-python',
    'azidentity-go': 'Azure/azure-sdk-for-go', 'msal-python': 'AzureAD/microsoft-authentication-library-for-python',
    'msal-js': 'AzureAD/microsoft-authentication-library-for-js', authlib: 'lepture/authlib', 'requests-oauthlib': 'requests/requests-oauthlib',
    'auth0-python': 'auth0/auth0-python', 'passport-oauth2': 'jaredhanson/passport-oauth2', 'go-autorest-adal': 'Azure/go-autorest',
    'okta-sdk-python': 'okta/okta-sdk-python', 'azure-identity-js': 'Azure/azure-sdk-for-js', 'go-auth0': 'auth0/go-auth0',
    'msal-go': 'AzureAD/microsoft-authentication-library-for-go', 'google-cloud-go-auth': 'googleapis/google-cloud-go',
    oauth2client: 'googleapis/oauth2client',
  });
});

test("the fifty-ninth holdout loads from its own file with the README's counts", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout59');
  assert.deepEqual(readExternalCorpus([holdout59CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-ninth holdout": 106 items (94 built, 12 grown), 92 scored (70 secret, 22 clean), 14 apart;
  // 72 distinct values.
  assert.equal(held.length, 106);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(identityClientSources.map(bySource), [
    [5, 2, 1], [3, 1, 0], [9, 6, 1], [5, 0, 1], [1, 1, 0], [1, 0, 0], [6, 3, 1], [5, 6, 2], [7, 0, 3], [11, 0, 0], [0, 0, 1], [3, 0, 2], [4, 1, 2],
    [2, 0, 0], [2, 1, 0], [1, 0, 0], [4, 1, 0], [1, 0, 0],
  ]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 72);
  assert.equal(held.filter((i) => i.note === 'a documented example or filler value').length, 10);
  assert.equal(held.filter((i) => i.note === 'a secret written elsewhere in its text too').length, 4);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
});

test("a key text's own format names its secrets: PEM private-key blocks however written, a JWK's private members", () => {
  const plain = '-----BEGIN EC PARAMETERS-----\nBgU=\n-----END EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  assert.deepEqual(keySecrets(plain, 'pem'), ['-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----']);
  const json = '{"private_key": "-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----\\n"}';
  assert.deepEqual(keySecrets(json, 'pem'), ['-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----']);
  const java = 'KEY =\n  "-----BEGIN PRIVATE KEY-----\\n"\n      + "MIIC"\n      + "-----END PRIVATE KEY-----\\n";';
  assert.deepEqual(keySecrets(java, 'pem'), ['-----BEGIN PRIVATE KEY-----\\n"\n      + "MIIC"\n      + "-----END PRIVATE KEY-----']);
  assert.deepEqual(keySecrets('{"kty": "EC", "x": "AHK", "y": "Ady", "d": "AAhR_9-x"}', 'jwk'), ['AAhR_9-x']);
  assert.throws(() => keySecrets('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n', 'pem'), /no pem private key/);
  assert.throws(() => keySecrets('{"kty": "EC", "x": "AHK", "y": "Ady"}', 'jwk'), /no jwk private key/);
});

test('a case is labelled by its secrets and its key format: none clean, a stand-in apart, the rest secret', () => {
  const keyFile = '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEv\\n-----END PRIVATE KEY-----\\n"}';
  const publicKey = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----';
  const call = 'GetToken("my.domain.com", "cid", client_secret="k3y-Vq8")';
  const standIn = 'CERT_PASSWORD = "password"';
  const file = [keyFile, publicKey, call, standIn].join('\n');
  const items = labelIdentityCases('t', [
    { rule: 'key file', text: keyFile, asserted: '"private_key":', secrets: [], keys: 'pem' },
    { rule: 'public key', text: publicKey, asserted: '-----BEGIN PUBLIC KEY-----', secrets: [] },
    { rule: 'client secret', text: call, asserted: 'client_secret=', secrets: ['k3y-Vq8'] },
    { rule: 'stand-in', text: standIn, asserted: 'CERT_PASSWORD', secrets: ['password'] },
  ], file, file);
  assert.deepEqual(items.map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['key file', 'secret', ['-----BEGIN PRIVATE KEY-----\\nMIIEv\\n-----END PRIVATE KEY-----'], undefined],
    ['public key', 'clean', [], undefined],
    ['client secret', 'secret', ['k3y-Vq8'], undefined],
    ['stand-in', 'secret', ['password'], 'a documented example or filler value'],
  ]);
});

test('a case whose text, assertion or secret is not in the saved files fails the build', () => {
  const file = 'creds = Credentials(client_secret="k3y-Vq8")\nassert creds.client_secret == "k3y-Vq8"';
  const base = { rule: 'r', text: 'creds = Credentials(client_secret="k3y-Vq8")', asserted: 'assert creds.client_secret', secrets: ['k3y-Vq8'] };
  assert.throws(() => labelIdentityCases('t', [{ ...base, text: 'Credentials(client_secret="other")' }], file, file), /its text is not in the saved file/);
  assert.throws(() => labelIdentityCases('t', [{ ...base, asserted: 'assert nothing' }], file, file), /is not in the saved files/);
  assert.throws(() => labelIdentityCases('t', [{ ...base, secrets: ['absent'] }], file, file), /is not in its text/);
  assert.throws(() => labelIdentityCases('t', [{ ...base, keys: 'pem' }], file, file), /no pem private key/);
});
