// The forty-second holdout (Logstash plugins' specs, labelled by their `:validate => :password` options) is what its build
// makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts
// corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label traces to a
// declaration of the saved excerpts. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout42CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { declaredOptions, labelPasswordOptionSettings, passwordOptionSources, settingsStatements } from '../../../bench/guard/corpus/build/passwordOptionSettings';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'logstash-core': 'elastic/logstash', 'logstash-input-elasticsearch': 'logstash-plugins/logstash-input-elasticsearch',
    'logstash-output-elasticsearch': 'logstash-plugins/logstash-output-elasticsearch', 'logstash-elastic-integration': 'elastic/logstash-filter-elastic_integration',
    'logstash-input-http': 'logstash-plugins/logstash-input-http', 'logstash-input-imap': 'logstash-plugins/logstash-input-imap',
    'logstash-input-twitter': 'logstash-plugins/logstash-input-twitter', 'logstash-rabbitmq': 'logstash-plugins/logstash-integration-rabbitmq',
    'logstash-integration-logstash': 'logstash-plugins/logstash-integration-logstash',
  });
});

test("the forty-second holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout42');
  assert.deepEqual(readExternalCorpus([holdout42CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-second holdout": 83 items, 71 scored (18 secret, 53 clean), 12 apart; 13 distinct values.
  assert.equal(held.length, 83);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(passwordOptionSources.map(bySource), [[6, 5, 0], [3, 8, 2], [5, 27, 3], [4, 7, 0], [0, 4, 1], [0, 0, 4], [0, 0, 1], [0, 2, 1]]);
  const values = new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets));
  assert.equal(values.size, 13);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout42', `holdout42 (${passwordOptionSources.join(', ')})`);
});

test('the labeller: one item per settings statement, the literals of :password options its secrets; variables, references and undeclared options apart', () => {
  const options = declaredOptions([
    '  config :user, :validate => :string',
    '  config :password, :validate => :password, :required => true',
    '        :api_key => { :validate => :password },',
    '        :hosts => { :validate => :uri, :list => true },',
    '  # config :token, :validate => :password',
  ].join('\n'));
  assert.deepEqual([...options], [['user', false], ['password', true], ['api_key', true], ['hosts', false]]);
  const spec = [
    'describe X do',
    '  let(:config) { super().merge("password" => "Tq7#vLp2") }',
    '  let(:config) do',
    '    { "user" => "reader",',
    "      'api_key' => LogStash::Util::Password.new('k3y:Zr9') }",
    '  end',
    '  let(:secret) { ::LogStash::Util::Password.new("Mw4!xe") }',
    '  let(:config) { super().merge("password" => password, "user" => "reader") }',
    '  let(:config) { super().merge("password" => "${ES_PW}") }',
    '  let(:config) { super().merge("password" => "", "hosts" => %w[http://a:9200 http://b:9200]) }',
    '  let(:config) { super().merge("ssl_version" => "TLSv1.2") }',
    '  subject { X.new("user" => "u", "password" => "#{pw}") }',
    '  settings = { "user" => "u" }',
    '  body = { "password" => "not-a-setting" }',
    '  let(:response) { { "hits" => [] } }',
    'end',
  ].join('\n');
  assert.equal(settingsStatements(spec).length, 10);
  const [plain, wrapped, passwordLet, variable, reference, empty, undeclared, interpolated, clean, hits] = labelPasswordOptionSettings('s.rb', spec, options);
  assert.deepEqual([plain!.label, plain!.secrets, plain!.rule], ['secret', ['Tq7#vLp2'], 's.rb#config@2']);
  assert.deepEqual([wrapped!.label, wrapped!.secrets, wrapped!.text.endsWith('end')], ['secret', ['k3y:Zr9'], true]);
  assert.deepEqual([passwordLet!.label, passwordLet!.secrets], ['secret', ['Mw4!xe']]);
  assert.deepEqual([variable!.label, variable!.note], ['clean', 'a value given by a Ruby variable or interpolation (not in its text)']);
  assert.deepEqual([reference!.label, reference!.note], ['clean', 'a Logstash ${VAR} reference (resolved at run time, not in its text)']);
  assert.deepEqual([empty!.label, empty!.note], ['clean', undefined]);
  assert.deepEqual([undeclared!.label, undeclared!.note], ['clean', 'an option the saved declarations do not declare (another version of the plugin)']);
  assert.deepEqual([interpolated!.label, interpolated!.note], ['clean', 'a value given by a Ruby variable or interpolation (not in its text)']);
  assert.deepEqual([clean!.label, clean!.note, clean!.text], ['clean', undefined, 'settings = { "user" => "u" }']);
  // A pair with no string literal says nothing of its option's type.
  assert.deepEqual([hits!.label, hits!.note], ['clean', undefined]);
});
