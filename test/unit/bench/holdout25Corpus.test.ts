// The twenty-fifth holdout (credential redactors' tests — URLs, traces, recorded HTTP: pip, Go's net/url, go-getter,
// ansible-core, client-go, Sourcegraph, git, GitHub CLI, conda) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md gives,
// is read by missForms.ts's default, and is scored but never listed; each label traces to the output its test requires.
// Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout25CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelRedactorCases } from '../../../bench/guard/corpus/build/credentialRedactorTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const sources = ['pip', 'go-net-url', 'go-getter', 'ansible', 'client-go', 'sourcegraph', 'git', 'gh-cli', 'conda'];
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    pip: 'pypa/pip', 'go-net-url': 'golang/go', 'go-getter': 'hashicorp/go-getter', ansible: 'ansible/ansible', 'client-go': 'kubernetes/kubernetes',
    sourcegraph: 'sourcegraph/sourcegraph-public-snapshot', git: 'git/git', 'gh-cli': 'cli/cli', conda: 'conda/conda',
  });
});

test("the twenty-fifth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout25');
  assert.deepEqual(readExternalCorpus([holdout25CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-fifth holdout": 79 items, 55 scored (36 secret, 19 clean), 24 apart; 24 distinct values.
  assert.equal(held.length, 79);
  const bySource = (source: string) => [count(held, source, 'secret', false), count(held, source, 'clean', false), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(sources.map(bySource), [[4, 7, 10], [0, 2, 2], [2, 2, 2], [7, 5, 4], [1, 0, 0], [10, 2, 5], [1, 1, 0], [1, 0, 1], [10, 0, 0]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...sources.map(values), values()], [3, 0, 3, 4, 2, 2, 2, 2, 6, 24]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout25', `holdout25 (${sources.join(', ')})`);
});

test('the labeller: what the output removes is secret, nothing removed is clean, stand-ins and set-apart cases apart', () => {
  const file = 'in: "u:Zq8rT2mw@h" out: "u:****@h" in: "u:pass@h" in: "h" keep: "git@h" ';
  const [secret, standIn, clean, apart] = labelRedactorCases('s', [
    { input: 'in: "u:Zq8rT2mw@h"', output: 'out: "u:****@h"', text: 'u:Zq8rT2mw@h', secrets: ['Zq8rT2mw'], rule: 'a' },
    { input: 'in: "u:pass@h"', output: 'out: "u:****@h"', text: 'u:pass@h', secrets: ['pass'], rule: 'b' },
    { input: 'in: "h"', output: 'in: "h"', text: 'h', secrets: [], rule: 'c' },
    { input: 'keep: "git@h"', output: 'keep: "git@h"', text: 'git@h', secrets: [], rule: 'd', note: 'masks no credential' },
  ], file);
  assert.deepEqual(secret, { text: 'u:Zq8rT2mw@h', secrets: ['Zq8rT2mw'], label: 'secret', rule: 'a' });
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.deepEqual([apart!.label, apart!.note], ['clean', 'masks no credential']);
  assert.throws(() => labelRedactorCases('s', [{ input: 'absent', output: 'in: "h"', text: 'h', secrets: [], rule: 'e' }], file));
  assert.throws(() => labelRedactorCases('s', [{ input: 'in: "h"', output: 'in: "h"', text: 'h', secrets: ['x'], rule: 'f' }], file));
});
