// The thirty-second holdout (the Prometheus ecosystem's test configurations, labelled by the Go type Secret) is what its
// build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with
// the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label traces
// to a secret-typed declaration of the saved schema excerpts. Items are compared and counted, never printed: they are
// held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout32CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelSecretTypedConfigs, secretTypedSources } from '../../../bench/guard/corpus/build/secretTypedConfigs';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    alertmanager: 'prometheus/alertmanager', prometheus: 'prometheus/prometheus',
    'prometheus-common': 'prometheus/common', victoriametrics: 'VictoriaMetrics/VictoriaMetrics',
  });
});

test("the thirty-second holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout32');
  assert.deepEqual(readExternalCorpus([holdout32CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-second holdout": 136 items, 93 scored (63 secret, 30 clean), 43 apart; 29 distinct values.
  assert.equal(held.length, 136);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(secretTypedSources.map(bySource), [[33, 12, 10], [4, 6, 11], [1, 4, 9], [25, 8, 13]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...secretTypedSources.map(values), values()], [20, 2, 1, 6, 29]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout32', `holdout32 (${secretTypedSources.join(', ')})`);
});

test('the labeller: a literal in a secret-typed field is secret, none is clean, credential files, stand-ins and repeats apart', () => {
  const schema = '\tUsername     string `yaml:"username"`\n\tPassword     Secret `yaml:"password,omitempty"`\n\tToken        *commoncfg.Secret `yaml:"token,omitempty"`';
  const password = '\tPassword     Secret `yaml:"password,omitempty"`';
  const token = '\tToken        *commoncfg.Secret `yaml:"token,omitempty"`';
  const configs = [
    'basic_auth:\n  username: k7Vd9x\n  password: "Zq8rT2mwK4"',
    'basic_auth:\n  username: admin',
    'basic_auth:\n  username: admin\n  password_file: /etc/pw',
    'basic_auth:\n  username: admin\n  password: testpass',
    'basic_auth:\n  username: k7Vd9x\n  password: k7Vd9x',
    'a:\n  token: Zq8rT2mwK4\nb:\n  token: Zq8rT2mwK4',
  ];
  const file = configs.join('\n---\n');
  const [secret, clean, fromFile, standIn, twice, two] = labelSecretTypedConfigs('s', [
    { rule: 'a', text: configs[0]!, slots: [{ field: 'password', value: 'Zq8rT2mwK4', declared: password }] },
    { rule: 'b', text: configs[1]!, slots: [] },
    { rule: 'c', text: configs[2]!, slots: [], credentialFiles: ['password_file'] },
    { rule: 'd', text: configs[3]!, slots: [{ field: 'password', value: 'testpass', declared: password }] },
    { rule: 'e', text: configs[4]!, slots: [{ field: 'password', value: 'k7Vd9x', declared: password }] },
    { rule: 'f', text: configs[5]!, slots: [{ field: 'token', value: 'Zq8rT2mwK4', declared: token }, { field: 'token', value: 'Zq8rT2mwK4', declared: token }] },
  ], file, schema);
  assert.deepEqual(secret, { text: configs[0], secrets: ['Zq8rT2mwK4'], label: 'secret', rule: 'a' });
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.deepEqual([fromFile!.label, fromFile!.secrets, fromFile!.note], ['clean', [], 'a credential file path, not the credential (the secret is read from it)']);
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.equal(twice!.note, 'a secret written elsewhere in its text too');
  // A value written into two secret-typed slots counts twice: not "written elsewhere".
  assert.deepEqual([two!.label, two!.note], ['secret', undefined]);
  // The text must stand in the file; the declaration in the schema, typed Secret, for that key; the key written with that value.
  const slot = { field: 'password', value: 'Zq8rT2mwK4', declared: password };
  assert.throws(() => labelSecretTypedConfigs('s', [{ rule: 'g', text: 'absent', slots: [] }], file, schema));
  assert.throws(() => labelSecretTypedConfigs('s', [{ rule: 'h', text: configs[0]!, slots: [{ ...slot, declared: '\tPassword     Secret `yaml:"password"` absent' }] }], file, schema));
  assert.throws(() => labelSecretTypedConfigs('s', [{ rule: 'i', text: configs[0]!, slots: [{ ...slot, field: 'username', value: 'k7Vd9x', declared: '\tUsername     string `yaml:"username"`' }] }], file, schema));
  assert.throws(() => labelSecretTypedConfigs('s', [{ rule: 'j', text: configs[0]!, slots: [{ ...slot, declared: token }] }], file, schema));
  assert.throws(() => labelSecretTypedConfigs('s', [{ rule: 'k', text: configs[1]!, slots: [slot] }], file, schema));
  assert.throws(() => labelSecretTypedConfigs('s', [{ rule: 'l', text: configs[1]!, slots: [], credentialFiles: ['password_file'] }], file, schema));
});
