// The sixteenth holdout (Sentry Relay's data scrubbing tests, Microsoft security-utilities' SecretMasker tests) is what
// its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file
// with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each label
// traces to the output its test requires. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout16CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelRelayTests, maskedItem, maskedStretches, snapshotData } from '../../../bench/guard/corpus/build/relayScrubberTests';
import { labelSecretMaskerTests } from '../../../bench/guard/corpus/build/secretMaskerTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'sentry-relay': 'getsentry/relay', 'security-utilities': 'microsoft/security-utilities' });
});

test("the sixteenth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout16');
  assert.deepEqual(readExternalCorpus([holdout16CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The sixteenth holdout": 145 items, 130 scored (105 secret, 25 clean), 15 apart.
  assert.equal(held.length, 145);
  assert.deepEqual([count(held, 'sentry-relay', 'secret', false), count(held, 'sentry-relay', 'clean', false), count(held, 'sentry-relay', 'secret', true)], [94, 21, 13]);
  assert.deepEqual([count(held, 'security-utilities', 'secret', false), count(held, 'security-utilities', 'clean', false), count(held, 'security-utilities', 'secret', true)], [11, 4, 2]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('sentry-relay'), values('security-utilities'), values()], [36, 10, 46]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout16', 'holdout16 (sentry-relay, security-utilities)');
});

test("Relay's labeller: a value followed into the required output through the scrubber's rewrites; masked stretches; apart by the placeholder policy", () => {
  assert.deepEqual(maskedStretches('foo redis://r:foo@h:1/0 bar pg://m:x1@h/1', 'foo redis://r:[Filtered]@h:1/0 bar pg://m:[Filtered]@h/1'), ['foo', 'x1']);
  assert.equal(maskedStretches('session=foobar', 'session=[Filtered], language=en'), undefined);
  assert.deepEqual(maskedStretches('https://u:p4@x', 'https://u:+++@x', '+++'), ['p4']);
  const source = [
    'fn vars() -> serde_json::Value {',
    '    serde_json::json!({',
    '        "foo": "bar",',
    '        "password": "hunter2",',
    '        "api_key": "secret_key",',
    '    })',
    '}',
    'fn test_a() {',
    '    let mut data = Event::from_value(serde_json::json!({',
    '        "request": {"cookies": vars(), "query_string": "a=1&password=s3cr3t"},',
    '        "extra": {"headers": [',
    '            ["Auth", "x9y8"]',
    '        ]}',
    '    }).into());',
    '}',
  ].join('\n');
  const snapshot = [
    '---', 'expression: data', '---', '{',
    '  "request": {"cookies": [["api_key", "[Filtered]"], ["foo", "bar"], ["password", "[Filtered]"]], "query_string": [["a", "1"], ["password", "[Filtered]"]]},',
    '  "extra": {"headers": [["[Filtered]", "[Filtered]"]]},',
    '  "_meta": {}',
  ].join('\n');
  assert.deepEqual(snapshotData(`${snapshot.split('\n  "_meta"')[0]}\n`), JSON.parse(`${snapshot.split(',\n  "_meta"')[0]}}`.split('---\n')[2]!));
  const items = labelRelayTests(source, [{ test: 'test_a', snapshot: 's' }], new Map([['s', `${snapshot.split('\n  "_meta"')[0]}\n`]]), []);
  const byText = new Map(items.map((i) => [i.text, i]));
  assert.equal(byText.get('"foo": "bar",')!.label, 'clean');
  assert.deepEqual(byText.get('"password": "hunter2",')!.secrets, ['hunter2']);
  assert.equal(byText.get('"api_key": "secret_key",')!.note, 'a documented example or filler value');
  assert.deepEqual(byText.get('"request": {"cookies": vars(), "query_string": "a=1&password=s3cr3t"},')!.secrets, ['s3cr3t']);
  assert.deepEqual(byText.get('["Auth", "x9y8"]')!.secrets, ['x9y8']);
  // A value written more often than masked cannot be counted redacted by the bench: apart.
  assert.equal(maskedItem('foo redis://r:foo@h', ['foo'], 'r', new Map([['foo', 1]])).note, 'a value the scrubber leaves elsewhere in its text');
  assert.equal(maskedItem('a=foo&b=foo', ['foo', 'foo'], 'r', new Map([['foo', 2]])).note, undefined);
  assert.equal(maskedItem('-----BEGIN PUBLIC KEY-----\nAB==', ['AB=='], 'r', new Map(), true).note, 'a public key');
});

test("the SecretMasker labeller: an input with its expected output, a kept input, a masked row; the slot's own name apart", () => {
  const source = [
    '    [TestMethod]',
    '    public void A()',
    '    {',
    '        string input = @"https://u:pass4;x@h";',
    '        string expected = "https://u:+++@h";',
    '    }',
    '    [TestMethod]',
    '    public void B()',
    '    {',
    '        string input = "https://u:password@h";',
    '        string expected = "https://u:+++@h";',
    '    }',
    '    [DataTestMethod]',
    '    [DataRow("npm_abcdefabcdefabcdefabcdefabcdefabcdef", "x")]',
    '    public void C(string input, string expected)',
    '    {',
    '        Assert.AreEqual("+++", actual);',
    '    }',
  ].join('\n');
  const items = labelSecretMaskerTests('t.cs', source, []);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['pass4;x'], undefined],
    ['secret', ['password'], 'a documented example or filler value'],
    ['secret', ['npm_abcdefabcdefabcdefabcdefabcdefabcdef'], undefined],
  ]);
});
