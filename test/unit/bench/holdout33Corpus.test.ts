// The thirty-third holdout (Home Assistant integrations' tests, labelled by each integration's diagnostics redaction set)
// is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own
// file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each
// label traces to an entry of the integration's saved redaction set. Items are compared and counted, never printed: they
// are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout33CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { diagnosticsRedactionSources, integrationOf, labelRedactionSetCases } from '../../../bench/guard/corpus/build/diagnosticsRedactionSets';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'home-assistant': 'home-assistant/core' });
});

test("the thirty-third holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout33');
  assert.deepEqual(readExternalCorpus([holdout33CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-third holdout": 87 items from 46 integrations, 59 scored (30 secret, 29 clean), 28 apart
  // (20 filler, 1 written elsewhere, 7 redacted but not a credential); 29 distinct secret values.
  assert.equal(held.length, 87);
  assert.equal(new Set(held.map((i) => integrationOf(i.rule))).size, 46);
  const scored = (label: string) => held.filter((i) => i.label === label && !i.note).length;
  assert.deepEqual([scored('secret'), scored('clean')], [30, 29]);
  const apart = (note: string) => held.filter((i) => i.note === note).length;
  assert.deepEqual(
    [apart('a documented example or filler value'), apart('a secret written elsewhere in its text too'), apart('redacted but not a credential')],
    [20, 1, 7],
  );
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 29);
  // No integration dominates: at most six items each.
  const perIntegration = new Map<string, number>();
  for (const i of held) perIntegration.set(integrationOf(i.rule), (perIntegration.get(integrationOf(i.rule)) ?? 0) + 1);
  assert.ok(Math.max(...perIntegration.values()) <= 6);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout33', `holdout33 (${diagnosticsRedactionSources.join(', ')})`);
});

test('the labeller: a literal under a credential key of the set is secret, none clean, non-credential keys and stand-ins apart', () => {
  const diagnostics = new Map([['x', 'TO_REDACT = {CONF_PASSWORD, CONF_USERNAME, CONF_LATITUDE}']]);
  const file = [
    'A = {CONF_HOST: "h", CONF_PASSWORD: "Zq8rT2mwK4"}',
    'B = {CONF_HOST: "h", CONF_PASSWORD: PASSWORD}',
    'C = {CONF_LATITUDE: 1.5, CONF_USERNAME: "u"}',
    'D = {CONF_PASSWORD: "test-password"}',
    'E = {CONF_USERNAME: "k7Vd9x", CONF_PASSWORD: "k7Vd9x"}',
  ].join('\n');
  const [a, b, c, d, e] = file.split('\n');
  const set = 'CONF_PASSWORD, CONF_USERNAME';
  const rule = (name: string) => `x/tests/components/x/const.py#${name}`;
  const [secret, clean, notCredential, standIn, twice] = labelRedactionSetCases([
    { rule: rule('A'), text: a!, redacted: set, secrets: ['Zq8rT2mwK4'] },
    { rule: rule('B'), text: b!, redacted: set, secrets: [] },
    { rule: rule('C'), text: c!, redacted: 'CONF_LATITUDE', secrets: [], notCredential: ['CONF_LATITUDE', 'CONF_USERNAME'] },
    { rule: rule('D'), text: d!, redacted: set, secrets: ['test-password'] },
    { rule: rule('E'), text: e!, redacted: set, secrets: ['k7Vd9x'], notCredential: ['CONF_USERNAME'] },
  ], file, diagnostics, file);
  assert.deepEqual(secret, { text: a, secrets: ['Zq8rT2mwK4'], label: 'secret', rule: rule('A') });
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.deepEqual([notCredential!.label, notCredential!.secrets, notCredential!.note], ['clean', [], 'redacted but not a credential']);
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.equal(twice!.note, 'a secret written elsewhere in its text too');
  // The text must stand in the file, the set's entry in the integration's diagnostics, the assertion in the saved files,
  // each secret in the text.
  assert.throws(() => labelRedactionSetCases([{ rule: rule('F'), text: 'absent', redacted: set, secrets: [] }], file, diagnostics, file));
  assert.throws(() => labelRedactionSetCases([{ rule: rule('G'), text: b!, redacted: 'CONF_API_KEY', secrets: [] }], file, diagnostics, file));
  assert.throws(() => labelRedactionSetCases([{ rule: `y/tests/components/y/const.py#H`, text: b!, redacted: set, secrets: [] }], file, diagnostics, file));
  assert.throws(() => labelRedactionSetCases([{ rule: rule('I'), text: b!, redacted: set, secrets: [], asserted: '**REDACTED** absent' }], file, diagnostics, file));
  assert.throws(() => labelRedactionSetCases([{ rule: rule('J'), text: b!, redacted: set, secrets: ['Zq8rT2mwK4'] }], file, diagnostics, file));
});
