// The external redaction corpus is what its build makes of the detectors' excerpts, and the build's
// two readers (the rule files' YAML, the detectors' patterns) read what the detectors wrote.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildExternalCorpus, externalCorpusPath, serializeCorpus } from '../../../bench/guard/corpus/buildExternalCorpus';
import { portPattern } from '../../../bench/guard/corpus/build/portPattern';
import { parseRuleFile } from '../../../bench/guard/corpus/build/ruleFileYaml';
import { labelTrufflehogCases, trufflehogCases } from '../../../bench/guard/corpus/build/trufflehogTests';

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

test("trufflehog's pattern tests: constants, fmt.Sprintf, `+`, strings.Repeat, nil and empty wants, and a suite's methods", () => {
  const table = [
    'var (',
    '\tvalidPattern = "abcd1234EFGH5678"',
    '\tlong         = "ey" + strings.Repeat("A", 3)',
    '\tkeyword      = "demo"',
    ')',
    '\ttests := []struct {',
    '\t\tname  string',
    '\t\tinput string',
    '\t\twant  []string',
    '\t}{',
    '\t\t// a comment with input: "not a case"',
    '\t\t{name: "valid", input: fmt.Sprintf("%s token = \'%s\' 100%%", keyword, validPattern), want: []string{validPattern}},',
    '\t\t{name: "raw", input: `x = ` + long, want: []string{long}},',
    '\t\t{name: "invalid", input: "demo = \'abc\'", want: nil},',
    '\t\t{name: "far", input: fmt.Sprintf("%s\\n\\n = \'%s\'", keyword, validPattern), want: []string{}},',
    '\t\t{name: "no want", input: "demo"},',
    '\t}',
  ].join('\n');
  assert.deepEqual(trufflehogCases(table), [
    { name: 'valid', input: "demo token = 'abcd1234EFGH5678' 100%", want: ['abcd1234EFGH5678'] },
    { name: 'raw', input: 'x = eyAAA', want: ['eyAAA'] },
    { name: 'invalid', input: "demo = 'abc'", want: [] },
    { name: 'far', input: "demo\n\n = 'abcd1234EFGH5678'", want: [] },
    { name: 'no want', input: 'demo', want: [] },
  ]);
  const suite = [
    'func (s *DemoSuite) TestFound() {',
    '\tkey := "pk_0123456789abcdef"',
    '\tinput := fmt.Sprintf("demo token = \'%s\'", key)',
    '\tresults, err := s.d.FromData(context.Background(), false, []byte(input))',
    '\ts.Equal(key, string(results[0].Raw))',
    '}',
    'func (s *DemoSuite) TestRejected() {',
    '\tresults, err := s.d.FromData(context.Background(), false, []byte("demo = \'pk_XYZ\'"))',
    '\ts.Empty(results)',
    '}',
  ].join('\n');
  assert.deepEqual(trufflehogCases(suite), [
    { name: 'TestFound', input: "demo token = 'pk_0123456789abcdef'", want: ['pk_0123456789abcdef'] },
    { name: 'TestRejected', input: "demo = 'pk_XYZ'", want: [] },
  ]);
});

test("trufflehog's labels: a joined result splits back into the input's parts and its longest is the secret; a declined case holding another's secret is noted", () => {
  const report: string[] = [];
  const items = labelTrufflehogCases('demo', [
    { name: 'verbatim', input: "k = 'tok_abcdefgh12345678'", want: ['tok_abcdefgh12345678'] },
    { name: 'joined', input: 'id=acct1 secret=Zx9Qw8Er7Ty6Ui5Op4As', want: ['acct1:Zx9Qw8Er7Ty6Ui5Op4As'] },
    { name: 'json', input: 'AccountName=store1;AccountKey=Zm9vYmFyYmF6cXV4cXV1eA==', want: ['{"accountName":"store1","accountKey":"Zm9vYmFyYmF6cXV4cXV1eA=="}'] },
    { name: 'far', input: "demo\n = 'tok_abcdefgh12345678'", want: [] },
    { name: 'invalid', input: "demo = 'tok_abc'", want: [] },
    { name: 'unaccounted', input: 'nothing here', want: ['elsewhere'] },
  ], report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['tok_abcdefgh12345678'], undefined],
    ['secret', ['Zx9Qw8Er7Ty6Ui5Op4As'], undefined],
    ['secret', ['Zm9vYmFyYmF6cXV4cXV1eA=='], undefined],
    ['clean', [], "holds another case's secret"],
    ['clean', [], undefined],
  ]);
  assert.equal(report.length, 1);
});
