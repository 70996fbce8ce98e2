// The sixty-first holdout (the OpenTelemetry Collector's components' test configurations, labelled by the Go type
// `configopaque.String` of each field) is what its build makes of the saved files (builtCorpus.test.ts checks the file
// against one build) and loads from its own file with the counts corpus/README.md gives. This test checks labels and
// texts only: it never runs the redactor. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout61CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import {
  capPerComponent, envExpansion, fieldTypes, labelConfigFile, labelGoExcerpt, labelOpaqueConfigs, mergeFieldTypes, namedLikeSecret, opaqueConfigSources,
} from '../../../bench/guard/corpus/build/opaqueConfigFields';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'otel-collector-contrib': 'open-telemetry/opentelemetry-collector-contrib', 'otel-collector': 'open-telemetry/opentelemetry-collector' });
});

test("the sixty-first holdout loads from its own file with the README's counts", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout61');
  assert.deepEqual(readExternalCorpus([holdout61CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The sixty-first holdout": 122 items, 55 scored (25 secret, 30 clean), 67 apart; 25 distinct values.
  assert.equal(held.length, 122);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(opaqueConfigSources.map(bySource), [[25, 30, 65], [0, 0, 2]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 25);
  const notes = (note: string) => held.filter((i) => i.note === note).length;
  assert.deepEqual(
    ['a documented example or filler value', 'typed plain string, named like a secret', 'an env expansion, not the secret', 'a secret written elsewhere in its text too', 'its field not in the saved declarations', 'the markers disagree'].map(notes),
    [26, 23, 11, 6, 1, 0],
  );
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
});

const declared = fieldTypes([
  'type Config struct {',
  '\tconfighttp.ClientConfig `mapstructure:",squash"`',
  '\tUsername string `mapstructure:"username"`',
  '\tPassword configopaque.String `mapstructure:"password"`',
  '\tTokens []configopaque.String `mapstructure:"tokens,omitempty"`',
  '\tHeaders map[string]configopaque.String `mapstructure:"headers"`',
  '\tSecret string `mapstructure:"secret"`',
  '\tKeyFile string `mapstructure:"key_file"`',
  '\tTimeout time.Duration `mapstructure:"timeout"`',
  '}',
].join('\n'));

test('the declarations say each tag\'s type: configopaque (plain, slice or map), plain string, other', () => {
  assert.deepEqual([...declared.opaque], ['password', 'tokens', 'headers']);
  assert.deepEqual([...declared.plain], ['username', 'secret', 'key_file']);
  assert.deepEqual([...declared.other], ['timeout']);
  assert.deepEqual([...declared.goOpaque], ['Password', 'Tokens', 'Headers']);
  const merged = mergeFieldTypes([declared, fieldTypes('\tPassword string `mapstructure:"password"`')]);
  assert.ok(merged.opaque.has('password') && merged.plain.has('password'));
});

test('named like a secret: a secret word in the name, or the parent\'s when the name is not a path; a connection string too', () => {
  for (const [key, parent] of [['password', undefined], ['access_token', undefined], ['api_key', undefined], ['bearer', 'sasl_xauth2'], ['inline', 'htpasswd'], ['connection_string', undefined], ['dsn', undefined]] as const) {
    assert.ok(namedLikeSecret(key, parent), key);
  }
  for (const [key, parent] of [['key_file', 'tls'], ['token_url', undefined], ['password_file', undefined], ['username', 'client_auth'], ['message_key', undefined], ['community', undefined]] as const) {
    assert.ok(!namedLikeSecret(key, parent), key);
  }
  assert.ok(envExpansion('${env:MYSQL_PASSWORD}') && envExpansion('$MONGO_PASSWORD') && !envExpansion('pa$$word'));
});

test('an instance is secret by its opaque literals, clean without one, apart for a stand-in, an env expansion or a plain secret-named field', () => {
  const yaml = [
    'comp/literal:',
    '  username: otel',
    '  password: q7Vz3kWmYp',
    'comp/list:',
    '  tokens:',
    '    - "Zx81kQm2"',
    '    - "Pq0w9Lr5"',
    'comp/map:',
    '  headers:',
    '    x-api-key: "hK3s9Lq2Wm"',
    'comp/maplist:',
    '  headers:',
    '    - name: x-api-key',
    '      value: "Rt5yU8iO2p"',
    'comp/clean:',
    '  username: otel',
    '  key_file: /etc/otel/key.pem',
    '  timeout: 5s',
    'comp/standin:',
    '  password: password',
    'comp/env:',
    '  password: ${env:COMP_PASSWORD}',
    'comp/plain:',
    '  secret: 9fJ2kLm4Qz',
    '  password: q7Vz3kWmYp',
  ].join('\n');
  const items = labelConfigFile(yaml, false, declared, 'comp/testdata/config.yaml');
  assert.deepEqual(items.map((i) => [i.rule.split('#')[1], i.label, i.secrets, i.note ?? '']), [
    ['comp/literal', 'secret', ['q7Vz3kWmYp'], ''],
    ['comp/list', 'secret', ['Zx81kQm2', 'Pq0w9Lr5'], ''],
    ['comp/map', 'secret', ['hK3s9Lq2Wm'], ''],
    ['comp/maplist', 'secret', ['Rt5yU8iO2p'], ''],
    ['comp/clean', 'clean', [], ''],
    ['comp/standin', 'secret', ['password'], 'a documented example or filler value'],
    ['comp/env', 'secret', ['${env:COMP_PASSWORD}'], 'an env expansion, not the secret'],
    ['comp/plain', 'secret', ['9fJ2kLm4Qz', 'q7Vz3kWmYp'], 'typed plain string, named like a secret'],
  ]);
  // Under the pipeline sections, each component instance is an item; a value written twice in its text is apart.
  const wrapped = labelConfigFile('receivers:\n  comp:\n    password: comp-secret-77 # comp-secret-77\nservice:\n  pipelines:\n', false, declared, 'r');
  assert.deepEqual(wrapped.map((i) => [i.rule, i.note]), [['r#comp', 'a secret written elsewhere in its text too']]);
  // A field the declarations type both ways, or not at all, is apart.
  const both = mergeFieldTypes([declared, fieldTypes('\tPassword string `mapstructure:"password"`')]);
  assert.equal(labelConfigFile('c:\n  password: q7Vz3kWmYp\n', false, both, 'r')[0]!.note, 'the markers disagree');
  assert.equal(labelConfigFile('c:\n  api_token: q7Vz3kWmYp\n', false, declared, 'r')[0]!.note, 'its field not in the saved declarations');
  // A whole-file configuration (the collector's own exporters) is one item.
  assert.equal(labelConfigFile('endpoint: x:4317\nheaders:\n  k: hK3s9Lq2Wm\n', true, declared, 'r')[0]!.rule, 'r#(file)');
});

test('a Go excerpt is labelled by configopaque.String(…) and by the fields the declarations type configopaque', () => {
  assert.deepEqual(labelGoExcerpt('\tcfg.Password = "q7Vz3kWmYp"\n\tcfg.Username = "otel"\n', declared, 'g').secrets, ['q7Vz3kWmYp']);
  assert.deepEqual(labelGoExcerpt('\tHeaders: map[string]configopaque.String{"k": configopaque.String("hK3s9Lq2Wm")},\n', declared, 'g').secrets, ['hK3s9Lq2Wm']);
  assert.equal(labelGoExcerpt('\tSecret: "9fJ2kLm4Qz",\n', declared, 'g').note, 'typed plain string, named like a secret');
  assert.equal(labelGoExcerpt('\tUsername: "otel",\n\tTimeout: 5 * time.Second,\n', declared, 'g').label, 'clean');
});

test('a component keeps at most four scored items, at most three of one label, and four apart, in file order', () => {
  const item = (label: string, note?: string) => ({ label, ...(note ? { note } : {}) });
  const items = [item('secret'), item('secret'), item('secret'), item('secret'), item('clean'), item('clean'), ...Array.from({ length: 5 }, () => item('secret', 'x'))];
  const kept = capPerComponent(items);
  assert.deepEqual([kept.filter((i) => !i.note && i.label === 'secret').length, kept.filter((i) => !i.note && i.label === 'clean').length, kept.filter((i) => i.note).length], [3, 1, 4]);
});

test('the collector\'s client settings type the headers of a component that embeds them', () => {
  const files = [
    { component: 'config/confighttp', path: 'config/confighttp/client.go', text: '\tHeaders configopaque.MapList `mapstructure:"headers,omitempty"`' },
    { component: 'exporter/x', path: 'exporter/x/config.go', text: '\tconfighttp.ClientConfig `mapstructure:",squash"`' },
    { component: 'exporter/x', path: 'exporter/x/testdata/config.yaml', text: 'x:\n  headers:\n    k: hK3s9Lq2Wm\n' },
  ];
  const [item] = labelOpaqueConfigs([{ source: 's', files }]);
  assert.deepEqual([item!.label, item!.secrets, item!.source], ['secret', ['hK3s9Lq2Wm'], 's']);
});
