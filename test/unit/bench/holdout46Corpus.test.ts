// The forty-sixth holdout (Samsung CredSweeper's expected findings over its own samples: the default run against the
// ML-off run) is what its build makes of the saved excerpts (builtCorpus.test.ts checks the file against one build),
// loads from its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but
// never listed. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout46CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { credentialOf, excerptFindings, hasPasswordForm, labelCredSweeperFindings, namesNoCredential, type LineDatum } from '../../../bench/guard/corpus/build/credSweeperFindings';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the excerpts are saved as the manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { credsweeper: 'Samsung/CredSweeper' });
});

test("the forty-sixth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout46');
  assert.deepEqual(readExternalCorpus([holdout46CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-sixth holdout": three prefixes, 270 items, 192 scored (187 secret, 5 clean), 78 apart;
  // 170 distinct values. Each prefix's items come after the earlier ones', as first built.
  assert.equal(held.length, 270);
  assert.equal(held.filter((i) => i.label === 'secret' && !i.note).length, 187);
  assert.equal(held.filter((i) => i.label === 'clean' && !i.note).length, 5);
  const apart = (note: string) => held.filter((i) => i.note === note).length;
  assert.deepEqual(
    ['not a credential (an identifier, address, nonce or salt)', 'a secret written elsewhere in its text too', "holds another line's secret", "rejected by the ML validator, but of CredSweeper's own password form"].map(apart),
    [13, 8, 7, 50],
  );
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 170);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout46', 'holdout46 (credsweeper)');
});

test('the excerpt reader: a rule line starts a finding, six kept lines a datum, the value checked at its offsets', () => {
  const datum = (line: string, n: number, path: string, value: string, start: number, end: number) => [
    `                "line": ${JSON.stringify(line)},`, `                "line_num": ${n},`, `                "path": ${JSON.stringify(path)},`,
    `                "value": ${JSON.stringify(value)},`, `                "value_start": ${start},`, `                "value_end": ${end},`,
  ];
  const excerpt = ['        "rule": "AWS Multi",', ...datum('id = "AKIAZZZZZZZZZZZZZZZZ"', 3, './tests/samples/s', 'AKIAZZZZZZZZZZZZZZZZ', 6, 26),
    ...datum('key = "Qw3rtyUi0pAsdfGh"', 4, './tests/samples/s', 'Qw3rtyUi0pAsdfGh', 7, 23), '        "rule": "Token",', ...datum('tok: Zx9Vb8Nm7', 1, './tests/samples/t', 'Zx9Vb8Nm7', 5, 14)].join('\n') + '\n';
  assert.deepEqual(excerptFindings(excerpt).map((d) => [d.rule, d.path, d.lineNum, d.value]), [
    ['AWS Multi', 'tests/samples/s', 3, 'AKIAZZZZZZZZZZZZZZZZ'], ['AWS Multi', 'tests/samples/s', 4, 'Qw3rtyUi0pAsdfGh'], ['Token', 'tests/samples/t', 1, 'Zx9Vb8Nm7'],
  ]);
  assert.throws(() => excerptFindings(excerpt.replace('"value_start": 5', '"value_start": 4')), /offsets/);
});

test('the labeller: default-run lines secret, identifiers apart; ML-off-only lines clean unless they hold a secret or have the password form', () => {
  const d = (rule: string, path: string, lineNum: number, line: string, value: string): LineDatum => ({ rule, path, lineNum, line, value, start: line.indexOf(value), end: line.indexOf(value) + value.length });
  const defaults = [
    d('AWS Client ID', 's', 1, 'The ids: AKIAQWERTYUIOPASDFGH', 'AKIAQWERTYUIOPASDFGH'),
    d('AWS Multi', 's', 2, 'secret = Rt5yU7iO9pLk3jHg2fDs', 'Rt5yU7iO9pLk3jHg2fDs'),
    d('UUID', 's', 3, '--api-token 1ace4d19-fa7e-b4e2-c3f0-9129474bcd81', '1ace4d19-fa7e-b4e2-c3f0-9129474bcd81'),
    d('CMD Token', 's', 3, '--api-token 1ace4d19-fa7e-b4e2-c3f0-9129474bcd81', '1ace4d19-fa7e-b4e2-c3f0-9129474bcd81'),
    d('AWS S3 Bucket', 's', 4, 'https://b.s3.amazonaws.com/x', 'b.s3.amazonaws.com'),
  ];
  const wider = [
    ...defaults,
    d('Password', 's', 5, 'old=Rt5yU7iO9pLk3jHg2fDs', 'Rt5yU7iO9pLk3jHg2fDs'),
    d('Password', 's', 6, 'ID:master,PW:dipPr10Gg!', 'dipPr10Gg!'),
    d('Key', 's', 7, '"key":"attached_file_0"', 'attached_file_0'),
  ];
  assert.deepEqual(labelCredSweeperFindings(defaults, wider).map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['s:1', 'clean', [], 'not a credential (an identifier, address, nonce or salt)'],
    ['s:2', 'secret', ['Rt5yU7iO9pLk3jHg2fDs'], undefined],
    ['s:3', 'secret', ['1ace4d19-fa7e-b4e2-c3f0-9129474bcd81'], undefined],
    ['s:4', 'clean', [], 'not a credential (an identifier, address, nonce or salt)'],
    ['s:5', 'clean', [], "holds another line's secret"],
    ['s:6', 'clean', [], "rejected by the ML validator, but of CredSweeper's own password form"],
    ['s:7', 'clean', [], undefined],
  ]);
  assert.ok(namesNoCredential({ rule: 'Credential', value: 'AKIAGIREOGIAWSKEY323%2F21100651%2Feu-west-3' }));
  assert.ok(namesNoCredential({ rule: 'Bitbucket Client ID', value: '0DIwN2M1Ne' }));
  assert.ok(!namesNoCredential({ rule: 'Bitbucket Client Secret', value: '0DIwN2M1Ne' }));
  assert.ok(namesNoCredential({ rule: 'JWK', value: '"kty": "RSA"' }));
  assert.ok(!namesNoCredential({ rule: 'JWK', value: 'Zx9Vb8Nm7Qw3rtyUi0pA' }));
  assert.equal(credentialOf('https://bob:Pa55w0rd@example.com/x'), 'Pa55w0rd');
  assert.equal(credentialOf('Pa55w0rd'), 'Pa55w0rd');
  assert.equal(credentialOf('_gitlab_session=8d2a78c080a3af1e6a4677be4744abcd'), '8d2a78c080a3af1e6a4677be4744abcd');
  assert.equal(credentialOf('ATATT3xFfGF0vNZ7oy6ON4KrWEzKEu96n-r2bC=00203E68'), 'ATATT3xFfGF0vNZ7oy6ON4KrWEzKEu96n-r2bC=00203E68');
  assert.equal(credentialOf('eyJrIjoiMDAwMDAwMCIsIm4iOiJ4eHh4In0='), 'eyJrIjoiMDAwMDAwMCIsIm4iOiJ4eHh4In0=');
  assert.deepEqual(['dipPr10Gg!', 'master/iPp0@GRq', 'IHQSB1GG!', 'LOGIC', 'This', 'attached_file_0'].map(hasPasswordForm), [true, true, false, false, false, false]);
});

test("the labeller: a PEM private-key finding's lines are one item, BEGIN to END, its secret the block", () => {
  const lines = ['var K = `-----BEGIN OPENSSH PRIVATE KEY-----', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ', '-----END OPENSSH PRIVATE KEY-----`'];
  const values = ['-----BEGIN OPENSSH PRIVATE KEY-----', lines[1]!, '-----END OPENSSH PRIVATE KEY-----'];
  const pem = lines.map((line, k): LineDatum => ({ rule: 'PEM Private Key', path: 'k.go', lineNum: k + 1, line, value: values[k]!, start: line.indexOf(values[k]!), end: line.indexOf(values[k]!) + values[k]!.length, finding: 0 }));
  const other: LineDatum = { rule: 'Key', path: 'k.go', lineNum: 5, line: "$key = 'Zx9Vb8Nm7Qw3rtyUi0pA'", value: 'Zx9Vb8Nm7Qw3rtyUi0pA', start: 8, end: 28, finding: 1 };
  assert.deepEqual(labelCredSweeperFindings([...pem, other], [...pem, other]).map((i) => [i.rule, i.label, i.text, i.secrets]), [
    ['k.go:1-3', 'secret', lines.join('\n'), [`${values[0]}\n${lines[1]}\n${values[2]}`]],
    ['k.go:5', 'secret', other.line, ['Zx9Vb8Nm7Qw3rtyUi0pA']],
  ]);
  assert.throws(() => labelCredSweeperFindings([pem[0]!, pem[2]!], []), /not consecutive/);
});
