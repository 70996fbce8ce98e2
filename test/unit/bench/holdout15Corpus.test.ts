// The fifteenth holdout (the Datadog Agent's scrubber tests, npm/redact's redactLog test, GitLab Runner's URL sanitizer
// test) is what its build makes of the
// saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts
// corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label traces to the
// output its test requires. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout15CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { goStringExpression, scrubberCase, scrubbedSecrets } from '../../../bench/guard/corpus/build/scrubberTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved verbatim as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'datadog-agent': 'DataDog/datadog-agent', 'npm-redact': 'npm/redact', 'gitlab-runner': 'gitlabhq/gitlab-runner' });
});

test("the fifteenth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout15');
  assert.deepEqual(readExternalCorpus([holdout15CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifteenth holdout": 123 items, 92 scored (77 secret, 15 clean), 31 apart.
  assert.equal(held.length, 123);
  assert.deepEqual([count(held, 'datadog-agent', 'secret', false), count(held, 'datadog-agent', 'clean', false), count(held, 'datadog-agent', 'secret', true), count(held, 'datadog-agent', 'clean', true)], [50, 6, 28, 1]);
  assert.deepEqual([count(held, 'npm-redact', 'secret', false), count(held, 'npm-redact', 'clean', false), count(held, 'npm-redact', 'secret', true), count(held, 'npm-redact', 'clean', true)], [8, 5, 0, 0]);
  assert.deepEqual([count(held, 'gitlab-runner', 'secret', false), count(held, 'gitlab-runner', 'clean', false), count(held, 'gitlab-runner', 'secret', true), count(held, 'gitlab-runner', 'clean', true)], [19, 4, 1, 1]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('datadog-agent'), values('npm-redact'), values('gitlab-runner'), values()], [26, 5, 8, 37]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assert.match('holdout15', /^holdout/);
  assertReportedApart(all, 'holdout15', 'holdout15 (datadog-agent, npm-redact, gitlab-runner)');
});

test('the labeller: what a required output masks (a kept tail, quotes, a URL password, a folded list or block), and clean when unchanged', () => {
  assert.deepEqual(scrubbedSecrets('api_key: "aaaaaaaaaaaaaaaaaaaaaaaaaaaabbbb"', 'api_key: "***************************abbbb"'), ['aaaaaaaaaaaaaaaaaaaaaaaaaaaabbbb']);
  assert.deepEqual(scrubbedSecrets("   pwd:   'hunter2'   ", '   pwd: "********"'), ['hunter2']);
  assert.deepEqual(scrubbedSecrets('x: http://user:p@ss)@host:port', 'x: http://user:********@host:port'), ['p@ss)']);
  assert.deepEqual(scrubbedSecrets('--url=http://foo:bar@registry.npmjs.org', '--url=http://foo:***@registry.npmjs.org/'), ['bar']);
  assert.deepEqual(scrubbedSecrets("k:\n  - 'one1'\n  - 'two2'\nz: 1", 'k: "********"\nz: 1'), ['one1', 'two2']);
  assert.deepEqual(scrubbedSecrets('a: 1\n# note\nb: s3cr3tv4l\n', 'a: 1\nb: "********"'), ['s3cr3tv4l']);
  assert.deepEqual(scrubberCase('k: []', 'k: "********"', 'r'), { text: 'k: []', secrets: [], label: 'clean', rule: 'r', note: 'masks no value' });
  assert.equal(scrubberCase('id: 123 ', 'id: 123', 'r').label, 'clean');
  assert.equal(scrubberCase('password: password', 'password: "********"', 'r').note, 'a documented example or filler value');
  assert.equal(goStringExpression('"a\\nb" + strings.Repeat("0", 2*3) + " c\\"d"'), 'a\nb000000 c"d');
});
