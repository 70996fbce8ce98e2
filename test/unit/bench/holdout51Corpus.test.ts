// The fifty-first holdout (gitleaks' own rule examples and detect tests) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md
// gives, and is scored but never listed. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout51CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { gitleaksDetectSource, gitleaksRulesSource, gitleaksSecret, labelDetectCases, labelRuleFile, markOtherKinds, ruleLists } from '../../../bench/guard/corpus/build/gitleaksRuleExamples';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the excerpts are saved as the manifest lists them (path, commit, index file id, length); the detect cases are transcribed', () => {
  assertSavedAsListed(raw, { [gitleaksRulesSource]: 'gitleaks/gitleaks', [gitleaksDetectSource]: 'gitleaks/gitleaks' });
});

test("the fifty-first holdout loads from its own file with the README's counts and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout51');
  assert.deepEqual(readExternalCorpus([holdout51CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-first holdout": 197 items, 168 scored (100 secret, 68 clean), 29 apart; 91 distinct values.
  assert.equal(held.length, 197);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual([gitleaksRulesSource, gitleaksDetectSource].map(bySource), [[91, 68, 26], [9, 0, 3]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 91);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout51', `holdout51 (${gitleaksRulesSource}, ${gitleaksDetectSource})`);
});

test('the lists: literal entries taken, generated ones counted, shared var lists by their use, map entries by key', () => {
  const excerpt = [
    'var shared = []string{',
    '\t`k = "Ab3dEf6hIj9kLm2nOp5q"`, // gitleaks:allow',
    '}',
    '\t// validate',
    '\ttps := utils.GenerateSampleSecrets("x", "wrapped-Value-123")',
    '\ttps = append(tps, utils.GenerateSampleSecrets("x", secrets.NewSecret(`[a-z]{8}`))...)',
    '\tr.TPs = append(tps,',
    '\t\t// a comment',
    '\t\t`token: "Zq8' + "` + `" + 'Wx4Rt7Yu1Io"`,',
    '\t\t"alibabaKey := \\"LTAI" + secrets.NewSecret(utils.Hex("20")) + "\\"",',
    '\t)',
    '\tr.FPs = append(shared, []string{}...)',
    '\tfps := map[string]string{',
    '\t\t// example keys from a vendor',
    '\t\t"a.json": `{"k": "v"}`,',
    '\t}',
  ].join('\n');
  const lists = ruleLists(excerpt);
  assert.deepEqual(lists.entries.map((e) => [e.kind, e.value, e.at, /gitleaks:allow/.test(e.after), e.heading]), [
    ['tps', 'token: "Zq8Wx4Rt7Yu1Io"', 'tps+[0]', false, '// a comment'],
    ['fps', '{"k": "v"}', 'fps[a.json]', false, '// example keys from a vendor'],
    ['fps', 'k = "Ab3dEf6hIj9kLm2nOp5q"', 'shared[0]', true, ''],
  ]);
  // The whole-list generator, the generated spread, the literal joined to a call, the empty spread of a non-list.
  assert.equal(lists.generated, 4);
  assert.deepEqual(lists.wrappedValues, ['wrapped-Value-123']);
});

test('what a true positive must have redacted', () => {
  const cases: [string, string][] = [
    ['curl -s --user "j.smith:dB2yF6@qL9vZm1P#4J" "https://api.contoso.org/user/me"', 'dB2yF6@qL9vZm1P#4J'],
    ['curl -u "d2LkV78zLx!t:" https://localhost:9200', 'd2LkV78zLx!t'],
    ['curl -X POST --user "{acd3}":"{ZqL5kVrX1n8tA2}" --data x', '{ZqL5kVrX1n8tA2}'],
    ['curl -H "Authorization: Bearer sk-Hxs9VRClzUoq" \\', 'sk-Hxs9VRClzUoq'],
    ["'Authorization': 'Bearer glsa_pITqMOB'", 'glsa_pITqMOB'],
    ['token: s.ZC9Ecf4M5g9o34Q6RkzGsj0z', 's.ZC9Ecf4M5g9o34Q6RkzGsj0z'],
    ['url = "http://u:p4ss@host/x"', 'p4ss'],
    ['SECRET_KEY = "django-insecure-1(2)3"', 'django-insecure-1(2)3'],
    ['huggingface-cli login --token hf_jCBaQngSHiHDRYOcs', 'hf_jCBaQngSHiHDRYOcs'],
    ['IR@40040abc@adf@we@uUY/w9WdKT/BE=', 'IR@40040abc@adf@we@uUY/w9WdKT/BE='],
    ['see https://claude.ai/code/session_01DDpXdCk8uh?ref=foo for context', 'session_01DDpXdCk8uh'],
    ['apiVersion: v1\nkind: Secret\ndata:\n  # a comment\n  key: bXlwYXNzd29yZA==\n  user: YWRtaW4=', 'bXlwYXNzd29yZA=='],
  ];
  for (const [text, secret] of cases) assert.equal(gitleaksSecret(text), secret, text);
});

test('the labels: allow markers, another case\'s secret, another kind\'s credential, key headers and the detect cases', () => {
  const file = [
    '\ttps := utils.GenerateSampleSecrets("x", "Qw3rTy7uIo9pAs1dFg")',
    '\tr.TPs = append(tps, `x_key = "Lk8jHg5fDs2aZx4cVb"`, "-----BEGIN RSA PRIVATE KEY-----", `"client_id" : "0afae57f3ccfd9d7f5767067bc48b30f"`)',
    '\tr.FPs = []string{',
    '\t\t`y = "Qw3rTy7uIo9pAs1dFgX"`,',
    '\t\t`z = "Mn6bVc3xZl"`, // gitleaks:allow',
    '\t\t`plain text`,',
    '\t}',
  ].join('\n');
  const { items } = labelRuleFile('r/x.go', [file]);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['Lk8jHg5fDs2aZx4cVb'], undefined],
    ['secret', ['-----BEGIN RSA PRIVATE KEY-----'], 'a key header without a key'],
    ['secret', ['0afae57f3ccfd9d7f5767067bc48b30f'], 'not a credential (a client ID or a module checksum)'],
    ['clean', [], "holds another case's secret"],
    ['clean', [], 'marked as a secret to allow'],
    ['clean', [], undefined],
  ]);
  const other = markOtherKinds([...items, { text: 'w = Lk8jHg5fDs2aZx4cVb', secrets: [], label: 'clean', rule: 'r/y.go#0:fps[0]' }]);
  assert.equal(other.at(-1)!.note, "a clean verdict on another kind's credential");
  const detect = labelDetectCases(
    [
      { test: 'T', case: 0, raw: 'k := "AKIAQWERTYUIOP234567" // gitleaks:allow', expected: [], why: 'gitleaks:allow on the line' },
      { test: 'T', case: 1, raw: 'k := "AKIAQWERTYUIOP234567"', expected: [], why: 'the config' },
      { test: 'T', case: 2, raw: 'c2VjcmV0LXZhbHVlLTk4\nsecret=c2VjcmV0LXZhbHVlLTk4', expected: ['secret-value-98', 'secret-value-98'] },
    ],
    { 'secret-value-98': 'c2VjcmV0LXZhbHVlLTk4' },
    'secret=c2VjcmV0LXZhbHVlLTk4',
  );
  assert.deepEqual(detect.map((i) => [i.label, i.secrets, i.note]), [
    ['clean', [], 'marked as a secret to allow'],
    ['clean', [], 'decided by the configuration, not the text'],
    ['secret', ['c2VjcmV0LXZhbHVlLTk4', 'secret=c2VjcmV0LXZhbHVlLTk4'], undefined],
  ]);
});
