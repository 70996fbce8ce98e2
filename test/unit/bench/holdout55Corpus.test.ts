// The fifty-fifth holdout (Kingfisher's rule examples in the rule files neither the first nor the fifty-third holdout took)
// is what its build makes of the saved excerpts (builtCorpus.test.ts checks the file against one build), loads from its own
// file with the counts corpus/README.md gives, and keeps its committed sample. Labels and texts only: nothing here runs the
// redactor, and items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout55CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { captured, credentialsOf, labelRuleExamples, namesIdentifier, parseKingfisherRules, rulePattern } from '../../../bench/guard/corpus/build/kingfisherRuleExamples';
import { keepHashSample, kingfisherMoreSource } from '../../../bench/guard/corpus/build/kingfisherMoreSample';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the excerpts are saved as the manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { [kingfisherMoreSource]: 'mongodb/kingfisher' });
});

test('the files read are the head of the committed order: every name up to the last read was read, found absent or left unsaved', () => {
  const sources = readFileSync(join(raw, 'holdout55-SOURCES.md'), 'utf8');
  const order = [...sources.matchAll(/^([0-9a-f]{40})\t(\S+\.yml)$/gm)].map((m) => [m[1]!, m[2]!] as const);
  assert.equal(order.length, 440);
  for (const [hash, name] of order) assert.equal(createHash('sha1').update(`holdout55:${name}`).digest('hex'), hash);
  assert.deepEqual(order.map(([h]) => h), [...order.map(([h]) => h)].sort());
  const m = JSON.parse(readFileSync(join(raw, kingfisherMoreSource, 'manifest.json'), 'utf8')) as { files: { path: string }[]; notTaken: { path: string }[] };
  const names = order.map(([, n]) => n);
  const seen = new Set([...m.files.map((f) => basename(f.path)), ...m.notTaken.flatMap((n) => n.path.split(/,? (?:and )?/).map((p) => basename(p)))]);
  const last = Math.max(...m.files.map((f) => names.indexOf(basename(f.path))));
  assert.equal(names[last], 'robinhood.yml');
  for (const n of names.slice(0, last + 1)) assert.ok(seen.has(n), n);
  assert.equal(m.files.length, 187);
});

test("the fifty-fifth holdout loads from its own file with the README's counts", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout55');
  assert.deepEqual(readExternalCorpus([holdout55CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-fifth holdout": 600 items (the sample of 609), 474 scored (464 secret, 10 clean), 126
  // apart; 438 distinct scored secret values.
  assert.equal(held.length, 600);
  assert.ok(held.every((i) => i.source === kingfisherMoreSource));
  assert.equal(held.filter((i) => i.label === 'secret' && !i.note).length, 464);
  assert.equal(held.filter((i) => i.label === 'clean' && !i.note).length, 10);
  const notes = new Map<string, number>();
  for (const i of held) if (i.note) notes.set(i.note, (notes.get(i.note) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(notes), {
    'not a credential (an identifier the rule reports)': 99,
    "a tune source's example": 14,
    'a documented example or filler value': 7,
    "holds another case's secret": 3,
    'no credential value in the capture': 3,
  });
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 438);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
});

test('the sample keeps the items whose SHA-1 of `<split>:<rule>` sorts lowest, and only the split\'s', () => {
  const items = ['a', 'b', 'c', 'd'].map((r) => ({ split: 'holdout55', rule: r })).concat([{ split: 'other', rule: 'z' }]);
  const rank = (r: string) => createHash('sha1').update(`holdout55:${r}`).digest('hex');
  const lowest = ['a', 'b', 'c', 'd'].sort((x, y) => (rank(x) < rank(y) ? -1 : 1)).slice(0, 2);
  const report: string[] = [];
  const kept = keepHashSample(items, 'holdout55', report, 2);
  assert.deepEqual(kept.filter((i) => i.split === 'holdout55').map((i) => i.rule).sort(), lowest.sort());
  assert.ok(kept.some((i) => i.split === 'other'));
  assert.equal(report.length, 1);
  assert.equal(keepHashSample(items, 'holdout55', [], 4).length, items.length);
});

test('the reader takes a rule that opens with `- id:` (its name on the next line)', () => {
  const [rule] = parseKingfisherRules(['rules:', '  - id: kingfisher.thing.1', '    name: Thing Password', '    pattern: (?i)pw=([a-z0-9]{8})', '    examples:', '      - pw=ab12cd34', ''].join('\n'));
  assert.equal(rule!.id, 'kingfisher.thing.1');
  assert.equal(rule!.name, 'Thing Password');
  assert.deepEqual(rule!.examples, ['pw=ab12cd34']);
});

test('which group holds the secret: a group named PASS, else the last named group when all are named', () => {
  assert.deepEqual(rulePattern('(?x)((?P<USER>[a-z]+\\+[a-z]+):(?P<PASS>[A-Z0-9]{8}))').secretGroups, [3]);
  assert.deepEqual(captured({ pattern: '(?x)"(?P<REG>[a-z.]+)":\\{"auth":"(?P<B64>[A-Za-z0-9+/=]{8,})"' }, '{"quay.io":{"auth":"dXNlcjE6cGFzcw=="}}'), ['dXNlcjE6cGFzcw==']);
});

test('the credential in a capture: quoted, a PEM body, secret-named JSON values, a JDBC password, none in a bare scheme', () => {
  assert.deepEqual(credentialsOf('"goodspec"'), ['goodspec']);
  const pem = '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00FF\n\nAbCd0123\nEfGh4567\n-----END RSA PRIVATE KEY-----\n';
  assert.deepEqual(captured({ pattern: '(?xms)(-----BEGIN\\sRSA\\sPRIVATE\\sKEY-----)[\\r\\n]Proc-Type' }, pem), ['AbCd0123\nEfGh4567']);
  assert.deepEqual(credentialsOf('AbCd0123\nEfGh4567'), ['AbCd0123\nEfGh4567']);
  assert.deepEqual(credentialsOf('{"client_id":"x.apps","client_secret":"Sec12345","refresh_token":"1//Ref678","token_uri":"https://h/t"}'), ['Sec12345', '1//Ref678']);
  assert.deepEqual(credentialsOf('{"auth_provider_x509_cert_url":ABC123}'), []);
  assert.deepEqual(credentialsOf('jdbc:mysql://admin:s3cr3t@db.internal:3306/inv'), ['s3cr3t']);
  assert.deepEqual(credentialsOf('jdbc:sqlserver://h:1433;databaseName=x;user=sa;password=s3cr3t!'), ['s3cr3t!']);
  assert.deepEqual(credentialsOf('jdbc:oracle:thin:@ora.example.net:1521/ORCLPDB1'), []);
  assert.deepEqual(credentialsOf('https'), []);
});

test('a capture with no credential value is apart; a value an identifier rule of the file captures is an identifier', () => {
  const file = [
    'rules:',
    '  - name: Thing Client ID',
    '    id: kingfisher.thing.1',
    '    visible: false',
    "    pattern: '(?i)\\b([0-9]+-[a-z0-9]{8})\\.apps\\.thing\\.com'",
    '    examples:',
    '      - 12345-abcd1234.apps.thing.com',
    '  - name: Thing Credentials',
    '    id: kingfisher.thing.2',
    "    pattern: '(?i)([0-9]+-[a-z0-9]{8}\\.apps\\.thing\\.com)(?:.|[\\n\\r]){0,40}?(?:TSEC-[A-Z0-9]{8}|secret=([A-Z0-9]{8}))'",
    '    examples:',
    '      - "id=12345-abcd1234.apps.thing.com secret: TSEC-AB12CD34"',
    '      - "id=12345-abcd1234.apps.thing.com secret=AB12CD34"',
    '  - name: Thing URI',
    '    id: kingfisher.thing.3',
    "    pattern: '(?i)(https?)://[a-z]+:[a-z0-9]+@[a-z.]+'",
    '    examples:',
    '      - https://user:secret@thing.example/path',
    '',
  ].join('\n');
  const items = labelRuleExamples('r/thing.yml', file, [], 'holdout55');
  assert.deepEqual(items.map((i) => [i.rule.split('#')[1], i.note ?? '', i.secrets]), [
    ['kingfisher.thing.1:examples[0]', 'not a credential (an identifier the rule reports)', ['12345-abcd1234']],
    ['kingfisher.thing.2:examples[0]', 'not a credential (an identifier the rule reports)', ['12345-abcd1234.apps.thing.com']],
    ['kingfisher.thing.2:examples[1]', '', ['AB12CD34']],
    ['kingfisher.thing.3:examples[0]', 'no credential value in the capture', ['https']],
  ]);
});

test('a public key names an identifier; a passphrase is a credential', () => {
  assert.equal(namesIdentifier({ name: 'MongoDB API PUBLIC Key', hidden: true }), true);
  assert.equal(namesIdentifier({ name: 'KuCoin API Passphrase', hidden: true }), false);
  assert.equal(namesIdentifier({ name: 'Branch.io Secret', hidden: true }), false);
});
