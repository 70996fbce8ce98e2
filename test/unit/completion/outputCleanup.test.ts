// The next-line check, the model's noise and whitespace: a completion line that repeats the
// code after the cursor ends the completion; prompt echoes, a stray fence, prose and a group
// written twice are dropped; leading whitespace fits the cursor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLeadingWhitespace } from '../../../src/core/completion/indentation';
import { removeOutputNoise } from '../../../src/core/completion/outputNoise';
import { cutRepeatedGroup } from '../../../src/core/completion/repetitionGuard';
import { cutSuffixRepeat, rewritesNextLine } from '../../../src/core/completion/suffixRepeat';
import { completeWith } from './completionTestSupport';

test('a completion line equal to the suffix\'s next non-blank line ends the completion', () => {
  assert.equal(cutSuffixRepeat('a = 1\n  run(args)\n  done()', ['', '  run(args)', '}'], true), 'a = 1');
  // Compared without the model's indentation for real code lines.
  assert.equal(cutSuffixRepeat("log('x');\n      ): Promise<void> {", ['  ): Promise<void> {', '    body();'], true), "log('x');");
  // A completion that starts with the next line has nothing new.
  assert.equal(cutSuffixRepeat('run(args)\n', ['    run(args)'], true), '');
});

test('a lone closer repeats only at the same indentation (a nested block\'s `}` is its own)', () => {
  const text = 'if (a) {\n    b();\n  }\n  c();';
  assert.equal(cutSuffixRepeat(text, ['}'], true), text);
  assert.equal(cutSuffixRepeat('b();\n}', ['}'], true), 'b();');
});

test('a run of the suffix\'s lines a little further down is cut too', () => {
  const suffix = ['', '  subtract(n) {', '    this.r -= n;', '    return this;', '  }'];
  // After `subtract(n) {█` the model wrote the body that is already below: all of it a copy.
  assert.equal(cutSuffixRepeat('    this.r -= n;\n    return this;\n  }\n  multiply(n) {', suffix, false), '');
  assert.equal(cutSuffixRepeat('x = 1;\n    this.r -= n;\n    return this;', suffix, true), 'x = 1;');
});

test('a one-liner that rewrites the next line with a small change is recognised', () => {
  assert.equal(rewritesNextLine("console.log('foo')", "    console.log('bar')"), true);
  assert.equal(rewritesNextLine('public async delete(t: string): Promise<void> {', 'public async remove(t: string, k: string): Promise<boolean> {'), false);
});

test('in the engine: a completion that only repeats the next line is dropped', async () => {
  const doc = 'async function load(id: string) {\n  █\n  const res = await fetch(`/u/${id}`);\n  return res.json();\n}\n';
  assert.equal((await completeWith('typescript', doc, 'const res = await fetch(`/u/${id}`);\n  return res.json();\n}', 'auto')).text, '');
});

test('prompt echoes, stray fences and prose are noise', () => {
  assert.equal(removeOutputNoise('# Path: utils/env.py\ndef f():\n    pass', 'python', true), 'def f():\n    pass');
  assert.equal(removeOutputNoise('x = 1\n// Path: src/b.ts\nexport const b = 2;', 'typescript', true), 'x = 1');
  assert.equal(removeOutputNoise('return n % 2 === 0;\n```', 'javascript', true), 'return n % 2 === 0;');
  assert.equal(removeOutputNoise('return x\n\nThis function returns the value of x unchanged.', 'python', true), 'return x');
  assert.equal(removeOutputNoise("Here's the completed function:\nreturn 1", 'python', true), 'return 1');
  // Not noise: a key named like a marker, a comment, prose where prose is the language.
  assert.equal(removeOutputNoise("filename: 'bundle.js',\n  path: 'dist',", 'javascript', true), "filename: 'bundle.js',\n  path: 'dist',");
  assert.equal(removeOutputNoise('x = 1\n\n# This sets the value of x for later use', 'python', true), 'x = 1\n\n# This sets the value of x for later use');
  assert.equal(removeOutputNoise('Intro\n\nThis section explains the setup in detail.', 'markdown', true), 'Intro\n\nThis section explains the setup in detail.');
});

test('a group of lines written twice in a row is cut after the first', () => {
  assert.equal(cutRepeatedGroup('- uses: a@v4\n  with:\n    x: 1\n- uses: a@v4\n  with:\n    x: 1'), '- uses: a@v4\n  with:\n    x: 1');
  assert.equal(cutRepeatedGroup('POSTGRES_DB: mydb\n  POSTGRES_DB: mydb'), 'POSTGRES_DB: mydb');
  assert.equal(cutRepeatedGroup('i++;\ni++;'), 'i++;\ni++;', 'short statements may repeat on purpose');
  assert.equal(cutRepeatedGroup('  }\n}'), '  }\n}');
});

test('leading whitespace fits the cursor', () => {
  assert.equal(fitLeadingWhitespace('\t1337', 'const x = '), '1337');
  assert.equal(fitLeadingWhitespace('  sum(a, b);', 'let foo = '), 'sum(a, b);');
  assert.equal(fitLeadingWhitespace(" === 'localhost'", 'const local = host'), " === 'localhost'", 'no space before the cursor: the model\'s space is needed');
  // A blank first line on an already indented line: the code goes on the cursor's line.
  assert.equal(fitLeadingWhitespace("\n    console.log('foo')", 'function it() {\n    '), "console.log('foo')");
  // At column 0 the line break is the model's choice and stays.
  assert.equal(fitLeadingWhitespace('\n        x();', 'if (a) {\n'), '\n        x();');
});

test('single-line mode at the end of a finished line may suggest the next line', async () => {
  const got = await completeWith('c', 'int f(void) {\n    return 1;█\n\nint g(void) {\n    return 2;\n}\n', '\n}\n\nint h(void) {\n', 'single');
  assert.equal(got.text, '\n}');
});
