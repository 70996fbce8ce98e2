// The version check: a proposal is written only into the document version it was made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApplicable } from '../../../src/core/refactor/versionCheck';

const requested = { version: 7, rangeText: 'function f() {}', fileName: 'a.ts' };

test('same version and same range text: applicable', () => {
  assert.deepEqual(checkApplicable(requested, { version: 7, rangeText: 'function f() {}' }), { ok: true });
  assert.deepEqual(checkApplicable(requested, { version: 7 }), { ok: true });
});

test('any later version is refused, even when the range text happens to be equal', () => {
  const result = checkApplicable(requested, { version: 8, rangeText: 'function f() {}' });
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.reason, 'changed');
  assert.match(!result.ok ? result.message : '', /a\.ts changed .*nothing was written/);
});

test('same version number but different text (document reopened) is refused', () => {
  const result = checkApplicable(requested, { version: 7, rangeText: 'function g() {}' });
  assert.equal(!result.ok && result.reason, 'changed');
});

test('a closed document is refused', () => {
  const result = checkApplicable(requested, { version: undefined });
  assert.equal(!result.ok && result.reason, 'closed');
});
