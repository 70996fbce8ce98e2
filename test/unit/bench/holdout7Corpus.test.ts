// The seventh holdout (semgrep-rules' language rules for hard-coded credentials) is what its build makes of
// the saved test files, loads from its own file, and is scored but never listed; its labeller reads semgrep's
// own ruleid/ok markers. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart } from './builtHoldout';
import { externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { boundName, exampleOrFiller, labelSemgrepLanguageTest } from '../../../bench/guard/corpus/build/semgrepLanguageTests';

const rawDir = join(__dirname, '../../../bench/guard/corpus/raw/semgrep-lang');

test("the files are semgrep-rules' language rules' tests (not generic/secrets), saved verbatim, each marking its credential rules", () => {
  const manifest = JSON.parse(readFileSync(join(rawDir, 'manifest.json'), 'utf8')) as { repository: string; files: { file: string; path: string; commit: string; rules: string[]; chars: number }[] };
  assert.equal(manifest.repository, 'semgrep/semgrep-rules');
  assert.equal(manifest.files.length, 24);
  for (const { file, path, commit, rules, chars } of manifest.files) {
    assert.ok(!path.startsWith('generic/'), path);
    assert.equal(file, `${path.replace(/\//g, '__')}.txt`);
    assert.match(commit, /^[0-9a-f]{40}$/);
    const text = readFileSync(join(rawDir, file), 'utf8');
    assert.equal(text.length, chars, file);
    for (const rule of rules) assert.match(text, new RegExp(`(?:ruleid|ok|todoid|todook):\\s*${rule}\\b`), `${file} ${rule}`);
  }
});

test('the seventh holdout loads from its own file: both labels, counted by the bench, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const seventh = all.filter((i) => i.split === 'holdout7');
  assert.deepEqual(readExternalCorpus([holdout7CorpusFile]).map((i) => i.text), seventh.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile]).every((i) => i.split !== 'holdout7'), 'an older file holds a seventh-holdout item');
  // Fewer than 400 items: no readable tune7 split (corpus/README.md), all of it held out.
  assert.ok(seventh.length < 400 && all.every((i) => (i.split as string) !== 'tune7'));
  assert.ok(seventh.filter((i) => i.label === 'secret' && !i.note).length >= 40 && seventh.filter((i) => i.label === 'clean' && !i.note).length >= 15, 'fewer items of a label than built');
  assert.deepEqual([...new Set(seventh.map((i) => i.source))], ['semgrep-rules-lang']);
  assertReportedApart(all, 'holdout7', 'holdout7 (semgrep-rules-lang)');
});

test('the binding forms a credential name takes, and the filler and example values set apart', () => {
  assert.equal(boundName('const signingKey = '), 'signingKey');
  assert.equal(boundName('  opts := '), 'opts');
  assert.equal(boundName('fn(api_token='), 'api_token');
  assert.equal(boundName('http_auth :user => "u", :password => '), 'password');
  assert.equal(boundName('cfg["SESSION_SECRET"] = '), 'SESSION_SECRET');
  assert.equal(boundName("{'db_pwd': "), 'db_pwd');
  assert.equal(boundName('var hmacKey = []byte('), 'hmacKey');
  assert.equal(boundName('if (a == '), undefined);
  assert.equal(boundName('sign(payload, '), undefined);
  assert.ok(exampleOrFiller('AKIAEXAMPLEVALUE') && exampleOrFiller('abcdxxxxxxxxxxxx') && exampleOrFiller('----------------'));
  assert.ok(!exampleOrFiller('toy-value-1') && !exampleOrFiller('xx12'));
});

test('semgrep markers label statements: the reported literal, a finding opened by an import read on its region, the rest not taken', () => {
  const file = [
    "import lib",
    "# ruleid: toy-rule",
    "signing_key = 'toy-one'",
    "# ruleid: toy-rule",
    "lib.sign({'kind': 'demo'}, 'toy-two', algorithm='HS256')",
    "# ruleid: toy-rule",
    "lib.sign(payload, signing_key)",
    "# ruleid: toy-rule",
    "lib.sign('toy-three', 'toy-four')",
    "# ruleid: other-rule",
    "lib.debug('toy-five')",
    "# todoid: toy-rule",
    "lib.setup(api_secret='toy-six')",
    "# ruleid: toy-rule",
    "lib.setup(access_key='AKIAEXAMPLEKEY')",
    "# ok: toy-rule",
    "lib.sign(payload, os.environ['TOY'])",
    "# ok",
    "lib.sign(payload, key)",
    "# ruleid: toy-rule",
    "lib.setup(url=base + '/path', token=user_token)",
  ].join('\n');
  const report: string[] = [];
  const items = labelSemgrepLanguageTest('toy__rule.py.txt', file, ['toy-rule'], report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['toy-one'], ''],
    ['secret', ['toy-two'], ''],
    ['secret', ['toy-six'], 'fixme'],
    ['secret', ['AKIAEXAMPLEKEY'], 'a documented example or filler value'],
    ['clean', [], ''],
  ]);
  assert.equal(items[0]!.rule, 'toy/rule.py#toy-rule');
  assert.equal(report.length, 4, report.join('\n'));
  assert.ok(report.some((r) => r.includes(':7:') && r.includes('not a literal')));
  assert.ok(report.some((r) => r.includes(':9:') && r.includes('several literals')));
  assert.ok(report.some((r) => r.includes(':19:') && r.includes('without a string literal')));
  assert.ok(report.some((r) => r.includes(':21:') && r.includes('not a literal')));

  const js = [
    'function one() {',
    '  // ruleid: toy-jwt',
    "  const lib = require('toylib')",
    "  const claims = {sub: 'demo'}",
    "  const out = lib.sign(claims, 'toy-seven')",
    '}',
    '// ruleid: toy-jwt',
    'app.use(session({',
    "  secret: 'toy-eight',",
    '  resave: false,',
    '}))',
    '// ok: toy-jwt',
    "const lib2 = require('toylib') // a comment's 'quote",
  ].join('\n');
  const jsItems = labelSemgrepLanguageTest('toy__jwt.js.txt', js, ['toy-jwt'], []);
  assert.deepEqual(jsItems.map((i) => [i.label, i.secrets, i.text.split('\n').length]), [
    ['secret', ['toy-seven'], 3],
    ['secret', ['toy-eight'], 4],
    ['clean', [], 1],
  ]);
  assert.ok(jsItems[0]!.text.startsWith("const lib = require('toylib')"), 'the region is dedented');
});
