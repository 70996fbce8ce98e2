// The nineteenth holdout (tfsec's hard-coded-credential checks, Android Lint's AuthLeak test, SpotBugs' DB password cases,
// git-secrets' credentials-file test) is what its build makes of the saved files (builtCorpus.test.ts checks the file
// against one build), loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's default,
// and is scored but never listed; each label traces to the verdict its test requires. Items are compared and counted,
// never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout19CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { examples, hclText, labelTfsecFile, reportedValues } from '../../../bench/guard/corpus/build/tfsecCheckTests';
import { labelAuthLeakTest, labelCredentialsFileTest, labelDbPasswordCases } from '../../../bench/guard/corpus/build/linterCredentialTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;
const words = ['password', 'secret', 'token', 'api_key'];
const sensitive = (name: string) => words.some((w) => name.toLowerCase().includes(w));

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { tfsec: 'aquasecurity/tfsec', 'android-lint': 'Flank/mirror-goog-studio-main', spotbugs: 'spotbugs/spotbugs', 'git-secrets': 'awslabs/git-secrets' });
});

test("the nineteenth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout19');
  assert.deepEqual(readExternalCorpus([holdout19CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The nineteenth holdout": 65 items, 56 scored (26 secret, 30 clean), 9 apart.
  assert.equal(held.length, 65);
  assert.deepEqual([count(held, 'tfsec', 'secret', false), count(held, 'tfsec', 'clean', false), count(held, 'tfsec', 'secret', true), count(held, 'tfsec', 'clean', true)], [20, 28, 3, 1]);
  assert.deepEqual([count(held, 'android-lint', 'secret', false), count(held, 'android-lint', 'clean', false), held.filter((i) => i.source === 'android-lint' && i.note).length], [1, 2, 1]);
  assert.deepEqual([count(held, 'spotbugs', 'secret', true), count(held, 'spotbugs', 'clean', true), held.filter((i) => i.source === 'spotbugs' && !i.note).length], [3, 1, 0]);
  assert.deepEqual([count(held, 'git-secrets', 'secret', false), held.filter((i) => i.source === 'git-secrets').length], [5, 5]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('tfsec'), values('android-lint'), values('git-secrets'), values()], [11, 1, 5, 17]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout19', 'holdout19 (tfsec, android-lint, spotbugs, git-secrets)');
});

test("tfsec's labeller: a reported case's value in its check's slot; an unreported case is clean; examples both ways; stand-ins and ignored findings apart", () => {
  const source = [
    '\t\t{',
    '\t\t\tname: "reported",',
    '\t\t\tsource: `',
    ' resource "x" "y" {',
    ' \tdb_password = "Zq8rT2mw"',
    ' }`,',
    '\t\t\tmustIncludeResultCode: expectedCode,',
    '\t\t},',
    '\t\t// {',
    '\t\t// \tname: "commented out",',
    '\t\t{',
    '\t\t\tname: "stand-in",',
    '\t\t\tsource: `',
    'resource "x" "y" {',
    '\tpassword = "changeme"',
    '}`,',
    '\t\t\tmustIncludeResultCode: expectedCode,',
    '\t\t},',
    '\t\t{',
    '\t\t\tname: "ignored",',
    '\t\t\tsource: `',
    'resource "x" "y" {',
    '  #tfsec:ignore:*',
    '\tpassword = "Zq8rT2mw"',
    '}`,',
    '\t\t\tmustExcludeResultCode: expectedCode,',
    '\t\t},',
    '\t\tBadExample: []string{`',
    'resource "x" "z" {',
    '\tapi_token = "hunter2x"',
    '}',
    '`},',
    '\t\tGoodExample: []string{`',
    'resource "x" "z" {',
    '\tapi_token = var.t',
    '}',
    '`},',
  ].join('\n');
  const items = labelTfsecFile('t.go', source, 'sensitive-attribute', words);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['Zq8rT2mw'], ''],
    ['secret', ['changeme'], 'a documented example or filler value'],
    ['clean', [], "the tool's ignore comment suppresses the finding"],
    ['secret', ['hunter2x'], ''],
    ['clean', [], ''],
  ]);
  assert.equal(items[0]!.text, 'resource "x" "y" {\n\tdb_password = "Zq8rT2mw"\n}');
  assert.deepEqual(examples('BadExample: `\na\n`,\n', 'BadExample'), ['\na\n']);
  assert.equal(hclText('\n  a\n\n    b\n  '), 'a\n\n  b');
  assert.deepEqual(reportedValues('variable "db_password" {\n  default = "s3cr3tz"\n}\nvariable "region" {\n  default = "eu"\n}', 'variable-default', sensitive), ['s3cr3tz']);
  assert.deepEqual(reportedValues('[{ "name": "DB_PASSWORD", "value": "x9!k"}, { "name": "HOST", "value": "h"}]', 'env-json', sensitive), ['x9!k']);
  assert.deepEqual(reportedValues('  admin_pass = "Pw9"\n  name = "n"', 'attribute:admin_pass', sensitive), ['Pw9']);
  const encoded = Buffer.from('export DB_PASSWORD="Xy7"').toString('base64');
  assert.deepEqual(reportedValues(`export API_TOKEN=\\"T0k\\"\nPASSWORD = var.p\nx = "${encoded}"\ny = "${Buffer.from('export EDITOR=vim').toString('base64')}"`, 'string-scan', sensitive), ['T0k', encoded]);
  assert.throws(() => labelTfsecFile('t.go', 'BadExample: `\nresource "x" "y" {\n  name = "n"\n}\n`,', 'sensitive-attribute', words));
});

test("the linters' labellers: AuthLeak's reported declarations, SpotBugs' annotated methods, git-secrets' credentials-file lines", () => {
  const kt = [
    '  private static final String A = "http://u:Pw9x@h"; // WARN 1',
    '  private static final String B = "http://u:%s@h"; // OK 1',
    'src/X.java:1: Warning: Possible credential leak [AuthLeak]',
    '  private static final String A = "http://u:Pw9x@h"; // WARN 1',
  ].join('\n');
  assert.deepEqual(labelAuthLeakTest('T.kt', kt).map((i) => [i.text, i.label, i.secrets]), [
    ['private static final String A = "http://u:Pw9x@h";', 'secret', ['Pw9x']],
    ['private static final String B = "http://u:%s@h";', 'clean', []],
  ]);
  const java = [
    'class C {',
    '    @ExpectWarning("DMI_CONSTANT_DB_PASSWORD")',
    '    Connection a() throws SQLException {',
    '        return DriverManager.getConnection(URL, USER, true ? "q7Rw" : "unused");',
    '    }',
    '',
    '    @ExpectWarning("DMI_EMPTY_DB_PASSWORD")',
    '    Connection b() throws SQLException {',
    '        return DriverManager.getConnection(URL, USER, "");',
    '    }',
    '}',
  ].join('\n');
  assert.deepEqual(labelDbPasswordCases('C.java', java).map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['q7Rw'], ''],
    ['clean', [], 'the rule reports an absent value'],
  ]);
  const bats = [
    "  echo 'aws_access_key_id = k1x' > $BATS_TMPDIR/test.ini",
    "  echo 'aws_secret_access_key= \"s2y\"' >> $BATS_TMPDIR/test.ini",
    '  echo "$output" | grep -F "k1x"',
    '  echo "$output" | grep -F \'s2y\'',
    '  run git secrets --add-provider -- x',
  ].join('\n');
  assert.deepEqual(labelCredentialsFileTest('t.bats', bats).map((i) => [i.text, i.secrets]), [
    ['aws_access_key_id = k1x', ['k1x']],
    ['aws_secret_access_key= "s2y"', ['s2y']],
  ]);
});
