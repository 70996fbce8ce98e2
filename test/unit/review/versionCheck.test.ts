// The version check: a proposal is written only into the document version it was made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApplicable } from '../../../src/core/review/versionCheck';

const requested = { version: 7, text: 'function f() {}\n', label: 'a.ts' };

test('same version and same text: applicable', () => {
  assert.deepEqual(checkApplicable(requested, { version: 7, text: 'function f() {}\n' }), { ok: true });
  assert.deepEqual(checkApplicable(requested, { version: 7 }), { ok: true });
});

test('any later version is refused, even when the text happens to be equal', () => {
  const result = checkApplicable(requested, { version: 8, text: 'function f() {}\n' });
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.reason, 'changed');
  assert.match(!result.ok ? result.message : '', /^Nothing was written: a\.ts changed/);
});

test('same version number but different text (document reopened) is refused', () => {
  const result = checkApplicable(requested, { version: 7, text: 'function g() {}\n' });
  assert.equal(!result.ok && result.reason, 'changed');
});

test('a closed document is refused', () => {
  const result = checkApplicable(requested, { version: undefined });
  assert.equal(!result.ok && result.reason, 'closed');
});
