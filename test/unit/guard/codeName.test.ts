// A name of code (codeName.ts): what strict leaves under a weak key's word, in both modes. guardstrict2, thirty-sixth round.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesCode } from '../../../src/core/guard/rules/codeName';

test('names of code of two words or more, joined by case, _, . or :', () => {
  for (const v of ['clientId', 'session_id', 'ButtonUI', 'verticalAlignment', 'http.keepAlive.maxConnections', 'auth:loginCompleted', 'cache_key_value_long']) assert.ok(namesCode(v), v);
});

test('not a name of code: one word, words apart by a hyphen, digits for a word, random letters, a generated value', () => {
  for (const v of ['pepper', 'hunter2', 'open-sesame', 'kf18', 'JpGN0Z', '674:737', 'X.509', 'q8Zr2Lx7Wm4Kt9Pb3Nc6Vd1Hs5Jf0Gy', 'correct horse']) assert.ok(!namesCode(v), v);
});
