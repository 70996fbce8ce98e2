import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextHeader } from '../../../src/core/guard/rules/secretListRule';
import { seededRandom } from '../../../src/core/seededRandom';

// The header expression as it was tried at every line's start: the answers nextHeader must give.
const AT_LINE_STARTS = /^(?<indent>[ \t]{0,40})["']?(?<key>\w[\w.-]{0,63})["']?:[ \t]*\r?\n/gm;

function headersAtLineStarts(text: string): [number, string][] {
  return [...text.matchAll(AT_LINE_STARTS)].map((m) => [m.index, m[0]]);
}

function headersFromTheirEnds(text: string): [number, string][] {
  const found: [number, string][] = [];
  for (let m = nextHeader(text, 0); m; m = nextHeader(text, m.index + m[0].length)) found.push([m.index, m[0]]);
  return found;
}

test('headers found from their line ends are those the expression finds at every line start, whatever ends a line', () => {
  const random = seededRandom(3);
  // Keys, blanks, quotes, colons and every line terminator `^` knows, in random order.
  const pieces = ['password', 'api_keys', 'a.b-c', ':', ': ', ':\t', '"', "'", ' ', '\t', '\n', '\r\n', '\r', '\u2028', '\u2029', '- x', 'é', '='];
  for (let round = 0; round < 3000; round++) {
    let text = '';
    for (let i = Math.floor(random() * 14); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
    assert.deepEqual(headersFromTheirEnds(text), headersAtLineStarts(text), JSON.stringify(text));
    // Searched from anywhere, even inside a line, as the expression searches from its lastIndex.
    const from = Math.floor(random() * (text.length + 1));
    AT_LINE_STARTS.lastIndex = from;
    assert.deepEqual(nextHeader(text, from)?.index, AT_LINE_STARTS.exec(text)?.index, `${JSON.stringify(text)} from ${from}`);
  }
});

test('a header after each line terminator `^` knows is found', () => {
  for (const end of ['\n', '\r\n', '\r', '\u2028', '\u2029']) {
    assert.deepEqual(headersFromTheirEnds(`a = 1${end}password:\n  - x`), headersAtLineStarts(`a = 1${end}password:\n  - x`));
    assert.equal(headersFromTheirEnds(`a = 1${end}password:\n  - x`).length, 1, JSON.stringify(end));
  }
});

test('a header as long as one can be is found; an indent or a key a character longer is none', () => {
  const header = `${' '.repeat(40)}"${'k'.repeat(64)}":\n`;
  assert.deepEqual(headersFromTheirEnds(`x\n${header}`), [[2, header]]);
  assert.deepEqual(headersFromTheirEnds(`x\n ${header}`), []);
  assert.deepEqual(headersFromTheirEnds(`x\n${header.replace('"k', '"kk')}`), []);
  assert.deepEqual(headersAtLineStarts(`x\n ${header}`), []);
});
