// Target selection: the selection widened to lines, or the function/class around the cursor
// found by tree-sitter (real grammars from node_modules), with its doc comments and decorators.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { selectTarget, widenSelection } from '../../../src/core/refactor/targetRange';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create();
});
after(() => syntax.dispose());

/** The target's text for a cursor placed at the `|` in `source`. */
async function targetAt(languageId: string, source: string) {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const target = await selectTarget(text, languageId, { start: offset, end: offset }, syntax);
  return target && { ...target, text: text.slice(target.start, target.end) };
}

test('TypeScript: the method around the cursor, with its doc comment, not the class', async () => {
  const t = await targetAt(
    'typescript',
    `export class Calc {
  private total = 0;

  /** Adds. */
  add(n: number): number {
    this.total += n;
    return this.tot|al;
  }
}
`,
  );
  assert.equal(t?.kind, 'function');
  assert.equal(t?.name, 'add');
  assert.equal(t?.text, '  /** Adds. */\n  add(n: number): number {\n    this.total += n;\n    return this.total;\n  }');
});

test('TypeScript: an arrow callback is skipped for the exported const that holds the function', async () => {
  const t = await targetAt(
    'typescript',
    `import x from 'y';

// Doubles every item.
export const double = (items: number[]) => {
  return items.map((i) => i * |2);
};

const other = 1;
`,
  );
  assert.equal(t?.kind, 'function');
  assert.equal(t?.name, 'double');
  assert.equal(t?.text, '// Doubles every item.\nexport const double = (items: number[]) => {\n  return items.map((i) => i * 2);\n};');
});

test('TypeScript: on the class line (outside any method) the class is taken', async () => {
  const t = await targetAt('typescript', `class |Box {\n  a = 1;\n  get(): number { return this.a; }\n}\n`);
  assert.equal(t?.kind, 'class');
  assert.equal(t?.name, 'Box');
  assert.ok(t?.text.startsWith('class Box {') && t.text.endsWith('}'));
});

test('Python: a decorated method keeps its decorator; the cursor in its indentation counts', async () => {
  const t = await targetAt(
    'python',
    `class Shop:
    def __init__(self):
        self.items = []

    @property
    def count(self):
|        return len(self.items)
`,
  );
  assert.equal(t?.kind, 'function');
  assert.equal(t?.name, 'count');
  assert.equal(t?.text, '    @property\n    def count(self):\n        return len(self.items)');
});

test('Go: the function with its doc comment lines', async () => {
  const t = await targetAt(
    'go',
    `package main

// Sum adds the numbers.
// It returns 0 for none.
func Sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x|
	}
	return total
}

func main() {}
`,
  );
  assert.equal(t?.kind, 'function');
  assert.equal(t?.name, 'Sum');
  assert.ok(t?.text.startsWith('// Sum adds the numbers.\n// It returns 0 for none.\nfunc Sum'));
  assert.ok(t?.text.endsWith('\treturn total\n}'));
});

test('Rust and Java: the enclosing function/method', async () => {
  const rust = await targetAt('rust', `/// Squares.\nfn sq(x: i32) -> i32 {\n    x |* x\n}\n`);
  assert.equal(rust?.name, 'sq');
  assert.equal(rust?.text, '/// Squares.\nfn sq(x: i32) -> i32 {\n    x * x\n}');
  const java = await targetAt('java', `class A {\n  int f() {\n    return |1;\n  }\n}\n`);
  assert.equal(java?.name, 'f');
  assert.equal(java?.text, '  int f() {\n    return 1;\n  }');
});

test('non-ASCII text before the cursor does not shift the node lookup', async () => {
  const t = await targetAt('typescript', `const s = "héllo wörld ✓";\nfunction f() {\n  return "ünï|code";\n}\n`);
  assert.equal(t?.name, 'f');
});

test('on the `export` keyword, a decorator or the doc comment: the declaration below', async () => {
  const ts = await targetAt('typescript', `|export function greet(name: string): string {\n  return name;\n}\n`);
  assert.equal(ts?.name, 'greet');
  assert.equal(ts?.text, 'export function greet(name: string): string {\n  return name;\n}');
  const doc = await targetAt('typescript', `/**\n * Gre|ets.\n */\nexport const greet = (n: string) => n;\n\nlet x = 1;\n`);
  assert.equal(doc?.name, 'greet');
  assert.equal(doc?.text, '/**\n * Greets.\n */\nexport const greet = (n: string) => n;');
  const py = await targetAt('python', `class A:\n    @prop|erty\n    def size(self):\n        return 1\n`);
  assert.equal(py?.name, 'size');
  assert.equal(py?.text, '    @property\n    def size(self):\n        return 1');
  const go = await targetAt('go', `package p\n\n// Size is| one.\nfunc Size() int { return 1 }\n`);
  assert.equal(go?.name, 'Size');
});

test('outside any scope: undefined, or the whole file when it is small enough', async () => {
  const text = 'import os\n\nX = 1\n';
  assert.equal(await selectTarget(text, 'python', { start: 12, end: 12 }, syntax), undefined);
  const whole = await selectTarget(text, 'python', { start: 12, end: 12 }, syntax, { maxWholeFileLines: 50 });
  assert.deepEqual(whole, { start: 0, end: text.length - 1, kind: 'file' });
});

test('unsupported language or no syntax service: selection still works, cursor finds nothing', async () => {
  const text = 'a\nbb\nccc\n';
  assert.equal(await selectTarget(text, 'plaintext', { start: 3, end: 3 }, syntax), undefined);
  assert.deepEqual(await selectTarget(text, 'plaintext', { start: 3, end: 6 }, undefined), { start: 2, end: 8, kind: 'selection' });
});

test('widenSelection: whole lines, a trailing line break dropped, a part of one line kept', () => {
  const text = '  one\n  two\n  three\n';
  assert.deepEqual(widenSelection(text, 3, 8), { start: 0, end: 11 }); // "ne\n  t" -> lines 1-2
  assert.deepEqual(widenSelection(text, 0, 12), { start: 0, end: 11 }); // ends at column 0 of line 3
  assert.deepEqual(widenSelection(text, 8, 10), { start: 8, end: 10 }); // "wo" inside line 2
  assert.deepEqual(widenSelection(text, 8, 11), { start: 6, end: 11 }); // all of line 2's code: the line
});
