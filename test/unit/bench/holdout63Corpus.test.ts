// The sixty-third holdout (automation platforms' credential tests: the values n8n's and Backstage's tests give keys their
// own declarations mark secret or not) is what its build makes of the saved files (builtCorpus.test.ts checks the file
// against one build) and loads from its own file with the counts corpus/README.md gives. This test checks labels and
// texts only: it never runs the redactor. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout63CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import {
  backstageConfigKeys,
  capPerGroup,
  credentialDefinitionSources,
  labelMarkedPairs,
  n8nCredentialType,
} from '../../../bench/guard/corpus/build/credentialDefinitionTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { n8n: 'n8n-io/n8n', backstage: 'backstage/backstage', 'backstage-community-plugins': 'backstage/community-plugins' });
});

test("the sixty-third holdout loads from its own file with the README's counts, both labels from every source", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout63');
  assert.deepEqual(readExternalCorpus([holdout63CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The sixty-third holdout": 91 items, 88 scored (39 secret, 49 clean), 3 apart; 35 distinct values.
  assert.equal(held.length, 91);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(credentialDefinitionSources.map(bySource), [[25, 32, 2], [6, 7, 1], [8, 10, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 35);
  for (const note of ['a reference or empty value', 'a value of one or two characters', "the source's markers disagree"]) {
    assert.equal(held.filter((i) => i.note === note).length, 1, note);
  }
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
});

test("an n8n credential type: password-marked properties secret, the rest declared, an option's name not a property", () => {
  const type = n8nCredentialType([
    "\tname = 'exampleApi';",
    '\tproperties: INodeProperties[] = [',
    '\t\t{',
    "\t\t\tdisplayName: 'Region',",
    "\t\t\tname: 'region',",
    '\t\t\toptions: [',
    '\t\t\t\t{',
    "\t\t\t\t\tname: 'Europe',",
    "\t\t\t\t\tvalue: 'eu',",
    '\t\t\t\t},',
    '\t\t\t],',
    '\t\t},',
    '\t\t{',
    "\t\t\tname: 'apiKey',",
    '\t\t\ttypeOptions: { password: true },',
    '\t\t},',
    '\t\t{',
    "\t\t\tname: 'accessToken',",
    "\t\t\ttype: 'hidden',",
    '\t\t\ttypeOptions: {',
    '\t\t\t\texpirable: true,',
    '\t\t\t},',
    '\t\t},',
    '\t];',
  ].join('\n'));
  assert.equal(type?.name, 'exampleApi');
  assert.deepEqual([...type!.markers.secret].sort(), ['accessToken', 'apiKey']);
  assert.deepEqual([...type!.markers.plain].sort(), ['accessToken', 'region']);
});

test('a Backstage config.d.ts: `@visibility secret` right above a key marks it, a key marked both ways is in both sets', () => {
  const keys = backstageConfigKeys([
    'export interface Config {',
    '  example?: {',
    '    /** @visibility frontend */',
    '    baseUrl: string;',
    '    /**',
    '     * The token.',
    '     * @visibility secret',
    '     */',
    '    token?: string;',
    '    username?: string;',
    '    instances: Array<{',
    '      /** @visibility secret */',
    '      username: string;',
    '    }>;',
    '  };',
    '}',
  ].join('\n'));
  assert.deepEqual([...keys.secret].sort(), ['token', 'username']);
  assert.deepEqual([...keys.plain].sort(), ['baseUrl', 'example', 'instances', 'username']);
});

test('each line a declared key is given on is an item: marked secret, unmarked clean, references, empties, short values and disputes apart', () => {
  const markers = { secret: new Set(['apiKey', 'key', 'token', 'both', 'privateKey']), plain: new Set(['host', 'account', 'both']) };
  const text = [
    '\tconst credentials = {',
    "\t\thost: 'https://api.example.com',",
    "\t\tapiKey: 'k3y-Vq8-example',",
    "\t\tundeclared: 'left-alone',",
    "\t\ttoken: '${EXAMPLE_TOKEN}',",
    '\t\tkey: process.env.EXAMPLE_KEY,',
    "\t\tapiKey: '',",
    "\t\ttoken: 't',",
    "\t\tboth: 'q7Vz3kWm',",
    "\t\tconst stored = { account: 'acct', key: 'Zx9-stored' };",
    '\t\tprivateKey: `',
    '-----BEGIN PRIVATE KEY-----',
    'MIIEv',
    '-----END PRIVATE KEY-----',
    '\t\t`,',
    '\t};',
  ].join('\n');
  const { items, skipped } = labelMarkedPairs(text, markers, (keys) => `t:${keys.join('+')}`);
  assert.equal(skipped, 1);
  assert.deepEqual(items.map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['t:host', 'clean', [], undefined],
    ['t:apiKey', 'secret', ['k3y-Vq8-example'], undefined],
    ['t:token', 'secret', ['${EXAMPLE_TOKEN}'], 'a reference or empty value'],
    ['t:key', 'secret', ['process.env.EXAMPLE_KEY'], 'a reference or empty value'],
    ['t:apiKey', 'clean', [], 'a reference or empty value'],
    ['t:token', 'secret', ['t'], 'a value of one or two characters'],
    ['t:both', 'secret', ['q7Vz3kWm'], "the source's markers disagree"],
    ['t:key', 'secret', ['Zx9-stored'], undefined],
    ['t:privateKey', 'secret', ['-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----'], undefined],
  ]);
  assert.equal(items[7]!.text, "\t\tconst stored = { account: 'acct', key: 'Zx9-stored' };");
  assert.ok(items[8]!.text.startsWith('\t\tprivateKey: `') && items[8]!.text.endsWith('\t\t`,'));
});

test('per group at most four scored items (three secret, then clean), two apart, each kind in file order', () => {
  const item = (group: string, label: 'secret' | 'clean', n: number, note?: 'a value of one or two characters') => ({ text: `${group}${label}${n}`, secrets: label === 'secret' ? [`${group}${label}${n}`] : [], label, rule: group, group, ...(note ? { note } : {}) });
  const items = [
    item('a', 'clean', 1), item('a', 'secret', 1), item('a', 'secret', 2), item('a', 'clean', 2), item('a', 'secret', 3), item('a', 'secret', 4),
    item('b', 'clean', 1), item('b', 'clean', 2), item('b', 'clean', 3), item('b', 'secret', 1),
    item('c', 'secret', 1, 'a value of one or two characters'), item('c', 'secret', 2, 'a value of one or two characters'), item('c', 'secret', 3, 'a value of one or two characters'),
  ];
  const { kept, dropped } = capPerGroup(items);
  assert.deepEqual(kept.map((i) => i.text), ['aclean1', 'asecret1', 'asecret2', 'asecret3', 'bclean1', 'bclean2', 'bsecret1', 'csecret1', 'csecret2']);
  assert.equal(dropped, 4);
});
