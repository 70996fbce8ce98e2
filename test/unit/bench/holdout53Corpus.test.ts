// The fifty-third holdout (Kingfisher's rule examples in the rule files the first holdout did not take) is what its build
// makes of the saved excerpts (builtCorpus.test.ts checks the file against one build), loads from its own file with the
// counts corpus/README.md gives, and is scored but never listed. Items are compared and counted, never printed: they are
// held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout53CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { captured, credentialOf, kingfisherRestSource, kingfisherTestsSource, labelRuleExamples, labelTestCases, namesIdentifier, parseKingfisherRules } from '../../../bench/guard/corpus/build/kingfisherRuleExamples';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the excerpts are saved as the manifest lists them (path, commit, index file id, length); the test cases are transcribed', () => {
  assertSavedAsListed(raw, { [kingfisherRestSource]: 'mongodb/kingfisher', [kingfisherTestsSource]: 'mongodb/kingfisher' });
});

test("the fifty-third holdout loads from its own file with the README's counts and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout53');
  assert.deepEqual(readExternalCorpus([holdout53CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-third holdout" (grown by guardgrow53): 543 items, 443 scored (436 secret, 7 clean), 100
  // apart; 392 distinct values.
  assert.equal(held.length, 543);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual([kingfisherRestSource, kingfisherTestsSource].map(bySource), [[428, 6, 92], [8, 1, 8]]);
  const notes = new Map<string, number>();
  for (const i of held) if (i.note) notes.set(i.note, (notes.get(i.note) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(notes), {
    'not a credential (an identifier the rule reports)': 84,
    "a tune source's example": 4,
    'a documented example or filler value': 4,
    "holds another case's secret": 4,
    'decided by the URI parser, not the text': 4,
  });
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 392);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout53', `holdout53 (${kingfisherRestSource}, ${kingfisherTestsSource})`);
});

test('the rule file reader: scalars, blocks (clip and strip), comments, hidden rules and both example lists', () => {
  const file = [
    'rules:',
    '  - name: Thing API Key',
    '    id: kingfisher.thing.1',
    '    pattern: |',
    '      (?xi)',
    '      thing',
    '      (?:.|[\\n\\r]){0,16}?',
    '      \\b',
    '      (',
    '        [[:alnum:]]{20}',
    '      )',
    '    examples:',
    '      # a comment among the examples',
    "      - 'THING_KEY=\"Ab12Cd34Ef56Gh78Ij90\"'",
    '      - "thing_token: Zz12Yy34Xx56Ww78Vv90" # nosemgrep',
    '      - |-',
    '        // thing',
    '        const THING = "Qq12Rr34Ss56Tt78Uu90";',
    '    negative_examples:',
    '      - thing_url = https://thing.example',
    '      - THING_KEY=Ab12Cd34Ef56Gh78Ij90-old',
    '  - name: Thing Client ID',
    '    id: kingfisher.thing.2',
    '    visible: false',
    '    pattern: (thing-[0-9]{4})',
    '    examples:',
    '      - thing-1234',
  ].join('\n');
  const rules = parseKingfisherRules(file);
  assert.deepEqual(rules.map((r) => [r.id, r.hidden, r.examples, r.negatives]), [
    ['kingfisher.thing.1', false, ['THING_KEY="Ab12Cd34Ef56Gh78Ij90"', 'thing_token: Zz12Yy34Xx56Ww78Vv90', '// thing\nconst THING = "Qq12Rr34Ss56Tt78Uu90";'], ['thing_url = https://thing.example', 'THING_KEY=Ab12Cd34Ef56Gh78Ij90-old']],
    ['kingfisher.thing.2', true, ['thing-1234'], []],
  ]);
  const report: string[] = [];
  assert.deepEqual(labelRuleExamples('r/thing.yml', file, report).map((i) => [i.label, i.secrets, i.note, i.rule]), [
    ['secret', ['Ab12Cd34Ef56Gh78Ij90'], undefined, 'r/thing.yml#kingfisher.thing.1:examples[0]'],
    ['secret', ['Zz12Yy34Xx56Ww78Vv90'], undefined, 'r/thing.yml#kingfisher.thing.1:examples[1]'],
    ['secret', ['Qq12Rr34Ss56Tt78Uu90'], undefined, 'r/thing.yml#kingfisher.thing.1:examples[2]'],
    ['secret', ['thing-1234'], 'not a credential (an identifier the rule reports)', 'r/thing.yml#kingfisher.thing.2:examples[0]'],
    ['clean', [], undefined, 'r/thing.yml#kingfisher.thing.1:negative_examples[0]'],
    ['clean', [], "holds another case's secret", 'r/thing.yml#kingfisher.thing.1:negative_examples[1]'],
  ]);
  assert.deepEqual(report, []);
});

test("the reader keeps pattern_requirements' character counts where an excerpt holds them, nothing else of it", () => {
  const file = [
    'rules:',
    '  - name: Thing Secret',
    '    id: kingfisher.thing.3',
    '    pattern: (thing-[0-9A-Za-z]{8})',
    '    pattern_requirements:',
    '      min_digits: 6',
    '      min_uppercase: 1',
    '      ignore_if_contains:',
    '        - "example"',
    '      checksum:',
    '        actual:',
    '          template: "{{ checksum }}"',
    '    min_entropy: 3.5',
    '    examples:',
    '      - thing-12345A6b',
    '  - name: Thing Token',
    '    id: kingfisher.thing.4',
    '    pattern: (tok-[0-9]{4})',
    '    examples:',
    '      - tok-1234',
  ].join('\n');
  const [first, second] = parseKingfisherRules(file);
  assert.deepEqual(first!.requires, { min_digits: 6, min_uppercase: 1 });
  assert.deepEqual(first!.examples, ['thing-12345A6b']);
  assert.equal(second!.requires, undefined);
  assert.deepEqual(second!.examples, ['tok-1234']);
});

test('what the rule captures: the secret group, the value after a separator, base64 padding, the credential in a URL', () => {
  // A group named TOKEN outranks the others; else the last unnamed group that took part.
  assert.deepEqual(captured({ pattern: '(?x)Endpoint=(?P<HOST>[a-z.]+);Key=(?P<secret>(?P<TOKEN>[A-Za-z0-9]{8}))' }, 'Endpoint=a.b;Key=Ab12Cd34'), ['Ab12Cd34']);
  assert.deepEqual(captured({ pattern: '(?xi)AccountName=([a-z0-9]+);AccountKey=([^;]{1,100})' }, 'AccountName=acct;AccountKey=Zq9+Wx8/Yv7==;'), ['Zq9+Wx8/Yv7==']);
  assert.deepEqual(captured({ pattern: '(?xi)(?:name=([a-z]+)|host=([a-z.]+))' }, 'host=a.example'), ['a.example']);
  // A lazy gap that matched nothing leaves the separator in the class: the value after it, to its end.
  assert.deepEqual(captured({ pattern: '(?xi)key(?:.|[\\n\\r]){0,16}?([a-zA-Z0-9_/+=-]{12,20})' }, 'KEY=AbCdEf123456/+=='), ['AbCdEf123456/+==']);
  // A `\b` after `={0,2}` gives the padding back; the credential keeps it.
  assert.deepEqual(captured({ pattern: '(?x):_auth\\s*=\\s*([A-Za-z0-9+/]{8,}={0,2})\\b' }, ':_auth=bW9uZ29kYg=='), ['bW9uZ29kYg==']);
  assert.deepEqual(captured({ pattern: '(?x)a(c[[:xdigit:]]{4})' }, 'ac1f2e'), ['c1f2e']);
  // A group named for a secret (`CONSUMER_SECRET` beside `CONSUMER_KEY`) is the secret; so is a bare `SECRET`.
  assert.deepEqual(captured({ pattern: '(?xi)key=(?P<CONSUMER_KEY>[a-z0-9]{8});secret=(?P<CONSUMER_SECRET>[a-z0-9]{8})' }, 'key=ab12cd34;secret=Zq9Wx8Yv'), ['Zq9Wx8Yv']);
  // A match the rule's kept pattern_requirements counts reject is no capture (Kingfisher drops it): the closing tag's
  // lazy gap reaching the next element's text.
  const xml = '<consumerSecret>7TVG9nQ8gW5RaRxV8i1S</consumerSecret>\n<friendlyName>ExampleProviderOne</friendlyName>';
  const secretRule = { pattern: '(?xi)consumerSecret\\b(?:.|[\\n\\r]){0,32}?\\b([A-Za-z0-9+/=._-]{16,256})' };
  assert.deepEqual(captured(secretRule, xml), ['7TVG9nQ8gW5RaRxV8i1S', 'ExampleProviderOne']);
  assert.deepEqual(captured({ ...secretRule, requires: { min_digits: 6 } }, xml), ['7TVG9nQ8gW5RaRxV8i1S']);
  assert.deepEqual(captured({ pattern: '(?x)k=([A-Za-z]{4})', requires: { min_uppercase: 2, min_lowercase: 1 } }, 'k=ABcd k=abcd'), ['ABcd']);
  assert.equal(credentialOf('https://f.example/api/x?code=Zq9Wx8Yv7Ut6'), 'Zq9Wx8Yv7Ut6');
  assert.equal(credentialOf('https://user:p4ssw0rd@h.example/db'), 'p4ssw0rd');
  assert.equal(credentialOf('0 MyPacKeyS3cret'), 'MyPacKeyS3cret');
  assert.equal(credentialOf('S8ii67l3Gd1Ba69az78iP9U=\"\n}\n'), 'S8ii67l3Gd1Ba69az78iP9U=');
});

test('which rules name an identifier', () => {
  const named = (name: string, hidden = false) => namesIdentifier({ name, hidden });
  assert.ok(named('Asana Client ID'));
  assert.ok(named('Azure Search URL'));
  assert.ok(named('Age Recipient (X25519 public key)', true));
  assert.ok(named('Azure Notification Hub SAS Key Name', true));
  assert.ok(!named('Branch.io Secret', true));
  assert.ok(!named('Azure Function Key in URL'));
  assert.ok(!named('Azure Logic Apps SAS URL'));
  assert.ok(!named('CodeClimate Reporter ID'));
});

test('the test cases: asserted findings secret (fillers apart), none asserted clean, the manifest\'s apart kept', () => {
  const items = labelTestCases([
    { path: 't.rs', test: 'a', text: 'u://x:Zq9Wx8Yv7@h', secrets: ['Zq9Wx8Yv7'] },
    { path: 't.rs', test: 'b', text: 'KEY=0x0000000000000000000000000000000000000000000000000000000000000002', secrets: ['0x0000000000000000000000000000000000000000000000000000000000000002'] },
    { path: 't.rs', test: 'c', text: 'ethernetKey=1', secrets: [] },
    { path: 't.rs', test: 'd', text: 'u://x:Zq9@h:70000', secrets: [], apart: 'decided by the URI parser, not the text' },
  ]);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note, i.rule]), [
    ['secret', ['Zq9Wx8Yv7'], undefined, 't.rs#a[0]'],
    ['secret', ['0x0000000000000000000000000000000000000000000000000000000000000002'], 'a documented example or filler value', 't.rs#b[1]'],
    ['clean', [], undefined, 't.rs#c[2]'],
    ['clean', [], 'decided by the URI parser, not the text', 't.rs#d[3]'],
  ]);
});
