// The sixtieth holdout (secret managers' clients' and operators' own tests: the token, secret value, secret id or key a test
// writes, hands the client or expects back) is what its build makes of the saved files (builtCorpus.test.ts checks the file
// against one build) and loads from its own file with the counts corpus/README.md gives. This test checks labels and texts
// only: it never runs the redactor. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout60CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelSecretManagerCases, secretManagerSources } from '../../../bench/guard/corpus/build/secretManagerTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'hashicorp-vault': 'hashicorp/vault', hvac: 'hvac/hvac', 'node-vault': 'nodevault/node-vault', vaultrs: 'jmgilman/vaultrs',
    'vault-action': 'hashicorp/vault-action', 'external-secrets': 'external-secrets/external-secrets',
    'connect-sdk-go': '1Password/connect-sdk-go', sops: 'getsops/sops', 'segmentio-chamber': 'segmentio/chamber',
    'aws-secretsmanager-caching-python': 'aws/aws-secretsmanager-caching-python', 'conjur-api-python': 'cyberark/conjur-api-python',
    'conjur-api-go': 'cyberark/conjur-api-go', 'aws-secretsmanager-caching-go': 'aws/aws-secretsmanager-caching-go',
    'vault-client-go': 'hashicorp/vault-client-go', 'vault-ruby': 'hashicorp/vault-ruby',
  });
});

test("the sixtieth holdout loads from its own file with the README's counts", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout60');
  assert.deepEqual(readExternalCorpus([holdout60CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The sixtieth holdout": 123 items, 96 scored (79 secret, 17 clean), 27 apart; 76 distinct values
  // (108, 82, 68, 14, 26 and 66 as first built; guardgrow60 added four sources after the eleven).
  assert.equal(held.length, 123);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(secretManagerSources.map(bySource), [[6, 0, 1], [2, 2, 0], [3, 0, 1], [1, 0, 0], [14, 1, 8], [28, 3, 10], [1, 1, 0], [6, 7, 4], [3, 0, 0], [2, 0, 2], [2, 0, 0], [5, 0, 0], [1, 2, 0], [0, 1, 1], [5, 0, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 76);
  assert.equal(held.filter((i) => i.note === 'a documented example or filler value').length, 20);
  assert.equal(held.filter((i) => i.note === 'a secret written elsewhere in its text too').length, 4);
  assert.equal(held.filter((i) => i.note === 'ciphertext, not the secret').length, 3);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
});

test('a case is labelled by its secrets: none clean, a stand-in apart, a value written twice apart, ciphertext apart', () => {
  const file = [
    '\tallowedSecretID := "hvs-7Qm2Lx"',
    '\tfakeToken = "token"',
    '\tsecret := map[string]any{"q7Vz3kWm": "q7Vz3kWm"}',
    '\tmockRecipient = "age1lzd99uklcj"',
    '\tmockEncryptedKey = `-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVu\n-----END AGE ENCRYPTED FILE-----`',
    'if payload["secret_id"] == allowedSecretID {',
  ].join('\n');
  const line = (n: number) => file.split('\n')[n]!;
  const c = (rule: string, text: string, secrets: string[], ciphertext?: true) => ({ rule, text, asserted: 'payload["secret_id"]', secrets, ...(ciphertext ? { ciphertext } : {}) });
  const items = labelSecretManagerCases('t', [
    c('real', line(0), ['hvs-7Qm2Lx']),
    c('stand-in', line(1), ['token']),
    c('twice', line(2), ['q7Vz3kWm']),
    c('public', line(3), []),
    c('ciphertext', `${line(4)}\n${line(5)}\n${line(6)}`, ['YWdlLWVu'], true),
  ], file, file);
  assert.deepEqual(items.map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['real', 'secret', ['hvs-7Qm2Lx'], undefined],
    ['stand-in', 'secret', ['token'], 'a documented example or filler value'],
    ['twice', 'secret', ['q7Vz3kWm'], 'a secret written elsewhere in its text too'],
    ['public', 'clean', [], undefined],
    ['ciphertext', 'secret', ['YWdlLWVu'], 'ciphertext, not the secret'],
  ]);
});

test('a case whose text, assertion or secret is not in the saved files fails the build, and a ciphertext case names its ciphertext', () => {
  const file = '\tvalidToken = "k3y-Vq8"\nif restClient.Token != validToken {';
  const base = { rule: 'r', text: '\tvalidToken = "k3y-Vq8"', asserted: 'restClient.Token != validToken', secrets: ['k3y-Vq8'] };
  assert.throws(() => labelSecretManagerCases('t', [{ ...base, text: 'validToken = "other"' }], file, file), /its text is not in the saved file/);
  assert.throws(() => labelSecretManagerCases('t', [{ ...base, asserted: 'assert nothing' }], file, file), /is not in the saved files/);
  assert.throws(() => labelSecretManagerCases('t', [{ ...base, secrets: ['absent'] }], file, file), /is not in its text/);
  assert.throws(() => labelSecretManagerCases('t', [{ ...base, secrets: [], ciphertext: true }], file, file), /names the ciphertext/);
});
