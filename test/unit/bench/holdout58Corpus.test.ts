// The fifty-eighth holdout (CI and build systems' log secret masking tests: the values each test's required output masks)
// is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build) and loads from its own
// file with the counts corpus/README.md gives. This test checks labels and texts only: it never runs the redactor. Items
// are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout58CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { credentialShaped, decodeLiteral, labelMaskCases, logMaskerSources, type MaskCase } from '../../../bench/guard/corpus/build/logMaskerTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'actions-runner': 'actions/runner', 'azure-pipelines-agent': 'microsoft/azure-pipelines-agent', 'buildkite-agent': 'buildkite/agent',
    woodpecker: 'woodpecker-ci/woodpecker', 'gitlab-runner-masker': 'gitlabhq/gitlab-runner', prow: 'kubernetes-sigs/prow', dagger: 'dagger/dagger',
    'mask-passwords': 'jenkinsci/mask-passwords-plugin', 'drone-runner-go': 'drone/runner-go', act: 'nektos/act',
  });
});

test("the fifty-eighth holdout loads from its own file with the README's counts", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout58');
  assert.deepEqual(readExternalCorpus([holdout58CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-eighth holdout": 88 items, 30 scored (27 secret, 3 clean), 58 apart; 28 distinct values.
  assert.equal(held.length, 88);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(logMaskerSources.map(bySource), [[0, 0, 5], [2, 0, 13], [8, 0, 3], [0, 0, 8], [8, 2, 13], [1, 0, 4], [4, 1, 7], [2, 0, 2], [2, 0, 1], [0, 0, 2]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 28);
  assert.equal(held.filter((i) => i.note === 'a value with no credential shape, masked only because it was registered').length, 56);
  assert.equal(held.filter((i) => i.note === 'a registered value the input does not hold').length, 2);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
});

test('literals decode as C#, Java and Go write them', () => {
  assert.equal(decodeLiteral('"a\\nb\\t\\\\\\"c"'), 'a\nb\t\\"c');
  assert.equal(decodeLiteral('@"a\\b""c"'), 'a\\b"c');
  assert.equal(decodeLiteral('`a\\n"b`'), 'a\\n"b');
  assert.throws(() => decodeLiteral('"a\\qb"'), /unknown escape/);
});

test('a credential shape: 8 characters or more, not letters alone or words apart, a PEM block always', () => {
  for (const v of ['secret1111', 'pass4\';.!&*()=,$-+~', '-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----']) assert.ok(credentialShaped(v), v);
  for (const v of ['def', 'hunter2', 'supersecret', 'TOP_SECRET', 'correct-horse-batter-staple', 'my secret value', 'an\nmulti line']) assert.ok(!credentialShaped(v), v);
});

test('a case is labelled by what its required output masks and how the masker knew it', () => {
  const file = [
    'input: "token=Zq8vK2mW9xL4", want: "token=****"',
    'input: "password hunter2", want: "password ****"',
    'input: "x glpat-9Jk2 y", want: "x glpat-[MASKED] y"',
    'input: "plain line", want: "plain line"',
    'input: "start with", want: "start with"',
    'input: "data: c2VjcmV0", want: "data: XXXXXXXX"',
    'input: "da|ta: Zq8vK2mW9xL4", want: "data: ****"',
  ].join('\n');
  const c = (rule: string, line: number, extra: Partial<MaskCase>): MaskCase => ({ rule, parts: [/input: ("[^"]*")/.exec(file.split('\n')[line]!)![1]!], asserted: /want: ("[^"]*")/.exec(file.split('\n')[line]!)![1]!, secrets: [], ...extra });
  const items = labelMaskCases('t', [
    c('registered, shaped', 0, { secrets: ['Zq8vK2mW9xL4'], found: 'registered' }),
    c('registered, a word', 1, { secrets: ['hunter2'], found: 'registered' }),
    c('pattern', 2, { secrets: ['glpat-9Jk2'], found: 'pattern' }),
    c('nothing masked', 3, {}),
    c('absent', 4, { absent: true }),
    c('encoded word', 5, { secrets: ['c2VjcmV0'], found: 'registered', encodes: ['secret'] }),
    c('packets', 6, { secrets: ['Zq8vK2mW9xL4'], found: 'registered', split: '|' }),
  ], file, file, new Map());
  assert.deepEqual(items.map((i) => [i.rule, i.text, i.label, i.secrets, i.note]), [
    ['registered, shaped', 'token=Zq8vK2mW9xL4', 'secret', ['Zq8vK2mW9xL4'], undefined],
    ['registered, a word', 'password hunter2', 'secret', ['hunter2'], 'a value with no credential shape, masked only because it was registered'],
    ['pattern', 'x glpat-9Jk2 y', 'secret', ['glpat-9Jk2'], undefined],
    ['nothing masked', 'plain line', 'clean', [], undefined],
    ['absent', 'start with', 'clean', [], 'a registered value the input does not hold'],
    ['encoded word', 'data: c2VjcmV0', 'secret', ['c2VjcmV0'], 'a value with no credential shape, masked only because it was registered'],
    ['packets', 'data: Zq8vK2mW9xL4', 'secret', ['Zq8vK2mW9xL4'], undefined],
  ]);
});

test('a case whose literal, assertion or secret is not in the saved files fails the build', () => {
  const file = 'input: "token=Zq8vK2mW9xL4", want: "token=****"';
  const base: MaskCase = { rule: 'r', parts: ['"token=Zq8vK2mW9xL4"'], asserted: '"token=****"', secrets: ['Zq8vK2mW9xL4'], found: 'registered' };
  assert.throws(() => labelMaskCases('t', [{ ...base, parts: ['"other"'] }], file, file, new Map()), /is not in the saved file/);
  assert.throws(() => labelMaskCases('t', [{ ...base, asserted: '"nothing"' }], file, file, new Map()), /is not in the saved files/);
  assert.throws(() => labelMaskCases('t', [{ ...base, secrets: ['absent'] }], file, file, new Map()), /is not in its text/);
  assert.throws(() => labelMaskCases('t', [{ ...base, found: undefined }], file, file, new Map()), /say how the masker found/);
});
