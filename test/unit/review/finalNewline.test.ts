// An accepted proposal keeps whether the target's last line ends with a line break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepFinalNewline } from '../../../src/core/review/finalNewline';

test('a text without a final newline stays without one, however many the proposal ends with', () => {
  assert.equal(keepFinalNewline('df.head()', 'df.head(10)\n'), 'df.head(10)');
  assert.equal(keepFinalNewline('x = 1', 'x = 2\n\n'), 'x = 2');
  assert.equal(keepFinalNewline('x = 1', 'x = 2\r\n'), 'x = 2');
  assert.equal(keepFinalNewline('a\nb', 'a\nc'), 'a\nc');
});

test('a text with a final newline keeps it, in its own line-end style', () => {
  assert.equal(keepFinalNewline('a\n', 'b'), 'b\n');
  assert.equal(keepFinalNewline('a\r\nb\r\n', 'a\r\nc'), 'a\r\nc\r\n');
  assert.equal(keepFinalNewline('a\n', 'b\n'), 'b\n');
  assert.equal(keepFinalNewline('a\n\n', 'b\n\n'), 'b\n\n', 'blank lines the proposal keeps at the end are its own');
});

test('an empty text has no state to keep; an emptied one stays empty', () => {
  assert.equal(keepFinalNewline('', 'a\n'), 'a\n');
  assert.equal(keepFinalNewline('', 'a'), 'a');
  assert.equal(keepFinalNewline('a\n', ''), '');
});
