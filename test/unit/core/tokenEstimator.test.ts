import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CHARS_PER_TOKEN, estimateTokens, tokensToChars } from '../../../src/core/tokenEstimator';

test('counts by character class', () => {
  assert.equal(estimateTokens(''), 0);
  assert.equal(estimateTokens('hello'), 2); // ceil(5 / 4)
  assert.equal(estimateTokens('a b'), 2); // a single space is free
  assert.equal(estimateTokens('    return x;'), 5); // indent, return(2), x, ;
  assert.equal(estimateTokens('foo(bar);\n'), 5); // foo ( bar ); \n
  assert.equal(estimateTokens('你好'), 2);
  assert.equal(estimateTokens('\t\t\t\t\t\t\t\t\t'), 2); // 9 columns of indentation
});

test('CRLF costs the same as LF', () => {
  assert.equal(estimateTokens('a = 1\r\nb = 2\r\n'), estimateTokens('a = 1\nb = 2\n'));
});

test('grows with the text and never shrinks when text is appended', () => {
  const text = 'function area(r: number) {\n  return Math.PI * r * r;\n}\n';
  let last = 0;
  for (let i = 1; i <= text.length; i++) {
    const n = estimateTokens(text.slice(0, i));
    assert.ok(n >= last - 1, `at ${i}: ${n} after ${last}`); // a word boundary may merge one token
    last = Math.max(last, n);
  }
  assert.equal(estimateTokens(text.repeat(10)), estimateTokens(text) * 10);
});

test('on real code, lands between 2.5 and 5 characters per token', () => {
  // Sources not written by us: the Python standard library and dependency code.
  const files = [require.resolve('ollama/dist/browser.cjs'), require.resolve('openai/client.js')];
  if (existsSync('/usr/lib/python3.11/argparse.py')) files.push('/usr/lib/python3.11/argparse.py');
  for (const file of files) {
    const text = readFileSync(file, 'utf8').slice(0, 200_000);
    const ratio = text.length / estimateTokens(text);
    assert.ok(ratio > 2.5 && ratio < 5, `${file}: ${ratio.toFixed(2)} chars/token`);
  }
});

test('tokensToChars uses the average ratio', () => {
  assert.equal(tokensToChars(100), Math.floor(100 * CHARS_PER_TOKEN));
  assert.equal(tokensToChars(-5), 0);
});
