// The fifty-seventh holdout (AI and SaaS vendors' SDKs' own client tests: the key or token a test hands the client) is
// what its build makes of the saved files (builtCorpus.test.ts checks the file against one build) and loads from its own
// file with the counts corpus/README.md gives. This test checks labels and texts only: it never runs the redactor. Items
// are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertSavedAsListed } from './builtHoldout';
import { holdout57CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelSdkClientCases, sdkClientSources } from '../../../bench/guard/corpus/build/sdkClientTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifests list them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'hf-hub': 'huggingface/huggingface_hub', 'python-gitlab': 'python-gitlab/python-gitlab', pygithub: 'PyGithub/PyGithub',
    'twilio-python': 'twilio/twilio-python', 'sendgrid-python': 'sendgrid/sendgrid-python', 'slack-python-sdk': 'slackapi/python-slack-sdk',
    'slack-node-sdk': 'slackapi/node-slack-sdk', 'openai-python': 'openai/openai-python', 'anthropic-python': 'anthropics/anthropic-sdk-python',
    'replicate-python': 'replicate/replicate-python', 'stripe-python': 'stripe/stripe-python', 'cohere-python': 'cohere-ai/cohere-python',
  });
});

test("the fifty-seventh holdout loads from its own file with the README's counts", () => {
  const held = readExternalCorpus().filter((i) => i.split === 'holdout57');
  assert.deepEqual(readExternalCorpus([holdout57CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-seventh holdout": 99 items, 85 scored (82 secret, 3 clean), 14 apart; 63 distinct values.
  assert.equal(held.length, 99);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(sdkClientSources.map(bySource), [[7, 0, 0], [17, 2, 3], [4, 1, 1], [1, 0, 2], [0, 0, 2], [24, 0, 2], [1, 0, 0], [6, 0, 1], [2, 0, 1], [7, 0, 2], [11, 0, 0], [2, 0, 0]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 63);
  assert.equal(held.filter((i) => i.note === 'a documented example or filler value').length, 13);
  assert.equal(held.filter((i) => i.note === 'a secret written elsewhere in its text too').length, 1);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
});

test('a case is labelled by its secrets: none clean, a stand-in either policy passes apart, a value written twice apart', () => {
  const file = [
    'client = Client(api_key="sk_live_9Qz")',
    'client = Client(api_key="MY_API_KEY")',
    'Client("bench", "xxxxxxxxxxxx")',
    'gl = Gitlab(oauth_token="oauth_token")',
    'client = Client(base_url="http://localhost")',
    'both = Client(api_key="sk_live_9Qz", header="Bearer your-token")',
    'assert client.api_key == "sk_live_9Qz"',
  ].join('\n');
  const c = (rule: string, line: number, secrets: string[]) => ({ rule, text: file.split('\n')[line]!, asserted: 'assert client.api_key', secrets });
  const items = labelSdkClientCases('t', [
    c('real', 0, ['sk_live_9Qz']),
    c('stand-in words', 1, ['MY_API_KEY']),
    c('filler', 2, ['xxxxxxxxxxxx']),
    c('twice', 3, ['oauth_token']),
    c('none', 4, []),
    c('mixed', 5, ['sk_live_9Qz', 'your-token']),
  ], file, file);
  assert.deepEqual(items.map((i) => [i.rule, i.label, i.secrets, i.note]), [
    ['real', 'secret', ['sk_live_9Qz'], undefined],
    ['stand-in words', 'secret', ['MY_API_KEY'], 'a documented example or filler value'],
    ['filler', 'secret', ['xxxxxxxxxxxx'], 'a documented example or filler value'],
    ['twice', 'secret', ['oauth_token'], 'a secret written elsewhere in its text too'],
    ['none', 'clean', [], undefined],
    ['mixed', 'secret', ['sk_live_9Qz'], undefined],
  ]);
});

test('a case whose text, assertion or secret is not in the saved files fails the build', () => {
  const file = 'client = Client(api_key="k3y-Vq8")\nassert client.api_key == "k3y-Vq8"';
  const base = { rule: 'r', text: 'client = Client(api_key="k3y-Vq8")', asserted: 'assert client.api_key', secrets: ['k3y-Vq8'] };
  assert.throws(() => labelSdkClientCases('t', [{ ...base, text: 'Client(api_key="other")' }], file, file), /its text is not in the saved file/);
  assert.throws(() => labelSdkClientCases('t', [{ ...base, asserted: 'assert nothing' }], file, file), /is not in the saved files/);
  assert.throws(() => labelSdkClientCases('t', [{ ...base, secrets: ['absent'] }], file, file), /is not in its text/);
});
