// The tenth holdout (ruff's S105/S106 snapshots, SecurityCodeScan's SCS0015 verify calls, find-sec-bugs'
// ConstantPasswordDetectorTest lines, eslint-plugin-no-secrets' RuleTester cases) is what its build makes of the
// saved files (builtCorpus.test.ts checks the file against one build), loads from its own file, and is scored but
// never listed; each label traces to its tool's expected result. Items are compared and counted, never printed:
// they are held out.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart } from './builtHoldout';
import { externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile, holdout10CorpusFile, readExternalCorpus, type ExternalItem } from '../../../bench/guard/splitReport';
import {
  boundLiterals, detectorLines, javaMethods, labelFindSecBugsClass, labelRuffFixture, labelSecurityCodeScanTest, lineLiterals, placeholderValue, snapshotDiagnostics, verifiedSources,
} from '../../../bench/guard/corpus/build/passwordCheckTests';
import { entropySettings, entropyTokens, labelNoSecretsTests, noSecretsCases, patternSources, shannonEntropy } from '../../../bench/guard/corpus/build/noSecretsTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const read = (source: string, file: string) => readFileSync(join(raw, source, file), 'utf8');
const tenth = () => readExternalCorpus([holdout10CorpusFile]);
/** The item holding a text: the build keeps one item per text (a secret outranks a clean one). */
const itemOf = (items: readonly ExternalItem[], source: string, text: string) => items.find((i) => i.source === source && i.text === text);

test('the files are saved verbatim as each manifest lists them (path, commit, index file id, length)', () => {
  const expected: Record<string, string> = { ruff: 'astral-sh/ruff', 'security-code-scan': 'security-code-scan/security-code-scan', 'find-sec-bugs': 'find-sec-bugs/find-sec-bugs', 'no-secrets': 'nickdeis/eslint-plugin-no-secrets' };
  for (const [source, repository] of Object.entries(expected)) {
    const manifest = JSON.parse(read(source, 'manifest.json')) as { repository: string; licence: string; files: { file: string; path: string; commit: string; indexFileId: string; chars: number }[] };
    assert.equal(manifest.repository, repository);
    assert.ok(manifest.licence);
    for (const f of manifest.files) {
      assert.equal(f.file, `${f.path.slice(f.path.lastIndexOf('/') + 1).replace(/^ruff_linter__rules__flake8_bandit__tests__/, '')}.txt`, f.path);
      assert.match(f.commit, /^[0-9a-f]{40}$/);
      assert.match(f.indexFileId, /^\d+$/);
      assert.equal(read(source, f.file).length, f.chars, f.file);
    }
    assert.deepEqual(readdirSync(join(raw, source)).filter((f) => f !== 'manifest.json').sort(), manifest.files.map((f) => f.file).sort());
  }
});

test('the tenth holdout loads from its own file: both labels per source, at least 100 scored, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout10');
  assert.deepEqual(tenth().map((i) => i.text), held.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile]).every((i) => i.split !== 'holdout10'), 'an older file holds a tenth-holdout item');
  assert.ok(held.length < 400);
  assert.ok(held.filter((i) => !i.note).length >= 100, 'fewer than 100 scored items');
  for (const source of ['ruff', 'security-code-scan', 'find-sec-bugs', 'no-secrets']) {
    assert.ok(held.some((i) => i.source === source && i.label === 'secret' && !i.note) && held.some((i) => i.source === source && i.label === 'clean' && !i.note), source);
  }
  assertReportedApart(all, 'holdout10', 'holdout10 (ruff, security-code-scan, find-sec-bugs, no-secrets)');
});

test("ruff's items follow its snapshots: every flagged line is a secret item holding the flagged literal, every other literal line clean", () => {
  const items = tenth();
  for (const code of ['S105', 'S106']) {
    const fixture = read('ruff', `${code}.py.txt`).split('\n');
    const flagged = new Set<number>();
    for (const d of snapshotDiagnostics(read('ruff', `${code}_${code}.py.snap.txt`))) {
      flagged.add(d.line);
      const item = itemOf(items, 'ruff', fixture[d.line - 1]!.trim());
      assert.ok(item && item.label === 'secret' && item.secrets.every((s) => fixture[d.line - 1]!.includes(`"${s}"`)), `${code}:${d.line}`);
    }
    fixture.forEach((line, i) => {
      if (flagged.has(i + 1) || line.trimStart().startsWith('#') || !/["']/.test(line)) return;
      const item = itemOf(items, 'ruff', line.trim());
      assert.ok(!item || item.label === 'clean', `${code}:${i + 1}`); // absent: the text is an older split's
    });
  }
});

test("SecurityCodeScan's items follow its verify calls: an expected SCS0015 makes a secret item, none a clean one", () => {
  const items = tenth();
  for (const file of ['HardcodedPasswordTest.cs', 'HardcodedPasswordFieldTest.cs']) {
    const sources = verifiedSources(read('security-code-scan', `${file}.txt`));
    assert.ok(sources.some((s) => s.expected) && sources.some((s) => !s.expected));
    for (const s of sources) {
      const item = itemOf(items, 'security-code-scan', s.text.replace(/^\n+/, '').replace(/\s+$/, ''));
      assert.ok(item && item.label === (s.expected ? 'secret' : 'clean'), `${file} ${s.method} ${s.language}`);
    }
  }
});

test("find-sec-bugs' items follow the detector test's lines: a method holding one is secret or listed as not taken, the others clean", () => {
  const lines = detectorLines(read('find-sec-bugs', 'ConstantPasswordDetectorTest.java.txt'));
  assert.equal(lines.ConstantPasswords!.length, 42);
  assert.deepEqual(lines.VertxOauth2Config, [13]);
  const items = tenth();
  for (const name of ['ConstantPasswords', 'VertxOauth2Config']) {
    const source = read('find-sec-bugs', `${name}.java.txt`);
    const report: string[] = [];
    labelFindSecBugsClass(`${name}.java`, source, lines[name]!, report);
    const text = source.split('\n');
    for (const m of javaMethods(source)) {
      const item = items.find((i) => i.source === 'find-sec-bugs' && i.rule === `${name}.java:${m.first}`);
      const reported = lines[name]!.some((n) => m.first <= n && n <= m.last);
      if (reported) assert.ok(item?.label === 'secret' || report.some((r) => r.includes(` ${m.name}: reported`)), m.name);
      else assert.ok(item ? item.label === 'clean' : !text.slice(m.first - 1, m.last).some((l) => l.includes('"')), m.name);
    }
  }
});

test("no-secrets' items follow its RuleTester: valid cases clean, invalid ones secret with as many tokens as HIGH_ENTROPY errors", () => {
  const cases = noSecretsCases(read('no-secrets', 'no-secrets.ts.txt'), read('no-secrets', 'regexes.ts.txt'));
  assert.equal(cases.filter((c) => c.kind === 'valid').length, 16);
  assert.equal(cases.filter((c) => c.kind === 'invalid').length, 8);
  const items = tenth();
  for (const c of cases) {
    const item = itemOf(items, 'no-secrets', c.code);
    assert.ok(item, `${c.kind}/${c.index}`);
    assert.equal(item.label, c.kind === 'valid' ? 'clean' : 'secret');
    if (c.kind === 'invalid' && c.highEntropy) assert.equal(item.secrets.length, c.highEntropy);
  }
});

test('literals on a line: quotes off, escapes kept, comments and Java characters skipped', () => {
  const py = { singleQuotes: true, comment: '#', backslash: true };
  assert.deepEqual(lineLiterals('x = "a\\"b" + \'c\'  # "d"', py).map((l) => l.value), ['a\\"b', 'c']);
  assert.deepEqual(lineLiterals("char c = '\"'; s = \"e\"; // \"f\"", { singleQuotes: false, comment: '//', backslash: true }).map((l) => l.value), ['e']);
  assert.deepEqual(lineLiterals('Dim a = "x""y"', { singleQuotes: false, comment: "'", backslash: false }).map((l) => l.value), ['x', 'y']);
  assert.ok(placeholderValue('Secret') && placeholderValue('toyEXAMPLE') && !placeholderValue('s3cr3t'));
});

test("a ruff snapshot's diagnostics label its fixture; a snapshot of another version fails the build", () => {
  const fixture = 'ok = "toy"\n# note "x"\ntoken = "toy-1"\nfn(password="toy-2")\n';
  const snap = [
    'S105 Possible hardcoded password assigned to: "token"', '  --> T.py:3:9', '   |', '3 | token = "toy-1"', '  |         ^^^^^^^', '   |', '',
    'S106 Possible hardcoded password assigned to argument: "password"', '  --> T.py:4:4', '   |', '4 | fn(password="toy-2")', '  |    ^^^^^^^^^^^^^^^^', '   |', '',
  ].join('\n');
  assert.deepEqual(snapshotDiagnostics(snap).map((d) => [d.code, d.line, d.column, d.width]), [['S105', 3, 9, 7], ['S106', 4, 4, 16]]);
  assert.deepEqual(labelRuffFixture('T.py', fixture, snap).map((i) => [i.rule, i.label, i.secrets]), [
    ['T.py:1', 'clean', []],
    ['T.py:3', 'secret', ['toy-1']],
    ['T.py:4', 'secret', ['toy-2']],
  ]);
  assert.throws(() => labelRuffFixture('T.py', fixture.replace('token', 'tokens'), snap), /quotes another line/);
});

test("SecurityCodeScan's sources: verbatim quotes, interpolation holes filled per DataRow, the verify call's expectation", () => {
  const file = [
    'namespace T {', '        [TestCategory("Safe")]', '        [DataRow("null")]', '        [DataRow("\\"\\"")]', '        [DataTestMethod]',
    '        public async Task Safe(string value)', '        {', '            var cSharpTest = $@"', 'class C {{ void M() {{ u.Password = {value}; }} }}', '";',
    '            var visualBasicTest = $@"', 'u.Password = {vbValue}', '";', '            await VerifyCSharpDiagnostic(cSharpTest).ConfigureAwait(false);',
    '            await VerifyVisualBasicDiagnostic(visualBasicTest).ConfigureAwait(false);', '        }', '        [TestCategory("Detect")]', '        [TestMethod]',
    '        public async Task Detect()', '        {', '            var cSharpTest = @"', 'u.Password = ""toy-pass"";', '";',
    '            await VerifyCSharpDiagnostic(cSharpTest, expected).ConfigureAwait(false);', '        }', '}',
  ].join('\n');
  assert.deepEqual(verifiedSources(file).map((s) => [s.method, s.language, s.ordinal, s.row ?? '', s.text.trim(), s.expected]), [
    ['Safe', 'csharp', 1, 'null', 'class C { void M() { u.Password = null; } }', false],
    ['Safe', 'csharp', 1, '""', 'class C { void M() { u.Password = ""; } }', false],
    ['Safe', 'vb', 1, 'null', 'u.Password = Nothing', false],
    ['Safe', 'vb', 1, '""', 'u.Password = ""', false],
    ['Detect', 'csharp', 1, '', 'u.Password = "toy-pass";', true],
  ]);
  assert.deepEqual(labelSecurityCodeScanTest('T.cs', file).filter((i) => i.label === 'secret').map((i) => [i.rule, i.secrets]), [['T.cs#Detect/csharp-1', ['toy-pass']]]);
});

test("find-sec-bugs: the detector test's lines per class, methods, and the literals a reported method binds", () => {
  const testSource = [
    'List<Integer> linesPasswords = Arrays.asList(', '        3, 9', ');', 'List<Integer> linesKeys = Arrays.asList(', '        4', ');',
    'for (Integer line : linesPasswords) {', '  verify(reporter).doReportBug(bugDefinition().bugType("HARD_CODE_PASSWORD")', '    .inClass("Toy").atLine(line)', ');', '}',
    'for (Integer line : linesKeys) {', '  verify(reporter).doReportBug(bugDefinition().bugType("HARD_CODE_KEY")', '    .inClass("Toy").atLine(line)', ');', '}',
    'verify(reporter).doReportBug(bugDefinition().bugType("HARD_CODE_PASSWORD")', '        .inClass("Other").atLine(2)', ');',
  ].join('\n');
  assert.deepEqual(detectorLines(testSource), { Toy: [3, 9, 4], Other: [2] });
  const toy = [
    'public class Toy {', '    public void bad() {', '        char[] p = "toy-1".toCharArray();', '        ks.load(null, p);', '    }', '',
    '    public static void field() {', '        ks.load(null, PWD);', '        use("x", PWD);', '    }', '',
    '    public void good() {', '        String s = "toy-2".substring(1);', '    }', '}',
  ].join('\n');
  assert.deepEqual(javaMethods(toy).map((m) => [m.name, m.first, m.last]), [['bad', 2, 5], ['field', 7, 10], ['good', 12, 14]]);
  assert.deepEqual(boundLiterals(['  o.setClientSecret("toy-3");', '  o.setClientID("id");'], 1, new Set([1, 2])), ['toy-3']);
  const report: string[] = [];
  assert.deepEqual(labelFindSecBugsClass('Toy.java', toy, [3, 4, 9], report).map((i) => [i.rule, i.label, i.secrets]), [
    ['Toy.java:2', 'secret', ['toy-1']],
    ['Toy.java:12', 'clean', []],
  ]);
  assert.deepEqual(report, ['find-sec-bugs Toy.java field: reported, but binds no literal (a field, an array or a number): not taken']);
  assert.throws(() => labelFindSecBugsClass('Toy.java', toy, [1], []), /outside every method/);
});

test("no-secrets: the tool's entropy over its charset, the tokens it reports, its regex cases' code", () => {
  const settings = entropySettings('const CHARSET =\n  "ab+c+\\"".split(\n    "",\n  );\nconst DEFAULT_TOLERANCE = 4;\n');
  assert.deepEqual(settings, { charset: ['a', 'b', '+', 'c', '+', '"'], tolerance: 4 });
  assert.equal(shannonEntropy('aaaa', settings.charset), 0);
  assert.equal(shannonEntropy('ab', settings.charset), 1);
  assert.equal(shannonEntropy('a+', settings.charset), 1.5, 'a charset character listed twice counts twice');
  assert.equal(shannonEntropy('a-', settings.charset), 0.5, 'a character outside the charset counts in the length only');
  const wide = { charset: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'], tolerance: 4 };
  assert.deepEqual(entropyTokens('// x = "Toy1Toy2Xy9Zq8Wv7Ut6Sr5Qp4";\nconst y = "plain words";', wide), ['Toy1Toy2Xy9Zq8Wv7Ut6Sr5Qp4']);
  assert.deepEqual([...patternSources('export default {\n  "Toy Key": /TOY[0-9]{4}/,\n  Other:\n    /x\\/y/,\n};\n')], [['Toy Key', 'TOY[0-9]{4}'], ['Other', 'x\\/y']]);
  const saved = labelNoSecretsTests(read('no-secrets', 'no-secrets.ts.txt'), read('no-secrets', 'regexes.ts.txt'), read('no-secrets', 'utils.ts.txt'));
  assert.ok(saved.filter((i) => i.text.startsWith('const REGEXP = `')).length === 7, "five valid and two invalid regex cases");
  assert.deepEqual([...new Set(saved.map((i) => i.note ?? ''))].sort(), ['', 'a pattern, not a value', 'decided by an option']);
});
