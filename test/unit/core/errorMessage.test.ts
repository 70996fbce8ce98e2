// What a thrown value says in a message or the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorForLog, errorMessage } from '../../../src/core/errorMessage';

test('errorMessage and errorForLog read anything thrown', () => {
  assert.equal(errorMessage(new Error('boom')), 'boom');
  assert.equal(errorMessage('plain'), 'plain');
  assert.equal(errorMessage(undefined), 'undefined');
  const error = new TypeError('bad');
  assert.equal(errorForLog(error), error);
  assert.equal(errorForLog(42), '42');
});
