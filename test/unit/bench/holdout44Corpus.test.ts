// The forty-fourth holdout (Node-RED nodes' tests, labelled by the nodes' credentials declarations of type password) is
// what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own
// file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items
// are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout44CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { credentialDeclarations, labelNodeRedTest, nodeRedSources, testLiterals } from '../../../bench/guard/corpus/build/nodeRedCredentials';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'nodered-core': 'node-red/node-red', 'nodered-nodes': 'node-red/node-red-nodes', 'nodered-homee': 'stfnhmplr/node-red-contrib-homee' });
});

test("the forty-fourth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout44');
  assert.deepEqual(readExternalCorpus([holdout44CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-fourth holdout": 25 items, 25 scored (9 secret, 16 clean), none apart; 6 distinct values.
  assert.equal(held.length, 25);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(nodeRedSources.map(bySource), [[3, 4, 0], [4, 10, 0], [2, 2, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 6);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout44', `holdout44 (${nodeRedSources.join(', ')})`);
});

test('the labeller: flows and credentials literals, typed by the registerType declarations; run-time values and stand-ins apart', () => {
  const declarations = credentialDeclarations([
    '    RED.nodes.registerType("api-config", ApiConfig, {',
    '        credentials: { user: {type:"text"}, password: {type: "password"}, token: { type: \'password\' } }',
    '    });',
    '    RED.nodes.registerType("out", Out, { credentials: { deviceid: {value: ""} } });',
    '    RED.nodes.registerType("plain", Plain);',
  ].join('\n'));
  assert.deepEqual([...declarations].map(([t, f]) => [t, [...f]]), [
    ['api-config', [['user', 'text'], ['password', 'password'], ['token', 'password']]],
    ['out', [['deviceid', '']]],
  ]);
  const file = [
    "const creds = { c1: { user: 'admin', password: 'Xq7vR2pL' } };",
    "it('literal', function(done) {",
    '    var flow = [{id:"c1", type:"api-config", url:"http://localhost"}, {id:"o1", type:"out", config:"c1"}];',
    '    helper.load(node, flow, creds, function() {});',
    "    credentials.c1.token = 'tk-93hf';",
    '});',
    "it('inline', function(done) {",
    '    var flow = [{id:"c1", type:"api-config"}, {id:"o1", type:"out"}];',
    '    helper.load(node, flow, {c1:{password:"${PW}"}, o1:{deviceid:"dev"}}, function() {});',
    '    helper.load(node, flow, {c1:{user:"u1"}}, function() {});',
    '    helper.load(node, flow, {c1:{password:"password"}}, function() {});',
    '    helper.load(node, flow, {c1:{password:"Xq7vR2pL"}}, function() { n.should.have.property("p", "Xq7vR2pL"); });',
    '});',
    "it('set', function(done) {",
    '    var flow = [{id:"c1", type:"api-config"}];',
    '    helper.load(node, flow, function() {',
    '        c1.credentials = {user:"u2", password:computed()};',
    '    });',
    '});',
    "it('no declared node', function(done) {",
    '    var flow = [{id:"h1", type:"helper"}];',
    '});',
  ].join('\n');
  assert.equal(testLiterals(file).length, 11);
  const items = labelNodeRedTest('t.js', file, declarations);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note, i.rule]), [
    ['secret', ['Xq7vR2pL'], undefined, 't.js#top'],
    ['clean', [], undefined, 't.js#literal'],
    ['secret', ['tk-93hf'], undefined, 't.js#literal'],
    ['clean', [], undefined, 't.js#inline'],
    ['clean', [], 'a password credential computed at run time, substituted or masked (the value is not in its text)', 't.js#inline'],
    ['clean', [], undefined, 't.js#inline'],
    ['secret', ['password'], 'a documented example or filler value', 't.js#inline'],
    ['secret', ['Xq7vR2pL'], undefined, 't.js#inline'],
    ['clean', [], undefined, 't.js#set'],
    ['clean', [], 'a password credential computed at run time, substituted or masked (the value is not in its text)', 't.js#set'],
  ]);
  assert.throws(() => labelNodeRedTest('t.js', 'var flow = [{id:"c1", type:"api-config"}];\nhelper.load(n, flow, {c1:{apikey:"k"}}, function() {});', declarations), /declares no credential apikey/);
  assert.throws(() => labelNodeRedTest('t.js', 'var flow = [{id:"p1", type:"plain"}];\nhelper.load(n, flow, {p1:{password:"k"}}, function() {});', declarations), /no saved credentials declaration/);
});
