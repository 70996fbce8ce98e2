// The thirty-eighth holdout (Fluentd plugins' tests, labelled by the plugins' `secret: true` config_params) is what its
// build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with
// the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items are
// compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout38CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { configLiterals, configParams, declaredParams, fluentdSources, labelFluentdTest } from '../../../bench/guard/corpus/build/fluentdSecretParams';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    fluentd: 'fluent/fluentd', 'fluent-secure-forward': 'tagomoris/fluent-plugin-secure-forward',
    'fluent-out-http': 'fluent-plugins-nursery/fluent-plugin-out-http', 'fluent-influxdb': 'fangli/fluent-plugin-influxdb',
    'fluent-mixpanel': 'hakobera/fluent-plugin-mixpanel', 'fluent-s3': 'fluent/fluent-plugin-s3', 'fluent-redis': 'fluent-plugins-nursery/fluent-plugin-redis',
    'fluent-elasticsearch': 'uken/fluent-plugin-elasticsearch', 'fluent-opensearch': 'fluent/fluent-plugin-opensearch',
    'fluent-mysql': 'tagomoris/fluent-plugin-mysql', 'fluent-splunk': 'fluent/fluent-plugin-splunk',
  });
});

test("the thirty-eighth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout38');
  assert.deepEqual(readExternalCorpus([holdout38CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-eighth holdout": 88 items, 73 scored (42 secret, 31 clean), 15 apart; 20 distinct values.
  assert.equal(held.length, 88);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(fluentdSources.map(bySource), [
    [4, 12, 1], [16, 0, 0], [2, 11, 2], [0, 3, 3], [0, 0, 2], [3, 0, 0], [0, 1, 1], [4, 1, 1], [3, 3, 2], [10, 0, 0], [0, 0, 3],
  ]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('fluentd'), values('fluent-secure-forward'), values()], [4, 9, 20]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout38', `holdout38 (${fluentdSources.join(', ')})`);
});

test('the labeller: each configuration literal one item, its secret: true parameters the secret; run-time values, plain credentials and stand-ins apart', () => {
  const declarations = [
    '    config_param :host, :string',
    "    config_param :password, :string, default: '', secret: true",
    '  config_param :api_key, :string, :default => nil, :secret => true',
    '    config_param :token, :string',
  ].join('\n');
  assert.deepEqual([...declaredParams(declarations)], [['host', false], ['password', true], ['api_key', true], ['token', false]]);
  const file = [
    '  CONFIG = %[',
    '    host db.example.com',
    '    password Zq8rT2mwK4  # the comment goes',
    '  ]',
    '',
    '  def test_plain',
    '    d = create_driver(%[',
    '      host localhost',
    '      <buffer tag>',
    '      </buffer>',
    '    ])',
    '    d.expect_format %[2011-01-02T13:14:15Z\\ttest\\t{"a":1}\\n]',
    '  end',
    '',
    '  def test_heredoc',
    '    d = create_driver(<<~CONF)',
    '      api_key "k7Vd9xQ2pL"',
    '      token t0k3nV4lu3',
    '    CONF',
    '  end',
    '',
    '  def test_runtime',
    '    config = %{',
    '      password #{ENV["PW"]}',
    '      path log/%{hostname}/x',
    '    }',
    '    other = CONFIG + %[token only-a-plain-one]',
    '    skipped = %[password notTaken1]',
    '    standin = %[',
    '      password password',
    '    ]',
    '  end',
  ].join('\n');
  const literals = configLiterals(file);
  assert.deepEqual(literals.map((l) => l.name), ['CONFIG', 'test_plain', 'test_heredoc', 'test_runtime', 'test_runtime', 'test_runtime', 'test_runtime']);
  assert.deepEqual(configParams(literals[0]!.text), [['host', 'db.example.com'], ['password', 'Zq8rT2mwK4']]);
  const items = labelFluentdTest('t.rb', { declarations: [], skipVariables: ['skipped'], plainCredentials: { token: '    config_param :token, :string' } }, file, declarations);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['Zq8rT2mwK4'], undefined],
    ['clean', [], undefined],
    ['secret', ['k7Vd9xQ2pL'], undefined],
    ['clean', [], 'Ruby interpolation or a Fluentd placeholder in a credential parameter (the value is not in its text)'],
    ['secret', ['only-a-plain-one'], 'a credential the stored declaration does not mark secret'],
    ['secret', ['password'], 'a documented example or filler value'],
  ]);
  assert.throws(() => labelFluentdTest('t.rb', { declarations: [], plainCredentials: { password: "    config_param :password, :string, default: '', secret: true" } }, file, declarations));
});
