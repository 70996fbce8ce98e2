// The twelfth holdout (Talisman's detector tests, Checkov's credential check tests and secrets sanity files) is what
// its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file,
// and is scored but never listed; each label traces to its tool's assertion. Items are compared and counted, never
// printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import {
  externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile,
  holdout10CorpusFile, holdout11CorpusFile, holdout12CorpusFile, readExternalCorpus,
} from '../../../bench/guard/splitReport';
import { boundValue, evaluateGo, labelFileContentTest, labelPatternDetectorTest, longTokens } from '../../../bench/guard/corpus/build/talismanDetectorTests';
import { boundCredentials, checkovCases, credentialKey, labelCheckTest, labelSanityFile } from '../../../bench/guard/corpus/build/checkovCheckTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
interface Manifest {
  repo: string;
  files: { path: string; commit: string; id: string; length: number; saved: string }[];
  scanned?: Record<string, string[]>;
  notTaken?: string[];
}
const manifest = (source: string) => JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as Manifest;
const saved = (source: string, path: string) => readFileSync(join(raw, source, manifest(source).files.find((f) => f.path === path)!.saved), 'utf8');
const twelfth = () => readExternalCorpus([holdout12CorpusFile]);
const pathOf = (rule: string) => rule.replace(/[:#].*$/, '');

test('the files are saved verbatim as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { talisman: 'thoughtworks/talisman', checkov: 'bridgecrewio/checkov' });
  for (const source of ['talisman', 'checkov']) assert.ok(manifest(source).notTaken!.length > 0, source);
});

test('the twelfth holdout loads from its own file: both labels per source, at least 100 scored, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout12');
  assert.deepEqual(twelfth().map((i) => i.text), held.map((i) => i.text));
  const older = [externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile, holdout10CorpusFile, holdout11CorpusFile];
  assert.ok(readExternalCorpus(older).every((i) => i.split !== 'holdout12'), 'an older file holds a twelfth-holdout item');
  assert.ok(held.length < 400);
  assert.ok(held.filter((i) => !i.note).length >= 100, 'fewer than 100 scored items');
  for (const source of ['talisman', 'checkov']) {
    assert.ok(held.some((i) => i.source === source && i.label === 'secret' && !i.note) && held.some((i) => i.source === source && i.label === 'clean' && !i.note), source);
  }
  assert.ok(held.every((i) => !i.note || i.note === 'a documented example or filler value' || (i.note === 'decided by an option' && i.source === 'checkov' && i.rule.includes('/non_secrets/'))));
  assertReportedApart(all, 'holdout12', 'holdout12 (talisman, checkov)');
});

test("Talisman's items follow its assertions: a pass call or a flagged test is secret, a fail call or an unflagged test clean", () => {
  const items = twelfth().filter((i) => i.source === 'talisman');
  for (const item of items) {
    const text = saved('talisman', pathOf(item.rule));
    if (item.rule.includes('#')) {
      const name = item.rule.slice(item.rule.indexOf('#') + 1);
      const body = text.slice(text.indexOf(`func ${name}(`), text.indexOf('\n}\n', text.indexOf(`func ${name}(`)));
      const flagged = /assert\.True\(t, results\.HasFailures|such as: |assert\.Equal\(t, s, res\)/.test(body);
      assert.equal(item.label, flagged ? 'secret' : 'clean', item.rule);
    } else {
      const line = text.split('\n')[Number(/:(\d+)/.exec(item.rule)![1]) - 1]!;
      assert.match(line, item.label === 'secret' ? /shouldPassDetectionOfSecretPattern/ : /shouldFailDetectionOfSecretPattern/, item.rule);
    }
  }
  // 7 key words × 8 loop forms, 8 single pass calls less `AWS key :`, 4 fail calls.
  const pattern = items.filter((i) => i.rule.startsWith('detector/pattern/'));
  assert.equal(pattern.filter((i) => i.label === 'secret').length, 56 + 7);
  assert.equal(pattern.filter((i) => i.label === 'clean').length, 4);
});

test("Checkov's items follow each case's asserted CheckResult, and the sanity files' lines", () => {
  const items = twelfth().filter((i) => i.source === 'checkov');
  for (const item of items) {
    const text = saved('checkov', pathOf(item.rule));
    const line = text.split('\n')[Number(/:(\d+)$/.exec(item.rule)![1]) - 1]!;
    if (item.rule.includes('/sanity/')) {
      assert.equal(item.text, line.trim(), item.rule);
      assert.equal(item.note === 'decided by an option', item.rule.includes('/non_secrets/'), item.rule);
      continue;
    }
    assert.match(line, item.label === 'secret' ? /CheckResult\.FAILED/ : /CheckResult\.PASSED/, item.rule);
  }
  // test_sanity_check_secrets: 6 findings over true_positive.json's 6 entries, each an item.
  assert.equal(items.filter((i) => i.rule.includes('/sanity/secrets/')).length, 6);
  let failed = 0;
  for (const f of manifest('checkov').files.filter((f) => !f.path.includes('/sanity/'))) failed += (saved('checkov', f.path).match(/CheckResult\.FAILED/g) ?? []).length;
  assert.equal(items.filter((i) => i.label === 'secret' && !i.rule.includes('/sanity/')).length, failed);
});

test('the Go reader: literals, escapes, the loop value, concatenated constants', () => {
  assert.equal(evaluateGo('"\\"SERVER_"+strings.ToUpper(values[i])+"\\" : x"', new Map(), 'pwd'), '"SERVER_PWD" : x');
  assert.equal(evaluateGo('`a\n\tb`', new Map()), 'a\n\tb');
  assert.equal(evaluateGo('hex + "\\n" + b', new Map([['hex', '00ff'], ['b', 'Zm9v']])), '00ff\nZm9v');
  assert.throws(() => evaluateGo('values[i]', new Map()));
  assert.throws(() => evaluateGo('fmt.Sprintf("x")', new Map()));
});

test('the Talisman labeller: the bound value, PEM bodies, key-word-only contents not taken, long tokens', () => {
  const keys = ['password', 'key', 'pw'];
  assert.equal(boundValue('<admin password> s3cr3tValue </mypassword>', keys), 's3cr3tValue');
  assert.equal(boundValue('"SERVER_KEY" : v4lue', keys), 'v4lue');
  assert.equal(boundValue('BEGIN RSA PRIVATE KEY-----\n\tbody123\n\t-----END RSA PRIVATE KEY', keys), 'body123');
  assert.equal(boundValue('AWS key :', keys), undefined);
  assert.deepEqual(longTokens('String accessKey="abcdefghijklmnopqrstuvwxyz";\nshort'), ['abcdefghijklmnopqrstuvwxyz']);
  const go = [
    'values := [2]string{"password", "key"}',
    'for i := 0; i < len(values); i++ {',
    '\t\tshouldPassDetectionOfSecretPattern(filename, []byte(values[i]+"=v4lue"), t)',
    '\t}',
    '\tshouldFailDetectionOfSecretPattern(filename, []byte(`random=1`), t)',
    '\tshouldPassDetectionOfSecretPattern(filename, []byte("AWS key :"), t)',
  ].join('\n');
  const report: string[] = [];
  const items = labelPatternDetectorTest('p.go', go, report);
  assert.deepEqual(items.map((i) => [i.text, i.label, i.secrets]), [['password=v4lue', 'secret', ['v4lue']], ['key=v4lue', 'secret', ['v4lue']], ['random=1', 'clean', []]]);
  assert.equal(report.length, 1);
  const fc = [
    'func TestA(t *testing.T) {',
    '\tconst s string = "abcdefghijklmnopqrstu" +',
    '\t\t"vwxyz"',
    '\tadditions := []gitrepo.Addition{gitrepo.NewAddition(filename, []byte(s))}',
    '\tassert.True(t, results.HasFailures(), "x")',
    '}',
    'func TestB(t *testing.T) {',
    '\ts := "pretty safe"',
    '\tres := bd.CheckBase64Encoding(s)',
    '\tassert.Equal(t, "", res)',
    '}',
    'func TestC(t *testing.T) {',
    '\tadditions := []gitrepo.Addition{gitrepo.NewAddition(filename, []byte("x"))}',
    '\trc := &talismanrc.TalismanRC{Threshold: severity.High}',
    '\tassert.False(t, results.HasFailures(), "x")',
    '}',
  ].join('\n');
  const fcReport: string[] = [];
  assert.deepEqual(labelFileContentTest('f.go', fc, fcReport).map((i) => [i.text, i.label, i.secrets]), [['abcdefghijklmnopqrstuvwxyz', 'secret', ['abcdefghijklmnopqrstuvwxyz']], ['pretty safe', 'clean', []]]);
  assert.equal(fcReport.length, 1);
});

test('the Checkov labeller: credential-named keys in dicts, HCL and shell lines, the scanned attribute, empty configurations, placeholders apart', () => {
  assert.ok(credentialKey('AWS_SECRET_ACCESS_KEY') && credentialKey('private_key_password') && !credentialKey('auth_url') && !credentialKey('source_code_hash'));
  assert.deepEqual(boundCredentials(`conf = {'token': ['t0k3n'], 'region': ['r'], 'user_data': ['export A=1\\nexport DB_PASSWORD=hunter22\\n']}`), ['t0k3n', 'hunter22']);
  assert.deepEqual(boundCredentials('provider "x" {\n  api_key = "k3y"\n  region = "r"\n}'), ['k3y']);
  const py = [
    'class T:',
    '    def test(self):',
    '        provider_conf = {}',
    '        self.assertEqual(CheckResult.PASSED, scan_result)',
    '        hcl_res = hcl2.loads(',
    '            """',
    '            provider "x" {',
    '                password = "s3cr3t-pw"',
    '            }',
    '            """',
    '        )',
    '        self.assertEqual(CheckResult.FAILED, scan_result)',
    '        conf = {"region": ["r"], "secret_key": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]}',
    '        self.assertEqual(CheckResult.FAILED, scan_result)',
    '        conf = {"region": ["r"]}',
    '        self.assertEqual(CheckResult.PASSED, scan_result)',
  ].join('\n');
  assert.equal(checkovCases('t.py', py).length, 4);
  const report: string[] = [];
  const items = labelCheckTest('t.py', py, [], report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['s3cr3t-pw'], undefined],
    ['secret', ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'], 'a documented example or filler value'],
    ['clean', [], undefined],
  ]);
  assert.equal(items[0]!.text, 'provider "x" {\n    password = "s3cr3t-pw"\n}');
  assert.equal(report.length, 1);
  const vm = 'resources = """\nresource "t" "s" {\n  custom_data = <<EOF\nABCDEFGHIJ\nEOF\n}\n"""\n        resource_conf = hcl_res[\'resource\'][0][\'t\'][\'s\']\n        self.assertEqual(CheckResult.FAILED, scan_result)\n';
  assert.deepEqual(labelCheckTest('v.py', vm, ['custom_data'], []).map((i) => i.secrets), [['ABCDEFGHIJ']]);
  assert.throws(() => labelCheckTest('v.py', vm, [], []));
  assert.deepEqual(labelSanityFile('a/sanity/secrets/p.json', '{\n  "pg_pass": "v4lue",\n  "k": "w"\n}\n').map((i) => [i.text, i.secrets]), [['"pg_pass": "v4lue",', ['v4lue']], ['"k": "w"', ['w']]]);
  assert.ok(labelSanityFile('a/sanity/non_secrets/n.json', '{\n  "k": "w"\n}\n').every((i) => i.note === 'decided by an option'));
});
