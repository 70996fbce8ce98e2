// The twenty-third holdout (rule engines' own labelled examples — DevSkim's secret rules, cfripper's credential rules'
// test templates, the Roslyn analyzers' CA5390 / CA5403 tests) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md gives,
// is read by missForms.ts's default, and is scored but never listed; each label traces to the verdict its test requires.
// Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout23CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelDevSkimRules, labelDevSkimTest, labelRoslynTests, roslynTestCases } from '../../../bench/guard/corpus/build/ruleEngineExamples';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { devskim: 'microsoft/DevSkim', cfripper: 'Skyscanner/cfripper', 'roslyn-analyzers': 'dotnet/roslyn-analyzers' });
});

test("the twenty-third holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout23');
  assert.deepEqual(readExternalCorpus([holdout23CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-third holdout": 86 items, 51 scored (19 secret, 32 clean), 35 apart.
  assert.equal(held.length, 86);
  const bySource = (source: string) => [count(held, source, 'secret', false), count(held, source, 'clean', false), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(['devskim', 'cfripper', 'roslyn-analyzers'].map(bySource), [[5, 9, 5], [1, 3, 4], [13, 20, 26]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('devskim'), values('cfripper'), values('roslyn-analyzers'), values()], [3, 1, 1, 5]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout23', 'holdout23 (devskim, cfripper, roslyn-analyzers)');
});

test('the labeller: must-match reported, must-not-match clean, a .test file after its rule, Roslyn verdicts from the test', () => {
  const rules = JSON.stringify([{ id: 'X1', 'must-match': ["k = 'Zq8rT2mwPq'", '-----BEGIN PRIVATE KEY-----'], 'must-not-match': ['k = env()', 'id = AKIAIOSFODNN7EXAMPLE'] }]);
  const items = labelDevSkimRules('r.json', rules, { X1: { mustMatch: [{ verdict: 'reported', values: ['Zq8rT2mwPq'] }, { verdict: 'reported', values: [], note: 'the rule reports a marker, not a value' }], mustNotMatch: { 1: 'a documented example or filler value' } } });
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [['secret', ['Zq8rT2mwPq'], undefined], ['clean', [], 'the rule reports a marker, not a value'], ['clean', [], undefined], ['clean', [], 'a documented example or filler value']]);
  assert.throws(() => labelDevSkimRules('r.json', rules, { X1: { mustMatch: [] } }));
  assert.deepEqual(labelDevSkimTest('t.test', "line: 1\n=====\nvar key = 'ab12'", { verdict: 'reported', values: ['ab12'] }).text, "var key = 'ab12'");
  assert.throws(() => labelDevSkimTest('t.test', 'no header', { verdict: 'unreported', values: [] }));
  const cs = [
    'public async Task A()\n{\n  await VerifyCS.VerifyAnalyzerAsync(@"\nvar k = Convert.FromBase64String(""QUJDRA=="");",\n  GetCSharpResultAt(1, 1));\n}',
    'public async Task B()\n{\n  await VerifyCSharpWithDependenciesAsync(@"\nbyte[] k = new byte[] {1};");\n  ////GetCSharpResultAt(1, 1));\n}',
  ].join('\n');
  assert.deepEqual(roslynTestCases(cs).map((c) => [c.test, c.reported]), [['A', true], ['B', false]]);
  assert.equal(roslynTestCases(cs)[0]!.text, '\nvar k = Convert.FromBase64String("QUJDRA==");');
  const labelled = labelRoslynTests('t.cs', cs, { A: { verdict: 'reported', values: ['QUJDRA=='] }, B: { verdict: 'unreported', values: [] } });
  assert.deepEqual(labelled.map((i) => i.label), ['secret', 'clean']);
  assert.throws(() => labelRoslynTests('t.cs', cs, { A: { verdict: 'unreported', values: [] }, B: { verdict: 'unreported', values: [] } }));
});
