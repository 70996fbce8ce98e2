// Every rule's own examples, gitleaks-style: each marked secret is found by the rule itself and
// removed by the whole redactor; each look-alike passes the whole redactor untouched.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSecrets, redactSecrets, secretRules } from '../../../src/core/guard/secretRedactor';
import type { SecretRule, SecretSpan } from '../../../src/core/guard/secretRule';
import { SpanList, spanKind } from '../../../src/core/guard/spanList';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { examplesOf } from './allRuleExamples';
import { unmark } from './markedExamples';

/**
 * The spans a rule run after the others adds when handed their spans, as the redactor hands them (continued-value
 * extends what they found, and finds nothing alone).
 */
function extendedSpans(rule: SecretRule, text: string): SecretSpan[] {
  const others = new SpanList();
  for (const f of findSecrets(text)) if (f.kind !== rule.id) others.push(spanKind(f.kind), f.start, f.end);
  const handed = others.merged();
  const known = handed.length;
  rule.find(text, handed);
  const added: SecretSpan[] = [];
  for (let i = known; i < handed.length; i++) added.push({ kind: rule.id, start: handed.start(i), end: handed.end(i) });
  return added;
}

for (const rule of secretRules) {
  const examples = examplesOf(rule.id);
  describe(`rule ${rule.id}`, () => {
    test('finds and removes each of its secrets', () => {
      assert.ok(examples.secrets.length > 0, 'a rule comes with secrets it must find');
      for (const example of examples.secrets) {
        const { text, spans } = unmark(example);
        const list = new SpanList();
        rule.find(text, list);
        const own = [...list.toSpans(), ...(rule.afterOthers ? extendedSpans(rule, text) : [])];
        for (const s of spans) {
          assert.ok(own.some((f) => f.start <= s.start && f.end >= s.end), `${rule.id} missed ${JSON.stringify(text.slice(s.start, s.end))} in ${JSON.stringify(text)}: ${JSON.stringify(own)}`);
          const redacted = redactSecrets(text).text;
          assert.ok(!redacted.includes(text.slice(s.start, s.end)), `still in ${JSON.stringify(redacted)}`);
        }
      }
    });
    test('leaves its look-alikes alone', () => {
      assert.ok(examples.clean.length > 0, 'a rule comes with look-alikes it must leave');
      for (const text of examples.clean) {
        assert.deepEqual(findSecrets(text), [], `${rule.id} look-alike redacted: ${JSON.stringify(text)} → ${redactSecrets(text).text}`);
      }
    });
    test('one of its look-alikes reaches it: holds one of its keywords', () => {
      // (A look-alike without the rule's keywords never runs the rule: it tests the other rules, not this one's false positives.)
      const prefilter = new KeywordPrefilter([rule.keywords], [false], true);
      assert.ok(examples.clean.some((text) => prefilter.needed(text, [])[0]), `no look-alike of ${rule.id} holds one of ${JSON.stringify(rule.keywords)}`);
    });
    if (rule.nearKeywords) {
      test('handed its keywords\' places, finds on its examples what it finds reading them whole', () => {
        // (Read as the redactor's prefilter reads keywords: a run of blanks is a keyword's one blank, `net\tuse`.)
        const prefilter = new KeywordPrefilter([rule.keywords], [true], true);
        // (Each example alone, and all of them as the lines of one text.)
        const texts = [...examples.secrets, ...examples.clean].map((example) => unmark(example).text);
        for (const text of [...texts, texts.join('\n')]) {
          const near: (number[] | null | undefined)[] = [];
          prefilter.needed(text, near);
          const whole = new SpanList();
          const onLines = new SpanList();
          rule.find(text, whole);
          rule.find(text, onLines, near[0] ?? []);
          assert.deepEqual(onLines.toSpans(), whole.toSpans(), JSON.stringify(text));
        }
      });
    }
  });
}
