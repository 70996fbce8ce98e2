// Filler typed into a secret's slot (a run along the alphabet, the digits or a keyboard row, a
// short group repeated) against values a person or a generator chose. Examples of our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksFiller } from '../../../src/core/guard/fillerValue';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('runs along the alphabet, the digits, hex or a keyboard row, and short groups repeated, are filler', () => {
  for (const v of ['abcdefgh', '12345678', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789abcdef0123456789abcdef', 'qwertyuiop', 'asdf', 'zxcvbnm1', 'abcabcabc', '1234512345', 'asdf1234', '00112233445566778899']) {
    assert.ok(looksFiller(v), v);
  }
});

test('a letter run and a digit run interleaved, up or down, are filler (the policy names `a1b2c3…`)', () => {
  for (const v of ['a1b2c3d4', '1a2b3c4d', 'd4c3b2a1', 'A1B2C3D4E5F6G7H8', 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL']) {
    assert.ok(looksFiller(v), v);
  }
  // Counted by twos, one kind alone, or a keyboard row between the digits: not the runs the policy names.
  for (const v of ['a1c3e5g7', '13572468', 'q1w2e3r4x', 'k3m8p1z6', 'b7a2c9d4']) {
    assert.ok(!looksFiller(v), v);
  }
});

test('read in place: a span of a longer text is judged as the same value alone', () => {
  const text = 'token=a1b2c3d4 key=Xk2pL9vQ7mZ4tR8wB3nY';
  assert.ok(looksFiller(text, 6, 14));
  assert.ok(!looksFiller(text, 19, text.length));
});

test('chosen or generated values are not, nor one character repeated (left to the masks), nor values under 4 characters', () => {
  for (const v of ['Xk2pL9vQ7mZ4tR8wB3nY', 'hunter2x', 'Tq7-lorn-88', 'P@ssw0rd', 'letmein1', 'q1w2e3r4x', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'ababababab', 'abc', 'wJ8alr/XUtnFEMI+K7MDENGbPx', '9f3c1a7e5b2d4f60a8c9e1b3d5f7a9c2']) {
    assert.ok(!looksFiller(v), v);
  }
});

test('a secret-named key given filler or a build-time token is not redacted; given a chosen value it is', () => {
  assertLeaves(['password=abcdefgh', 'api_key = "abcdefghijklmnopqrstuvwxyz"', 'secret: "0123456789abcdef0123456789abcdef"', 'password = "12345678"', 'password = %(db_password)s', 'password = @@DB_PASSWORD@@', 'db.password=@db.password@']);
  assertRedacts(['password=Tq7-lorn-88', 'api_key = "Xk2pL9vQ7mZ4tR8wB3nY"', 'password = p@ss@word9']);
});
