import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCodeBlocks, parseFenceInfo } from '../../../src/core/chat/codeBlocks';

test('fence info strings yield the language and an optional path', () => {
  assert.deepEqual(parseFenceInfo('ts'), { language: 'ts' });
  assert.deepEqual(parseFenceInfo('ts src/app.ts'), { language: 'ts', path: 'src/app.ts' });
  assert.deepEqual(parseFenceInfo('python:tools/run.py'), { language: 'python', path: 'tools/run.py' });
  assert.deepEqual(parseFenceInfo('ts title="src/a.ts"'), { language: 'ts', path: 'src/a.ts' });
  assert.deepEqual(parseFenceInfo('src/app.ts'), { language: 'ts', path: 'src/app.ts' });
  assert.deepEqual(parseFenceInfo('js {1,3}'), { language: 'js' });
  assert.deepEqual(parseFenceInfo(''), { language: '' });
});

test('blocks are numbered in document order, nested ones included, indented code not', () => {
  const md = [
    'Intro', '', '```ts src/a.ts', 'const a = 1;', '```', '',
    '- item', '', '  ```py', '  print(1)', '  ```', '',
    '    indented code', '',
    '````md', '```inner', '````',
  ].join('\n');
  const blocks = extractCodeBlocks(md);
  assert.deepEqual(blocks.map((b) => [b.index, b.language, b.path, b.code]), [
    [0, 'ts', 'src/a.ts', 'const a = 1;\n'],
    [1, 'py', undefined, 'print(1)\n'],
    [2, 'md', undefined, '```inner\n'],
  ]);
});

test('an unclosed fence (still streaming) runs to the end', () => {
  assert.equal(extractCodeBlocks('```js\nlet x = 1;\nlet y')[0].code, 'let x = 1;\nlet y');
});
