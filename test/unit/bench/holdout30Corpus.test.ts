// The thirtieth holdout (client libraries' own authentication tests — HTTP, mail, SSH and API clients: the password or
// token a test hands a client and the header, AUTH line or server check it asserts) is what its build makes of the saved
// files (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md
// gives, is read by missForms.ts's default, and is scored but never listed; each label traces to the value its test says
// was sent or accepted. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout30CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { clientAuthSources, labelClientAuthCases } from '../../../bench/guard/corpus/build/clientAuthTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    axios: 'axios/axios', superagent: 'ladjs/superagent', paramiko: 'paramiko/paramiko', nodemailer: 'nodemailer/nodemailer', 'go-client-auth': 'golang/go',
    httpx: 'encode/httpx', requests: 'psf/requests', 'cpython-clients': 'python/cpython', aiohttp: 'aio-libs/aiohttp', faraday: 'lostisland/faraday',
    ssh2: 'mscdex/ssh2', reqwest: 'seanmonstar/reqwest', urllib3: 'urllib3/urllib3', httpclient: 'apache/httpcomponents-client',
    'octokit-auth-token': 'octokit/auth-token.js', 'octokit-core': 'octokit/core.js',
  });
});

test("the thirtieth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout30');
  assert.deepEqual(readExternalCorpus([holdout30CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirtieth holdout": 109 items, 97 scored (87 secret, 10 clean), 12 apart; 38 distinct values.
  assert.equal(held.length, 109);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(clientAuthSources.map(bySource), [
    [5, 0, 0], [17, 2, 3], [5, 0, 2], [2, 0, 0], [2, 0, 2], [8, 3, 2], [2, 0, 1], [5, 0, 0], [4, 1, 1], [5, 1, 0], [4, 0, 0], [3, 0, 0], [2, 0, 0], [1, 0, 0],
    [14, 2, 0], [8, 1, 1],
  ]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...clientAuthSources.map(values), values()], [1, 3, 2, 2, 2, 4, 2, 4, 2, 5, 4, 2, 1, 1, 6, 6, 38]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout30', `holdout30 (${clientAuthSources.join(', ')})`);
});

test('the labeller: the value the test says was sent is secret, a call it says sends none is clean, stand-ins and repeats apart', () => {
  const file = "client.login({ user: 'u1', pass: 'Zq8rT2mw' }) assert(seen === 'Zq8rT2mw') client.login({ user: 'u1', pass: 'testpass' }) "
    + "createTokenAuth() expect(err).toMatch(/no token/) auth('k7Vd9', 'k7Vd9')";
  const [secret, standIn, clean, twice] = labelClientAuthCases('s', [
    { rule: 'a', text: "client.login({ user: 'u1', pass: 'Zq8rT2mw' })", asserted: "assert(seen === 'Zq8rT2mw')", secrets: ['Zq8rT2mw'] },
    { rule: 'b', text: "client.login({ user: 'u1', pass: 'testpass' })", asserted: "assert(seen === 'Zq8rT2mw')", secrets: ['testpass'] },
    { rule: 'c', text: 'createTokenAuth()', asserted: 'expect(err).toMatch(/no token/)', secrets: [] },
    { rule: 'd', text: "auth('k7Vd9', 'k7Vd9')", asserted: 'expect(err).toMatch(/no token/)', secrets: ['k7Vd9'] },
  ], file, file);
  assert.deepEqual(secret, { text: "client.login({ user: 'u1', pass: 'Zq8rT2mw' })", secrets: ['Zq8rT2mw'], label: 'secret', rule: 'a' });
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.equal(twice!.note, 'a secret written elsewhere in its text too');
  // The text must stand in the file, the assertion in the saved files, each secret in the text.
  assert.throws(() => labelClientAuthCases('s', [{ rule: 'e', text: 'absent', asserted: 'createTokenAuth()', secrets: [] }], file, file));
  assert.throws(() => labelClientAuthCases('s', [{ rule: 'f', text: 'createTokenAuth()', asserted: 'absent', secrets: [] }], file, file));
  assert.throws(() => labelClientAuthCases('s', [{ rule: 'g', text: 'createTokenAuth()', asserted: 'createTokenAuth()', secrets: ['Zq8rT2mw'] }], file, file));
});
