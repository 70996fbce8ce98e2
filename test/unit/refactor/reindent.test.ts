// Re-indentation of the model's code to the range it replaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reindent } from '../../../src/core/refactor/reindent';

test('code at column 0 is moved to the indentation of a method in a class', () => {
  const original = '    def count(self):\n        return len(self.items)';
  const reply = 'def count(self):\n    """How many items."""\n    return len(self.items)';
  assert.equal(reindent(reply, original), '    def count(self):\n        """How many items."""\n        return len(self.items)');
});

test('2-space reply into a tab-indented Go file: levels become tabs', () => {
  const original = 'func Sum(xs []int) int {\n\ttotal := 0\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}\n\treturn total\n}';
  const reply = '// Sum adds.\nfunc Sum(xs []int) int {\n  total := 0\n  for _, x := range xs {\n    total += x\n  }\n  return total\n}';
  assert.equal(reindent(reply, original), '// Sum adds.\n' + original);
});

test('4-space reply into a 2-space TS method, JSDoc continuation lines keep their one space', () => {
  const original = '  add(n: number): number {\n    return n + 1;\n  }';
  const reply = '/**\n * Adds one.\n * @param n the number\n */\nadd(n: number): number {\n    return n + 1;\n}';
  assert.equal(
    reindent(reply, original),
    '  /**\n   * Adds one.\n   * @param n the number\n   */\n  add(n: number): number {\n    return n + 1;\n  }',
  );
});

test('a reply already at the right indentation is left as it is; blank lines emptied, outer blank lines dropped', () => {
  const original = '\tif (a) {\n\t\tb();\n\t}';
  const reply = '\n\tif (a) {\n\t\tb();\n  \n\t\tc();\n\t}\n\n';
  assert.equal(reindent(reply, original), '\tif (a) {\n\t\tb();\n\n\t\tc();\n\t}');
});

test('an explicit style from the editor wins over detection', () => {
  assert.equal(reindent('if x:\n  y()', '        pass', { useTabs: false, size: 4 }), '        if x:\n            y()');
});
