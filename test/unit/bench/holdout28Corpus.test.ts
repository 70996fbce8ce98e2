// The twenty-eighth holdout (credential files' own parsers' tests — .netrc, .npmrc, .pgpass, auth.json, AWS shared
// credentials and config, .pypirc, gem credentials) is what its build makes of the saved files (builtCorpus.test.ts checks
// the file against one build), loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's
// default, and is scored but never listed; each label traces to the value its test expects the parser to return.
// Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout28CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { credentialFileParserSources, labelParserCases } from '../../../bench/guard/corpus/build/credentialFileParserTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'cpython-netrc': 'python/cpython', 'go-netrc': 'golang/go', 'netrc-parser': 'jdx/node-netrc-parser', 'registry-auth-token': 'rexxars/registry-auth-token',
    'npmcli-config': 'npm/cli', pgpass: 'hoegaarden/pgpass', 'containers-image': 'containers/image', 'aws-sdk-js-v3': 'aws/aws-sdk-js-v3',
    'aws-sdk-go': 'aws/aws-sdk-go', 'aws-sdk-go-v2': 'aws/aws-sdk-go-v2', twine: 'pypa/twine', rubygems: 'rubygems/rubygems', 'go-netrc-jdx': 'jdx/go-netrc',
    tinynetrc: 'sloria/tinynetrc',
  });
});

test("the twenty-eighth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout28');
  assert.deepEqual(readExternalCorpus([holdout28CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-eighth holdout": 114 items, 88 scored (60 secret, 28 clean), 26 apart; 55 distinct values.
  assert.equal(held.length, 114);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(credentialFileParserSources.map(bySource), [
    [5, 1, 7], [1, 0, 0], [14, 2, 7], [13, 7, 3], [8, 3, 2], [1, 2, 1], [4, 0, 0], [3, 0, 1], [1, 0, 1], [3, 7, 1], [0, 2, 3], [2, 4, 0], [4, 0, 0], [1, 0, 0],
  ]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...credentialFileParserSources.map(values), values()], [5, 3, 5, 12, 3, 1, 12, 3, 2, 4, 0, 2, 4, 1, 55]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout28', `holdout28 (${credentialFileParserSources.join(', ')})`);
});

test("the labeller: the value the test expects is secret, a text it expects none from is clean, stand-ins and set-apart cases apart", () => {
  const file = "write('machine h login u password Zq8rT2mw') expect(pw).toBe('Zq8rT2mw') write('machine h password pass') write('registry=x') "
    + "write('_password=${PW}') expect(token).toBeUndefined()";
  const [secret, standIn, clean, apart] = labelParserCases('s', [
    { written: "write('machine h login u password Zq8rT2mw')", asserted: "expect(pw).toBe('Zq8rT2mw')", text: 'machine h login u password Zq8rT2mw', secrets: ['Zq8rT2mw'], rule: 'a' },
    { written: "write('machine h password pass')", asserted: "expect(pw).toBe('Zq8rT2mw')", text: 'machine h password pass', secrets: ['pass'], rule: 'b' },
    { written: "write('registry=x')", asserted: 'expect(token).toBeUndefined()', text: 'registry=x', secrets: [], rule: 'c' },
    { written: "write('_password=${PW}')", asserted: 'expect(token).toBeUndefined()', text: '_password=${PW}', secrets: [], rule: 'd', note: 'the parser passes it for where it stands, not its text' },
  ], file);
  assert.deepEqual(secret, { text: 'machine h login u password Zq8rT2mw', secrets: ['Zq8rT2mw'], label: 'secret', rule: 'a' });
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.deepEqual([apart!.label, apart!.note], ['clean', 'the parser passes it for where it stands, not its text']);
  // What the test writes and asserts must stand in the saved files; a secret in what it writes, unless the text is derived.
  assert.throws(() => labelParserCases('s', [{ written: 'absent', asserted: "write('registry=x')", text: 'registry=x', secrets: [], rule: 'e' }], file));
  assert.throws(() => labelParserCases('s', [{ written: "write('registry=x')", asserted: "write('registry=x')", text: 'registry=y', secrets: [], rule: 'f' }], file));
  assert.doesNotThrow(() => labelParserCases('s', [{ written: "write('registry=x')", asserted: "write('registry=x')", text: 'registry=eA==', secrets: ['eA=='], rule: 'g', derived: true }], file));
});
