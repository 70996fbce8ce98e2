// The seventeenth holdout (cfn_nag's credential rules' specs and test templates, dockle's TestSensitiveVars) is what its
// build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with
// the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label
// traces to the verdict its test requires. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout17CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelCfnNagSpecs, plainTextValues } from '../../../bench/guard/corpus/build/cfnNagSpecs';
import { labelDockleSensitiveVars } from '../../../bench/guard/corpus/build/dockleSensitiveVars';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'cfn-nag': 'stelligent/cfn_nag', dockle: 'goodwithtech/dockle' });
});

test("the seventeenth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout17');
  assert.deepEqual(readExternalCorpus([holdout17CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The seventeenth holdout": 91 items, 69 scored (28 secret, 41 clean), 22 apart.
  assert.equal(held.length, 91);
  assert.deepEqual([count(held, 'cfn-nag', 'secret', false), count(held, 'cfn-nag', 'clean', false), count(held, 'cfn-nag', 'clean', true)], [22, 37, 22]);
  assert.deepEqual([count(held, 'dockle', 'secret', false), count(held, 'dockle', 'clean', false), held.filter((i) => i.source === 'dockle' && i.note).length], [6, 4, 0]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('cfn-nag'), values('dockle'), values()], [6, 5, 11]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout17', 'holdout17 (cfn-nag, dockle)');
});

test("cfn_nag's labeller: the property's literal or its parameter's default; a reference, an absent or empty value holds none", () => {
  const template = [
    '---',
    'Parameters:',
    '  Pw:',
    '    Type: String',
    '    NoEcho: True',
    '    Default: hunter2x',
    '  Bare:',
    '    Type: String',
    'Resources:',
    '  A:',
    '    Properties:',
    '      Users:',
    "        - Password: 'q1w2e3r4'",
    '        - Password: !Ref Pw',
    '        - Password: !Ref Bare',
    "        - Password: '{{resolve:ssm:Name:1}}'",
    '        - Password: ',
    '          Username: admin',
  ].join('\n');
  assert.deepEqual(plainTextValues(template, 'Password'), ['q1w2e3r4', 'hunter2x']);
  assert.deepEqual(plainTextValues('{\n  "password" : "s3cr3tz",\n  "user": "u"\n}', 'password'), ['s3cr3tz']);
  const templates = new Map([['t/a.yaml', template], ['t/b.yaml', 'Resources:\n  A:\n    Properties:\n      Token: !Ref Bare\n'], ['t/c.yaml', 'x: 1\n']]);
  const report: string[] = [];
  const items = labelCfnNagSpecs([{ spec: 's.rb', property: 'Password', cases: { 't/a.yaml': ['A'], 't/c.yaml': [], 't/d.yaml': [] } }, { spec: 'u.rb', property: 'Token', cases: { 't/b.yaml': ['A'] } }], templates, report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['q1w2e3r4', 'hunter2x'], ''],
    ['clean', [], ''],
    ['clean', [], 'the rule reports a reference or an absent value'],
  ]);
  assert.equal(report.length, 1);
});

test("dockle's labeller: a reported command's values under suspicious names; an unreported command is clean; the placeholder policy sets apart", () => {
  const source = [
    '\t\t"a": {cmd: "/bin/sh -c #(nop) ENV abc=hello DB_PASS=Zq8rT2mw", expected: true},',
    '\t\t"b": {cmd: `/bin/sh -c GPG_KEY=ABCDEF12 API_TOKEN="two words"`, expected: true},',
    '\t\t"c": {cmd: "/bin/sh -c #(nop) ENV PASS=", expected: false},',
    '\t\t"d": {cmd: "/bin/sh -c #(nop) ENV PASSWORD=password", expected: true},',
    '\t\t//"e": {cmd: "/bin/sh -c SECRET=x", expected: true},',
  ].join('\n');
  const items = labelDockleSensitiveVars('m_test.go', source, ['PASS', 'KEY', 'TOKEN'], ['GPG_KEY'], []);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['Zq8rT2mw'], ''],
    ['secret', ['two words'], ''],
    ['clean', [], ''],
    ['secret', ['password'], 'a documented example or filler value'],
  ]);
});
