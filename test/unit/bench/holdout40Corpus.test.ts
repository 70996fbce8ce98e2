// The fortieth holdout (Kafka Connect connector configurations and Kafka client tests, labelled by ConfigDef.Type.PASSWORD)
// is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own
// file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items
// are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout40CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { checkPasswordKeyDeclarations, configPairs, connectConfigSources, labelConnectConfig, type PasswordKey } from '../../../bench/guard/corpus/build/connectPasswordConfigs';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'debezium-examples': 'debezium/debezium-examples', debezium: 'debezium/debezium', kafka: 'apache/kafka',
    'ibm-mq-source': 'ibm-messaging/kafka-connect-mq-source', doris: 'apache/doris-kafka-connector', 'debezium-server': 'debezium/debezium-server',
  });
});

test("the fortieth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout40');
  assert.deepEqual(readExternalCorpus([holdout40CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fortieth holdout": 65 items, 48 scored (23 secret, 25 clean), 17 apart; 11 distinct values.
  assert.equal(held.length, 65);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(connectConfigSources.map(bySource), [[18, 8, 15], [4, 7, 0], [1, 0, 0], [0, 7, 0], [0, 3, 2]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...connectConfigSources.map(values), values()], [8, 2, 1, 0, 0, 11]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout40', `holdout40 (${connectConfigSources.join(', ')})`);
});

const keys: Record<string, PasswordKey> = {
  'database.password': { in: 'd', declaration: 'Field.create("database.password").withType(Type.PASSWORD)' },
  'ssl.key.password': { in: 'd', declaration: '.define(SSL_KEY_PASSWORD_CONFIG, ConfigDef.Type.PASSWORD', constant: 'SSL_KEY_PASSWORD_CONFIG = "ssl.key.password"' },
  'sasl.jaas.config': { in: 'd', declaration: '.define(SASL_JAAS_CONFIG, ConfigDef.Type.PASSWORD', constant: 'SASL_JAAS_CONFIG = "sasl.jaas.config"' },
};
const declarations = Object.values(keys).map((k) => `${k.declaration} ${k.constant ?? ''}`).join('\n');

test('the declarations: each password key is typed PASSWORD by a saved declaration that names it', () => {
  assert.doesNotThrow(() => checkPasswordKeyDeclarations(keys, () => declarations));
  assert.throws(() => checkPasswordKeyDeclarations(keys, () => ''), /not in raw\/d\//);
  assert.throws(() => checkPasswordKeyDeclarations({ 'a.password': { in: 'd', declaration: '.define("a.password", Type.STRING' } }, () => '.define("a.password", Type.STRING'), /Type\.PASSWORD/);
  assert.throws(() => checkPasswordKeyDeclarations({ 'b.password': { in: 'd', declaration: '.define(X, Type.PASSWORD' } }, () => '.define(X, Type.PASSWORD'), /does not name it/);
});

test('the labeller: a literal in a PASSWORD-typed key (or a prefixed one) is the secret; references, untyped credentials and stand-ins apart', () => {
  assert.deepEqual(configPairs('{ "a.b": "x", "n": 1 }', 'json'), [['a.b', 'x'], ['n', '1']]);
  assert.deepEqual(configPairs('makeProps(\n  "a", "x",\n  "k", "${p:k}",  // resolves to "y"\n  "c", Foo.class.getName())', 'java-pairs'), [['a', 'x'], ['k', '${p:k}'], ['c', 'Foo.class.getName()']]);
  assert.deepEqual(configPairs('# c\na.b=x y\n\nc: d', 'properties'), [['a.b', 'x y'], ['c', 'd']]);
  const json = '{\n  "database.user": "reader",\n  "database.password": "Zq8rT2mwK4",\n  "topics": "t"\n}';
  assert.deepEqual(labelConnectConfig('r.json', json, 'json', keys), { text: json, secrets: ['Zq8rT2mwK4'], label: 'secret', rule: 'r.json' });
  const prefixed = 'debezium.source.database.password=N4rkw8Tz\ndebezium.sink.type=redis';
  assert.deepEqual(labelConnectConfig('p', prefixed, 'properties', keys).secrets, ['N4rkw8Tz']);
  const jaas = 'props.put("sasl.jaas.config", "PlainLoginModule required username=\\"u\\" password=\\"k7Vd9xQ2pL\\";");';
  assert.deepEqual(labelConnectConfig('j', jaas, 'java-pairs', keys).secrets, ['k7Vd9xQ2pL']);
  assert.deepEqual(labelConnectConfig('c', '{ "topics": "t", "database.password": "" }', 'json', keys), { text: '{ "topics": "t", "database.password": "" }', secrets: [], label: 'clean', rule: 'c' });
  assert.equal(labelConnectConfig('ref', '"ssl.key.password", "${file:/s:k}"', 'java-pairs', keys).note, 'a config provider reference (resolved at run time, not in its text)');
  const untyped = labelConnectConfig('u', '{ "connection.url": "jdbc:postgresql://h/db?user=u&password=Hq2xPw9z" }', 'json', keys);
  assert.deepEqual([untyped.label, untyped.secrets, untyped.note], ['secret', ['Hq2xPw9z'], 'a credential no ConfigDef read types PASSWORD (its type does not label it)']);
  assert.equal(labelConnectConfig('n', '{ "hotrod.auth_password": "Xw7pQ2" }', 'json', keys).note, 'a credential no ConfigDef read types PASSWORD (its type does not label it)');
  assert.equal(labelConnectConfig('s', '{ "database.password": "password" }', 'json', keys).note, 'a documented example or filler value');
  assert.equal(labelConnectConfig('e', '{ "database.user": "Tq9w2x", "database.password": "Tq9w2x" }', 'json', keys).note, 'a secret written elsewhere in its text too');
  // One value in several password slots counts once per slot, so it is not "written elsewhere".
  const twice = '"ssl.key.password", "Rk4v8N2q",\n"a.ssl.key.password", "Rk4v8N2q"';
  assert.deepEqual([labelConnectConfig('t', twice, 'java-pairs', keys).note, labelConnectConfig('t', twice, 'java-pairs', keys).secrets], [undefined, ['Rk4v8N2q']]);
});
