// The fifth holdout (C#, Kotlin and JavaScript analysers' credential and secret rule tests, horusec's
// leaks samples) is what its build makes of the excerpts, loads from its own file, and is scored but
// never listed; its labellers read the tools' own markers. Items are compared and counted, never
// printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, readExternalCorpus, reportExternal } from '../../../bench/guard/splitReport';
import { labelVerifierLines, reportedValues, scanLine } from '../../../bench/guard/corpus/build/verifierMarkedTests';
import { findingValue, horusecSamples, labelHorusecSamples } from '../../../bench/guard/corpus/build/horusecSamples';

const sources = ['sonar-dotnet', 'sonar-kotlin', 'sonarjs', 'horusec'];

test('the fifth holdout loads from its own file: both labels per source, counted by the bench, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const fifth = all.filter((i) => i.split === 'holdout5');
  assert.deepEqual(readExternalCorpus([holdout5CorpusFile]).map((i) => i.text), fifth.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile]).every((i) => i.split !== 'holdout5'), 'an older file holds a fifth-holdout item');
  assert.ok(fifth.filter((i) => i.label === 'secret' && !i.note).length >= 150 && fifth.filter((i) => i.label === 'clean' && !i.note).length >= 150, 'fewer than 150 of a label');
  assert.deepEqual([...new Set(fifth.map((i) => i.source))], sources);
  for (const source of sources) {
    assert.ok(fifth.some((i) => i.source === source && i.label === 'secret') && fifth.some((i) => i.source === source && i.label === 'clean'), source);
  }
  const report = reportExternal(all);
  assert.equal(report.holdout5.secretItems, fifth.filter((i) => i.label === 'secret' && !i.note).length);
  assert.equal(report.holdout5.cleanItems, fifth.filter((i) => i.label === 'clean' && !i.note).length);
  assert.ok(report.lines.some((l) => l.startsWith(`external holdout5 (${sources.join(', ')}): recall `)));
  for (const source of sources) assert.ok(report.lines.some((l) => l.startsWith(`  ${source}: recall `)), source);
  assert.ok(!report.lines.some((l) => l.includes('holdout5 missed') || l.includes('holdout5 false positive')), 'a fifth-holdout item is listed');
  const texts = [...new Set(fifth.map((i) => i.text.replace(/\n/g, '⏎').slice(0, 40)))].filter((t) => t.length >= 20);
  assert.ok(!report.lines.some((l) => texts.some((t) => l.includes(t))), 'a fifth-holdout text is printed');
});

test("a line's literals: quotes with escapes, C#'s verbatim strings with doubled quotes, Kotlin's raw strings, a comment outside them", () => {
  assert.deepEqual(scanLine(`x = "a\\"b" + 'c' // "not" a literal`).literals.map((l) => l.raw), ['a\\"b', 'c']);
  assert.equal(scanLine(`x = "http://h/p" // Noncompliant`).commentAt, 17);
  assert.deepEqual(scanLine(`x = @"p=""q;r""" + $@"{s}"`).literals.map((l) => l.raw), ['p=""q;r""', '{s}']);
  assert.deepEqual(scanLine('val v = """raw""" + `name`').literals.map((l) => l.raw), ['raw']);
  assert.equal(scanLine('val v = """').open, 'raw');
  assert.equal(scanLine('string s = @"first line').open, 'verbatim');
});

test('the value a reported line holds: a credential key\'s value, a URL password, a .NET constructor\'s password, the one value literal; else skipped', () => {
  assert.deepEqual(reportedValues('s = "Server=h; User=u; Password   =   Pa55@w";'), { values: ['Pa55@w'] });
  assert.deepEqual(reportedValues('s = "login=a&api.key=K3y9&x=1";'), { values: ['K3y9'] });
  assert.deepEqual(reportedValues(`s = "UPDATE u SET password='a;b' WHERE id=1";`), { values: ['a;b'] });
  assert.deepEqual(reportedValues('s = "Password=one;Pwd=two";'), { values: ['one', 'two'] });
  assert.deepEqual(reportedValues('a = "User = SA; Password = " + "hard";'), { values: ['hard'] });
  assert.deepEqual(reportedValues('a = "User = SA; Password = " + name;'), { skip: 'the value is not a literal' });
  assert.deepEqual(reportedValues('a = String.Format("Password = {0}", c);'), { skip: 'the value is a format or interpolation hole' });
  assert.deepEqual(reportedValues('a = "Password=\\"x;y\\"";'), { skip: 'a value inside escaped quotes' });
  assert.deepEqual(reportedValues(`a = "Password='unterminated";`), { skip: 'a value in unterminated quotes' });
  assert.deepEqual(reportedValues('s = "scheme://user:P4ss@host" + domain;'), { values: ['P4ss'] });
  assert.deepEqual(reportedValues('new NetworkCredential("user", "pw1", "domain");'), { values: ['pw1'] });
  assert.deepEqual(reportedValues('new PasswordDeriveBytes("pw2", bytes, "SHA1", 1);'), { values: ['pw2'] });
  assert.deepEqual(reportedValues('new NetworkCredential("user", secret);'), { skip: 'the value is not a literal' });
  assert.deepEqual(reportedValues(`callIt({ 'api-key': 'v1', other: 2 })`), { values: ['v1'] });
  assert.deepEqual(reportedValues(`A("").pwd = "v2"`), { values: ['v2'] });
  assert.deepEqual(reportedValues(`const s = c ? 'v3' : 'fallback';`), { skip: 'several literals: which one is reported is not on the line' });
});

test("the verifiers' markers: Noncompliant secret, Compliant/OK and whole unmarked statements clean, FN and false positives apart, S2068's URLs apart in S6418", () => {
  const source = [
    '    string password = "s3cr3t"; // Noncompliant {{message}}',
    '    string name = "Password"; // Compliant',
    '    foo = "password=";',
    '    string multiline = // Noncompliant',
    '        @"Password=hidden',
    '        more";',
    '    var q = x +',
    '        "continued";',
    '    this.password = "foo"; // False Negative',
    '    string t = "token=abc"; // Noncompliant, false positive here',
    '    // Noncompliant@+1',
    '    val v = "targeted"',
    '    "http://user:123456@server.com/path",  // Compliant',
    '    val a = cond ? "x" : "y" // Noncompliant',
    '    // a comment "with a literal"',
  ].join('\n');
  const report: string[] = [];
  assert.deepEqual(labelVerifierLines('T.cs', source, 'S6418', report).map((i) => [i.rule, i.label, i.secrets, i.note, i.text]), [
    ['T.cs:1', 'secret', ['s3cr3t'], undefined, 'string password = "s3cr3t";'],
    ['T.cs:2', 'clean', [], undefined, 'string name = "Password";'],
    ['T.cs:3', 'clean', [], undefined, 'foo = "password=";'],
    ['T.cs:9', 'clean', [], 'fixme', 'this.password = "foo";'],
    ['T.cs:10', 'secret', ['abc'], 'fixme', 'string t = "token=abc";'],
    ['T.cs:13', 'secret', ['123456'], 'matched by another rule', '"http://user:123456@server.com/path",'],
  ]);
  assert.deepEqual(report, [
    'T.cs:4: reported, skipped (the value is not a literal)',
    'T.cs:12: a line a Noncompliant@+N marker points at, skipped',
    'T.cs:14: reported, skipped (several literals: which one is reported is not on the line)',
  ]);
  assert.equal(labelVerifierLines('T.kt', '"http://user:123456@server.com/path" // Compliant', 'S2068', []).map((i) => i.label).join(), 'clean');
});

test("horusec's samples: a vulnerable one a secret with its findings' values, a safe one clean, client IDs apart, WordPress's placeholder not required", () => {
  const source = [
    'const (',
    '\tSampleVulnerableHSLEAKS1 = `\nenv:\n  KEY: \'AKIAXXXXEXAMPLEXXXX1\'\n`',
    '\tSampleSafeHSLEAKS1 = `\nenv:\n  KEY: ${KEY}\n`',
    '\tSampleVulnerableHSLEAKS5 = `\nenv:\n  FB_CLIENT_ID: \'1234\'\n`',
    '\tSampleVulnerableHSLEAKS28 = `\n<?php\ndefine(\'AUTH_KEY\', \'put your unique phrase here\');\ndefine(\'DB_PASSWORD\', \'pw!\');\n`',
    '\tSampleVulnerableHSPRIVACY1 = `\nconsole.log(x);\n`',
    ')',
  ].join('\n');
  assert.deepEqual(horusecSamples(source).map((s) => [s.rule, s.vulnerable]), [['HS-LEAKS-1', true], ['HS-LEAKS-1', false], ['HS-LEAKS-5', true], ['HS-LEAKS-28', true]]);
  const findings = {
    'HS-LEAKS-1': ["KEY: 'AKIAXXXXEXAMPLEXXXX1'"],
    'HS-LEAKS-5': ["FB_CLIENT_ID: '1234'"],
    'HS-LEAKS-28': ["define('AUTH_KEY', 'put your unique phrase here');", "define('DB_PASSWORD', 'pw!');"],
  };
  const report: string[] = [];
  assert.deepEqual(labelHorusecSamples('s.go', source, findings, report).map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['AKIAXXXXEXAMPLEXXXX1'], undefined],
    ['clean', [], undefined],
    ['secret', ['1234'], 'a client identifier'],
    ['secret', ['pw!'], undefined],
  ]);
  assert.equal(report.length, 1);
  assert.match(report[0]!, /WordPress's documented placeholder/);
  assert.equal(findingValue('dsn := "postgresql://u:p4ss@127.0.0.1:5432/db"'), 'p4ss');
  assert.throws(() => labelHorusecSamples('s.go', source, { ...findings, 'HS-LEAKS-1': ['absent'] }, []), /does not hold/);
});
