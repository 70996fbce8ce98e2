// The eighteenth holdout (ggshield's recorded secret scans, brakeman's hard-coded secret warnings in its app tests,
// GitLab's UrlSanitizer spec) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one
// build), loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored
// but never listed; each label traces to the verdict its test records. Items are compared and counted, never printed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout18CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelGgshieldCassettes } from '../../../bench/guard/corpus/build/ggshieldCassettes';
import { labelBrakemanAssertions } from '../../../bench/guard/corpus/build/brakemanSecretWarnings';
import { labelUrlSanitizerSpec, userinfoPassword } from '../../../bench/guard/corpus/build/urlSanitizerSpec';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string, apart: boolean) =>
  items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { ggshield: 'GitGuardian/ggshield', brakeman: 'presidentbeef/brakeman', 'gitlab-url-sanitizer': 'gitlabhq/gitlabhq' });
});

test("the eighteenth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout18');
  assert.deepEqual(readExternalCorpus([holdout18CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The eighteenth holdout": 88 items, 52 scored (19 secret, 33 clean), 36 apart.
  assert.equal(held.length, 88);
  assert.deepEqual([count(held, 'ggshield', 'secret', false), count(held, 'ggshield', 'clean', false), held.filter((i) => i.source === 'ggshield' && i.note).length], [13, 4, 0]);
  assert.deepEqual([count(held, 'brakeman', 'secret', false), count(held, 'brakeman', 'clean', false), count(held, 'brakeman', 'clean', true)], [5, 0, 1]);
  assert.deepEqual([count(held, 'gitlab-url-sanitizer', 'secret', false), count(held, 'gitlab-url-sanitizer', 'clean', false), count(held, 'gitlab-url-sanitizer', 'secret', true), count(held, 'gitlab-url-sanitizer', 'clean', true)], [1, 29, 20, 15]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('ggshield'), values('brakeman'), values('gitlab-url-sanitizer'), values()], [6, 5, 1, 12]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout18', 'holdout18 (ggshield, brakeman, gitlab-url-sanitizer)');
});

test("ggshield's labeller: a credential's matches are the secrets; an identifier's are not; no break is clean; offsets are checked", () => {
  const doc = 'DB_HOST=db.internal DB_PASSWORD=Xq7mWz2v';
  const at = (s: string) => [doc.indexOf(s), doc.indexOf(s) + s.length - 1] as const;
  const m = (type: string, match: string) => ({ type, match, index_start: at(match)[0], index_end: at(match)[1] });
  const cassette = (results: object[], docs = [doc]) => ({ path: 'c.yaml', scans: [{ uri: 'u', documents: docs.map((d, k) => ({ filename: `f${k}`, document: d })), results }] }) as never;
  const report: string[] = [];
  const items = labelGgshieldCassettes([
    cassette([{ policy_break_count: 1, policy_breaks: [{ type: 'MySQL', policy: 'Secrets detection', matches: [m('host', 'db.internal'), m('password', 'Xq7mWz2v')] }] }]),
    cassette([{ policy_break_count: 0, policy_breaks: [] }], ['nothing here']),
    cassette([{ policy_break_count: 1, policy_breaks: [{ type: 'MySQL', policy: 'Secrets detection', matches: [m('host', 'db.internal')] }] }]),
  ], ['host', 'port', 'username', 'client_id'], report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['Xq7mWz2v'], ''],
    ['clean', [], ''],
    ['clean', [], 'the engine reports no credential in it'],
  ]);
  assert.equal(report.length, 1);
  assert.throws(() => labelGgshieldCassettes([cassette([{ policy_break_count: 1, policy_breaks: [{ type: 'x', policy: 'Secrets detection', matches: [{ type: 'apikey', match: 'Xq7mWz2v', index_start: 0, index_end: 7 }] }] }])], [], []));
});

test("brakeman's labeller: the warned line's literal; an absence is clean, apart when it turns on the repository", () => {
  const files = new Map([['a/secrets.rb', 'X = 1\nAPI_KEY = "k3yV4lu3z"\n'], ['b/token.rb', "App.config.secret_token = 'abc'\n"]]);
  const items = labelBrakemanAssertions([
    { test: 't1', asserted: 'warning', warning: 'Hardcoded value', file: 'a/secrets.rb', line: 2 },
    { test: 't2', asserted: 'no warning', warning: 'Session secret', file: 'b/token.rb', line: 1 },
    { test: 't3', asserted: 'no warning', warning: 'Session secret', file: 'b/token.rb', line: 1, why: '.gitignore' },
    { test: 't4', asserted: 'warning', warning: 'Hardcoded value', file: 'a/secrets.rb', line: 1 },
  ], files, []);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['secret', ['k3yV4lu3z'], ''],
    ['clean', [], ''],
    ['clean', [], 'the verdict turns on the repository, not the text'],
  ]);
});

test("GitLab's UrlSanitizer labeller: the userinfo's password; unchanged is clean; a user alone, a template variable and stand-ins apart", () => {
  assert.equal(userinfoPassword('https://u:p4ss@h.test/x'), 'p4ss');
  assert.equal(userinfoPassword('//u:@h.test'), undefined);
  assert.equal(userinfoPassword('u:pw@h.test:1234/org'), 'pw');
  assert.equal(userinfoPassword('http://u:p@{domain}/hook?email=j@e.com'), 'p');
  const spec = [
    "  describe '.sanitize' do",
    '    where(:input, :output) do',
    "      urls = ['http://', ''].flat_map do |protocol|",
    '        [',
    '          ["#{protocol}h.test", "#{protocol}h.test"],',
    '          ["#{protocol}u:Zr4kq9@h.test", "#{protocol}*****:*****@h.test"]',
    '        ]',
    '      end',
    "      urls << ['u@h:p.git', 'u@h:p.git']",
    "      urls << ['ssh://', '']",
    '    end',
    '  end',
    '',
    "  describe '.sanitize_masked_url' do",
    '    where(:original_url, :masked_url) do',
    "      'http://u@{d}/x' | 'http://*****:*****@{d}/x'",
    "      'http://u:{pass}@e.test' | 'http://*****:*****@e.test'",
    "      'http://u:password@e.test' | 'http://*****:*****@e.test'",
    '    end',
    '  end',
    '',
  ].join('\n');
  const items = labelUrlSanitizerSpec('s.rb', spec);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note ?? '']), [
    ['clean', [], ''],
    ['secret', ['Zr4kq9'], ''],
    ['clean', [], ''],
    ['secret', ['Zr4kq9'], ''],
    ['clean', [], ''],
    ['clean', [], 'masks no credential'],
    ['clean', [], 'masks no credential'],
    ['secret', ['{pass}'], 'a template variable'],
    ['secret', ['password'], 'a documented example or filler value'],
  ]);
  assert.equal(items[1]!.text, 'remote: Not Found\nfatal: repository `http://u:Zr4kq9@h.test` not found');
});
