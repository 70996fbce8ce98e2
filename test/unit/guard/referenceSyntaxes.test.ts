// References and code a user writes in a secret's place, each in its platform's documented syntax
// (bench/guard/referenceLookalikes.ts cites each), and beside each the literal in the same place that
// must still go: the placeholder policy sets references apart as shapes, never literals. Examples written
// for this test (the random values are made up).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encryptedEnvelopes, withinEnvelope } from '../../../src/core/guard/encryptedEnvelope';
import { grammarCells } from '../../../bench/guard/grammarCells';
import { referenceTexts } from '../../../bench/guard/referenceLookalikes';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { assertFinds, assertLeaves } from './redactionAsserts';

const RANDOM = 'Xk2pL9vQ7mZ4tR8wB3nY';

test("an App Service Key Vault reference is the setting's value resolved elsewhere, in either documented form", () => {
  assertLeaves([
    '{"Values": {"DB_PASSWORD": "@Microsoft.KeyVault(SecretUri=https://shop-vault.vault.azure.net/secrets/db-password/)"}}',
    '{"client_secret": "@Microsoft.KeyVault(SecretUri=https://shop-vault.vault.azure.net/secrets/db-password/ec96f02080254f109c51a1f14cdb1931)"}',
    "value: '@Microsoft.KeyVault(VaultName=shop-vault;SecretName=db-password;SecretVersion=ec96f02080254f109c51a1f14cdb1931)'",
    '      MYSQL_ROOT_PASSWORD: "@Microsoft.KeyVault(VaultName=shop-vault;SecretName=db-password)"',
  ]);
  // Not the reference's grammar: a literal that starts alike, or a value beside it.
  assertFinds([`{"client_secret": "⟦@Microsoft.KeyVault(${RANDOM})⟧"}`, `{"client_secret": "⟦@Microsoft${RANDOM}⟧"}`]);
});

test('a CI template expression holds indexes and format strings; a runtime expression is a reference too', () => {
  assertLeaves([
    `      MYSQL_ROOT_PASSWORD: "\${{ secrets[format('{0}_TOKEN', matrix.env)] }}"`,
    'API_TOKEN: "${{ secrets.API_TOKEN || vars.FALLBACK_TOKEN }}"',
    'password: "$[variables.dbPassword]"',
    "password: \"$[ variables['db.password'] ]\"",
    'docker login -u app -p $[variables.dbPassword] registry.example.com',
    'sqlcmd -S db -U sa -P $[variables.dbPassword] -Q "SELECT 1"',
  ]);
  // A literal beside the slot is the literal's (a run of its own), and a literal in the slot's place is the secret.
  assertFinds([`password: "\${{ secrets.X }}⟦${RANDOM}⟧"`, `password: "$[x]⟦${RANDOM}⟧"`, 'docker login -u app -p ⟦letmein⟧ registry.example.com', 'password: "⟦tiger12⟧"']);
});

test("a Go template cut at its own quote is a slot's opening, trimmed or not", () => {
  assertLeaves([
    'password = "{{- with secret "database/creds/readonly" -}}{{ .Data.password }}{{- end }}"',
    '  api-token: "{{ with secret "secret/data/shop/db" }}{{ .Data.data.password }}{{ end }}"',
  ]);
  assertFinds(['password = "⟦letmein⟧"', `api-token: "⟦${RANDOM}⟧"`]);
});

test("a literal opening a slot closed in another literal, or closing one, is a piece of the reference (CloudFormation's !Join); a random one is not", () => {
  assertLeaves([
    "MasterUserPassword: !Join ['', ['{{resolve:secretsmanager:', !Ref DBSecret, ':SecretString:password}}']]",
    "password = '{{resolve:ssm-secure:' + param_name + ':1}}'",
  ]);
  assertFinds([`MasterUserPassword: !Join ['', ['a', !Ref DBSecret, '⟦${RANDOM}}}⟧']]`, `password = '⟦${RANDOM}}}⟧'`, `password = '⟦{{resolve:${RANDOM}⟧'`, "password = '⟦Summer2024}}⟧'"]);
});

test('a SOPS or hiera-eyaml envelope holds ciphertext under a key kept elsewhere; its broken shape, Ansible Vault and a secret beside it do not', () => {
  const sops = 'ENC[AES256_GCM,data:Tr7o1xg4P9TY9PtiYRD2Ww==,iv:1hZ+xjOTFZ1JpYoI5VnN7xMvNT3v4EW4bsX0B9wKzq0=,tag:Jp9cxRRXtL3ZuLWJ8QqqaQ==,type:str]';
  const eyaml = 'ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAd2bHBm2NXrPkGuKwgBTMkZEzkS7ddt3lO5hcsE7q]';
  assertLeaves([
    `password: ${sops}`,
    `{"credentials": {"client_secret": "${sops}"}}`,
    `DB_PASSWORD = ${sops}`,
    `[database]\npassword = ${sops}`,
    'sops:\n    kms: []\n    lastmodified: "2024-01-01T00:00:00Z"\n    mac: ENC[AES256_GCM,data:oYyi1SeEnDEcO7uFEhwIGpqzbiTBK36wr5dB2wU+IWdfCO0mXrXOH+T8wwzzgR1ZMnEq0jx8JfNdXh3D95ChZyqSbwp+OzN/rENAqrjKzPTc=,iv:1hZ+xjOTFZ1JpYoI5VnN7xMvNT3v4EW4bsX0B9wKzq0=,tag:Jp9cxRRXtL3ZuLWJ8QqqaQ==,type:str]',
    `profile::db::password: ${eyaml}`,
    `profile::db::password: >\n    ${eyaml.slice(0, 70)}\n    ${eyaml.slice(70)}`,
  ]);
  assertFinds([
    // Fields missing: not SOPS's envelope.
    `{"client_secret": "⟦ENC[AES256_GCM,data:Tr7o1xg4P9TY9PtiYRD2Ww==,x:${RANDOM}]⟧"}`,
    // A secret after the envelope, on its line.
    `password: ${sops} api_key=⟦${RANDOM}⟧`,
  ]);
  assert.notDeepEqual(findSecrets('ansible_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          62313365396662343061393464336163383764373764613633653634306231386433626436623361\n'), []);
});

test('envelopes are found once and a span is judged by bisection', () => {
  const text = `a: ENC[GPG,abc=]\nb: x\nc: ENC[PKCS7,def]`;
  const bounds = encryptedEnvelopes(text);
  assert.deepEqual(bounds, [3, 16, 25, 39]);
  assert.equal(withinEnvelope(bounds, 7, 15), true);
  assert.equal(withinEnvelope(bounds, 26, 39), true);
  assert.equal(withinEnvelope(bounds, 26, 40), false);
  assert.equal(withinEnvelope(bounds, 18, 21), false);
  assert.equal(withinEnvelope(bounds, 2, 10), false);
  assert.equal(withinEnvelope(bounds, 10, 20), false);
  assert.deepEqual(encryptedEnvelopes('no envelope here'), []);
});

test('every reference of the matrix is left, but the Ansible Vault payload the ansible-vault rule takes', () => {
  const taken = referenceTexts(grammarCells).filter((r) => findSecrets(r.text).length > 0);
  assert.deepEqual([...new Set(taken.map((r) => r.syntax))], ['ansible-vault-inline']);
});
