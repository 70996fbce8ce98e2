// The fourth holdout (static analysers' hard-coded credential rule tests) is what its build makes of
// the excerpts, loads from its own file, and is scored but never listed; its labellers read the
// tools' own markers. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertReportedApart } from './builtHoldout';
import { externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, readExternalCorpus, reportExternal } from '../../../bench/guard/splitReport';
import {
  gosecSamples, labelBanditExamples, labelGosecSamples, labelMarkedLines, lineLiterals, narrowValue, splitMarker, valueLiteral,
} from '../../../bench/guard/corpus/build/hardcodedCredentialTests';

test('the fourth holdout loads from its own file: both labels per source, counted by the bench, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const fourth = all.filter((i) => i.split === 'holdout4');
  assert.deepEqual(readExternalCorpus([holdout4CorpusFile]).map((i) => i.text), fourth.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile, holdout3CorpusFile]).every((i) => i.split !== 'holdout4'), 'an older file holds a fourth-holdout item');
  assert.ok(fourth.length >= 150, `${fourth.length} items`);
  const sources = ['bandit', 'sonar-python', 'sonar-java', 'sonar-php', 'gosec'];
  assert.deepEqual([...new Set(fourth.map((i) => i.source))], sources);
  for (const source of sources) {
    assert.ok(fourth.some((i) => i.source === source && i.label === 'secret') && fourth.some((i) => i.source === source && i.label === 'clean'), source);
  }
  assertReportedApart(all, 'holdout4', 'holdout4 (bandit, sonar-python, sonar-java, sonar-php, gosec)');
});

test("bandit's markers: a statement under `Possible hardcoded password` with its values, under `not!` clean, None skipped", () => {
  const source = [
    '# Possible hardcoded password: \'hunter2\'',
    '# Severity: Low   Confidence: Medium',
    'def login(password="hunter2"):',
    '    pass',
    '',
    '# not!',
    'a = "password"',
    '',
    '# Possible hardcoded password: \'one\'',
    '# Possible hardcoded password: \'two\'',
    '"one" == "two" == password',
    '',
    '# Possible hardcoded password: None',
    'def f(token=None): pass',
    '',
    'def unmarked(): pass',
  ].join('\n');
  const report: string[] = [];
  assert.deepEqual(labelBanditExamples('x.py', source, report).map((i) => [i.rule, i.label, i.secrets, i.text]), [
    ['x.py:3', 'secret', ['hunter2'], 'def login(password="hunter2"):\n    pass'],
    ['x.py:7', 'clean', [], 'a = "password"'],
    ['x.py:11', 'secret', ['one', 'two'], '"one" == "two" == password'],
  ]);
  assert.deepEqual(report, ["x.py:14: reported without a value (None or ''), skipped"]);
  assert.throws(() => labelBanditExamples('y.py', "# Possible hardcoded password: 'absent'\nx = 1\n", []), /does not hold/);
});

test("Sonar's markers: Noncompliant secret, Compliant/OK clean, false positives and FNs apart, another rule's finding a secret, no literal skipped", () => {
  const source = [
    '    String password = "s3cr3t"; // Noncompliant [[sc=12;ec=20]] {{message}}',
    '    String passwordConst = "Password"; // Compliant',
    '    url = "http://user:pw0rd@host/#frag"  # OK',
    '    String secretary = "abcdefghijklmnopqrs"; // Noncompliant, false-positive Secretary is not Secret',
    '    String passwordToString = "SuperSecure".toString(); // Compliant, FN',
    '    conn = get("jdbc:x", "root", "pw2"); // Compliant, handled by S6437',
    '    conn = get("jdbc:x", "root", PASSED); // Compliant, handled by S6437',
    '    passphrase = PASSED.toCharArray(); // Noncompliant',
    '    // Noncompliant in a comment of its own is no case',
    '    String unmarked = "abc";',
  ].join('\n');
  const report: string[] = [];
  assert.deepEqual(labelMarkedLines('T.java', source, report).map((i) => [i.rule, i.label, i.secrets, i.note, i.text]), [
    ['T.java:1', 'secret', ['s3cr3t'], undefined, 'String password = "s3cr3t";'],
    ['T.java:2', 'clean', [], undefined, 'String passwordConst = "Password";'],
    ['T.java:3', 'clean', [], undefined, 'url = "http://user:pw0rd@host/#frag"'],
    ['T.java:4', 'secret', ['abcdefghijklmnopqrs'], 'fixme', 'String secretary = "abcdefghijklmnopqrs";'],
    ['T.java:5', 'clean', [], 'fixme', 'String passwordToString = "SuperSecure".toString();'],
    ['T.java:6', 'secret', ['pw2'], 'matched by another rule', 'conn = get("jdbc:x", "root", "pw2");'],
  ]);
  assert.deepEqual(report, ['T.java:7: a reported line without a value literal, skipped', 'T.java:8: a reported line without a value literal, skipped']);
});

test('the value a rule reports: the last literal not a key or a lookup name, narrowed to a URL password, a query value or a token', () => {
  assert.deepEqual(lineLiterals(`a = '''x''' + "y\\"z" + \`t\` + u'v'`).map((l) => l.raw), ['x', 'y\\"z', 't', 'v']);
  assert.deepEqual(splitMarker('x = "a#b" # OK'), { code: 'x = "a#b"', comment: 'OK' });
  assert.deepEqual(splitMarker('"ftp://u:p@h", // Noncompliant'), { code: '"ftp://u:p@h",', comment: 'Noncompliant' });
  assert.equal(valueLiteral(`hash_map['db_password'] = "v1"`), 'v1');
  assert.equal(valueLiteral(`{ 'password': "v2"}`), 'v2');
  assert.equal(valueLiteral(`cfg["KEY"], other = "v3", os.getenv("KEY")`), 'v3');
  assert.equal(valueLiteral(`x = os.environ.get("NAME", "v4")`), 'v4');
  assert.equal(valueLiteral(`app.config["KEY"] = value`), undefined);
  assert.equal(narrowValue('https://user:pa55@host/'), 'pa55');
  assert.equal(narrowValue('user=admin&password=Pa55;x=1'), 'Pa55');
  assert.equal(narrowValue('pgsql:host=h port=1 secret=abc def=2'), 'abc');
  assert.equal(narrowValue('Bearer: 2lkjd09'), '2lkjd09');
  assert.equal(narrowValue('plain-value'), 'plain-value');
});

test("gosec's samples: a count above 0 a secret (the longest literal, narrowed), 0 clean, silenced samples skipped, AWS example IDs apart", () => {
  const sample = (body: string, count: number) => `\t\t{[]string{\`\npackage main\n\n${body}\n\`}, ${count}, gosec.NewConfig()},\n`;
  const source = [
    'var SampleCodeG101 = []CodeSample{\n',
    sample('func main() {\n\tusername := "admin"\n\tpassword := "f62e5bcda4fae4f8"\n}', 1),
    sample('func main() {\n\tpassword := "secret"\n}', 0),
    sample('const tok = "abc" // #nosec G101', 0),
    sample('var bearer = "Bearer: 2lkjdfoiu"', 1),
    sample('var id = "AKIAI44QH8DHBEXAMPLE"', 1),
    '}\n',
  ].join('');
  assert.equal(gosecSamples(source).length, 5);
  const report: string[] = [];
  assert.deepEqual(labelGosecSamples('g.go', source, report).map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['f62e5bcda4fae4f8'], undefined],
    ['clean', [], undefined],
    ['secret', ['2lkjdfoiu'], undefined],
    ['secret', ['AKIAI44QH8DHBEXAMPLE'], "a vendor's documented example value"],
  ]);
  assert.equal(report.length, 1);
  assert.match(report[0]!, /silenced by an annotation/);
});

test('a note holding both labels is reported as two counts, each its own', () => {
  const item = (label: 'secret' | 'clean') => ({ text: `x = "v-${label}"`, secrets: label === 'secret' ? ['v-secret'] : [], label, source: 's', split: 'holdout4' as const, rule: 'r', note: 'fixme' });
  const line = reportExternal([item('secret'), item('clean')]).lines.find((l) => l.includes('apart, "fixme"'));
  assert.match(line ?? '', /apart, "fixme": \d\/1 secret items redacted; \d\/1 clean items redacted$/);
});
