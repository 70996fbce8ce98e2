// A rule's id names its redactions and keys its examples: two rules under one id share one table
// entry, so one of them is never tested against its own examples (the sixteenth round's two
// `openssl-pass-argument` rules), and a table entry no rule bears is never run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secretRules } from '../../../src/core/guard/secretRedactor';
import { exampleTables as tables } from './allRuleExamples';

test('every rule has an id of its own', () => {
  const seen = new Set<string>();
  const twice = secretRules.map((r) => r.id).filter((id) => seen.has(id) || !seen.add(id));
  assert.deepEqual(twice, []);
});

test("every rule's examples stand in one table, under a rule's id", () => {
  const ids = new Set(secretRules.map((r) => r.id));
  const tableOf = new Map<string, string>();
  for (const [name, table] of Object.entries(tables)) {
    for (const id of Object.keys(table)) {
      assert.ok(ids.has(id), `${name}['${id}'] names no rule`);
      assert.equal(tableOf.get(id), undefined, `'${id}' has examples in ${tableOf.get(id)} and ${name}: only the first runs`);
      tableOf.set(id, name);
    }
  }
});
