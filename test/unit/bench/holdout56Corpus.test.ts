// The fifty-sixth holdout (credential helpers' and credential stores' own tests: git's credential scripts, Git Credential
// Manager, docker-credential-helpers, keyrings, gopass, pass and pass-otp) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build) and loads from its own file with the counts corpus/README.md
// gives. This test reads labels and texts only: it never runs the redactor. Items are compared and counted, never printed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout56CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { credentialHelperSources, helperItem, labelGitCredentialScript, labelHelperCases, passedByPolicy, protocolCredentials } from '../../../bench/guard/corpus/build/credentialHelperTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'git-credential': 'git/git', 'git-credential-manager': 'git-ecosystem/git-credential-manager', 'docker-credential-helpers': 'docker/docker-credential-helpers',
    'go-keyring': 'zalando/go-keyring', '99designs-keyring': '99designs/keyring', 'node-keytar': 'atom/node-keytar', 'jaraco-keyring': 'jaraco/keyring',
    gopass: 'gopasspw/gopass', 'password-store': 'von-forks/password-store', 'pass-otp': 'tadfisher/pass-otp',
  });
});

test("the fifty-sixth holdout loads from its own file with the README's counts", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout56');
  assert.deepEqual(readExternalCorpus([holdout56CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-sixth holdout": 178 items, 168 scored (98 secret, 70 clean), 10 apart; 35 distinct values.
  assert.equal(held.length, 178);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(credentialHelperSources.map(bySource), [[39, 62, 7], [10, 5, 0], [13, 0, 1], [2, 0, 1], [2, 0, 0], [3, 0, 1], [5, 0, 0], [7, 2, 0], [1, 0, 0], [16, 1, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 35);
  for (const i of held) {
    assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
    assert.ok(i.label === 'clean' ? i.secrets.length === 0 : i.secrets.length > 0, `${i.rule}: its label and its secrets disagree`);
  }
});

test("git's scripts: check heredocs split at --, the shell's quoting undone, helper scripts and filled templates left", () => {
  const script = [
    "test_expect_success 'setup' '",
    '\twrite_script git-credential-x <<-\\EOF &&',
    '\techo password=$1',
    '\tEOF',
    "'",
    "test_expect_success 'fill' '",
    '\tcheck fill "verbatim u Qk7pZ2" <<-\\EOF',
    '\tprotocol=https',
    '\thost=example.com',
    '\t--',
    '\tprotocol=https',
    '\thost=example.com',
    '\tusername=u',
    '\tpassword=Qk7pZ2',
    '\t--',
    "\taskpass: Password for '\\''https://u@example.com'\\'':",
    '\tEOF',
    "'",
    "test_expect_success 'store' '",
    '\techo "https://u:Wm4rT9@example.com" >"$HOME/.git-credentials" &&',
    '\tcheck approve store <<-\\EOF',
    '\tprotocol=https',
    '\thost=example.com',
    '\tusername=u',
    '\tpassword=pass',
    '\tEOF',
    "'",
    'f () {',
    '\tcheck fill "verbatim u p" <<-EOF',
    '\turl=$1',
    '\t--',
    '\tpassword=p',
    '\tEOF',
    '}',
  ].join('\n');
  assert.deepEqual(labelGitCredentialScript('t.sh', script).map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['t.sh#fill[stdin]', 'clean', [], undefined],
    ['t.sh#fill[stdout]', 'secret', ['Qk7pZ2'], undefined],
    ['t.sh#fill[stderr]', 'clean', [], undefined],
    ['t.sh#store[echo]', 'secret', ['Wm4rT9'], undefined],
    ['t.sh#store[stdin]', 'secret', ['pass'], 'a documented example or filler value'],
  ]);
  assert.equal(labelGitCredentialScript('t.sh', script)[2]!.text, "askpass: Password for 'https://u@example.com':\n");
  assert.deepEqual([...protocolCredentials('verbatim: password=bar\nuseless: oauth_refresh_token=xyzzy\ncredential=tok9\nurl=https://a:b7@h\npassword=\n')], [['bar', 1], ['xyzzy', 1], ['tok9', 1], ['b7', 1]]);
});

test('the placeholder policy, a value written outside its slot, and transcribed cases checked against the saved file', () => {
  assert.ok(passedByPolicy('secret') && passedByPolicy('test-password') && passedByPolicy('token') && passedByPolicy('xxxxxxxx'));
  assert.ok(!passedByPolicy('letmein123') && !passedByPolicy('store-pass'));
  assert.equal(helperItem('username=cmdline\npassword=cmdline\n', new Map([['cmdline', 1]]), 'r').note, 'a secret written elsewhere in its text too');
  assert.equal(helperItem('username=foobarbaz\nsecret=foobarbazqux\n', new Map([['foobarbazqux', 1]]), 'r').note, undefined);
  assert.deepEqual(helperItem('host=example.com\n', new Map(), 'r'), { text: 'host=example.com\n', secrets: [], label: 'clean', rule: 'r' });
  const files = new Map([['a_test.go', 'x := Item{Data: "Zq8mN3vP"}\nname := "$v"']]);
  assert.deepEqual(labelHelperCases('s', [{ path: 'a_test.go', text: 'Item{Data: "Zq8mN3vP"}', secrets: ['Zq8mN3vP'], rule: 'T[item]' }], files).map((i) => [i.rule, i.secrets]), [['a_test.go#T[item]', ['Zq8mN3vP']]]);
  assert.throws(() => labelHelperCases('s', [{ path: 'a_test.go', text: 'Item{Data: "other"}', secrets: ['other'], rule: 'T' }], files));
  assert.throws(() => labelHelperCases('s', [{ path: 'a_test.go', text: '{"Data":"Zq8mN3vP"}', secrets: ['Zq8mN3vP'], rule: 'T', from: ['Data: "Zq8mN3vP"', 'json.Marshal'] }], files));
});
