// A value that both the vendor-keyed rule and the assignment rule reach (`auth0=<token>;`: auth0
// is a vendor's name and holds the key word auth) is judged by the first only; the redactor's
// answers stay those of judging it twice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignmentRule } from '../../../src/core/guard/rules/assignmentRule';
import { vendorKeyedTokenRule } from '../../../src/core/guard/rules/vendorKeyedTokenRule';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { SpanList } from '../../../src/core/guard/spanList';
import { unmark } from './markedExamples';
import { ruleExamples } from './ruleExamples';
import { vendorKeyedExamples } from './vendorKeyedExamples';

const TOKEN = 'aB3dE6gH9jK2mN5pQ8sT1vW4';

function found(text: string, ...rules: (typeof assignmentRule)[]): SpanList {
  const list = new SpanList();
  for (const rule of rules) rule.find(text, list);
  return list;
}

test('a token the vendor-keyed rule redacted is not judged again by the assignment rule', () => {
  const text = `auth0=${TOKEN};`.repeat(3);
  assert.equal(found(text, assignmentRule).length, 3, 'alone, the assignment rule finds each token');
  assert.equal(found(text, vendorKeyedTokenRule).length, 3);
  assert.equal(found(text, vendorKeyedTokenRule, assignmentRule).length, 3, 'after it, the assignment rule pushes nothing');
  assert.deepEqual(findSecrets(text).map((s) => s.kind), ['vendor-keyed-token', 'vendor-keyed-token', 'vendor-keyed-token']);
});

test('a held value is judged anyway where a key word starts in it', () => {
  // Turned down, such a value would be scanned again for keys: only its judgement says where the scan goes on.
  const text = `auth0=${TOKEN.slice(0, 10)}key${TOKEN.slice(10)};`;
  assert.equal(found(text, vendorKeyedTokenRule).length, 1);
  assert.equal(found(text, vendorKeyedTokenRule, assignmentRule).length, 2, 'judged and pushed again');
});

test('the spans of both rules, merged, are those of each rule judging alone', () => {
  const texts = [
    ...Object.values({ ...ruleExamples, ...vendorKeyedExamples }).flatMap((e) => [...e.secrets.map((s) => unmark(s).text), ...e.clean]),
    `auth0=${TOKEN};`, `AUTH0_SECRET="${TOKEN}"`, `okta_token: ${TOKEN} pw=${TOKEN}`, `auth0=${TOKEN}key=x;`, `auth0 = "${TOKEN}", password=hunter22`,
  ];
  for (const text of texts) {
    const alone = found(text, vendorKeyedTokenRule).concat(found(text, assignmentRule)).merged().toSpans();
    assert.deepEqual(found(text, vendorKeyedTokenRule, assignmentRule).merged().toSpans(), alone, text);
  }
});
