import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRepetition } from '../../../src/core/completion/repetitionGuard';

test('a line repeated three times is cut after its first occurrence', () => {
  const text = 'a = 1\nb = 2\nb = 2\nb = 2\n';
  assert.equal(text.slice(0, findRepetition(text)), 'a = 1\nb = 2');
});

test('a group of lines repeated is cut after the first group', () => {
  const group = 'if (x) {\n  y();\n}\n';
  const text = `start();\n${group}${group}${group}`;
  assert.equal(text.slice(0, findRepetition(text)), `start();\n${group.trimEnd()}`);
});

test('legitimate code is left alone', () => {
  assert.equal(findRepetition('a();\nb();\na();\nb();\n'), undefined, 'twice is not a loop');
  assert.equal(findRepetition('      }\n    }\n  }\n}\n'), undefined, 'closers at different depths');
  assert.equal(findRepetition('x\n'), undefined);
});

test('an endless line repeating a chunk is cut', () => {
  const text = `const s = "${'abc123'.repeat(20)}`;
  const cut = findRepetition(text)!;
  assert.ok(cut !== undefined);
  assert.ok(text.slice(0, cut).endsWith('abc123') && text.slice(0, cut).length < 30, text.slice(0, cut));
});
