// The twenty-second holdout (infrastructure-as-code linters' credential rules — arm-ttk's credential tests, the Bicep
// linter's credential rules, cfn-lint's Password rule — and ZAP's passive credential-disclosure rules) is what its build
// makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the
// counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label traces to
// the verdict its test requires. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout22CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { bicepTestTexts, labelBicepTests, ruleVerdictItem } from '../../../bench/guard/corpus/build/iacCredentialRules';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'arm-ttk': 'Azure/arm-ttk', bicep: 'Azure/bicep', 'cfn-lint': 'aws-cloudformation/cfn-lint' });
  const zap = JSON.parse(readFileSync(join(raw, 'zap', 'manifest.json'), 'utf8')) as { repo: string; tests: { commit: string; id: string }[] };
  assert.equal(zap.repo, 'zaproxy/zap-extensions');
  for (const t of zap.tests) assert.match(`${t.commit} ${t.id}`, /^[0-9a-f]{40} \d+$/);
});

test("the twenty-second holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout22');
  assert.deepEqual(readExternalCorpus([holdout22CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-second holdout": 178 items, 97 scored (23 secret, 74 clean), 81 apart.
  assert.equal(held.length, 178);
  const bySource = (source: string) => [count(held, source, 'secret', false), count(held, source, 'clean', false), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(['arm-ttk', 'bicep', 'cfn-lint', 'zap'].map(bySource), [[2, 14, 20], [10, 46, 48], [0, 1, 0], [11, 13, 13]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('arm-ttk'), values('bicep'), values('cfn-lint'), values('zap'), values()], [2, 4, 0, 5, 11]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout22', 'holdout22 (arm-ttk, cfn-lint, bicep, zap)');
});

test("the labeller: a reported literal in its rule's slot; unreported is clean; references, fillers and non-credentials apart", () => {
  assert.deepEqual(ruleVerdictItem("p = 'Zq8rT2mw'", 'r', { verdict: 'reported', values: ['Zq8rT2mw'] }), { text: "p = 'Zq8rT2mw'", secrets: ['Zq8rT2mw'], label: 'secret', rule: 'r' });
  assert.equal(ruleVerdictItem('p = q', 'r', { verdict: 'unreported', values: [] }).label, 'clean');
  assert.equal(ruleVerdictItem('p = listKeys()', 'r', { verdict: 'reported', values: [] }).note, 'the rule reports a reference or an absent value');
  assert.equal(ruleVerdictItem("p = 'default'", 'r', { verdict: 'reported', values: ['default'] }).note, 'a documented example or filler value');
  const user = ruleVerdictItem("adminUsername: 'root'", 'r', { verdict: 'reported', values: [], note: 'not a credential (a user name)' });
  assert.deepEqual([user.label, user.note], ['clean', 'not a credential (a user name)']);
  assert.throws(() => ruleVerdictItem('a: b', 'r', { verdict: 'reported', values: ['c'] }));
  const cs = '[DataRow(1, @"\nparam p string = \'a""b\'\n")]\n[DataRow(true, @"param q string")]\n[DataRow("""\nx\n""")]\nCompileAndTest(@"y", []);\nstring bicep = @"z";\nCompileAndTest(bicep, 0);';
  assert.deepEqual(bicepTestTexts(cs), ["\nparam p string = 'a\"b'\n", 'param q string', 'x', 'y', 'z']);
  assert.equal(labelBicepTests('t', cs, [{ skip: 'ignored' }, { verdict: 'unreported', values: [] }, { verdict: 'unreported', values: [] }, { verdict: 'unreported', values: [] }, { verdict: 'unreported', values: [] }]).length, 4);
  assert.throws(() => labelBicepTests('t', cs, []));
});
