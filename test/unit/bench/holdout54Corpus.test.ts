// The fifty-fourth holdout (three open scanners' own tests: SAP credential-digger, avito-tech's and ntoskernel's
// deepsecrets, newrelic rusty-hog) is what its build makes of the saved files (builtCorpus.test.ts checks the file against
// one build), loads from its own file with the counts corpus/README.md gives, and is scored but never listed. Items are
// compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout54CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import {
  labelCandidateCases, labelEvaluatorTests, labelFileScannerTest, labelGitScannerTest, labelHashedSecretTest, labelRegexChecks, labelRustyHogTests,
  labelScoringCases, labelSemanticTest, markHeldSecrets, scannerEngineSources, variableText,
} from '../../../bench/guard/corpus/build/scannerEngineTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'credential-digger': 'SAP/credential-digger', deepsecrets: 'avito-tech/deepsecrets', 'deepsecrets-ntoskernel': 'ntoskernel/deepsecrets', 'rusty-hog': 'newrelic/rusty-hog' });
});

test("the fifty-fourth holdout loads from its own file with the README's counts and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout54');
  assert.deepEqual(readExternalCorpus([holdout54CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-fourth holdout": 158 items, 135 scored (84 secret, 51 clean), 23 apart; 51 distinct values.
  assert.equal(held.length, 158);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(scannerEngineSources.map(bySource), [[1, 2, 3], [11, 0, 0], [68, 47, 20], [4, 2, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 51);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout54', `holdout54 (${scannerEngineSources.join(', ')})`);
});

test('credential-digger: named lines, a folder count left to one file, keyword-only discoveries apart, diffs', () => {
  const test_ = [
    "param(path='scan', expected_discoveries=3),",
    "param(path='scan/a.py', expected_discoveries=2)",
    "param(file_path='clean.txt', expected_discoveries=[]),",
    "param(file_path='b.py', expected_discoveries=[1, 2])",
  ].join('\n');
  const fixtures = new Map([
    ['clean.txt', 'nothing here'],
    ['b.py', 'print("a password")\npassword = "Qz7kPw2mXr"\n'],
    ['scan/a.py', 'password\npass\nother'],
    ['scan/sub/c.txt', 'one password'],
  ]);
  const items = labelFileScannerTest('t.py', test_, fixtures, []);
  assert.deepEqual(items.map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['t.py#test_scan_file[clean.txt]', 'clean', [], undefined],
    ['t.py#test_scan_file[b.py]', 'secret', ['Qz7kPw2mXr'], undefined],
    ['t.py#test_scan_dir[scan/a.py]', 'clean', [], 'a keyword without a value'],
    ['t.py#test_scan_dir[scan/sub/c.txt]', 'clean', [], 'a keyword without a value'],
  ]);
  const git = [
    '    def test_found(self):',
    '        diff = "\\n".join(["@@ -1 +1 @@", "+ password"])',
    '        self.assertEqual(discoveries[0]["line_number"], 1)',
    '    def test_deletion(self):',
    '        diff = "\\n".join(["@@ -1 +1 @@", "- password"])',
    '        self.assertEqual(len(discoveries), 0)',
  ].join('\n');
  assert.deepEqual(labelGitScannerTest('g.py', git).map((i) => [i.text, i.note]), [['@@ -1 +1 @@\n+ password', 'a keyword without a value'], ['@@ -1 +1 @@\n- password', undefined]]);
});

test('deepsecrets: sections as many as their findings, marked and named lines, named tokens, the hashed literal', () => {
  const checks = "assert findings[0].rules[0].id == 'S0'\nassert findings[1].rules[0].id == 'S0'\nassert findings[2].rules[0].id == 'S9'\nassert findings[2].detection == 'hidden9'";
  const fixture = '# S0\nxoxb-1-aaaaQ9\nxoxb-2-bbbbZ8\n\n# S9\nu://a:hidden9@h\nu://a:word@h        # should not be found\nu://a:$ref@h';
  const report: string[] = [];
  assert.deepEqual(labelRegexChecks('t.py', checks, 'r.txt', fixture, report).map((i) => [i.label, i.secrets]), [
    ['secret', ['xoxb-1-aaaaQ9']], ['secret', ['xoxb-2-bbbbZ8']], ['secret', ['hidden9']], ['clean', []],
  ]);
  assert.equal(report.length, 1);
  const semantic = [
    "def f():\n    path = 'x.json'\n",
    '\ndef test_a(f: File):',
    '    tokens = LexerTokenizer().tokenize(f)',
    "    assert tokens[0].semantic.name == 'apiKey'",
    '    for token in tokens:\n        findings.extend(engine.search(token))',
    "    assert findings[0].rules[0].name == 'Var naming'",
  ].join('\n');
  const json = '{\n  "apiKey": "Zk3pQ9rT2mX7vB1n",\n# should not be detected\n  "keyPath": "/a/b"\n}';
  assert.deepEqual(labelSemanticTest('s.py', semantic, new Map([['x.json', json]]), []).map((i) => [i.text, i.secrets]), [
    ['  "apiKey": "Zk3pQ9rT2mX7vB1n",', ['Zk3pQ9rT2mX7vB1n']],
    ['  "keyPath": "/a/b"', []],
  ]);
  const hashed = labelHashedSecretTest('h.py', "hashed_val == '8c535f99d6d0fa55b64af0fae6e3b6829eda413b'", '1.py', "connect(user='u', password='$ecRetT0F1nD')");
  assert.deepEqual(hashed[0]!.secrets, ['$ecRetT0F1nD']);
});

test("ntoskernel's tables: parametrize rows by their verdict, evaluator contexts, transcribed candidates, held secrets apart", () => {
  const table = [
    "CODE = '/repo/src/settings.py'",
    "HEX = 'e3b8a1f9c4d72605b9e18a3fc2d4706b'",
    'BAD = [',
    "    pytest.param('auth_token', HEX, CODE, id='a'),",
    ']',
    'GOOD = [',
    "    pytest.param('checksum', HEX, CODE, id='b'),",
    "    pytest.param('password', 'changeme', CODE, id='c'),",
    ']',
    '',
    "@pytest.mark.parametrize('name, value, filepath', BAD)",
    'def test_bad(rules, name, value, filepath):',
    '    assert result.is_dangerous is True, result',
    '',
    '',
    "@pytest.mark.parametrize('name, value, filepath', GOOD)",
    'def test_good(rules, name, value, filepath):',
    '    assert result.is_dangerous is False, result',
    '',
    '',
    "@pytest.mark.parametrize('name', ['sign_key'])",
    'def test_names(rules, name):',
    '    result = evaluate(Context(name=name, value=HEX, filepath=CODE))',
    '    assert result.is_dangerous is True, result',
  ].join('\n');
  const items = markHeldSecrets(labelScoringCases('t.py', table));
  assert.deepEqual(items.map((i) => [i.text, i.label, i.note]), [
    ["auth_token = 'e3b8a1f9c4d72605b9e18a3fc2d4706b'", 'secret', undefined],
    ["checksum = 'e3b8a1f9c4d72605b9e18a3fc2d4706b'", 'clean', "holds another case's secret"],
    ["password = 'changeme'", 'clean', undefined],
    ["sign_key = 'e3b8a1f9c4d72605b9e18a3fc2d4706b'", 'secret', undefined],
  ]);
  const evaluator = "\ndef test_3(variable_scoring_rules):\n    # data-fp-apikey=\"AFcw\"\n    ctx = Context(\n        name='data-fp-apikey',\n        value='AFcw',\n    )\n    assert result.is_dangerous is True and x\n";
  assert.deepEqual(labelEvaluatorTests('e.py', evaluator).map((i) => [i.text, i.secrets]), [['data-fp-apikey="AFcw"', ['AFcw']]]);
  assert.equal(variableText('key', 'v1', 'input_token: MaxRecords'), "key = 'v1'");
  const cases = [{ test: 't', case: 'k', kept: true, text: 'u://a:Pq9@h', secret: 'Pq9', source: ["'u://a:Pq9@h'"] }, { test: 't', case: 'r', kept: false, text: 'u://a:x@h', source: ["'u://a:x@h'"] }];
  assert.deepEqual(labelCandidateCases('c.py', "judge('u://a:Pq9@h') judge('u://a:x@h')", cases).map((i) => i.label), ['secret', 'clean']);
  assert.throws(() => labelCandidateCases('c.py', 'nothing', cases), /is not in the saved test/);
});

test("rusty-hog: check_entropy's verdicts and the generic-secret lines as many as the findings", () => {
  const source = [
    '        let output = ss.check_entropy(\n            "Generic Secret",\n            "secret: Zq8Wx4Rt7Yu1Io".as_bytes(),\n        );\n        assert!(output);',
    '        let output2 = ss.check_entropy(\n            "Generic Secret",\n            "secret: AAAABBBB".as_bytes(),\n        );\n        assert!(!output2);',
    '    fn generic_secret_regex_test() {\n            r#"\n            secret: Pk2Lm9Qw\n            no_value_here\n        "#,',
    '        assert_eq!(findings.len(), 1);\n    }',
  ].join('\n');
  assert.deepEqual(labelRustyHogTests('l.rs', source).map((i) => [i.text, i.label, i.secrets]), [
    ['secret: Zq8Wx4Rt7Yu1Io', 'secret', ['Zq8Wx4Rt7Yu1Io']],
    ['secret: AAAABBBB', 'clean', []],
    ['secret: Pk2Lm9Qw', 'secret', ['Pk2Lm9Qw']],
    ['no_value_here', 'clean', []],
  ]);
});
