// The thirty-sixth holdout (Airbyte connectors' test configurations, labelled by their specs' airbyte_secret) is what
// its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file
// with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label
// traces to a property the connector's saved spec marks airbyte_secret. Items are compared and counted, never printed:
// they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout36CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { airbyteSources, labelAirbyteConfig, markedSecret } from '../../../bench/guard/corpus/build/airbyteSecretConfigs';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { airbyte: 'airbytehq/airbyte' });
});

test("the thirty-sixth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout36');
  assert.deepEqual(readExternalCorpus([holdout36CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-sixth holdout": the items, the scored secret and clean ones, those apart, the values.
  const scored = held.filter((i) => !i.note);
  assert.deepEqual(
    [held.length, scored.filter((i) => i.label === 'secret').length, scored.filter((i) => i.label === 'clean').length, held.length - scored.length],
    EXPECTED.counts,
  );
  assert.equal(new Set(scored.filter((i) => i.label === 'secret').flatMap((i) => i.secrets)).size, EXPECTED.values);
  assert.equal(new Set(held.map((i) => i.rule.split('/')[0])).size, EXPECTED.connectors);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout36', `holdout36 (${airbyteSources.join(', ')})`);
});

test('the marked properties: a JSON leaf or a YAML key whose block says airbyte_secret: true, nothing else', () => {
  const json = '      "api_key": {\n        "type": "string",\n        "description": "see {docs}",\n        "airbyte_secret": true\n      },\n'
    + '      "client_id": { "type": "string", "airbyte_secret": false },\n      "credentials": {\n        "properties": {\n          "token": { "airbyte_secret": true }\n        }\n      }';
  assert.deepEqual([...markedSecret(json)].sort(), ['api_key', 'token']);
  const yaml = '    X-Server-Token:\n      type: string\n      airbyte_secret: true\n    start_date:\n      type: string\n    auth:\n      properties:\n        secret:\n          airbyte_secret: true\n';
  assert.deepEqual([...markedSecret(yaml)].sort(), ['X-Server-Token', 'secret']);
});

test('the labeller: a literal in a marked property is secret, none clean, identifiers and references apart, stand-ins apart', () => {
  const marked = new Set(['api_token', 'client_id', 'client_secret', 'password']);
  assert.deepEqual(labelAirbyteConfig('c/a.json', '{ "api_token": "Zq8rT2mwK", "start_date": "2021-01-01" }', marked), {
    text: '{ "api_token": "Zq8rT2mwK", "start_date": "2021-01-01" }', secrets: ['Zq8rT2mwK'], label: 'secret', rule: 'c/a.json',
  });
  // Nested under an auth object, with an identifier beside it that is no secret.
  assert.deepEqual(labelAirbyteConfig('c/b.json', '{"credentials": {"client_id": "Vb7x", "client_secret": "Hq9pL2"}}', marked).secrets, ['Hq9pL2']);
  const clean = labelAirbyteConfig('c/c.json', '{"host": "db", "password": ""}', marked);
  assert.deepEqual([clean.label, clean.note], ['clean', undefined]);
  assert.equal(labelAirbyteConfig('c/d.json', '{"client_id": "Vb7x"}', marked).note, 'marked airbyte_secret but not a credential (an identifier or address)');
  assert.equal(labelAirbyteConfig('c/e.json', '{"password": "${DB_PASSWORD}"}', marked).note, 'a reference, mask or file path (the value is not in its text)');
  assert.equal(labelAirbyteConfig('c/f.json', '{"password": "****"}', marked).note, 'a reference, mask or file path (the value is not in its text)');
  assert.equal(labelAirbyteConfig('c/g.json', '{"password": "changeme"}', marked).note, 'a documented example or filler value');
  assert.equal(labelAirbyteConfig('c/h.json', '{"password": "k7Vd9x", "user": "k7Vd9x"}', marked).note, 'a secret written elsewhere in its text too');
  // A value written into two marked slots is written there twice, not elsewhere.
  assert.equal(labelAirbyteConfig('c/i.json', '{"password": "k7Vd9x", "api_token": "k7Vd9x"}', marked).note, undefined);
});

/** corpus/README.md's figures for the split. */
const EXPECTED = { counts: [70, 46, 6, 18], values: 46, connectors: 51 };
