// The thirteenth holdout (Checkmarx 2ms's rule tests, pre-commit-hooks' credential hook tests) is what its build makes
// of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts
// corpus/README.md gives, and is scored but never listed; each label traces to its tool's assertion. Items are compared
// and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import {
  externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile,
  holdout10CorpusFile, holdout11CorpusFile, holdout12CorpusFile, holdout13CorpusFile, readExternalCorpus,
} from '../../../bench/guard/splitReport';
import { labelRuleTest, stringList, twoMsSecret } from '../../../bench/guard/corpus/build/twoMsRuleTests';
import { awsExpectedSecrets, labelAwsCredentialFiles, labelPrivateKeyTests } from '../../../bench/guard/corpus/build/preCommitHookTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
interface Manifest {
  repo: string;
  files: { path: string; saved: string }[];
  notTaken?: string[];
}
const manifest = (source: string) => JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as Manifest;
const saved = (source: string, path: string) => readFileSync(join(raw, source, manifest(source).files.find((f) => f.path === path)!.saved), 'utf8');
const thirteenth = () => readExternalCorpus([holdout13CorpusFile]);
const pathOf = (rule: string) => rule.replace(/:\d+$/, '');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved verbatim as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { '2ms': 'Checkmarx/2ms', 'pre-commit-hooks': 'pre-commit/pre-commit-hooks' });
  for (const source of ['2ms', 'pre-commit-hooks']) assert.ok(manifest(source).notTaken!.length > 0, source);
  assert.equal(manifest('2ms').files.length, 34);
});

test("the thirteenth holdout loads from its own file with the README's counts, and is never listed without --show-holdout", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout13');
  assert.deepEqual(thirteenth().map((i) => i.text), held.map((i) => i.text));
  const older = [externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile, holdout10CorpusFile, holdout11CorpusFile, holdout12CorpusFile];
  assert.ok(readExternalCorpus(older).every((i) => i.split !== 'holdout13'), 'an older file holds a thirteenth-holdout item');
  // corpus/README.md, "The thirteenth holdout": 912 items, 907 scored (871 secret, 36 clean), 5 apart.
  assert.equal(held.length, 912);
  assert.deepEqual([count(held, '2ms', 'secret', false), count(held, '2ms', 'clean', false), count(held, '2ms', 'clean', true), count(held, '2ms', 'secret', true)], [867, 31, 3, 0]);
  assert.deepEqual(
    [count(held, 'pre-commit-hooks', 'secret', false), count(held, 'pre-commit-hooks', 'clean', false), count(held, 'pre-commit-hooks', 'secret', true), count(held, 'pre-commit-hooks', 'clean', true)],
    [4, 5, 2, 0],
  );
  // Clustered: 69 distinct secret values carry 2ms's 867 secret items, 4 carry pre-commit-hooks' 4.
  const values = (source: string) => new Set(held.filter((i) => i.source === source && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('2ms'), values('pre-commit-hooks')], [69, 4]);
  assert.ok(held.every((i) => !i.note || (i.note === 'marked as a secret to allow' && i.source === '2ms') || (i.note === 'a key header without a key' && i.source === 'pre-commit-hooks')));
  assertReportedApart(all, 'holdout13', 'holdout13 (2ms, pre-commit-hooks)');
});

test("2ms's items follow each file's lists: a true positive secret, a false positive clean, a gitleaks:allow line apart", () => {
  const items = thirteenth().filter((i) => i.source === '2ms');
  const byText = new Map(items.map((i) => [i.text, i]));
  const olderTexts = new Set(readExternalCorpus().filter((i) => i.split !== 'holdout13').map((i) => i.text));
  let withoutPositives = 0;
  for (const { path } of manifest('2ms').files) {
    const text = saved('2ms', path);
    const tps = stringList(text, 'truePositives');
    if (tps.length === 0) withoutPositives++;
    for (const e of tps) assert.equal(byText.get(e.value)?.label, 'secret', `${path}:${e.line}`);
    for (const e of stringList(text, 'falsePositives')) {
      const item = byText.get(e.value);
      if (item === undefined) assert.ok(olderTexts.has(e.value), `${path}:${e.line}`);
      // A text another list names as a positive is one secret item; the others keep the negative's label.
      else if (item.label === 'clean') assert.equal(item.note === 'marked as a secret to allow', /gitleaks:allow/.test(e.after), `${path}:${e.line}`);
    }
  }
  assert.equal(withoutPositives, 1, "only Artifactory's reference token test lists no true positive");
  for (const item of items) {
    const text = saved('2ms', pathOf(item.rule));
    const lines = [...stringList(text, 'truePositives'), ...stringList(text, 'falsePositives')].filter((e) => e.value === item.text).map((e) => e.line);
    assert.ok(lines.includes(Number(/:(\d+)$/.exec(item.rule)![1])), item.rule);
  }
});

test("pre-commit-hooks' items follow the AWS test's expected secrets and the private key test's return values", () => {
  const items = thirteenth().filter((i) => i.source === 'pre-commit-hooks');
  const expected = awsExpectedSecrets(saved('pre-commit-hooks', 'tests/detect_aws_credentials_test.py'));
  for (const item of items.filter((i) => i.rule.startsWith('testing/'))) {
    const e = expected.find((x) => `testing/resources/${x.file}` === item.rule)!;
    assert.deepEqual([...item.secrets].sort(), [...e.secrets].sort(), item.rule);
    assert.equal(item.label, e.secrets.length ? 'secret' : 'clean', item.rule);
    assert.equal(item.text, saved('pre-commit-hooks', item.rule));
  }
  const keyTest = saved('pre-commit-hooks', 'tests/detect_private_key_test.py').split('\n');
  for (const item of items.filter((i) => i.rule.startsWith('tests/'))) {
    const line = keyTest[Number(/:(\d+)$/.exec(item.rule)![1]) - 1]!;
    assert.ok(line.includes(`(b'${item.text}', ${item.label === 'clean' ? 0 : 1})`), item.rule);
  }
});

test('the 2ms labeller: list elements (comments, concatenation, trailing markers) and the secret of each written form', () => {
  const go = 'x := []struct{}{\n\t\ttruePositives: []string{\n\t\t\t"a" + "b",\n\t\t\t// note\n\t\t\t`c`,\n\t\t},\n\t\tfalsePositives: []string{\n\t\t\t`k = v`, // gitleaks:allow\n\t\t},\n}';
  assert.deepEqual(stringList(go, 'truePositives').map((e) => [e.value, e.line]), [['ab', 3], ['c', 5]]);
  assert.match(stringList(go, 'falsePositives')[0]!.after, /gitleaks:allow/);
  const v = 'b_lw=_afi-2=x9';
  for (const form of [
    `var fooToken string = "${v}"`, `foo_TOKEN :::= "${v}"`, `fooToken=${v}`, `$fooToken .= "${v}"`, `  "fooToken" => "${v}"`,
    `<fooToken>\n    ${v}\n</fooToken>`, `{"config.ini": "FOO_TOKEN=${v}\\nBACKUP_ENABLED=true"}`, `System.setProperty("FOO_TOKEN", "${v}")`,
    `{\n    "foo_token": "${v}"\n}`, `String fooToken = "${v}";`, `fooToken := \`${v}\``, `CLOUDFLARE_ORIGIN_CA: ${v}`, v,
  ]) assert.equal(twoMsSecret(form), v, form);
  assert.equal(twoMsSecret('https://user123:myStrongP@ssw0rd@registry.example.com/v2/'), 'myStrongP@ssw0rd');
  // Free forms: the longest token left, a NAME=VALUE split only where NAME ends in a credential word.
  assert.equal(twoMsSecret('Set-PSUAuth -ClientId \'fake\' -ClientSecret \'2Vq7Q~q5VgKljZ7cb3.0sp0Apz\''), '2Vq7Q~q5VgKljZ7cb3.0sp0Apz');
  assert.equal(twoMsSecret('"cas.authn.azure-ad.client-secret=qHF8Q~PCM5HhMoyTFc",'), 'qHF8Q~PCM5HhMoyTFc');
  assert.equal(twoMsSecret('### Vault Name\nexport OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5'), 'ops_eyJzaWduSW5');
  assert.equal(twoMsSecret('adobeClient := "p8e-aa9ce26941c1a47d"'), 'p8e-aa9ce26941c1a47d');
  assert.equal(twoMsSecret('x = ATATT3x-IHR-hQ3CulkJxE=C63992E6'), 'ATATT3x-IHR-hQ3CulkJxE=C63992E6');
  assert.equal(twoMsSecret('fooToken = '), undefined);
  assert.throws(() => labelRuleTest('t.go', 'truePositives: []string{\n"fooToken ="\n}'));
});

test('the pre-commit-hooks labeller: the expected sets, a file not saved, bytes not text', () => {
  const py = "@pytest.mark.parametrize(\n    ('filename', 'expected_keys'),\n    (\n        ('a.ini', {'s3cr3t', 'foo'}),\n        ('b.ini', set()),\n        ('c.json', set()),\n    ),\n)\ndef test_get_aws_secrets_from_file(filename, expected_keys):\n";
  assert.deepEqual(awsExpectedSecrets(py), [{ file: 'a.ini', secrets: ['s3cr3t', 'foo'] }, { file: 'b.ini', secrets: [] }, { file: 'c.json', secrets: [] }]);
  const report: string[] = [];
  const files = new Map([['testing/resources/a.ini', 'k = s3cr3t\nt = foo\n'], ['testing/resources/b.ini', 'id = x\n']]);
  assert.deepEqual(labelAwsCredentialFiles(py, files, report).map((i) => [i.label, i.secrets]), [['secret', ['s3cr3t', 'foo']], ['clean', []]]);
  assert.equal(report.length, 1);
  const keys = "TESTS = (\n    (b'-----BEGIN RSA PRIVATE KEY-----', 1),\n    (b'ssh-rsa DATA', 0),\n    (b'\\xa2', 0),\n)\n";
  const keyReport: string[] = [];
  assert.deepEqual(labelPrivateKeyTests('k.py', keys, keyReport).map((i) => [i.label, i.note, i.rule]), [['secret', 'a key header without a key', 'k.py:2'], ['clean', undefined, 'k.py:3']]);
  assert.equal(keyReport.length, 1);
});
