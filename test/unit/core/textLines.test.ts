// Counting and cutting by lines, as completion's stream reader and post-processing use them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countNewlines, firstLines } from '../../../src/core/textLines';

test('countNewlines counts line breaks, not lines', () => {
  assert.equal(countNewlines(''), 0);
  assert.equal(countNewlines('a'), 0);
  assert.equal(countNewlines('a\nb\n'), 2);
  assert.equal(countNewlines('\n\n\n'), 3);
});

test('firstLines keeps the first N lines without the break after them', () => {
  assert.equal(firstLines('a\nb\nc', 2), 'a\nb');
  assert.equal(firstLines('a\nb\nc', 5), 'a\nb\nc');
  assert.equal(firstLines('\nb', 1), '');
});
