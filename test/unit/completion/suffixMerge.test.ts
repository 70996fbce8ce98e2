// The merge with the text after the cursor: what the editor auto-closed (every bracket and
// quote pair), a `;` or `:` already there, is replaced by the suggestion's range, never doubled;
// closers that close something of the suffix's own are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropOverClosers, mergeWithSuffix } from '../../../src/core/completion/suffixMerge';
import { completeWith } from './completionTestSupport';

function merge(linePrefix: string, text: string, rest: string) {
  return mergeWithSuffix(text, linePrefix, rest);
}

const PAIRS: readonly [string, string][] = [['(', ')'], ['[', ']'], ['{', '}'], ['"', '"'], ["'", "'"], ['`', '`']];

for (const [open, close] of PAIRS) {
  test(`an auto-closed ${open}${close} typed again is replaced, not doubled`, () => {
    // The cursor sits between the pair the editor inserted; the model closes it itself.
    assert.deepEqual(merge(`x = f${open}`, `a, b${close}`, close), { text: `a, b${close}`, replace: 1 });
    // Followed by a semicolon it also wrote.
    assert.deepEqual(merge(`x = f${open}`, `a${close};`, `${close};`), { text: `a${close};`, replace: 2 });
    // The model did not close it: a plain insertion before the editor's closer.
    assert.deepEqual(merge(`x = f${open}`, 'a, b', close), { text: 'a, b', replace: 0 });
  });
}

test('nested auto-closed brackets are replaced in order', () => {
  assert.deepEqual(merge('let m = [[[', '1, 2], [3, 4]], [[5, 6]]];', ']]]'), { text: '1, 2], [3, 4]], [[5, 6]]];', replace: 3 });
  assert.deepEqual(merge("process.on('data', (data) => {", '\n  log(data);\n});', '})'), { text: '\n  log(data);\n});', replace: 2 });
});

test('a closer that closes a bracket of the suffix is the suffix\'s own', () => {
  // `max(min(█);`: the completion closes `min(`, the suffix's `)` still closes `max(`.
  assert.deepEqual(merge('return Math.max(Math.min(', 'n, max), min', ');'), { text: 'n, max), min', replace: 0 });
  // Balanced brackets of the completion's own are not the suffix's.
  assert.deepEqual(merge('bar(', 'foo()', ')'), { text: 'foo()', replace: 0 });
});

test('a `;` or `:` already after the cursor is replaced when the completion ends with it', () => {
  assert.deepEqual(merge('  border: 1px solid ', '#e0e0e0;', ';'), { text: '#e0e0e0;', replace: 1 });
  assert.deepEqual(merge('    if isinstance(ar', 'gs[0], AppContext):', ')'), { text: 'gs[0], AppContext):', replace: 1 });
  assert.deepEqual(merge('def f(a', ', b):', '):'), { text: ', b):', replace: 2 });
});

test('closers the completion adds past everything open are dropped', () => {
  assert.equal(dropOverClosers('x))', 'print('), 'x)');
  assert.equal(dropOverClosers('a, b);', 'foo('), 'a, b);');
});

test('Python in the engine: after typing `(ar` with `)` auto-closed, accepting gives `…):` once', async () => {
  const doc = 'class App:\n    def dispatch(self, *args):\n        if isinstance(ar█)\n            return args[0]\n        return None\n';
  const got = await completeWith('python', doc, 'gs[0], AppContext):\n            return args[0]\n', 'auto');
  assert.deepEqual(got, { text: 'gs[0], AppContext):', replace: 1, multiline: false });
  const line = 'if isinstance(ar' + got.text + ')'.slice(got.replace);
  assert.equal(line, 'if isinstance(args[0], AppContext):');
});

test('TypeScript in the engine: a quote the editor closed and the model closes again', async () => {
  const got = await completeWith('typescript', 'const greeting = "█"\n', 'Hello, world";\n', 'auto');
  assert.deepEqual(got, { text: 'Hello, world";', replace: 1, multiline: false });
});

test('a completion made only of what follows the cursor is dropped', async () => {
  assert.equal((await completeWith('python', 'for k, v in d.items()█:\n    pass\n', ':', 'auto')).text, '');
  assert.equal((await completeWith('python', 'if isinstance(n, (A, B█)):\n    pass\n', ')):', 'auto')).text, '');
});
