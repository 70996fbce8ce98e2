// The forty-eighth holdout (LeakTK's fake leaks, labelled valid / invalid by the project's directories) is what its
// build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with
// the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items are
// compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout48CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { credentialName, labelFakeLeak, ruleValues, variableOrExpression } from '../../../bench/guard/corpus/build/fakeLeakVerdicts';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'leaktk-fake-leaks': 'leaktk/fake-leaks' });
});

test("the forty-eighth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout48');
  assert.deepEqual(readExternalCorpus([holdout48CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-eighth holdout": 282 items, 259 scored (144 secret, 115 clean), 23 apart; 302 values.
  assert.equal(held.length, 282);
  assert.equal(held.filter((i) => i.label === 'secret' && !i.note).length, 144);
  assert.equal(held.filter((i) => i.label === 'clean' && !i.note).length, 115);
  assert.equal(held.filter((i) => i.note).length, 23);
  const values = new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets));
  assert.equal(values.size, 302);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  for (const i of held) assert.equal(i.label === 'clean' && !i.note, /\/invalid\//.test(i.rule), `${i.rule}: the directory is the verdict`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout48', 'holdout48 (leaktk-fake-leaks)');
});

test('the labeller: invalid/ is clean whatever it holds, a valid/ file its listed values or rules 1-5, the rest apart', () => {
  assert.deepEqual(labelFakeLeak('k/invalid/x', 'token: Zq8rT2mwK4pL', []), { text: 'token: Zq8rT2mwK4pL', secrets: [], label: 'clean', rule: 'leaktk/fake-leaks/k/invalid/x' });
  const valid = (text: string, listed: string[] = []) => {
    const i = labelFakeLeak('k/valid/x', text, listed);
    return [i.label, i.secrets, i.note];
  };
  // Rule 0: the expected results' value, narrowed; one not in the text labels nothing.
  assert.deepEqual(valid('{"auths":{"r":{"auth":"Zq8rT2mwK4pL9x"}}}', ['"auths":{"r":{"auth":"Zq8rT2mwK4pL9x"}}', 'absent']), ['secret', ['Zq8rT2mwK4pL9x'], undefined]);
  // Rule 1: a key block's body, newlines written or real.
  assert.deepEqual(valid('k = "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXk\\n-----END OPENSSH PRIVATE KEY-----"'), ['secret', ['b3BlbnNzaC1rZXk'], undefined]);
  // Rule 2: the URL's password up to the authority's last @; rule 3: the credential after the scheme.
  assert.deepEqual(valid('DB=postgresql://u:P@ss9w0rd@db:5432/x\ncurl -H "Authorization: Splunk Kx7mQ2vR9tLp"'), ['secret', ['P@ss9w0rd', 'Kx7mQ2vR9tLp'], undefined]);
  // Rule 4: credential names only; ids, public keys, references and expressions are not values.
  assert.deepEqual(valid('AUTH0_CLIENT_ID=abc123xyz\nAPI_TOKEN=Bearer Tq9mX2vK7rLp\n# Public key: age1qyqszqgp\nx = {"auth": private_token}\nprivate_token = "glpat-Wm4Kx9QrT2"'), ['secret', ['Tq9mX2vK7rLp', 'glpat-Wm4Kx9QrT2'], undefined]);
  assert.deepEqual(valid("password: process.env.DB_PASSWORD || 'x'"), ['clean', [], 'a variable or expression']);
  assert.deepEqual(valid('password: ${DB_PASSWORD}'), ['clean', [], 'a variable or expression']);
  // Rule 5: a bare run; a placeholder-policy value is kept but apart.
  assert.deepEqual(valid('npm_0Uad0raLM5saR4HOZsEpRxar6x\n'), ['secret', ['npm_0Uad0raLM5saR4HOZsEpRxar6x'], undefined]);
  assert.deepEqual(valid('password=changeme'), ['secret', ['changeme'], 'a documented example or filler value']);
  assert.deepEqual(valid('# a comment\nWm4Kx9QrT2'), ['clean', [], 'no credential value found by the fixed rule']);
  assert.deepEqual(labelFakeLeak('pki/valid/ed25519-public.pub', 'ssh-ed25519 AAAAC3Nza user@h', []).note, 'a public key or certificate');
  assert.ok(credentialName('rconPassword') && credentialName('gpg.passphrase') && credentialName('auth') && !credentialName('authSource') && !credentialName('AZURE_CLIENT_ID') && !credentialName('DISCORD_PUBLIC_KEY'));
  assert.ok(variableOrExpression('${X}') && variableOrExpression('os.getenv("X")') && !variableOrExpression('{JKoDTO5ZM41HUf=}'));
  assert.deepEqual(ruleValues('HMAC_SECRET = b\'5f6a7b8c\'\n"config": "id: 1\\nsecret: Vr5XR52K\\n"'), ['5f6a7b8c', 'Vr5XR52K']);
});
