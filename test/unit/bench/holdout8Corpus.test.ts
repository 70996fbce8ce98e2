// The eighth holdout (GitHub CodeQL's hard-coded credentials query tests) is what its build makes of the saved
// test sources and the .expected rows the manifest transcribes, loads from its own file, and is scored but
// never listed; its labeller reads the query's results. Items are compared and counted, never printed: they
// are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart } from './builtHoldout';
import { externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelCodeqlTest, parseRow, scanSource } from '../../../bench/guard/corpus/build/codeqlCredentialTests';

const rawDir = join(__dirname, '../../../bench/guard/corpus/raw/codeql');

test("the files are CodeQL's CWE-798 test sources, saved verbatim, and every .expected row stands on a literal of them", () => {
  const manifest = JSON.parse(readFileSync(join(rawDir, 'manifest.json'), 'utf8')) as {
    repository: string;
    expected: { path: string; commit: string; rows: string[] }[];
    files: { file: string; path: string; commit: string; chars: number; source: string }[];
  };
  assert.equal(manifest.repository, 'github/codeql');
  assert.equal(manifest.files.length, 9);
  assert.equal(manifest.expected.length, 4);
  for (const { file, path, commit, chars } of manifest.files) {
    assert.match(path, /\/(?:CWE-798|cwe-798|CWE-798-HardcodedCredentials)\/[^/]+$/);
    assert.equal(file, `${path.replace(/\//g, '__')}.txt`);
    assert.match(commit, /^[0-9a-f]{40}$/);
    assert.equal(readFileSync(join(rawDir, file), 'utf8').length, chars, file);
  }
  const names = manifest.files.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1));
  for (const e of manifest.expected) for (const row of e.rows) assert.ok(names.includes(parseRow(row).file), row);
  assert.deepEqual([...new Set(manifest.files.map((f) => f.source))].sort(), ['codeql-go', 'codeql-js', 'codeql-python', 'codeql-ruby']);
});

test('the eighth holdout loads from its own file: both labels per language, counted by the bench, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const eighth = all.filter((i) => i.split === 'holdout8');
  assert.deepEqual(readExternalCorpus([holdout8CorpusFile]).map((i) => i.text), eighth.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile]).every((i) => i.split !== 'holdout8'), 'an older file holds an eighth-holdout item');
  assert.ok(eighth.length < 400 && all.every((i) => (i.split as string) !== 'tune8'));
  assert.ok(eighth.filter((i) => !i.note).length >= 100, 'fewer than 100 scored items');
  for (const source of ['codeql-js', 'codeql-ruby', 'codeql-python', 'codeql-go']) {
    assert.ok(eighth.some((i) => i.source === source && i.label === 'secret' && !i.note) && eighth.some((i) => i.source === source && i.label === 'clean' && !i.note), source);
  }
  assertReportedApart(all, 'holdout8', 'holdout8 (codeql-js, codeql-ruby, codeql-python, codeql-go)');
});

test('the literal scanner: quotes, backticks over lines, triple quotes, comments', () => {
  const go = ['a := "x" // "not a literal"', 'b := `one', 'two` + "y"'].join('\n');
  const { literals, commentAt } = scanSource(go, false);
  assert.deepEqual(literals.map((l) => [l.startLine, l.startCol, l.endLine, l.endCol, l.value]), [[1, 6, 1, 8, 'x'], [2, 6, 3, 4, 'one\ntwo'], [3, 8, 3, 10, 'y']]);
  assert.equal(commentAt[0], 9);
  const py = scanSource("k = '''a'b''' # it's\nv = \"c#d\"", true);
  assert.deepEqual(py.literals.map((l) => l.value), ["a'b", 'c#d']);
});

test("CodeQL's results label lines: the reported values, user names, public keys and placeholders apart, known misses, clean lines", () => {
  const js = [
    "const lib = require('toylib');",
    "lib.connect({ user: 'toy-user', password: 'toy-pass-1' }); // $ Alert",
    "lib.login('toy-user-2'); // $ Alert",
    "var publicKey = 'toy-public'; // $ Alert",
    "lib.client('TOKEN'); // $ Alert",
    "headers.append('Authorization', `Basic toy:toy-pass-2`); // $ Alert",
    "lib.other({ password: 'toy-pass-1' });",
    "lib.set('toy-miss'); // $ MISSING: Alert",
    "lib.host('example.org');",
    "lib.pass('toy-ok'); // OK",
  ].join('\n');
  const rows = [
    'toy.js:2:21:2:30 user name', 'toy.js:2:43:2:54 password', 'toy.js:3:11:3:22 user name', 'toy.js:4:17:4:28 jwt key',
    'toy.js:5:12:5:18 token', 'toy.js:6:33:6:54 authorization header',
  ].map(parseRow);
  const items = labelCodeqlTest('dir/toy.js', js, rows, [], []);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['toy-pass-1'], ''],
    ['secret', ['toy-user-2'], 'a user name'],
    ['secret', ['toy-public'], 'a public key'],
    ['secret', ['TOKEN'], 'a documented example or filler value'],
    ['secret', ['toy:toy-pass-2'], ''],
    ['secret', ['toy-miss'], 'fixme'],
    ['clean', [], 'a reported value, unreported here'],
    ['clean', [], ''],
    ['clean', [], ''],
  ]);
  assert.equal(items[0]!.text, "lib.connect({ user: 'toy-user', password: 'toy-pass-1' });", 'the marker comment is removed');
  assert.equal(items[0]!.rule, 'dir/toy.js:2');
  assert.throws(() => labelCodeqlTest('dir/toy.js', js, [parseRow('toy.js:2:20:2:30 password')], [], []), /no literal at/);
  assert.throws(() => labelCodeqlTest('dir/toy.js', js, rows.filter((r) => r.startLine !== 2), [], []), /marked as a result/);
});
