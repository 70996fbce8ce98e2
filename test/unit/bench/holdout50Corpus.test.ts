// The fiftieth holdout (Yelp/detect-secrets' own plugin tests, its high-entropy test and one scan test) is what its build
// makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the
// counts corpus/README.md gives, and is scored but never listed. Items are compared and counted, never printed: they are
// held out. The labeller is tested on inputs written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout50CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { dedent, evaluateAt, isTuple, moduleConstants } from '../../../bench/guard/corpus/build/pythonStringExpressions';
import { labelEntropyTest, labelPluginTest, labelScanTest, parametrizeTables, pemBody, pluginCases, yelpSecret } from '../../../bench/guard/corpus/build/yelpPluginTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const sources = ['detect-secrets-plugins', 'detect-secrets-entropy', 'detect-secrets-scans'];

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, Object.fromEntries(sources.map((s) => [s, 'Yelp/detect-secrets'])));
});

test("the fiftieth holdout loads from its own file with the README's counts and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout50');
  assert.deepEqual(readExternalCorpus([holdout50CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fiftieth holdout": 454 items, 323 scored (242 secret, 81 clean), 131 apart; 85 distinct values.
  assert.equal(held.length, 454);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(sources.map(bySource), [[226, 75, 131], [15, 6, 0], [1, 0, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 85);
  for (const i of held) assert.ok(i.secrets.every((s) => s && i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout50', `holdout50 (${sources.join(', ')})`);
});

test('Python string expressions: literals, joins, format, repeat, slices, dedent, json.dumps, constants', () => {
  const source = [
    "KEY = 'Qx7' 'mW2'",
    "URL = 'https://{user}:{pw}@h'.format(user='u', pw=KEY)",
    'BYTES = b"raw"',
    "T = textwrap.dedent(\"\"\"\n    a = {}\n    b = {}\n\"\"\")[1:-1].format('TEST' * 2, KEY)",
    "J = json.dumps('x\\n' u'\\u00e9')",
    "R = r'a\\nb' + '{{}}{0}'.format(1)",
  ].join('\n');
  const names = moduleConstants(source);
  assert.deepEqual(Object.fromEntries(names), { KEY: 'Qx7mW2', URL: 'https://u:Qx7mW2@h', BYTES: 'raw', T: 'a = TESTTEST\nb = Qx7mW2', J: '"x\\n\\u00e9"', R: 'a\\nb{}1' });
  assert.equal(dedent('\n    x\n  \n      y\n'), '\nx\n\n  y\n');
  const tuple = evaluateAt("('a', True, [1, 'b'])  # why", 0);
  assert.equal(JSON.stringify(tuple, (k, v: unknown) => (k === 'spans' || k === 'comma' ? undefined : v)), '{"items":["a",true,{"items":[1,"b"]}]}');
  assert.deepEqual(isTuple(tuple) && tuple.spans, [[1, 4], [6, 10], [12, 20]]);
});

test('the labeller: tables, verdicts, the test\'s own words, narrowing, apart rules', () => {
  const file = [
    "TOKEN = 'Zq8rT2mwK4vB9nL3'",
    'class TestX:',
    '    @pytest.mark.parametrize(',
    "        'payload, should_flag',",
    '        [',
    '            # a documented form',
    "            ('key: {}'.format(TOKEN), True),",
    "            ('http://api.example.com/v3/{}'.format(TOKEN), True),  # in a path",
    "            ('Server=x;Password=Pw4tR9xK;Port=1', True),",
    "            ('Authorization: token Qx7mW2rT9vB4nL8k', True),",
    "            ('git+https://Rz4kP8vN1qW7@host', True),",
    "            ('x_secret=\"Vq3nL8xK2mR7\"', True),  # noqa: E501",
    "            ('Zq8rT2mwK4vB', False),  # too short",
    "            ('key: Zq8rT2mwK4vB9nL3extra', False),",
    "            ('name = notapassword', False),",
    "            ('key: pass', True),",
    '        ],',
    '    )',
    '    def test_analyze(self, payload, should_flag):',
    '        assert len(output) == int(should_flag)',
    '',
    '    @pytest.mark.parametrize(',
    "        'content, expected_output',",
    "        (('id = {}'.format(TOKEN), [TOKEN]),),",
    '    )',
    '    def test_find_id(self, content, expected_output):',
    '        assert find_id(content) == expected_output',
  ].join('\n');
  const tables = parametrizeTables(file);
  assert.deepEqual(tables.map((t) => [t.test, t.names, t.rows.length]), [['test_analyze', ['payload', 'should_flag'], 10], ['test_find_id', ['content', 'expected_output'], 1]]);
  assert.deepEqual(tables[0]!.why.slice(0, 3), ['a documented form', 'in a path', '']);
  const left: string[] = [];
  const cases = pluginCases('t.py', file, left);
  assert.deepEqual(left, ['t.py#test_find_id: a table of content, expected_output (no text with a verdict)']);
  assert.equal(cases[0]!.rule, 't.py#test_analyze[1]: a documented form');
  const known = ['Zq8rT2mwK4vB9nL3', 'Zq8rT2mwK4vB'];
  assert.deepEqual(cases.filter((c) => c.reported).map((c) => yelpSecret(c, known)), ['Zq8rT2mwK4vB9nL3', 'Zq8rT2mwK4vB9nL3', 'Pw4tR9xK', 'Qx7mW2rT9vB4nL8k', 'Rz4kP8vN1qW7', 'Vq3nL8xK2mR7', 'pass']);
  // A value another case feeds alone narrows only where it stands as a whole token.
  assert.equal(yelpSecret({ text: 'AVNS_UahLjsENr4QexJ1', reported: true, rule: 'r' }, ['AVNS_UahLjs']), 'AVNS_UahLjsENr4QexJ1');
  assert.equal(yelpSecret({ text: 'x:_password=AKCq7Wm2', reported: true, rule: 'r' }, []), 'AKCq7Wm2');
  assert.equal(yelpSecret({ text: 'login --http-password hopenobody\n', reported: true, rule: 'r' }, []), 'hopenobody');
  const items = labelPluginTest('t.py', file, [], []);
  assert.deepEqual(items.map((i) => [i.label, i.note]), [
    ['secret', undefined], ['secret', undefined], ['secret', undefined], ['secret', undefined], ['secret', undefined], ['secret', undefined],
    ['clean', undefined], ['clean', "holds another case's secret"],
    // `pass` is a stand-in set apart: `notapassword` holds no scored secret.
    ['clean', undefined],
    ['secret', 'a documented example or filler value'],
  ]);
  const mail = "@pytest.mark.parametrize(\n    'payload, should_flag',\n    [('write to a@b.example', True), ('@b.example', False)],\n)\ndef test_analyze_line(self, payload, should_flag):\n";
  assert.deepEqual(labelPluginTest('tests/plugins/email_address_test.py', mail, [], []).map((i) => [i.secrets, i.note]), [[['a@b.example'], 'an e-mail address is not a credential'], [[], 'an e-mail address is not a credential']]);
  const ids = "@pytest.mark.parametrize(\n    'payload, should_flag',\n    [('1-abc.apps.googleusercontent.com', True), ('InstrumentationKey=1f2e;Endpoint=x', True)],\n)\ndef test_analyze(self, payload, should_flag):\n";
  assert.deepEqual(labelPluginTest('g.py', ids, [], []).map((i) => [i.secrets, i.note]), [[['1-abc.apps.googleusercontent.com'], 'not a credential (an identifier the plugin reports)'], [['1f2e'], 'not a credential (an identifier the plugin reports)']]);
  const every = "@pytest.mark.parametrize(\n    'file_content',\n    [('tok = \"Qx7mW2rT9vB4\"'), ('xoxb-1-Rz4kP8vN1')],\n)\ndef test_analyze(self, file_content):\n    assert len(output) == 1\n";
  assert.deepEqual(labelPluginTest('s.py', every, [], []).map((i) => i.secrets), [['Qx7mW2rT9vB4'], ['xoxb-1-Rz4kP8vN1']]);
});

test('the private-key, high-entropy and scan tests', () => {
  assert.deepEqual(pemBody('"-----BEGIN RSA PRIVATE KEY-----\\nQx7m\\nW2rT\\n-----END RSA PRIVATE KEY-----"'), ['Qx7m', 'W2rT']);
  assert.deepEqual(pemBody('x\nPuTTY-User-Key-File-2\nsecret key'), []);
  const pk = "@pytest.mark.parametrize(\n    'file_content, secrets_amount, expected_secret',\n    [\n        ('-----BEGIN PRIVATE KEY-----\\n' 'Qx7mW2rT9vB4\\n' '-----END PRIVATE KEY-----', 1, 'BEGIN PRIVATE KEY-----'),\n        ('a\\nPuTTY-User-Key-File-2\\nb', 1, 'PuTTY-User-Key-File-2'),\n    ],\n)\ndef test_basic(file_content, secrets_amount, expected_secret):\n";
  assert.deepEqual(labelPluginTest('tests/plugins/private_key_test.py', pk, [], []).map((i) => [i.secrets, i.note]), [[['Qx7mW2rT9vB4'], undefined], [['PuTTY-User-Key-File-2'], 'a key header without a key']]);
  const entropy = [
    "@pytest.mark.parametrize(\n    'plugin, non_secret, secret',\n    (\n        (Hex, 'aaaa', 'Qx7mW2rT9vB4nL8k'),\n    ),\n)",
    'class TestHighEntropyString:',
    "    @pytest.mark.parametrize(\n        'format, should_be_caught',\n        (\n            (\"'{non_secret}'\", False),\n            ('{secret}', True),  # Non-quoted string\n        ),\n    )",
    '    def test_basic(plugin, non_secret, secret, format, should_be_caught):',
    "    @pytest.mark.parametrize(\n        'format, num_results',\n        (\n            ('\"{secret}\"; \"{secret}a\"', 2),\n        ),\n    )",
    '    def test_multiple_strings_same_line(plugin, non_secret, secret, format, num_results):',
    "    @pytest.mark.parametrize(\n        'limit',\n        (-1, 15),\n    )",
    '    def test_entropy_limit(plugin, non_secret, secret, limit):',
  ].join('\n');
  const left: string[] = [];
  assert.deepEqual(labelEntropyTest('e.py', entropy, left).map((i) => [i.text, i.label, i.secrets, i.rule]), [
    ["'aaaa'", 'clean', [], 'e.py#test_basic[1-1]'],
    ['Qx7mW2rT9vB4nL8k', 'secret', ['Qx7mW2rT9vB4nL8k'], 'e.py#test_basic[1-2]: Non-quoted string'],
    ['"Qx7mW2rT9vB4nL8k"; "Qx7mW2rT9vB4nL8ka"', 'secret', ['Qx7mW2rT9vB4nL8k', 'Qx7mW2rT9vB4nL8ka'], 'e.py#test_multiple_strings_same_line[1-1]'],
  ]);
  assert.deepEqual(left, ['e.py#test_entropy_limit: a table of limit (no text with a verdict)']);
  const scan = "    def test_line_based_success():\n        secrets.scan_file('test_data/f.py')\n        assert secret.secret_value.startswith('Qx7m')\n";
  assert.deepEqual(labelScanTest('t.py', scan, new Map([['test_data/f.py', "a = 'DEAD'\nb = 'Qx7mW2rT9vB4'\n"]])).map((i) => [i.secrets, i.rule]), [[['Qx7mW2rT9vB4'], 'test_data/f.py (t.py#test_line_based_success)']]);
});
