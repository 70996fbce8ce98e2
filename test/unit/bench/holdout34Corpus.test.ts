// The thirty-fourth holdout (Jenkins configuration-as-code test resources, labelled by the credential classes' Secret
// fields) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from
// its own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed;
// each label traces to a field declaration of the saved class excerpts. Items are compared and counted, never printed:
// they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout34CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { jcascSources, labelJcascCases, type JcascCase } from '../../../bench/guard/corpus/build/jcascSecretFields';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, Object.fromEntries(jcascSources.map((source) => {
    const repo = (JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { repo: string }).repo;
    assert.match(repo, /^jenkinsci\/[\w.-]+$/, source);
    return [source, repo];
  })));
});

test("the thirty-fourth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout34');
  assert.deepEqual(readExternalCorpus([holdout34CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-fourth holdout": 65 items, 38 scored (31 secret, 7 clean), 27 apart; 28 distinct values.
  assert.equal(held.length, 65);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(jcascSources.map(bySource), [
    [7, 1, 14], [0, 0, 2], [2, 0, 0], [1, 0, 0], [1, 0, 0], [0, 0, 1], [0, 0, 2], [3, 0, 0], [0, 1, 1], [1, 1, 0], [2, 0, 0], [0, 1, 0],
    [2, 0, 2], [0, 1, 1], [0, 1, 0], [2, 0, 1], [1, 0, 0], [0, 0, 1], [1, 0, 0], [0, 0, 1], [0, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0],
    [2, 0, 0], [4, 0, 0], [0, 0, 1],
  ]);
  const values = new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.equal(values, 28);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout34', `holdout34 (${[...new Set(held.map((i) => i.source))].join(', ')})`);
});

test('the labeller: a literal in a Secret slot is secret, references, encrypted values, String-typed and own-name values apart', () => {
  const classes = '    private final String username;\n    private final Secret password;\n    private final String password2;\n';
  const secretField = ['private final Secret password;'];
  const file = [
    '- usernamePassword:\n    username: "deploy"\n    password: "Zq8rT2mwK4"',
    '- usernamePassword:\n    username: "deploy"\n    password: "${DEPLOY_PASSWORD}"',
    '- usernamePassword:\n    username: "deploy"\n    password: "{AQAAABAAAAAQerzX1sPSYnExkhL/IPqqen3IXjJDVYLe/PR1+30xdA8=}"',
    '- local:\n    id: "admin"\n    password2: "k7Vd9xQ2"',
    '- realm:\n    clientSecret: clientSecret',
    '- usernamePassword:\n    username: "deploy"\n    password: "testpass"',
    '- usernamePassword:\n    username: "Zq8rT2mwK5"\n    password: "Zq8rT2mwK5"',
    '- usernamePassword:\n    username: "deploy"',
  ];
  const blocks = file.join('\n');
  const c = (rule: string, at: number, rest: Partial<JcascCase>): JcascCase => ({ rule, text: file[at]!, fields: secretField, secrets: [], ...rest });
  const [secret, reference, encrypted, stringTyped, ownName, standIn, twice, clean] = labelJcascCases('s', [
    c('a', 0, { secrets: ['Zq8rT2mwK4'] }),
    c('b', 1, { references: ['${DEPLOY_PASSWORD}'] }),
    c('c', 2, { encrypted: ['{AQAAABAAAAAQerzX1sPSYnExkhL/IPqqen3IXjJDVYLe/PR1+30xdA8=}'] }),
    c('d', 3, { fields: ['private final String password2;'], stringTyped: ['k7Vd9xQ2'] }),
    c('e', 4, { ownName: ['clientSecret'] }),
    c('f', 5, { secrets: ['testpass'] }),
    c('g', 6, { secrets: ['Zq8rT2mwK5'] }),
    c('h', 7, {}),
  ], blocks, classes);
  assert.deepEqual(secret, { text: file[0], secrets: ['Zq8rT2mwK4'], label: 'secret', rule: 'a' });
  assert.deepEqual([reference!.label, reference!.secrets, reference!.note], ['clean', [], 'a JCasC variable reference in a Secret slot (resolved at load time, not in its text)']);
  assert.deepEqual([encrypted!.label, encrypted!.note], ['secret', "Jenkins' encrypted form of a Secret (JCasC's masked export form)"]);
  assert.deepEqual([stringTyped!.label, stringTyped!.note], ['secret', 'a credential a class keeps in a plain String (its type does not label it)']);
  assert.deepEqual([ownName!.label, ownName!.note], ['secret', "a value that is its own slot's name"]);
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.equal(twice!.note, 'a secret written elsewhere in its text too');
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  // The text must stand in the file, each field in the class excerpts, each value in the text; a Secret slot needs a Secret field.
  assert.throws(() => labelJcascCases('s', [c('i', 0, { text: 'absent' })], blocks, classes));
  assert.throws(() => labelJcascCases('s', [c('j', 0, { fields: ['private final Secret absent;'] })], blocks, classes));
  assert.throws(() => labelJcascCases('s', [c('k', 0, { secrets: ['absent'] })], blocks, classes));
  assert.throws(() => labelJcascCases('s', [c('l', 0, { fields: ['private final String username;'], secrets: ['Zq8rT2mwK4'] })], blocks, classes));
  assert.throws(() => labelJcascCases('s', [c('m', 1, { references: ['DEPLOY_PASSWORD'] })], blocks, classes));
  assert.throws(() => labelJcascCases('s', [c('n', 0, { fields: [] })], blocks, classes));
});
