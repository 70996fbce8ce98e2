import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snapCursorToLineEnd, type DocumentSnapshot } from '../../../src/core/documentSnapshot';

const at = (text: string, offset: number): DocumentSnapshot => ({ uri: 'file:///a.ts', relativePath: 'a.ts', languageId: 'typescript', text, version: 1, offset });

test('a cursor between CR and LF moves to the end of its line; every other cursor stays', () => {
  assert.equal(snapCursorToLineEnd(at('ab\r\ncd', 3)).offset, 2);
  assert.equal(snapCursorToLineEnd(at('\r\n', 1)).offset, 0);
  for (const [text, offset] of [['ab\r\ncd', 2], ['ab\r\ncd', 4], ['ab\rcd', 3], ['ab\ncd', 3], ['a\r', 2], ['', 0]] as const) {
    const doc = at(text, offset);
    assert.equal(snapCursorToLineEnd(doc), doc, JSON.stringify([text, offset]));
  }
});
