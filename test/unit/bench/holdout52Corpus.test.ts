// The fifty-second holdout (LLM prompt secret scanners' own tests: llm-guard's Secrets scanner and its copies, the Guardrails
// Hub SecretsPresent validator, OpenAI's guardrails secret-keys check) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md gives,
// and is scored but never listed. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout52CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import {
  assignedValues, credentialIn, guardrailsJsSource, guardrailsPySource, labelCheckCases, labelScanCases, llmGuardCopiesSource, llmGuardSource,
  percentDecoded, removedSpans, secretsPresentSource,
} from '../../../bench/guard/corpus/build/promptScannerTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const sources = [llmGuardSource, llmGuardCopiesSource, secretsPresentSource, guardrailsPySource, guardrailsJsSource];

test('the files are saved as the manifests list them, and every transcribed case quotes its saved file verbatim', () => {
  assertSavedAsListed(raw, {
    [llmGuardSource]: 'protectai/llm-guard',
    [llmGuardCopiesSource]: 'copies and forks of protectai/llm-guard',
    [secretsPresentSource]: 'guardrails-ai/secrets_present',
    [guardrailsPySource]: 'openai/openai-guardrails-python',
    [guardrailsJsSource]: 'openai/openai-guardrails-js',
  });
  for (const source of sources) {
    const m = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; saved: string }[]; cases: { path: string; quote: string; text: string }[]; constants?: Record<string, string> };
    const saved = (path: string) => m.files.filter((f) => f.path === path).map((f) => readFileSync(join(raw, source, f.saved), 'utf8')).join('\n');
    for (const c of m.cases) assert.ok(saved(c.path).includes(c.quote), `${source} ${c.path}: a case's quote is not in the saved file`);
    const all = m.files.map((f) => readFileSync(join(raw, source, f.saved), 'utf8')).join('\n');
    for (const [name, value] of Object.entries(m.constants ?? {})) assert.ok(all.includes(`${name} = "${value}"`), `${source}: the constant ${name}`);
  }
});

test("the fifty-second holdout loads from its own file with the README's counts and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout52');
  assert.deepEqual(readExternalCorpus([holdout52CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The fifty-second holdout": 123 items, 89 scored (53 secret, 36 clean), 34 apart; 20 distinct values.
  assert.equal(held.length, 123);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(sources.map(bySource), [[3, 2, 2], [2, 2, 1], [3, 5, 0], [44, 20, 27], [1, 7, 4]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 20);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout52', `holdout52 (${sources.join(', ')})`);
});

test('what an expected output removes: the masked runs, each widened to its token', () => {
  assert.deepEqual(removedSpans('key="Qw8/..zz" ok', 'key="******" ok'), ['Qw8/..zz']);
  assert.deepEqual(removedSpans('t: aaaa.bbbb.cccc', 't: ******cccc'), ['aaaa.bbbb.cccc']);
  assert.deepEqual(removedSpans('a=x1y2z3 and tok9', 'a=****** and ******'), ['x1y2z3', 'tok9']);
  assert.deepEqual(removedSpans('https://u:hunter2@h', 'https://u:******@h'), ['hunter2']);
  assert.deepEqual(removedSpans('plain', 'plain'), []);
});

test('what a found-only assertion found: secret-named assignments, else the last assigned value', () => {
  assert.deepEqual(assignedValues('\n  note = "x"\n  svc_api_key = "Zx9Qw8"\n  db_password = \'p4ss\'\n'), ['Zx9Qw8', 'p4ss']);
  assert.deepEqual(assignedValues('Vendor Client ID: abc123xyz'), ['abc123xyz']);
});

test('the credential in a flagged token: the named value, a constant (also percent-encoded), a provider prefix', () => {
  assert.deepEqual(percentDecoded('a%2Fb%41').decoded, 'a/bA');
  assert.equal(percentDecoded('%FF%GZ').decoded, '%FF%GZ');
  assert.equal(credentialIn('https://x/?t=Qq1Ww2.json', [], 'Qq1Ww2.json'), 'Qq1Ww2.json');
  assert.equal(credentialIn('https://x/sk%2DZZZZ9999YYYY', ['sk-ZZZZ9999YYYY']), 'sk%2DZZZZ9999YYYY');
  assert.equal(credentialIn('https://x/?k=%73%6B%2DAb3xQ7', []), '%73%6B%2DAb3xQ7');
  assert.equal(credentialIn('files/sk-Ab12Cd34Ef.png', []), 'sk-Ab12Cd34Ef');
  assert.equal(credentialIn('https://sk-Ab12Cd34Ef.example.com', []), 'sk-Ab12Cd34Ef');
  assert.equal(credentialIn('https://Example9.com/Abc456!', []), undefined);
});

test('the labels: placeholders, non-credentials and clean texts holding a scored secret go apart', () => {
  const check = labelCheckCases(
    [
      { path: 'p', test: 't', case: 0, text: 'https://x/?k=sk-Zq8Wx4Rt7Yu1Io2Pa5Sd', verdict: 'flagged', quote: '' },
      { path: 'p', test: 't', case: 1, text: 'https://x/?key=AKIAIOSFODNN7EXAMPLE', verdict: 'flagged', quote: '' },
      { path: 'p', test: 't', case: 2, text: 'https://Example9.com/Abc456!', verdict: 'flagged', quote: '' },
      { path: 'p', test: 't', case: 3, text: 'https://x/key-Zq8Wx4Rt7Yu1Io2Pa5Sd', verdict: 'passes', quote: '' },
      { path: 'p', test: 't', case: 4, text: 'https://x/docs', verdict: 'passes', quote: '' },
    ],
    [],
  );
  assert.deepEqual(check.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['sk-Zq8Wx4Rt7Yu1Io2Pa5Sd'], undefined],
    ['secret', ['AKIAIOSFODNN7EXAMPLE'], 'a documented example or filler value'],
    ['secret', ['https://Example9.com/Abc456!'], 'not a credential (a URL the check reports)'],
    ['clean', [], "holds another case's secret"],
    ['clean', [], undefined],
  ]);
  const scan = labelScanCases([
    { path: 'p', test: 't', case: 0, text: 'k="Qw8zz91"', valid: false, expected: 'k="******"', quote: '' },
    { path: 'p', test: 't', case: 1, text: 'Acme Client ID: v8u9n6x4', valid: false, quote: '' },
    { path: 'p', test: 't', case: 2, text: 'Hello', valid: true, expected: 'Hello', quote: '' },
  ]);
  assert.deepEqual(scan.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['Qw8zz91'], undefined],
    ['secret', ['v8u9n6x4'], 'not a credential (a client ID)'],
    ['clean', [], undefined],
  ]);
});
