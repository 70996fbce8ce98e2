import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postprocessCompletion, visibleText } from '../../../src/core/completion/postprocess';
import { fimTemplateById } from '../../../src/core/models/fimTemplates';
import { atCursor } from './completionTestSupport';

function post(doc: string, text: string, opts: { multiline?: boolean; maxLines?: number; eol?: '\n' | '\r\n'; special?: readonly string[] } = {}) {
  const { prefix, suffix } = atCursor(doc);
  return postprocessCompletion({
    text, prefix, suffix, multiline: opts.multiline ?? true, maxLines: opts.maxLines ?? 20, eol: opts.eol ?? '\n', specialTokens: opts.special,
  });
}

const ok = (text: string, replace = 0) => ({ ok: true, text, replace });

test('leaked FIM tokens are cut, from the template list and the common families', () => {
  assert.deepEqual(post('x = █', '42<|endoftext|>junk', { special: fimTemplateById('qwen').specialTokens }), ok('42'));
  assert.deepEqual(post('x = █', '42<｜end▁of▁sentence｜>'), ok('42'));
  assert.deepEqual(post('x = █', '42 <EOT>'), ok('42'));
  assert.deepEqual(post('x = █', '42<fim_middle>'), ok('42'));
});

test('<think> blocks and code fences are stripped', () => {
  assert.deepEqual(post('x = █', '<think>easy: the answer</think>\n\n42'), ok('42'));
  assert.deepEqual(post('x = █', '<think>still thinking'), { ok: false, reason: 'empty' });
  assert.deepEqual(post('def f():\n    █', '```python\nreturn 1\n```\nExplanation: it returns one.'), ok('return 1'));
  assert.equal(visibleText('```ts'), '', 'a fence line still arriving shows nothing');
  // The paragraph break after </think> is the model's; a lone newline is the code's.
  assert.equal(visibleText('<think>plan</think>\n\nreturn 1'), 'return 1');
  assert.equal(visibleText('<think>plan</think>\n    return 1'), '\n    return 1');
});

test('text duplicating the suffix is removed: closers, the rest of the line, closing lines', () => {
  // Typed-again closers are replaced, not cut: the same document, the ghost text shown around them.
  assert.deepEqual(post('print(█)', 'total)', { multiline: false }), ok('total)', 1));
  assert.deepEqual(post('foo(█);', 'a, b);', { multiline: false }), ok('a, b);', 2));
  assert.deepEqual(post('bar(█)', 'foo()', { multiline: false }), ok('foo()'), 'balanced closers are the completion\'s own');
  assert.deepEqual(post('const x = █ + 1;', 'y + 1;', { multiline: false }), ok('y'));
  assert.deepEqual(post('function f() {\n  █\n}\n', 'return 1;\n}'), ok('return 1;'));
  // The auto-closed `}` moves to its own line: the completion keeps it and replaces the old one.
  assert.deepEqual(post('if (a) {█}\n', '\n  b();\n}'), ok('\n  b();\n}', 1));
  assert.deepEqual(post('print(█)', ')', { multiline: false }), { ok: false, reason: 'duplicates-suffix' });
});

test('a closing line at a different depth than the suffix\'s is kept', () => {
  assert.deepEqual(post('function f() {\n  if (a) {█\n}\n', '\n    b();\n  }'), ok('\n    b();\n  }'));
});

test('leading indentation: not doubled at an indented cursor, one space not repeated mid-line', () => {
  assert.deepEqual(post('def f():\n    █', '    return 1'), ok('return 1'));
  assert.deepEqual(post('def f():\n    █', 'return 1'), ok('return 1'));
  assert.deepEqual(post('x = █', ' 1', { multiline: false }), ok('1'));
  // At column 0 of an indented block, the model's indentation is what places the code.
  assert.deepEqual(post('def f():\n█', '    return 1'), ok('    return 1'));
});

test('tabs and spaces follow the document', () => {
  assert.deepEqual(post('func f() {\n\tif x {\n\t\ty()\n\t}\n\t█\n}', 'for {\n        run()\n    }'), ok('for {\n\t\trun()\n\t}'));
  assert.deepEqual(post('def f():\n  a = 1\n  █', 'if a:\n\tb()'), ok('if a:\n  b()'));
});

test('single-line mode keeps one line; multi-line is capped', () => {
  assert.deepEqual(post('x = █', 'a\nb\nc', { multiline: false }), ok('a'));
  assert.deepEqual(post('█', 'l1\nl2\nl3\nl4', { maxLines: 2 }), ok('l1\nl2'));
});

test('empty and whitespace-only results are dropped', () => {
  assert.deepEqual(post('x = █', '   \n\n  '), { ok: false, reason: 'empty' });
  assert.deepEqual(post('x = █', ''), { ok: false, reason: 'empty' });
});

test('CRLF documents get CRLF completions', () => {
  assert.deepEqual(post('function f() {\n  █\n}', 'const a = 1;\r\n  return a;', { eol: '\r\n' }), ok('const a = 1;\r\n  return a;'));
});

test('trailing whitespace is trimmed only at the end of a line', () => {
  assert.deepEqual(post('x = █', 'compute()  \n\n', { multiline: true }), ok('compute()'));
  assert.deepEqual(post('call(█b)', 'a, ', { multiline: false }), ok('a, '));
});
