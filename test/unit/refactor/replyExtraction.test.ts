// Reply extraction: the code in a model's reply, whatever shape the reply takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCode, isProseLine } from '../../../src/core/refactor/replyExtraction';

test('a fenced block with prose around it: only the code', () => {
  const reply = 'Here is the documented function:\n\n```ts\n/** Adds. */\nfunction add(a: number, b: number) {\n  return a + b;\n}\n```\n\nI added a JSDoc comment.';
  assert.deepEqual(extractCode(reply, 'typescript'), {
    code: '/** Adds. */\nfunction add(a: number, b: number) {\n  return a + b;\n}',
    source: 'fenced',
    truncated: false,
    blockCount: 1,
  });
});

test('fences with tildes, longer fences holding ``` inside, CRLF line ends, indented fences', () => {
  assert.equal(extractCode('~~~python\ndef f():\n    pass\n~~~\n').code, 'def f():\n    pass');
  assert.equal(extractCode('````md\nuse ```js\nx\n```\n````').code, 'use ```js\nx\n```');
  assert.equal(extractCode('```go\r\nfunc f() {}\r\n```\r\n').code, 'func f() {}');
  assert.equal(extractCode('  ```js\n  let a = 1;\n  ```').code, '  let a = 1;');
});

test('unfenced code: taken whole, with a leading "Here is…" line and a trailing remark dropped', () => {
  const bare = 'def add(a, b):\n    """Add."""\n    return a + b\n';
  assert.deepEqual(extractCode(bare, 'python'), { code: bare.trimEnd(), source: 'unfenced', truncated: false, blockCount: 0 });
  const wrapped = 'Here is the simplified version:\nconst x = items.filter(Boolean);\nreturn x;\nThis removes the loop entirely.';
  assert.equal(extractCode(wrapped, 'typescript').code, 'const x = items.filter(Boolean);\nreturn x;');
});

test('several blocks: the one in the document language wins, then the longest', () => {
  const reply = [
    'Run it with:', '```bash', 'npm test', '```',
    'The function:', '```ts', 'function f(xs: number[]): number {', '  return xs.length;', '}', '```',
    'Usage:', '```ts', 'f([1]);', '```',
  ].join('\n');
  const result = extractCode(reply, 'typescript');
  assert.equal(result.code, 'function f(xs: number[]): number {\n  return xs.length;\n}');
  assert.equal(result.blockCount, 3);
  // A diff block never beats real code, even when longer.
  const withDiff = '```diff\n- a\n+ b\n- c\n+ d\n```\n```\nb\n```';
  assert.equal(extractCode(withDiff, 'typescript').code, 'b');
});

test('prose only: no code', () => {
  for (const reply of [
    'The code is already as simple as it can be. I would not change it.',
    'I cannot help with that request, sorry.\n\nPlease provide more context about what you need.',
    '',
    '```ts\n\n```',
  ]) {
    const result = extractCode(reply, 'typescript');
    assert.equal(result.code, undefined, reply);
    assert.equal(result.source, 'none');
  }
});

test('truncated: a block that never closes is returned and flagged', () => {
  const result = extractCode('Sure:\n```ts\nfunction f() {\n  return 1;\n', 'typescript');
  assert.equal(result.code, 'function f() {\n  return 1;');
  assert.equal(result.truncated, true);
  assert.equal(result.source, 'fenced');
});

test('partial replies while streaming: the unfinished last line is left out', () => {
  assert.equal(extractCode('Here is', 'typescript', true).code, undefined);
  assert.equal(extractCode('```ts\nfunction f() {\n  ret', 'typescript', true).code, 'function f() {');
  assert.equal(extractCode('```ts\nfunction f() {\n  return 1;\n}\n``', 'typescript', true).code, 'function f() {\n  return 1;\n}');
});

test('a reasoning model\'s <think> section is ignored, also while it is still open', () => {
  assert.equal(extractCode('<think>Maybe ```py\nx\n``` ?</think>\n```py\ny = 2\n```', 'python').code, 'y = 2');
  assert.equal(extractCode('<think>\nconst a = 1;\n', 'typescript', true).code, undefined);
});

test('isProseLine: sentences yes; code, comments and indented lines no', () => {
  assert.equal(isProseLine('Here is the updated code:'), true);
  assert.equal(isProseLine('This version avoids the extra allocation.'), true);
  for (const code of ['def count(self):', 'return a + b', '// a comment line here', '    Returns the sum of all items.', 'x = compute(a, b)', 'func main() {', 'print the value now']) {
    assert.equal(isProseLine(code), false, code);
  }
});
