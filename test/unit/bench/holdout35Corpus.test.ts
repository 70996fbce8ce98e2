// The thirty-fifth holdout (Ansible collections' unit and integration tests, labelled by the modules' no_log argument
// specs) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from
// its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed;
// each label traces to a no_log declaration of the saved spec excerpts. Items are compared and counted, never printed:
// they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout35CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelNoLogCalls, noLogSources, pythonCalls, yamlCalls } from '../../../bench/guard/corpus/build/noLogModuleArgs';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'ansible-general': 'ansible-collections/community.general', 'ansible-grafana': 'ansible-collections/community.grafana',
    'ansible-rabbitmq': 'ansible-collections/community.rabbitmq', 'ansible-windows': 'ansible-collections/ansible.windows',
    'ansible-crypto': 'ansible-collections/community.crypto',
  });
});

test("the thirty-fifth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout35');
  assert.deepEqual(readExternalCorpus([holdout35CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-fifth holdout": 120 items, 90 scored (38 secret, 52 clean), 30 apart; 14 distinct values.
  assert.equal(held.length, 120);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(noLogSources.map(bySource), [[19, 4, 15], [2, 0, 1], [6, 2, 6], [1, 13, 8], [10, 33, 0]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...noLogSources.map(values), values()], [7, 1, 1, 1, 4, 14]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout35', `holdout35 (${noLogSources.join(', ')})`);
});

test('the calls: module-args dicts of a Python test, and tasks of a YAML task list in both of their forms', () => {
  const py = "    def test_a(self):\n        set_module_args({})\n        set_module_args({\n            'user': 'u1',\n            'token': 'k\"9}x',\n        })\n"
    + "    def test_b(self):\n        module_args = {\n            'token': None,\n            'nested': {'token': 'n'},\n        }\n";
  const calls = pythonCalls(py);
  assert.deepEqual(calls.map((c) => c.name), ['test_a', 'test_b']);
  assert.ok(py.includes(calls[0]!.text) && calls[0]!.text.startsWith('{') && calls[0]!.text.endsWith('}'));
  assert.deepEqual(calls[0]!.params, [['user', 'u1'], ['token', 'k"9}x']]);
  const yml = '- name: inline\n  m: name="{{ n }}" password={{ p }} x=1\n  register: r\n\n- block:\n  - name: mapping\n    m:\n      password: "Qw7t"\n      groups:\n      - a\n    loop_control:\n      label: b\n  - name: other\n    n:\n      password: z\n';
  const tasks = yamlCalls(yml, 'm');
  assert.deepEqual(tasks.map((t) => t.name), ['inline', 'mapping']);
  assert.deepEqual(tasks[0]!.params, [['name', '{{ n }}'], ['password', '{{ p }}'], ['x', '1']]);
  assert.deepEqual(tasks[1]!.params, [['password', 'Qw7t'], ['groups', '']]);
  assert.equal(tasks[1]!.text, '  - name: mapping\n    m:\n      password: "Qw7t"\n      groups:\n      - a\n    loop_control:\n      label: b');
});

test('the labeller: a literal in a no_log slot is secret, none clean, a template apart, stand-ins and repeats apart', () => {
  const spec = "        password=dict(type='str', no_log=True),\n        user=dict(type='str'),\n";
  const call = { module: 'm', noLog: { password: "        password=dict(type='str', no_log=True)," } };
  const yml = '- name: literal\n  m: user=joe password=Zq8rT2mw\n- name: none\n  m: user=joe state=absent\n- name: template\n  m: user=joe password="{{ pw }}"\n'
    + '- name: stand-in\n  m: user=joe password=changeme\n- name: twice\n  m: user=k7Vd9x password=k7Vd9x\n- name: empty\n  m:\n    user: joe\n    password: ""\n';
  const [secret, clean, template, standIn, twice, empty] = labelNoLogCalls('t/tasks.yml', call, yml, spec);
  assert.deepEqual(secret, { text: '- name: literal\n  m: user=joe password=Zq8rT2mw', secrets: ['Zq8rT2mw'], label: 'secret', rule: 't/tasks.yml#literal' });
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.deepEqual([template!.label, template!.secrets, template!.note], ['clean', [], 'an Ansible template or omit (the value is not in its text)']);
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.equal(twice!.note, 'a secret written elsewhere in its text too');
  assert.deepEqual([empty!.label, empty!.note], ['clean', undefined]);
  // Each no_log parameter must be declared no_log by a line of the saved spec excerpts.
  assert.throws(() => labelNoLogCalls('t/tasks.yml', { module: 'm', noLog: { user: "        user=dict(type='str')," } }, yml, spec));
  assert.throws(() => labelNoLogCalls('t/tasks.yml', { module: 'm', noLog: { password: "password=dict(type='str', no_log=True), absent" } }, yml, spec));
  const ps = "        password = @{ type = 'str'; no_log = $true }";
  assert.equal(labelNoLogCalls('t/tasks.yml', { module: 'm', noLog: { password: ps } }, yml, ps).length, 6);
  const dictSpec = '        "passphrase": {"type": "str", "no_log": True},';
  assert.equal(labelNoLogCalls('t/test_m.py', { module: 'm', noLog: { passphrase: dictSpec } }, "set_module_args({'passphrase': 'Zq8rT2mw'})", dictSpec)[0]!.label, 'secret');
});
