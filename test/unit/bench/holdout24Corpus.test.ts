// The twenty-fourth holdout (error trackers' and logging SDKs' default scrubbers — Sentry's Python SDK, Bugsnag's Ruby
// notifier, Rollbar's Python and JavaScript SDKs, Phoenix's filter_parameters, scrubadub's credential detector — as their
// tests require them) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build),
// loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but
// never listed. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout24CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const sources = ['sentry-python', 'bugsnag-ruby', 'pyrollbar', 'rollbar-js', 'phoenix', 'scrubadub'];
const count = (items: readonly { source: string; label: string; note?: string }[], source: string) =>
  (['secret', 'clean'] as const).flatMap((label) => [false, true].map((apart) => items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length));

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'sentry-python': 'getsentry/sentry-python', 'bugsnag-ruby': 'bugsnag/bugsnag-ruby', pyrollbar: 'rollbar/pyrollbar',
    'rollbar-js': 'rollbar/rollbar.js', phoenix: 'phoenixframework/phoenix', scrubadub: 'LeapBeyond/scrubadub',
  });
});

test("the twenty-fourth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout24');
  assert.deepEqual(readExternalCorpus([holdout24CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-fourth holdout": 41 items, 29 scored (22 secret, 7 clean), 12 apart.
  assert.equal(held.length, 41);
  // Per source: [secret scored, secret apart, clean scored, clean apart].
  assert.deepEqual(sources.map((s) => count(held, s)), [
    [9, 6, 4, 0], [5, 4, 2, 0], [4, 0, 0, 0], [1, 1, 1, 0], [1, 0, 0, 0], [2, 1, 0, 0],
  ]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...sources.map((s) => values(s)), values()], [7, 3, 2, 1, 1, 1, 13]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout24', 'holdout24 (sentry-python, bugsnag-ruby, pyrollbar, rollbar-js, phoenix, scrubadub)');
});
