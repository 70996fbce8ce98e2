// The fourteenth holdout (praetorian titus' own rule tests, auth0 repo-supervisor's tests) is what its build makes of
// the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts
// corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label traces to its
// tool's assertion. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import {
  externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile,
  holdout10CorpusFile, holdout11CorpusFile, holdout12CorpusFile, holdout13CorpusFile, holdout14CorpusFile, readExternalCorpus,
} from '../../../bench/guard/splitReport';
import { labelTitusTest, rewritesTuneExample, titusCases, titusSecret, type TitusCase } from '../../../bench/guard/corpus/build/titusRuleTests';
import { cliFindings, labelRepoSupervisorTests, preFilterVerdicts, reportedValue } from '../../../bench/guard/corpus/build/repoSupervisorTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
interface Manifest {
  repo: string;
  files: { path: string; commit: string; id: string; length: number; saved: string; excerpt?: string }[];
  notTaken: string[];
}
const manifest = (source: string) => JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as Manifest;
const saved = (source: string) => new Map(manifest(source).files.map((f) => [f.path, readFileSync(join(raw, source, f.saved), 'utf8')]));
const fourteenth = () => readExternalCorpus([holdout14CorpusFile]);
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved verbatim as each manifest lists them (path, commit, index file id, length; an excerpt said so)', () => {
  assertSavedAsListed(raw, { titus: 'praetorian-inc/titus', 'repo-supervisor': 'auth0/repo-supervisor' });
  assert.deepEqual([manifest('titus').files.length, manifest('repo-supervisor').files.length], [6, 28]);
  for (const source of ['titus', 'repo-supervisor']) assert.ok(manifest(source).notTaken.length > 0, source);
  assert.deepEqual([...manifest('titus').files, ...manifest('repo-supervisor').files].filter((f) => f.excerpt).map((f) => f.path.replace(/^.*\//, '')), ['microsoft_teams_test.go', 'awslambda.handler.js']);
});

test("the fourteenth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout14');
  assert.deepEqual(fourteenth().map((i) => i.text), held.map((i) => i.text));
  const older = [externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile, holdout10CorpusFile, holdout11CorpusFile, holdout12CorpusFile, holdout13CorpusFile];
  assert.ok(readExternalCorpus(older).every((i) => i.split !== 'holdout14'), 'an older file holds a fourteenth-holdout item');
  // corpus/README.md, "The fourteenth holdout": 191 items, 177 scored (50 secret, 127 clean), 14 apart.
  assert.equal(held.length, 191);
  assert.deepEqual([count(held, 'titus', 'secret', false), count(held, 'titus', 'clean', false), count(held, 'titus', 'clean', true), count(held, 'titus', 'secret', true)], [27, 35, 6, 8]);
  assert.deepEqual(
    [count(held, 'repo-supervisor', 'secret', false), count(held, 'repo-supervisor', 'clean', false), count(held, 'repo-supervisor', 'clean', true), count(held, 'repo-supervisor', 'secret', true)],
    [23, 92, 0, 0],
  );
  // Clustered: 20 distinct secret values carry titus' 27 secret items, 30 carry repo-supervisor's 23.
  const values = (source: string) => new Set(held.filter((i) => i.source === source && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('titus'), values('repo-supervisor')], [20, 30]);
  assert.ok(held.every((i) => !i.note || (i.source === 'titus' && (i.note === "a tune source's example" || (i.note === "holds another case's secret" && i.label === 'clean')))));
  // Apart as a tune source's example: 8 secret items whose values are Nosey Parker's examples', 2 clean items holding one.
  assert.equal(held.filter((i) => i.note === "a tune source's example").length, 10);
  // missForms.ts reads every split matching ^holdout of readExternalCorpus()'s default files.
  assert.match('holdout14', /^holdout/);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout14', 'holdout14 (titus, repo-supervisor)');
});

test("titus' items follow its tests' verdicts: shouldMatch true a secret, false a clean item, the YAML's examples and client IDs left out", () => {
  const items = fourteenth().filter((i) => i.source === 'titus');
  const cases: (TitusCase & { rule: string })[] = [];
  for (const [path, text] of saved('titus')) for (const c of titusCases(text)) cases.push({ ...c, rule: `${path}#${c.test}/${c.name}` });
  for (const item of items) {
    const c = cases.find((x) => x.rule === item.rule);
    assert.ok(c && c.input === item.text, item.rule);
    assert.equal(item.label, c.shouldMatch ? 'secret' : 'clean', item.rule);
    assert.ok(!c.fromYaml && !/ClientSideID/.test(c.test), item.rule);
    if (item.label === 'secret') assert.deepEqual(item.secrets, [titusSecret(c)], item.rule);
  }
  // Every case is taken but the YAML's (5 + 1) and the client-side ID test's (7).
  assert.equal(cases.length - items.length, 13);
});

test("repo-supervisor's items follow its tests: the CLI's findings, the Lambda finding, randomSecrets, and the strings a pre-filter skips", () => {
  const items = fourteenth().filter((i) => i.source === 'repo-supervisor');
  const files = saved('repo-supervisor');
  const findings = cliFindings(files.get('test/integration/src/cli.js')!);
  assert.deepEqual([...findings.keys()].map((p) => p.replace(/^.*\//, '')), ['bar.js', 'foo.json', 'foo.yaml', 'foo.yml']);
  for (const [path, reported] of findings) {
    const item = items.find((i) => i.text === files.get(path));
    assert.equal(item?.label, 'secret', path);
    assert.deepEqual(item.secrets, reported.map(reportedValue), path);
  }
  const random = (JSON.parse(files.get('test/fixtures/fixtures.json')!) as { randomSecrets: string[] }).randomSecrets;
  for (const s of random) assert.deepEqual(items.find((i) => i.text === s)?.secrets, [s]);
  const skipped = new Set<string>();
  for (const [path, test] of files) {
    const fixture = /^test\/unit\/(src\/filters\/.+)\.js$/.exec(path)?.[1];
    if (!fixture) continue;
    const lists = JSON.parse(files.get(`test/fixtures/unit/${fixture}.json`)!) as Record<string, string[]>;
    for (const [list, verdict] of preFilterVerdicts(test)) if (verdict === 'skip') for (const s of lists[list]!) skipped.add(s);
  }
  for (const item of items.filter((i) => i.label === 'clean')) assert.ok(skipped.has(item.text) || /#cssSelector$/.test(item.rule), item.rule);
  assert.equal(items.filter((i) => i.label === 'secret').length, findings.size + 1 + random.length);
});

test('the titus labeller: table cases, constants, named inputs, the YAML cases, and the secret of each form', () => {
  const go = [
    'func TestA(t *testing.T) {',
    '\tconst fakeToken = "tok_ABCdef123456"',
    '\t// Test cases from YAML examples',
    '\ttestCases := []struct {\n\t\tname        string\n\t\tinput       string\n\t\tshouldMatch bool\n\t}{',
    '\t\t{\n\t\t\tname:        "yaml one",\n\t\t\tinput:       `k = "v1v1v1v1"`,\n\t\t\tshouldMatch: true,\n\t\t},',
    '\t}',
    '}',
    'func TestB(t *testing.T) {',
    '\tbareToken := "tok_XYZ987654321"',
    '\tneutral := "SECRET_KEY=" + bareToken + " X=postgres://localhost/db"',
    '\ttestCases := []struct {\n\t\tname        string\n\t\tinput       string\n\t\tshouldMatch bool\n\t}{',
    '\t\t{\n\t\t\tname:        "export",\n\t\t\tinput:       "export K=" + bareToken,\n\t\t\tshouldMatch: true,\n\t\t},',
    '\t\t{\n\t\t\tname:        "holds it",\n\t\t\tinput:       `x tok_XYZ987654321 y`,\n\t\t\tshouldMatch: false,\n\t\t},',
    '\t\t{\n\t\t\tname:        "other",\n\t\t\tinput:       `nothing here`,\n\t\t\tshouldMatch: false,\n\t\t},',
    '\t}',
    '\tmatches, err := m.Match([]byte(neutral))\n\trequire.NoError(t, err)\n\tassert.NotEmpty(t, matches, "x")',
    '}',
  ].join('\n');
  const cases = titusCases(go);
  assert.deepEqual(cases.map((c) => [c.test, c.name, c.shouldMatch, c.fromYaml, c.named]), [
    ['TestA', 'yaml one', true, true, false], ['TestB', 'export', true, false, false], ['TestB', 'holds it', false, false, false], ['TestB', 'other', false, false, false], ['TestB', 'neutral', true, false, true],
  ]);
  const report: string[] = [];
  const items = labelTitusTest('x_test.go', go, report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['tok_XYZ987654321'], undefined], ['clean', [], "holds another case's secret"], ['clean', [], undefined], ['secret', ['tok_XYZ987654321'], undefined],
  ]);
  assert.equal(report.length, 1);
  const secret = (input: string) => titusSecret({ test: 'T', name: 'n', input, shouldMatch: true, names: new Map(), fromYaml: false, named: false });
  assert.equal(secret('<input type="password" value="p@ss!" name="x" />'), 'p@ss!');
  assert.equal(secret('URL=svc://123:s3cr3tValue@host'), 's3cr3tValue');
  assert.equal(secret('DSN=https://abcdef0123@o1.example.io/5'), 'abcdef0123');
  assert.equal(secret(`{username: 'u', password: 'last1'}`), 'last1');
  assert.equal(secret('K_TOKEN:pubabc123'), 'pubabc123');
  assert.equal(secret('https://hooks.example.com/a/b'), 'https://hooks.example.com/a/b');
  // A rewritten tune example: every secret a tune secret, or (clean) a long literal in a tune text.
  const tuneSecrets = new Set(['s3cr3t!!']);
  const tuneTexts = ['x = "NOT_A_SECRET_CONSTANT"'];
  assert.ok(rewritesTuneExample({ text: 'p: "s3cr3t!!"', secrets: ['s3cr3t!!'], label: 'secret' }, tuneSecrets, tuneTexts));
  assert.ok(!rewritesTuneExample({ text: 'p: "s3cr3t!!" q: "other"', secrets: ['s3cr3t!!', 'other'], label: 'secret' }, tuneSecrets, tuneTexts));
  assert.ok(rewritesTuneExample({ text: 'password = "NOT_A_SECRET_CONSTANT"', secrets: [], label: 'clean' }, tuneSecrets, tuneTexts));
  assert.ok(!rewritesTuneExample({ text: 'password = "short"', secrets: [], label: 'clean' }, tuneSecrets, tuneTexts));
});

test('the repo-supervisor labeller: findings sections, a reported NAME=VALUE, the verdict of each fixture list', () => {
  const cli = "  it('should detect secrets in supported files', (cb) => {\n    const msg =\n`[./a/x.js]\n>> s1\n>> K_1=v1\n\n[./a/y.yml]\n>> s2`;\n";
  assert.deepEqual([...cliFindings(cli)], [['a/x.js', ['s1', 'K_1=v1']], ['a/y.yml', ['s2']]]);
  assert.equal(reportedValue('API_KEY=ab.c=d'), 'ab.c=d');
  assert.equal(reportedValue('lower=value'), 'lower=value');
  const test = [
    "  it('a', () => {\n    fixtures.skipMe.forEach((w) => {\n      expect(filter(w), w).to.be.equal(false);\n    });\n  });",
    "  it('b', () => {\n    fixtures.passMe.forEach((w) => {\n      expect(filter(w), w).to.be.equal(true);\n    });\n  });",
    "  it('c', () => {\n    fixtures.parsed.forEach((u) => {\n      expect(filter(u), u).to.equal('john:doe');\n    });\n  });",
    "  ['l1', 'l2'].forEach(\n    fixture => describe(fixture, () => fixtures[fixture].forEach(\n      testCase => it('x', () =>\n        expect(filter(testCase), testCase).to.equal(false)\n      )\n    ))\n  );",
  ].join('\n');
  assert.deepEqual([...preFilterVerdicts(test)], [['skipMe', 'skip'], ['passMe', 'pass'], ['parsed', 'parsed'], ['l1', 'skip'], ['l2', 'skip']]);
  const files = new Map([
    ['test/integration/src/cli.js', cli], ['a/x.js', 'const k = "s1"; K_1=v1'], ['a/y.yml', 'p: s2'],
    ['test/integration/src/awslambda.handler.js', 'assert.match(data.body, /<code>ab12[*]+<\\/code>/);'],
    ['test/fixtures/integration/awslambda.json', JSON.stringify({ PR: { withFindings: { getBlob: 'var x = "ab12cd34ef";' } } })],
    ['test/fixtures/fixtures.json', JSON.stringify({ randomSecrets: ['Zq9-Xw8_Yv7'] })],
    ['test/unit/src/filters/f.js', test], ['test/fixtures/unit/src/filters/f.json', JSON.stringify({ skipMe: ['a b'], passMe: ['ab'], parsed: ['u:p@h'], l1: ['c.d'], l2: [] })],
  ]);
  const report: string[] = [];
  assert.deepEqual(labelRepoSupervisorTests(files, report).map((i) => [i.label, i.secrets, i.text]), [
    ['secret', ['s1', 'v1'], 'const k = "s1"; K_1=v1'], ['secret', ['s2'], 'p: s2'], ['secret', ['ab12cd34ef'], 'var x = "ab12cd34ef";'],
    ['secret', ['Zq9-Xw8_Yv7'], 'Zq9-Xw8_Yv7'], ['clean', [], 'a b'], ['clean', [], 'c.d'],
  ]);
  assert.equal(report.length, 2);
  assert.throws(() => labelRepoSupervisorTests(new Map([...files, ['test/fixtures/unit/src/filters/f.json', JSON.stringify({ unknown: ['x'] })]]), []));
});
