// Apply from chat on a notebook: the block goes to the cell it rewrites, else where the user is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellForCode } from '../../../src/core/chat/cellForCode';
import { cellsOf } from '../notebook/notebookFixture';

const cells = cellsOf([
  'import pandas as pd',
  'md:# Cleaning',
  'def clean(df):\n    df = df.dropna()\n    return df',
  'df = clean(pd.read_csv("a.csv"))\ndf.plot()',
]);

test('a block that rewrites a function goes to the cell that defines it', () => {
  const code = 'def clean(df):\n    df = df.dropna()\n    df = df.drop_duplicates()\n    return df\n';
  assert.equal(cellForCode(cells, code, 3), 2);
});

test('a block that matches no cell goes to the cell the user is in, else the last code cell', () => {
  assert.equal(cellForCode(cells, 'print("hello world")', 0), 0);
  assert.equal(cellForCode(cells, 'print("hello world")'), 3);
  assert.equal(cellForCode(cells, 'print("hello world")', 1), 3, 'a markdown cell is not a place for code');
});

test('lone brackets and short keywords do not count as a match; a notebook without code has no cell for it', () => {
  assert.equal(cellForCode(cells, 'return df\n)', 0), 2, '"return df" is distinctive, ")" is not');
  assert.equal(cellForCode(cells, ')\n]\n}', 0), 0);
  assert.equal(cellForCode(cellsOf(['md:# Only prose']), 'x = 1'), undefined);
});
