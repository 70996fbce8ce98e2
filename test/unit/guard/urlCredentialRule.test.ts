import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachUrlMatch, URL_CREDENTIALS } from '../../../src/core/guard/rules/urlCredentialRule';
import { seededRandom } from '../../../src/core/seededRandom';

/** The matches a global reading of the expression finds: [index, length] in order. */
function globalMatches(text: string): [number, number][] {
  const re = new RegExp(URL_CREDENTIALS.source, 'gi');
  const out: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0].length]);
  return out;
}

function placedMatches(text: string): [number, number][] {
  const out: [number, number][] = [];
  forEachUrlMatch(text, (m) => out.push([m.index, m[0].length]));
  return out;
}

test('url credentials: tried at each scheme start, the matches are those of the expression read over the whole text', () => {
  const pieces = ['://', 'https', 'HTTP', 'redis', 'x', 'user', ':', 'pw1234', '@', 'host', '/', '.', '-', '+', ' ', '\n', ',', 'a'.repeat(40), 'b'.repeat(41), 'postgresql+psycopg2cffi', '9', '"',
    'https://app:Xk2pL9vQ@h', 'redis://:hunter2x@c', 'x://aB3dE6gH9jK2mN5pQ8sT1vW4@github.com/', 'POSTGRES://u:p4ssw0rdX@db/', `${'a'.repeat(38)}://u:Xk2pL9vQ@h`];
  const random = seededRandom(11);
  let found = 0;
  for (let t = 0; t < 3000; t++) {
    let text = '';
    for (let i = 3 + Math.floor(random() * 12); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
    const expected = globalMatches(text);
    found += expected.length;
    assert.deepEqual(placedMatches(text), expected, JSON.stringify(text));
  }
  assert.ok(found > 1000);
});

test('url credentials: a scheme of 41 characters is read, of 42 (no start without a scheme character before it) not', () => {
  assert.equal(placedMatches(`${'a'.repeat(41)}://u:Xk2pL9vQ@h`).length, 1);
  assert.equal(placedMatches(`${'a'.repeat(42)}://u:Xk2pL9vQ@h`).length, 0);
  assert.equal(globalMatches(`${'a'.repeat(42)}://u:Xk2pL9vQ@h`).length, 0);
});
