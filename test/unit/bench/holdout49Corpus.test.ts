// The forty-ninth holdout (detect-secrets forks' own plugins' tests: IBM's, egressai's, researchandevv's; IBM's scanning service's scan tests) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md
// gives, is read by missForms.ts's default, and is scored but never listed. Items are compared and counted, never
// printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout49CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { contentCheckerCases, detectSecretsForkSources, diffScanCases, keywordTableCases, labelCases, namedTestCases, parametrizedCases, reportedPrefixes, reportedSecret, stripped } from '../../../bench/guard/corpus/build/detectSecretsForkTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'ibm-detect-secrets': 'IBM/detect-secrets', 'egressai-detect-secrets': 'egressai/detect-secrets',
    'researchandevv-detect-secrets': 'researchandevv/detect-secrets-fork', 'ibm-detect-secrets-stream': 'IBM/detect-secrets-stream',
    'yelp-detect-secrets-compare': 'Yelp/detect-secrets',
  });
});

test("the forty-ninth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout49');
  assert.deepEqual(readExternalCorpus([holdout49CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-ninth holdout": 179 items, 146 scored (87 secret, 59 clean), 33 apart; 68 distinct values.
  assert.equal(held.length, 179);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(detectSecretsForkSources.map(bySource), [[8, 11, 13], [10, 8, 7], [68, 39, 13], [1, 1, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 68);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout49', `holdout49 (${detectSecretsForkSources.join(', ')})`);
});

test('the labeller: parametrised tables, the content checker cases, the scanning service\'s scan tests and the keyword table; Yelp\'s copies left out', () => {
  const file = [
    '@pytest.mark.parametrize(',
    "    'token, payload, should_flag',",
    '    [',
    "        ('Tk9vQ2xR7w', \n         'key: Tk9vQ2xR7w', True),  # a comment, ('x', True)",
    "        ('', 'key: $KEY', False),",
    "        ('', 'copied(yelp)', False),",
    '    ],',
    ')',
    'def test_analyze_line(self, token, payload, should_flag):',
    '@pytest.mark.parametrize(',
    "    'line, should_flag',",
    "    [('_auth = ' 'Zm9vOmJhcg==', True), ('bot1:AAHx', False)],",
    ')',
    'def test_npmrc(self, line, should_flag):',
  ].join('\n');
  const skipped: string[] = [];
  const cases = parametrizedCases('t.py', file, skipped);
  assert.deepEqual(skipped, []);
  assert.deepEqual(cases.map((c) => [c.text, c.reported, c.token, c.rule]), [
    ['key: Tk9vQ2xR7w', true, 'Tk9vQ2xR7w', 't.py#test_analyze_line[1]'],
    ['key: $KEY', false, undefined, 't.py#test_analyze_line[2]'],
    ['copied(yelp)', false, undefined, 't.py#test_analyze_line[3]'],
    ['_auth = Zm9vOmJhcg==', true, undefined, 't.py#test_npmrc[1]'],
    ['bot1:AAHx', false, undefined, 't.py#test_npmrc[2]'],
  ]);
  assert.equal(reportedSecret(cases[3]!), 'Zm9vOmJhcg==');
  const narrowed = (text: string) => reportedSecret({ text, reported: true, rule: 'r' });
  assert.deepEqual([
    narrowed('curl -H "Authorization: token Qx7mW2rT9vB4nL8k"'), narrowed('GOPROXY=https://u:Pw4tR9x@proxy.example.com'),
    narrowed('Endpoint=x;AccountKey=Zq8rT2/mwK4+==;Suffix=y'), narrowed('bat "set SECRET=Rz4kP8vN1"'),
    narrowed('//npm.example.com/:_password=UXg3bVcy=='), narrowed('"auth": "dXNlcjpwYXNz=="'), narrowed('env:\n  TOKEN: gho_Qx7mW2rT9'),
    narrowed('GOAUTH=netrc host.example.com Qx7mW2rT9vB4'), narrowed('sk-Qx7mW2rT9vB4nL8k'),
  ], ['Qx7mW2rT9vB4nL8k', 'Pw4tR9x', 'Zq8rT2/mwK4+==', 'Rz4kP8vN1', 'UXg3bVcy==', 'dXNlcjpwYXNz==', 'gho_Qx7mW2rT9', 'Qx7mW2rT9vB4', 'sk-Qx7mW2rT9vB4nL8k']);
  const left: string[] = [];
  const items = labelCases(cases, stripped("('copied (yelp)', False)"), [], false, [], left);
  assert.deepEqual(left, ["t.py#test_analyze_line[3]: Yelp's"]);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['Tk9vQ2xR7w'], undefined],
    ['clean', [], undefined],
    ['secret', ['Zm9vOmJhcg=='], undefined],
    ['clean', [], undefined],
  ]);
  assert.deepEqual(labelCases([{ text: 'x Tk9vQ2xR7w', reported: false, rule: 'n' }, cases[0]!], '', [], false, [], []).map((i) => i.note), ["holds another case's secret", undefined]);
  assert.deepEqual(labelCases([{ text: 'ip 8.8.4.4 here', reported: true, rule: 'ip' }], '', [], true, [], []).map((i) => [i.secrets, i.note]), [[['8.8.4.4'], 'an IP address is not a credential']]);
  // Stand-ins, ARNs, credential-shaped negatives only the tested plugin passes, empty texts.
  const prefixes = reportedPrefixes(['sk-Qx7mW2rT9vB4nL8k', 'Zq8rT2mwK4']);
  assert.deepEqual(prefixes, ['sk-']);
  const emptyLeft: string[] = [];
  assert.deepEqual(labelCases([
    { text: 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', reported: true, rule: 'a' },
    { text: 'arn:aws:bedrock:us-east-1:123456789012:x/y', reported: true, rule: 'b' },
    { text: 'NUGET_API_KEY=Qx7mW2rT9vB4nL8kZq8rT2mw', reported: false, rule: 'c' },
    { text: 'sk-ant-Qx7mW2rT9vB4nL8kZq8rT2', reported: false, rule: 'd' },
    { text: 'sk-proj-short', reported: false, rule: 'e' },
    { text: 'SECRET_KEY=${MY_SECRET_VALUE_FROM_THE_ENV}', reported: false, rule: 'f' },
    { text: '', reported: false, rule: 'g' },
  ], '', [], false, prefixes, emptyLeft).map((i) => [i.label, i.note]), [
    ['secret', 'a documented example or filler value'],
    ['secret', 'not a credential (an identifier the plugin reports)'],
    ['clean', 'a credential-shaped value only the tested plugin passes'],
    ['clean', 'a credential-shaped value only the tested plugin passes'],
    ['clean', undefined],
    ['clean', undefined],
  ]);
  assert.deepEqual(emptyLeft, ['g: an empty text']);

  const named = [
    'class T:',
    '    def test_found(self):',
    "        payload = 'env:\\n  TOKEN: gho_Qx7mW2rT9'",
    '        assert self._scan_lines(payload) is True',
    '',
    '    def test_missed(self):',
    "        assert not list(d.analyze_line('f', 'sk-ant-short', 1))",
    '',
    '    def test_line(self):',
    "        line = 'token: eyJx.eyJy.sig'",
    "        assert list(d.analyze_line('f', line, 1))",
    '',
    '    def test_attribute(self):',
    "        assert T.secret_type == 'x'",
  ].join('\n');
  assert.deepEqual(namedTestCases('n.py', named).map((c) => [c.text, c.reported, c.rule]), [
    ['env:\n  TOKEN: gho_Qx7mW2rT9', true, 'n.py#test_found'],
    ['sk-ant-short', false, 'n.py#test_missed'],
    ['token: eyJx.eyJy.sig', true, 'n.py#test_line'],
  ]);
  const bare = "@pytest.mark.parametrize(\n    'payload',\n    ['A=Qx7mW2rT9', 'B=Zq8rT2mw'],\n)\ndef test_found(self, payload):\n    assert len(output) >= 1\n";
  assert.deepEqual(parametrizedCases('b.py', bare, []).map((c) => [c.text, c.reported]), [['A=Qx7mW2rT9', true], ['B=Zq8rT2mw', true]]);
  const expression = "@pytest.mark.parametrize(\n    'payload, should_flag',\n    [(TOKEN, True), ('x={}'.format(TOKEN), True), ('hf_short', False)],\n)\ndef test_analyze(self, payload, should_flag):\n";
  const unevaluated: string[] = [];
  assert.deepEqual(parametrizedCases('e.py', expression, unevaluated).map((c) => c.text), ['hf_short']);
  assert.equal(unevaluated.length, 2);

  const checker = [
    'tests = [',
    '\t\t{\n\t\t\t"name":    "Java assignment",\n\t\t\t"content": \'String pw = "Qx7mW2rT9";\',\n\t\t\t"want":    secretExpected,\n\t\t},',
    '\t\t# {\n\t\t# \t"name":    "off",\n\t\t# \t"content": \'String s = "Rz4kP8vN1";\',\n\t\t# \t"want":    secretExpected,\n\t\t# },',
    '\t\t{\n\t\t\t"name":    "Read map",\n\t\t\t"content": \'String pw = m.get("password");\',\n\t\t\t"want":    noSecretExpected,\n\t\t},',
    ']',
  ].join('\n');
  assert.deepEqual(contentCheckerCases('c.py', checker).map((c) => [c.text, c.reported, c.rule]), [
    ['String pw = "Qx7mW2rT9";', true, 'c.py#test_java_source_files[Java assignment]'],
    ['String pw = m.get("password");', false, 'c.py#test_java_source_files[Read map]'],
  ]);

  const scan = [
    '    def test_run_detect_secrets_no_results(self):',
    "        diff_file_content = 'nothing here'",
    "        with open(self.diff_filename, 'w') as diff_file:",
    '            diff_file.write(diff_file_content)',
    "        self.assertEqual(0, len(ds_output['results']))",
    '',
    '    def test_run_detect_secrets_token(self):',
    "        fake_token = 'tok-Qx7mW2rT9'  # pragma: whitelist secret",
    '            diff_file.write(fake_token)',
    "        self.assertIn(\n            fake_token, [\n                secret['secret'] for secret in ds_output['results'][f]\n            ],\n        )",
    '',
    '    def test_validate_secrets(self):',
    "        ds_output = {'secret': 'fake_secret'}",
  ].join('\n');
  assert.deepEqual(diffScanCases('s.py', scan).map((c) => [c.text, c.reported, c.token, c.rule]), [
    ['nothing here', false, undefined, 's.py#test_run_detect_secrets_no_results'],
    ['tok-Qx7mW2rT9', true, 'tok-Qx7mW2rT9', 's.py#test_run_detect_secrets_token'],
  ]);
  assert.throws(() => diffScanCases('s.py', '    def test_run_detect_secrets_x(self):\n        t = \'a\'\n        diff_file.write(t)\n'), /no verdict/);

  const table = "T = {\n    'negatives': {\n        'quotes_required': [\n            '\"password\" to \"\"',  # empty\n        ],\n    },\n    'positives': {\n        'quotes_required': [\n            '\"apikey\" to \"Vq3nL8xK\"',\n        ],\n    },\n}\n";
  const use = "    + FOLLOWED_BY_TO_AND_QUOTES_RE.get('negatives').get('quotes_required')\n";
  const negativesTest = "        STANDARD_NEGATIVES,\n    )\n    def test_analyze_standard_negatives(self, file_content):\n        assert len(output) == 0\n";
  const keyword = keywordTableCases('k.py', table, use, negativesTest);
  assert.deepEqual(keyword.map((c) => [c.text, c.reported, c.token]), [['"password" to ""', false, undefined], ['"apikey" to "Vq3nL8xK"', true, 'Vq3nL8xK']]);
  assert.deepEqual(labelCases(keyword, '', ['Vq3nL8xK'], false, [], []).map((i) => i.label), ['clean']);
  assert.throws(() => keywordTableCases('k.py', table, '', negativesTest), /not standard negatives/);
});
