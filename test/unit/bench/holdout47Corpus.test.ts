// The forty-seventh holdout (GitHub's custom secret-scanning patterns' own tests, labelled by their test: and expected:
// entries) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads
// from its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never
// listed. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout47CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { customPatternSource, cutsValue, labelPatternFolder, narrowToValue, readPatterns } from '../../../bench/guard/corpus/build/customPatternTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { [customPatternSource]: 'advanced-security/secret-scanning-custom-patterns' });
});

test("the forty-seventh holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout47');
  assert.deepEqual(readExternalCorpus([holdout47CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-seventh holdout": 153 items, 125 scored (96 secret, 29 clean), 28 apart; 72 distinct values.
  assert.equal(held.length, 153);
  const folder = (i: { rule: string }) => i.rule.slice(0, i.rule.indexOf('/'));
  const counts = (f: string) => {
    const inFolder = held.filter((i) => folder(i) === f);
    return [inFolder.filter((i) => i.label === 'secret' && !i.note).length, inFolder.filter((i) => i.label === 'clean' && !i.note).length, inFolder.filter((i) => i.note).length];
  };
  assert.deepEqual(['generic', 'vendors', 'uri', 'rsa', 'common'].map(counts), [[10, 0, 5], [45, 0, 4], [2, 26, 18], [2, 3, 1], [37, 0, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 72);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout47', `holdout47 (${customPatternSource})`);
});

test('the YAML reader: test: as a mapping or a list, | blocks, expected: lists at either indent, a test: under regex: not read', () => {
  const yaml = [
    'name: Example',
    'patterns:',
    '  - name: One',
    '    type: one',
    '    regex:',
    '      pattern: |',
    '        x+',
    '      test:',
    '        data: not-read',
    '    test:',
    '      data: key="v4lue9"',
    '      start_offset: 5',
    '    expected:',
    '    - name: a.txt',
    '      start_offset: 4',
    '      end_offset: 10',
    '  - name: Two',
    '    type: two',
    '    test:',
    '      - data: |',
    '          client_id = \'abc\'',
    '          client_secret = \'s3cr3tv4l\'',
    '    comments:',
    '      - "a comment"',
  ].join('\n');
  assert.deepEqual(readPatterns(yaml), [
    { type: 'one', tests: [{ data: 'key="v4lue9"', start: 5, end: undefined }], expected: [{ name: 'a.txt', start: 4, end: 10 }] },
    { type: 'two', tests: [{ data: "client_id = 'abc'\nclient_secret = 's3cr3tv4l'\n", start: undefined, end: undefined }], expected: [] },
  ]);
});

test('narrowing a span to its credential value, and a span that cuts a value', () => {
  assert.equal(narrowToValue('user:Zr8Qy2Hn@hub.example.invalid/'), 'Zr8Qy2Hn');
  assert.equal(narrowToValue('mongodb+srv://u:p4Ss@h.invalid/'), 'p4Ss');
  assert.equal(narrowToValue('password="Pw8qT2"'), 'Pw8qT2');
  assert.equal(narrowToValue("clientId: 'oac_1'\nclientSecret: 'Qz9vR4t'\n"), 'Qz9vR4t');
  assert.equal(narrowToValue('--BEGIN RSA PRIVATE KEY-----\\r\\nMIIBOgIBAAJ=\\r\\n-----END RSA PRIVATE KEY--'), 'MIIBOgIBAAJ=');
  assert.equal(narrowToValue('kc3KP75a~edN1"'), 'kc3KP75a~edN1');
  assert.ok(cutsValue('Bearer FAKETOKEN', 8, 16));
  assert.ok(!cutsValue('Bearer FAKETOKEN', 7, 16));
});

test('a folder: tests and expected lines are items, other lines clean only when every pattern has expected spans, non-credentials apart', () => {
  const yaml = [
    'patterns:',
    '  - name: Secret',
    '    type: some_secret',
    '    test:',
    '      data: token=Hq7vX2pL9w',
    '      start_offset: 6',
    '    expected:',
    '      - name: f.txt',
    '        start_offset: 6',
    '        end_offset: 16',
    '  - name: IPs',
    '    type: any_ipv4_addresses',
    '    expected:',
    '      - name: f.txt',
    '        start_offset: 17',
    '        end_offset: 24',
  ].join('\n');
  const file = 'token=Hq7vX2pL9w\n8.8.8.8\n}\nversion 1.2.3\n';
  const items = labelPatternFolder('x', yaml, new Map([['f.txt', file]]));
  assert.deepEqual(items.map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['x/patterns.yml#some_secret test', 'secret', ['Hq7vX2pL9w'], undefined],
    ['x/f.txt:1 some_secret', 'secret', ['Hq7vX2pL9w'], undefined],
    ['x/f.txt:2 any_ipv4_addresses', 'clean', [], 'not a credential (an address, identifier, host name or public key the pattern finds)'],
    ['x/f.txt:4', 'clean', [], undefined],
  ]);
  // A pattern without expected spans: the folder's other lines are not asserted, so not items.
  const unasserted = `${yaml}\n  - name: Loose\n    type: loose\n`;
  assert.equal(labelPatternFolder('x', unasserted, new Map([['f.txt', file]])).filter((i) => i.label === 'clean' && !i.note).length, 0);
  assert.throws(() => labelPatternFolder('x', yaml.replace('start_offset: 6\n        end_offset: 16', 'start_offset: 7\n        end_offset: 16'), new Map([['f.txt', file]])), /cuts a value/);
});
