// The thirty-first holdout (Terraform providers' acceptance-test configurations, labelled by the provider schema's
// Sensitive attributes) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one
// build), loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored
// but never listed; each label traces to a Sensitive attribute of the saved schema excerpts. Items are compared and
// counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout31CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelProviderConfigs, providerSensitiveSources } from '../../../bench/guard/corpus/build/providerSensitiveConfigs';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'tf-aws': 'hashicorp/terraform-provider-aws', 'tf-azurerm': 'hashicorp/terraform-provider-azurerm',
    'tf-postgresql': 'cyrilgdn/terraform-provider-postgresql', 'tf-rabbitmq': 'cyrilgdn/terraform-provider-rabbitmq',
  });
});

test("the thirty-first holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout31');
  assert.deepEqual(readExternalCorpus([holdout31CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-first holdout": 89 items, 80 scored (67 secret, 13 clean), 9 apart; 21 distinct values.
  assert.equal(held.length, 89);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(providerSensitiveSources.map(bySource), [[46, 4, 5], [11, 3, 0], [2, 6, 4], [8, 0, 0]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...providerSensitiveSources.map(values), values()], [13, 4, 2, 2, 21]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout31', `holdout31 (${providerSensitiveSources.join(', ')})`);
});

test('the labeller: a literal in a Sensitive slot is secret, none is clean, run-time values, stand-ins and repeats apart', () => {
  const schema = '"password": {\n\tType:      schema.TypeString,\n\tSensitive: true,\n},';
  const file = 'resource "x_user" "a" {\n  password = "Zq8rT2mwK4"\n}\nresource "x_user" "b" {\n  password = var.pw\n}\n'
    + 'resource "x_user" "c" {\n  password = %[2]q\n}\nresource "x_user" "d" {\n  password = "testpass"\n}\n'
    + 'resource "x_user" "e" {\n  name     = "k7Vd9x"\n  password = "k7Vd9x"\n}\n';
  const blocks = file.split(/(?<=^\}\n)/m).map((b) => b.trim());
  const [secret, clean, runtime, standIn, twice] = labelProviderConfigs('s', [
    { rule: 'a', text: blocks[0]!, sensitive: schema, secrets: ['Zq8rT2mwK4'] },
    { rule: 'b', text: blocks[1]!, sensitive: schema, secrets: [] },
    { rule: 'c', text: blocks[2]!, sensitive: schema, secrets: [], builtAtRunTime: 'filled from an argument' },
    { rule: 'd', text: blocks[3]!, sensitive: schema, secrets: ['testpass'] },
    { rule: 'e', text: blocks[4]!, sensitive: schema, secrets: ['k7Vd9x'] },
  ], file, schema);
  assert.deepEqual(secret, { text: blocks[0], secrets: ['Zq8rT2mwK4'], label: 'secret', rule: 'a' });
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.deepEqual([runtime!.label, runtime!.secrets, runtime!.note], ['clean', [], 'a value the test builds at run time (not in its text)']);
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.equal(twice!.note, 'a secret written elsewhere in its text too');
  // A value written into two Sensitive slots counts twice: not "written elsewhere".
  const two = 'resource "x_user" "f" {\n  password = "Zq8rT2mwK4"\n}\nresource "x_user" "g" {\n  password = "Zq8rT2mwK4"\n}';
  assert.equal(labelProviderConfigs('s', [{ rule: 'f', text: two, sensitive: schema, secrets: ['Zq8rT2mwK4', 'Zq8rT2mwK4'] }], two, schema)[0]!.note, undefined);
  // The text must stand in the file, the Sensitive attribute in the saved files, each secret in the text.
  assert.throws(() => labelProviderConfigs('s', [{ rule: 'h', text: 'absent', sensitive: schema, secrets: [] }], file, schema));
  assert.throws(() => labelProviderConfigs('s', [{ rule: 'i', text: blocks[1]!, sensitive: 'Sensitive: true, absent', secrets: [] }], file, schema));
  assert.throws(() => labelProviderConfigs('s', [{ rule: 'j', text: blocks[1]!, sensitive: '"password": {', secrets: [] }], file, schema));
  assert.throws(() => labelProviderConfigs('s', [{ rule: 'k', text: blocks[1]!, sensitive: schema, secrets: ['Zq8rT2mwK4'] }], file, schema));
});
