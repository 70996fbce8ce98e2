// The twenty-sixth holdout (a HAR scrubber's own fixture tables — har-capture's sanitizer cases in test_har.json and its
// validator cases in test_secrets.json) is what its build makes of the saved excerpts (builtCorpus.test.ts checks the file
// against one build), loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's default,
// and is scored but never listed; each label traces to the verdict its test requires.
// Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout26CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelHarCaptureTables, pythonJson } from '../../../bench/guard/corpus/build/harScrubberTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the excerpts are saved as the manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'har-capture': 'solentlabs/har-capture' });
});

test("the twenty-sixth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout26');
  assert.deepEqual(readExternalCorpus([holdout26CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-sixth holdout": 107 items, 89 scored (62 secret, 27 clean), 18 apart; 36 distinct values.
  assert.equal(held.length, 107);
  assert.deepEqual([held.filter((i) => i.label === 'secret' && !i.note).length, held.filter((i) => i.label === 'clean' && !i.note).length, held.filter((i) => i.note).length], [62, 27, 18]);
  assert.ok(held.every((i) => i.source === 'har-capture'));
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 36);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout26', 'holdout26 (har-capture)');
});

test("the labeller: each table read as its test reads it, the value the output replaces or the finding's value", () => {
  const excerpt = [
    '  "header_redaction_cases": [',
    '    {"header_name": "Authorization", "header_value": "Bearer Zq8rT2mw", "expected_contains": "Bearer [REDACTED]", "id": "a"},',
    '    {"header_name": "Authorization", "header_value": "Digest username=bob", "expected_contains": "Digest [REDACTED]", "id": "b"},',
    '    {"header_name": "Api-Key", "header_value": "k9", "expected_contains": "k9", "id": "c_not_detected"},',
    '    {"header_name": "Cookie", "header_value": "sid=Qw12; path=/", "expected_contains": "sid=[REDACTED]", "id": "d"},',
    '    {"header_name": "Accept", "header_value": "text/html", "expected_contains": "text/html", "id": "e"}',
    '  ],',
    '  "check_url_cases": [',
    '    {"url": "https://h/s?login_YWRtaW46cGFzc3dvcmQ=", "expected_count": 1, "id": "f"},',
    '    {"url": "https://h/p#YWRtaW46cGFzc3dvcmQ=", "expected_count": 0, "id": "g"}',
    '  ],',
  ].join('\n');
  const items = labelHarCaptureTables('t.json', excerpt);
  assert.deepEqual(items.map((i) => [i.text, i.label, i.secrets, i.note]), [
    ['Authorization: Bearer Zq8rT2mw', 'secret', ['Zq8rT2mw'], undefined],
    ['Authorization: Digest username=bob', 'secret', ['bob'], 'not a credential (a user name)'],
    ['Api-Key: k9', 'clean', [], 'the test says the scrubber misses a credential'],
    ['Cookie: sid=Qw12; path=/', 'secret', ['Qw12'], undefined],
    ['Accept: text/html', 'clean', [], undefined],
    ['https://h/s?login_YWRtaW46cGFzc3dvcmQ=', 'secret', ['YWRtaW46cGFzc3dvcmQ'], undefined],
    ['https://h/p#YWRtaW46cGFzc3dvcmQ=', 'clean', [], 'the rule passes it for its context, not its text'],
  ]);
  assert.throws(() => labelHarCaptureTables('t.json', '  "unknown_cases": [],'));
  assert.equal(pythonJson({ a: [{ b: 'c' }], d: 1 }), '{"a": [{"b": "c"}], "d": 1}');
});
