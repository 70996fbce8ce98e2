// The twenty-ninth holdout (password managers' import parsers' tests — pass-import's reference exports, bitwarden/clients'
// and bitwarden/jslib's importer specs) is what its build makes of the saved files (builtCorpus.test.ts checks the file
// against one build), loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's default,
// and is scored but never listed; each label traces to the password or TOTP secret its test expects imported.
// Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout29CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { csvRecords, labelReferenceExports, passwordImportSources, referenceEntries } from '../../../bench/guard/corpus/build/passwordImportTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'pass-import': 'roddhjav/pass-import', 'bitwarden-clients': 'bitwarden/clients', 'bitwarden-jslib': 'bitwarden/jslib' });
});

test("the twenty-ninth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout29');
  assert.deepEqual(readExternalCorpus([holdout29CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-ninth holdout": 90 items, all scored (65 secret, 25 clean); 30 distinct values.
  assert.equal(held.length, 90);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(passwordImportSources.map(bySource), [[56, 22, 0], [5, 2, 0], [4, 1, 0]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...passwordImportSources.map(values), values()], [12, 9, 11, 30]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout29', `holdout29 (${passwordImportSources.join(', ')})`);
});

test('the CSV records: quoted fields with commas, doubled quotes and line ends, CRLF line ends, an empty last field', () => {
  const records = csvRecords('a,"b,c","d""e"\r\n"f\ng",,\nh,');
  assert.deepEqual(records.map((r) => r.raw), ['a,"b,c","d""e"', '"f\ng",,', 'h,']);
  assert.deepEqual(records.map((r) => r.fields.map((f) => f.value)), [['a', 'b,c', 'd"e'], ['f\ng', '', ''], ['h', '']]);
  assert.deepEqual(records[0]!.fields.map((f) => f.raw), ['a', 'b,c', 'd""e']);
  assert.throws(() => csvRecords('"open'));
});

test('the reference labeller: a record holding a reference password is secret, a passwordless entry and the header clean, anything else fails', () => {
  const yaml = '---\n\n- title: site\n  password: "Zq8\\\\rT2mw"\n  login: u\n\n- title: empty entry\n  group: x\n';
  assert.deepEqual(referenceEntries(yaml), [{ title: 'site', password: 'Zq8\\rT2mw' }, { title: 'empty entry' }]);
  const testsYml = 'ChromeCSV:\n  path: chrome.csv\n  without:\n    - group\n\nSkipped:\n  parse: False\n  path: skipped.csv\n';
  const files = (csv: string) => new Map([['tests/assets/references/main.yml', yaml], ['tests/tests.yml', testsYml], ['db/chrome.csv', csv], ['db/skipped.csv', csv]]);
  const [header, secret, clean] = labelReferenceExports([{ path: 'db/chrome.csv', manager: 'ChromeCSV' }], files('name,password\nsite,"Zq8\\rT2mw"\nempty entry,\n'));
  assert.deepEqual([header!.label, header!.secrets], ['clean', []]);
  assert.deepEqual([secret!.label, secret!.secrets, secret!.text], ['secret', ['Zq8\\rT2mw'], 'site,"Zq8\\rT2mw"']);
  assert.deepEqual([clean!.label, clean!.secrets], ['clean', []]);
  assert.throws(() => labelReferenceExports([{ path: 'db/chrome.csv', manager: 'ChromeCSV' }], files('name,password\nother,Xy7\n')), /no reference entry/);
  assert.throws(() => labelReferenceExports([{ path: 'db/skipped.csv', manager: 'Skipped' }], files('name,password\n')), /not checked/);
  assert.throws(() => labelReferenceExports([{ path: 'db/chrome.csv', manager: 'Firefox' }], files('name,password\n')), /another path/);
});
