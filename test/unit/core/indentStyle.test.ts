// The one reading of a text's indentation, shared by completion and refactors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectIndentStyle } from '../../../src/core/indentStyle';

test('detectIndentStyle', () => {
  assert.deepEqual(detectIndentStyle('a\n\tb\n\t\tc'), { useTabs: true, size: 4 });
  assert.deepEqual(detectIndentStyle('a {\n  b {\n    c\n  }\n}'), { useTabs: false, size: 2 });
  assert.deepEqual(detectIndentStyle('def f():\n    if x:\n        y\n'), { useTabs: false, size: 4 });
  assert.equal(detectIndentStyle('one\ntwo'), undefined);
});

test('the commonest step decides, not one deeper continuation line', () => {
  const text = 'def f(a):\n    x = g(\n            a)\n    if a:\n        return x\n    return a\n';
  assert.deepEqual(detectIndentStyle(text), { useTabs: false, size: 4 });
});

test('a fragment that starts indented: its smallest indentation, not its first line', () => {
  assert.deepEqual(detectIndentStyle('        run()\n    }'), { useTabs: false, size: 4 });
  assert.deepEqual(detectIndentStyle('  pass'), { useTabs: false, size: 2 });
});

test('block comment continuation lines are not an indentation level', () => {
  assert.deepEqual(detectIndentStyle('/**\n * doc\n */\nfunction f() {\n\treturn 1;\n}'), { useTabs: true, size: 4 });
});
