// The external redaction corpus is what its build makes of the detectors' excerpts, and the build's
// two readers (the rule files' YAML, the detectors' patterns) read what the detectors wrote.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildExternalCorpus, externalCorpusPath, serializeCorpus } from '../../../bench/guard/corpus/buildExternalCorpus';
import { portPattern } from '../../../bench/guard/corpus/build/portPattern';
import { parseRuleFile } from '../../../bench/guard/corpus/build/ruleFileYaml';

test('external.jsonl is exactly what the build makes of raw/ (rebuild it after changing an excerpt)', () => {
  const { items } = buildExternalCorpus();
  assert.equal(serializeCorpus(items), readFileSync(externalCorpusPath, 'utf8'));
  assert.ok(items.some((i) => i.split === 'tune') && items.some((i) => i.split === 'holdout'));
  for (const i of items) assert.equal(i.label === 'secret', i.secrets.length > 0, JSON.stringify(i));
});

test('a verbose pattern loses its blanks and notes but keeps escaped blanks, classes and its flags', () => {
  const p = portPattern('(?x)(?i)\n  pass\\ word [\\ \\t]* = \\s* (?# the value )\n  ([a-z0-9]{4,})  (?# password )\n');
  assert.equal(p.regex.source, 'pass word[ \\t]*=\\s*([a-z0-9]{4,})');
  assert.ok(p.regex.flags.includes('i'));
  assert.deepEqual(p.secretGroups, [1]);
});

test('the secret group: one named TOKEN, else the groups noted as a password or key, else the last', () => {
  assert.deepEqual(portPattern('user=(?P<USER>\\w+) (?P<TOKEN>\\w+)').secretGroups, [2]);
  assert.deepEqual(portPattern('(?x)\n (\\w+)  (?# username )\n : (\\w+)  (?# password )\n @ (\\w+)  (?# host )\n').secretGroups, [2]);
  assert.deepEqual(portPattern('machine (\\S+) login (\\S+) password (\\S+)').secretGroups, [3]);
  assert.ok(portPattern('(?i:ado_pat)\\s*=\\s*"([a-z0-9]{52})"').regex.flags.includes('i'));
});

test('rule files in both layouts: block and quoted examples, flow and block categories, FIXME negatives', () => {
  const noseyParker = [
    'rules:',
    '- name: Demo',
    '  id: np.demo.1',
    "  pattern: '\\b(dm_[a-z]{4})\\b'",
    '  categories: [api, secret]',
    '  examples:',
    "  - 'key = ''dm_abcd'''",
    '  - |',
    '      first line',
    '        dm_wxyz',
    '  # FIXME: should match',
    '  negative_examples:',
    '  - "dm_ab"',
  ].join('\n');
  const [rule] = parseRuleFile(noseyParker);
  assert.equal(rule!.id, 'np.demo.1');
  assert.deepEqual(rule!.categories, ['api', 'secret']);
  assert.deepEqual(rule!.examples.map((e) => e.text), ["key = 'dm_abcd'", 'first line\n  dm_wxyz\n']);
  assert.deepEqual(rule!.negatives, [{ text: 'dm_ab', fixme: true }]);

  const kingfisher = [
    'rules:',
    '  - name: Demo ID',
    '    id: kingfisher.demo.1',
    '    pattern: |',
    '      (?x)',
    '      (dm_[a-z]{4})',
    '    visible: false',
    '    examples:',
    '      - dm_abcd',
  ].join('\n');
  const [hidden] = parseRuleFile(kingfisher);
  assert.equal(hidden!.pattern, '(?x)\n(dm_[a-z]{4})\n');
  assert.deepEqual(hidden!.categories, ['identifier']);
  assert.deepEqual(hidden!.examples, [{ text: 'dm_abcd', fixme: false }]);
});

test('a comment after a quoted or plain example is YAML, not the example; an XXX note marks negatives as FIXME does', () => {
  const file = [
    'rules:',
    '- name: Demo',
    '  id: np.demo.2',
    "  pattern: '\\b(dm_[a-z]{4})\\b'",
    '  examples:',
    "  - 'dm_abcd'   # the shape",
    '  - "say \\"dm_wxyz\\"" # quoted',
    '  - dm_efgh # plain',
    "  - 'it''s dm_ijkl#not-a-comment'",
    '  # XXX would be nice if this matched',
    '  negative_examples:',
    "  - 'dm_xyz'   # too short",
  ].join('\n');
  const [rule] = parseRuleFile(file);
  assert.deepEqual(rule!.examples.map((e) => e.text), ['dm_abcd', 'say "dm_wxyz"', 'dm_efgh', "it's dm_ijkl#not-a-comment"]);
  assert.deepEqual(rule!.negatives, [{ text: 'dm_xyz', fixme: true }]);
});
