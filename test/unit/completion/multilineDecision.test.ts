import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideMultiline } from '../../../src/core/completion/multilineDecision';
import type { MultilineSetting } from '../../../src/core/completion/completionTypes';
import { atCursor, syntaxService } from './completionTestSupport';

async function decide(languageId: string, doc: string, setting: MultilineSetting = 'auto', withTree = true) {
  const { prefix, suffix } = atCursor(doc);
  const syntax = await syntaxService();
  await syntax.loadLanguage(languageId);
  let parsed = 0;
  const decision = decideMultiline({
    setting,
    prefix,
    suffix,
    parse: withTree ? () => (parsed++, syntax.parseSync(languageId, prefix + suffix)) : undefined,
    languageId,
  });
  if (setting !== 'auto') assert.equal(parsed, 0, 'no parse when the setting decides');
  return decision;
}

test('an empty block body found in the tree is multi-line', async () => {
  assert.deepEqual(await decide('typescript', 'function area(r: number) {\n  █\n}\n'), { multiline: true, reason: 'empty-block' });
  assert.deepEqual(await decide('typescript', 'function area(r: number) {█}\n'), { multiline: true, reason: 'empty-block' });
  assert.deepEqual(await decide('go', 'package p\n\nfunc f() {\n\t█\n}\n'), { multiline: true, reason: 'empty-block' });
  assert.deepEqual(await decide('rust', 'fn f() -> i32 {\n    █\n}\n'), { multiline: true, reason: 'empty-block' });
});

test('a block with statements already is single-line on a blank line', async () => {
  const d = await decide('typescript', 'function area(r: number) {\n  const pi = Math.PI;\n  █\n  return pi * r * r;\n}\n');
  assert.equal(d.multiline, false);
});

test('the end of a Python def line (and the blank line after it) is multi-line', async () => {
  assert.deepEqual(await decide('python', 'def area(r):█\n\n\ndef other():\n    pass\n'), { multiline: true, reason: 'after-opener' });
  assert.deepEqual(await decide('python', 'def area(r):\n    █\n\ndef other():\n    pass\n'), { multiline: true, reason: 'after-opener' });
  assert.deepEqual(await decide('python', 'class A:\n    def f(self):\n        █\n\n    def g(self):\n        pass\n'), {
    multiline: true,
    reason: 'after-opener',
  });
});

test('a def whose body exists is not a multi-line spot', async () => {
  assert.equal((await decide('python', 'def area(r):█\n    return 3.14 * r * r\n')).multiline, false);
});

test('mid-line cursor is single-line, closers after the cursor do not count', async () => {
  assert.deepEqual(await decide('typescript', 'const x = compute(█a, b);\n'), { multiline: false, reason: 'mid-line' });
  assert.equal((await decide('typescript', 'const x = compute(█);\n')).multiline, false);
  assert.equal((await decide('typescript', 'if (ready) {█}\n')).multiline, true);
});

test('the setting overrides: single and multi', async () => {
  assert.deepEqual(await decide('typescript', 'function f() {\n  █\n}\n', 'single'), { multiline: false, reason: 'setting' });
  assert.deepEqual(await decide('typescript', 'const x = █;\n', 'multi'), { multiline: true, reason: 'setting' });
});

test('without a grammar: opener characters and indentation decide', async () => {
  assert.deepEqual(await decide('plaintext', 'function f() {\n  █\n}\n', 'auto', false), { multiline: true, reason: 'after-opener' });
  assert.deepEqual(await decide('ruby', 'class A\n  def greet\n    █\n  end\nend\n', 'auto', false), {
    multiline: true,
    reason: 'indented-empty',
  });
  // The last line of a body: the rest of the body may follow.
  assert.deepEqual(await decide('ruby', 'class A\n  def greet\n    puts 1\n    █\n  end\nend\n', 'auto', false), { multiline: true, reason: 'block-end' });
  assert.equal((await decide('ruby', 'class A\n  def greet\n    puts 1\n    █\n    puts 2\n  end\nend\n', 'auto', false)).multiline, false);
});

test('a blank line at the end of the file is multi-line; a blank line between statements is not', async () => {
  assert.deepEqual(await decide('python', 'import os\n\n\n█\n'), { multiline: true, reason: 'end-of-file' });
  assert.deepEqual(await decide('javascript', 'import fs from "fs";\n\n█'), { multiline: true, reason: 'end-of-file' });
  assert.equal((await decide('python', 'import os\n█\nimport sys\n')).multiline, false);
});

test('mid-line in a declaration header whose body is still to come is multi-line', async () => {
  assert.deepEqual(await decide('go', 'package g\n\nfunc (r Rect) Area█'), { multiline: true, reason: 'header' });
  assert.deepEqual(await decide('rust', 'impl C {\n    pub fn divide█\n}\n'), { multiline: true, reason: 'header' });
  assert.deepEqual(await decide('csharp', 'class P\n{\n    public P(string name, int █\n}\n'), { multiline: true, reason: 'header' });
  assert.deepEqual(await decide('java', 'class S {\n    public static boolean isBlank█\n}\n'), { multiline: true, reason: 'header' });
  assert.deepEqual(await decide('typescript', 'function f(n: number) {\n  if (n <= 0█\n}\n'), { multiline: true, reason: 'header' });
  assert.deepEqual(await decide('kotlin', 'fun area(w: Double, h: Double): Double █', 'auto', false), { multiline: true, reason: 'header' });
  assert.deepEqual(await decide('css', 'body {\n  margin: 0;\n}\n\nh2█\n', 'auto', false), { multiline: true, reason: 'header' });
  // The body is already there: the header line alone.
  assert.equal((await decide('go', 'package g\n\nfunc Area█\n\treturn 1\n}\n')).multiline, false);
  // A statement is not a header.
  assert.equal((await decide('typescript', 'function f() {\n  let sum = █\n}\n')).multiline, false);
});

test('the last member of a list is multi-line: the remaining members follow', async () => {
  assert.deepEqual(await decide('typescript', 'interface P {\n  x: number;\n  y█\n}\n'), { multiline: true, reason: 'member' });
  assert.deepEqual(await decide('yaml', 'env:\n  A: 1\n  B: 2█\n', 'auto', false), { multiline: true, reason: 'member' });
  assert.deepEqual(await decide('go', 'package g\n\ntype C struct {\n\tA int\n\t█\n}\n'), { multiline: true, reason: 'member' });
  // Members after the cursor's: finishing this one is a one-line job.
  assert.equal((await decide('typescript', 'interface P {\n  x█\n  y: number;\n}\n')).multiline, false);
});
