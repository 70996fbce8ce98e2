// The twentieth holdout (posture checkers' credential checks: kubescape's C-0012, kube-linter's env-var-secret and
// configmap-with-credentials, Polaris' sensitive variable and ConfigMap checks, Prowler's AWS and OpenStack secrets
// checks) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from
// its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed;
// each label traces to the verdict its test requires. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout20CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { isFillerValue, polarisText, prowlerText, pythonJsonDumps, valueInText, verdictItem, yamlDocuments } from '../../../bench/guard/corpus/build/postureCredentialChecks';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { kubescape: 'kubescape/regolibrary', 'kube-linter': 'stackrox/kube-linter', polaris: 'FairwindsOps/polaris', prowler: 'prowler-cloud/prowler' });
});

test("the twentieth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout20');
  assert.deepEqual(readExternalCorpus([holdout20CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twentieth holdout": 94 items, 75 scored (45 secret, 30 clean), 19 apart.
  assert.equal(held.length, 94);
  assert.deepEqual([count(held, 'kubescape', 'secret', false), count(held, 'kubescape', 'clean', false), count(held, 'kubescape', 'clean', true)], [3, 0, 5]);
  assert.deepEqual([count(held, 'kube-linter', 'secret', false), count(held, 'kube-linter', 'clean', false), held.filter((i) => i.source === 'kube-linter' && i.note).length], [3, 3, 0]);
  assert.deepEqual([count(held, 'polaris', 'secret', false), count(held, 'polaris', 'clean', false), count(held, 'polaris', 'secret', true)], [5, 5, 5]);
  assert.deepEqual([count(held, 'prowler', 'secret', false), count(held, 'prowler', 'clean', false), count(held, 'prowler', 'secret', true), count(held, 'prowler', 'clean', true)], [34, 22, 6, 3]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('kubescape'), values('kube-linter'), values('polaris'), values('prowler'), values()], [2, 2, 1, 18, 22]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout20', 'holdout20 (kubescape, kube-linter, polaris, prowler)');
});

test("the labeller: a reported value in its check's slot; unreported is clean; fillers, references and ignored findings apart", () => {
  assert.deepEqual(verdictItem('k: Zq8rT2mw', 'r', { verdict: 'reported', values: ['Zq8rT2mw'] }), { text: 'k: Zq8rT2mw', secrets: ['Zq8rT2mw'], label: 'secret', rule: 'r' });
  assert.deepEqual(verdictItem('k: v', 'r', { verdict: 'unreported', values: [] }).label, 'clean');
  assert.equal(verdictItem('envFrom: secretRef', 'r', { verdict: 'reported', values: [] }).note, 'the rule reports a reference or an absent value');
  const mixed = verdictItem('a: Pw9x\nb: xxx', 'r', { verdict: 'reported', values: ['Pw9x', 'xxx'] });
  assert.deepEqual([mixed.secrets, mixed.note], [['Pw9x'], undefined]);
  assert.equal(verdictItem('a: xxxxx', 'r', { verdict: 'reported', values: ['xxxxx'] }).note, 'a documented example or filler value');
  assert.equal(verdictItem('a: b', 'r', { verdict: 'unreported', values: [], note: "the tool's ignore setting suppresses the finding" }).label, 'clean');
  assert.throws(() => verdictItem('a: b', 'r', { verdict: 'reported', values: ['c'] }));
  assert.deepEqual(['test-password', 'AKIAIOSFODNN7EXAMPLE', '---BEGIN KEY---\n  xxxx\n  ---END KEY---', '-----BEGIN RSA PRIVATE KEY-----', 'Tr0ub4dor3'].map(isFillerValue), [true, true, true, true, false]);
  assert.equal(polarisText('# This fails because …\nkind: Pod\n'), 'kind: Pod\n');
  assert.deepEqual(yamlDocuments('---\na: 1\n---\nb: 2\n'), ['a: 1', 'b: 2']);
  assert.equal(pythonJsonDumps({ k: 'p\u00bf', l: [1, { m: true }], e: {} }), '{\n  "k": "p\\u00bf",\n  "l": [\n    1,\n    {\n      "m": true\n    }\n  ],\n  "e": {}\n}');
  const text = prowlerText([{ render: 'json', input: { db_url: 'u\nv' } }, { render: 'lines', input: ['A:1', 'B:2'] }, { render: 'text', input: '\nx\n' }], () => '');
  assert.equal(text, '{\n  "db_url": "u\\nv"\n}\nA:1\nB:2\n\n\nx');
  assert.equal(valueInText(text, 'u\nv'), 'u\\nv');
});
