import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as charCodes from '../../../src/core/guard/charCodes';
import { findSecrets } from '../../../src/core/guard/secretRedactor';

test('codeAt reads the code inside the text and -1 outside it, which no class holds', () => {
  const text = 'a =\t"Z';
  for (let i = -3; i < text.length + 3; i++) {
    assert.equal(charCodes.codeAt(text, i), i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
  }
  assert.equal(charCodes.codeAt('', 0), -1);
  for (const [name, holds] of Object.entries(charCodes)) {
    if (name !== 'codeAt' && typeof holds === 'function') assert.equal((holds as (c: number) => boolean)(-1), false, name);
  }
});

// A key at the text's first characters or an operator at its last, where the assignment rule's readers once read
// before or past the text (NaN, compared with nothing): the answers those reads gave (the bundle before the reads
// were bounded, f5d4ac8, gave these spans).
const AT_EDGES: [string, [number, number][]][] = [
  ['password = "K9wEr2tQpL7x"', [[12, 24]]],
  [' password = "K9wEr2tQpL7x"', [[13, 25]]],
  ['password, token = "K9wEr2tQpL7x", "Zq8rT2vX9mLp"', [[19, 31], [35, 47]]],
  [', token = "K9wEr2tQpL7x"', [[11, 23]]],
  ['token', []],
  ['token =', []],
  ['token =:', []],
  ['token ?', []],
  ['password: "K9wEr2tQpL7x"', [[11, 23]]],
  [':password = "K9wEr2tQpL7x"', [[13, 25]]],
  ['Db:password=K9wEr2tQpL7x', [[12, 24]]],
  ['password = "K9w{}Er2tQpL7x"', []],
  ['password = "K9w{}Er2tQpL7x" ', []],
  ['password = os.getenv("X") or "K9wEr2tQpL7x"', [[30, 42]]],
  ['password = ENV.fetch("X"', []],
  ['password = f(', []],
  ['token ? "a" : "K9wEr2tQpL7x"', []],
  ['hasattr(token, "K9wEr2tQpL7xx")', []],
  ['(token, "K9wEr2tQpL7xx")', [[9, 22]]],
  ['api_key:', []],
  ['api_key::', []],
  ['{token:K9wEr2tQpL7x}', [[7, 19]]],
  ['/token": "K9wEr2tQpL7x"', [[10, 22]]],
  ['"/token": "K9wEr2tQpL7x"', []],
];

test("a key at the text's start or an operator at its end is read as before the reads were bounded", () => {
  for (const [text, spans] of AT_EDGES) {
    assert.deepEqual(findSecrets(text).map((s) => [s.start, s.end]), spans, text);
  }
});
