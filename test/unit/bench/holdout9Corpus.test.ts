// The ninth holdout (Checkmarx KICS's "Passwords And Secrets" query tests) is built from the saved test files, the
// expected results and the manifest's pairing of rows with the saved versions' lines (that holdout9.jsonl is what
// the build makes: builtCorpus.test.ts), loads from its own file, and is scored but never listed; its labeller reads
// the query's expected results. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart } from './builtHoldout';
import { externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { apartNote, expectedRows, labelKicsTests, mismatch } from '../../../bench/guard/corpus/build/kicsTests';

const rawDir = join(__dirname, '../../../bench/guard/corpus/raw/kics');
const testDir = 'assets/queries/common/passwords_and_secrets/test/';

test("the files are KICS's secrets query test files, saved verbatim, and every expected row names a saved positive file", () => {
  const manifest = JSON.parse(readFileSync(join(rawDir, 'manifest.json'), 'utf8')) as {
    repository: string;
    expected: { file: string; path: string; chars: number };
    files: { file: string; path: string; commit: string; chars: number; crlf?: boolean }[];
    findings: Record<string, { query: string; row: number; line: number; value: string }[]>;
  };
  assert.equal(manifest.repository, 'Checkmarx/kics');
  assert.equal(manifest.expected.path, `${testDir}positive_expected_result.json`);
  assert.equal(readFileSync(join(rawDir, manifest.expected.file), 'utf8').length, manifest.expected.chars);
  const names = manifest.files.map((f) => f.path.slice(testDir.length));
  assert.equal(names.filter((n) => n.startsWith('positive')).length, 45);
  assert.equal(names.filter((n) => n.startsWith('negative')).length, 100);
  for (const { file, path, commit, chars, crlf } of manifest.files) {
    assert.ok(path.startsWith(testDir) && /^(?:positive|negative)\d+\.[a-z]+$/.test(path.slice(testDir.length)), path);
    assert.equal(file, `${path.slice(testDir.length)}.txt`);
    assert.match(commit, /^[0-9a-f]{40}$/);
    const text = readFileSync(join(rawDir, file), 'utf8');
    assert.equal(text.length, chars, file);
    assert.equal(text.includes('\r\n'), crlf === true, file);
  }
  assert.deepEqual(readdirSync(rawDir).filter((f) => f !== 'manifest.json').sort(), [...manifest.files.map((f) => f.file), manifest.expected.file].sort());
  const rows = expectedRows(readFileSync(join(rawDir, manifest.expected.file), 'utf8'));
  for (const row of rows) assert.ok(names.includes(row.fileName), row.fileName);
  assert.deepEqual(Object.keys(manifest.findings).sort(), names.filter((n) => n.startsWith('positive')).sort());
});

test('the ninth holdout loads from its own file: both labels, counted by the bench, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const ninth = all.filter((i) => i.split === 'holdout9');
  assert.deepEqual(readExternalCorpus([holdout9CorpusFile]).map((i) => i.text), ninth.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile]).every((i) => i.split !== 'holdout9'), 'an older file holds a ninth-holdout item');
  assert.ok(ninth.length < 400 && all.every((i) => (i.split as string) !== 'tune9'));
  assert.ok(ninth.filter((i) => !i.note).length >= 100, 'fewer than 100 scored items');
  assert.ok(ninth.some((i) => i.label === 'secret' && !i.note) && ninth.some((i) => i.label === 'clean' && !i.note));
  assertReportedApart(all, 'holdout9', 'holdout9 (kics)');
});

test("the expected rows: the query's name without its family, a row of another query refused", () => {
  const rows = expectedRows(JSON.stringify([{ queryName: 'Passwords And Secrets - Generic Token', severity: 'HIGH', line: 3, fileName: 'positive1.tf' }]));
  assert.deepEqual(rows, [{ fileName: 'positive1.tf', line: 3, query: 'Generic Token' }]);
  assert.throws(() => expectedRows(JSON.stringify([{ queryName: 'Another Query', line: 1, fileName: 'x' }])), /another query/);
});

test('a saved version holds its rows only when the pairs are its rows and each value stands on its line', () => {
  const text = ['# "Generic Token" header', 'provider "toy" {', '  token = "toy-token-1"', '}', 'body = <<EOT', '-----BEGIN TOY-----', 'AAAA', 'BBBB', 'EOT'].join('\n');
  const rows = [{ line: 2, query: 'Generic Token' }, { line: 5, query: 'Asymmetric private key' }];
  const findings = [
    { query: 'Generic Token', row: 2, line: 3, value: 'toy-token-1' },
    { query: 'Asymmetric private key', row: 5, line: 6, value: 'AAAA\nBBBB' },
  ];
  assert.equal(mismatch(text, rows, findings), undefined);
  assert.match(mismatch(text, rows, findings.slice(0, 1))!, /are not its rows/);
  assert.match(mismatch(text, rows, [{ ...findings[0]!, line: 2 }, findings[1]!])!, /does not hold/);
  assert.match(mismatch(text.replace('-----BEGIN TOY-----\n', '-----BEGIN TOY-----\n\n'), rows, findings)!, /block/);
});

test('values apart: placeholders, references, values that are no credential', () => {
  assert.equal(apartNote('T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', ''), 'a documented example or filler value');
  assert.equal(apartNote('toyEXAMPLEKEY', ''), 'a documented example or filler value');
  assert.equal(apartNote('null', 'password = x ? y : "null"'), 'a reference, not a value');
  assert.equal(apartNote('{{resolve:toy:path}}', ''), 'a reference, not a value');
  assert.equal(apartNote('123-toy.apps.googleusercontent.com', ''), 'not a credential');
  assert.equal(apartNote('{"username":"toy"}', ''), 'not a credential');
  assert.equal(apartNote('ToyPrefix*', 'allow "arn:aws:secretsmanager:x:secret:ToyPrefix*" here'), 'not a credential');
  assert.equal(apartNote('ToyPrefix*', 'secret: ToyPrefix*'), undefined);
  assert.equal(apartNote('toy-pass-1', 'password: toy-pass-1'), undefined);
});

test('positive files are secret items (apart values out of their secrets), negative files clean items', () => {
  const report: string[] = [];
  const items = labelKicsTests(
    [
      { path: 'p1.tf', text: 'a = 1\npassword = "toy-pass-1"\nurl = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"\n', rows: [{ line: 2, query: 'Generic Password' }, { line: 3, query: 'Slack Webhook' }], findings: [{ query: 'Generic Password', row: 2, line: 2, value: 'toy-pass-1' }, { query: 'Slack Webhook', row: 3, line: 3, value: 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX' }] },
      { path: 'p2.tf', text: 'token = "{{resolve:toy}}"\n', rows: [{ line: 1, query: 'Generic Token' }], findings: [{ query: 'Generic Token', row: 1, line: 1, value: '{{resolve:toy}}' }] },
      { path: 'p3.tf', text: 'other\n', rows: [{ line: 1, query: 'Generic Token' }], findings: [] },
    ],
    [{ path: 'n1.tf', text: 'token = var.toy\n' }, { path: 'n2.tf', text: 'again "toy-pass-1"\n' }],
    report,
  );
  assert.deepEqual(items.map((i) => [i.rule, i.label, i.secrets, i.note ?? '']), [
    ['p1.tf', 'secret', ['toy-pass-1'], ''],
    ['p2.tf', 'secret', ['{{resolve:toy}}'], 'a reference, not a value'],
    ['n1.tf', 'clean', [], ''],
    ['n2.tf', 'clean', [], 'holds a reported value'],
  ]);
  assert.equal(items[0]!.text, 'a = 1\npassword = "toy-pass-1"\nurl = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"\n', 'the whole file');
  assert.deepEqual(report, ['kics p3.tf: not taken: its findings (none) are not its rows (Generic Token@1)']);
});
