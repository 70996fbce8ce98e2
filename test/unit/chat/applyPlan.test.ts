import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planApply } from '../../../src/core/chat/applyPlan';

const file = [
  'import { x } from "./x";',
  '',
  'export function add(a: number, b: number) {',
  '  return a - b;',
  '}',
  '',
  'export function keep() {',
  '  return 1;',
  '}',
  '',
].join('\n');

test('a rewritten function replaces the function, closing brace included', () => {
  const code = 'export function add(a: number, b: number) {\n  // fixed\n  return a + b;\n}\n';
  const plan = planApply({ text: file, code });
  assert.equal(plan.strategy, 'anchored');
  assert.equal(plan.proposed, file.replace('  return a - b;\n', '  // fixed\n  return a + b;\n'));
});

test('the quoted selection is replaced when the block stays inside it', () => {
  const start = file.indexOf('  return a - b;');
  const end = start + '  return a - b;'.length;
  const plan = planApply({ text: file, code: '  return a + b;\n', selection: { start, end } });
  assert.equal(plan.strategy, 'selection');
  assert.equal(plan.proposed, file.replace('return a - b;', 'return a + b;'));
});

test('a whole-file answer replaces the file even with a smaller selection', () => {
  const code = file.replace('a - b', 'a + b').replace('return 1', 'return 2');
  const start = file.indexOf('return a - b');
  const plan = planApply({ text: file, code, selection: { start, end: start + 5 } });
  assert.equal(plan.proposed, code);
});

test('an unrelated snippet is inserted at the start of the cursor line', () => {
  const cursor = file.indexOf('export function keep') + 3;
  const plan = planApply({ text: file, code: 'const z = 3;', cursor });
  assert.equal(plan.strategy, 'insert');
  assert.equal(plan.proposed, file.replace('export function keep', 'const z = 3;\nexport function keep'));
});

test('an empty file takes the block; CRLF files stay CRLF', () => {
  assert.deepEqual(planApply({ text: '', code: 'a\n' }), { strategy: 'wholeFile', proposed: 'a\n' });
  const crlf = 'function f() {\r\n  return 1;\r\n}\r\n';
  const plan = planApply({ text: crlf, code: 'function f() {\n  return 2;\n}\n' });
  assert.equal(plan.proposed, 'function f() {\r\n  return 2;\r\n}\r\n');
});

test('a function whose whole body was rewritten replaces that function by its extent', () => {
  const code = 'export function keep() {\n  const totally = "different";\n  return totally;\n}\n';
  const plan = planApply({ text: file, code, cursor: 0 });
  assert.equal(plan.strategy, 'anchored');
  assert.equal(plan.proposed, file.replace('export function keep() {\n  return 1;\n}\n', code));
});

test('python: the indented body ends the region', () => {
  const py = 'def f(x):\n    return x\n\n\ndef g():\n    pass\n';
  const plan = planApply({ text: py, code: 'def f(x):\n    return x * 2\n' });
  assert.equal(plan.proposed, 'def f(x):\n    return x * 2\n\n\ndef g():\n    pass\n');
});

test('a rewritten first function with the whole function selected replaces only that function', () => {
  const start = file.indexOf('export function add');
  const end = file.indexOf('}\n\nexport function keep') + 2;
  const code = 'export function add(a: number, b: number) {\n  return a + b;\n}\n';
  const plan = planApply({ text: file, code, selection: { start, end } });
  assert.equal(plan.strategy, 'selection');
  assert.equal(plan.proposed, file.replace('a - b', 'a + b'));
  assert.equal(planApply({ text: file, code }).proposed, file.replace('a - b', 'a + b'));
});

test('a cell or file without a final newline keeps lacking one, whichever way the block is placed', () => {
  assert.deepEqual(planApply({ text: 'df.head()', code: 'df.head(10)\n' }), { strategy: 'wholeFile', proposed: 'df.head(10)' });
  const py = 'import os\n\ndef f(x):\n    return x';
  assert.equal(planApply({ text: py, code: 'def f(x):\n    return x * 2\n' }).proposed, 'import os\n\ndef f(x):\n    return x * 2');
  const inserted = planApply({ text: 'import os\nimport sys\nimport re\nx = os.sep', code: 'y = 2\n', cursor: 'import os\nimport sys\nimport re\nx = os.sep'.length });
  assert.deepEqual(inserted, { strategy: 'insert', proposed: 'import os\nimport sys\nimport re\ny = 2\nx = os.sep' });
});
