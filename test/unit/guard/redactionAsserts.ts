// Asserts shared by the rule tests: what the redactor must take from an example, and what it must leave.
import assert from 'node:assert/strict';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { unmark } from './markedExamples';

/** Each example's marked secrets (⟦like this⟧) are gone from its redacted text. */
export function assertFinds(examples: readonly string[]): void {
  for (const example of examples) {
    const { text, spans } = unmark(example);
    const redacted = redactSecrets(text).text;
    for (const s of spans) assert.ok(!redacted.includes(text.slice(s.start, s.end)), `kept ${JSON.stringify(text.slice(s.start, s.end))}: ${redacted}`);
  }
}

/** Something in each of these texts is taken for a secret. */
export function assertRedacts(texts: readonly string[]): void {
  for (const text of texts) assert.notDeepEqual(findSecrets(text), [], `kept ${JSON.stringify(text)}`);
}

/** Nothing in these texts is taken for a secret. */
export function assertLeaves(texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(findSecrets(text), [], `redacted ${JSON.stringify(text)} → ${redactSecrets(text).text}`);
}
