// The key scan's readers that look characters up in a table (isKeyChar, QuoteParity) or read a value's first two
// letters before the scheme expression (valueFound), held to the tests they replace on random text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKeyChar } from '../../../src/core/guard/rules/keyWordScan';
import { QuoteParity } from '../../../src/core/guard/rules/valueContext';
import { valueFound } from '../../../src/core/guard/rules/foundValue';
import { seededRandom } from '../../../src/core/seededRandom';

test('isKeyChar answers as the ranges it was written as, for every UTF-16 code unit and past the text', () => {
  const ranges = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
  for (let c = 0; c <= 0xffff; c++) assert.equal(isKeyChar(c), ranges(c), String(c));
  assert.equal(isKeyChar(''.charCodeAt(0)), false, 'NaN');
});

/** The parity counted back from each offset to its line's start: the answer the one-pass memo must give. */
function insideByCount(text: string, offset: number, quote: number): boolean {
  let double = false;
  let single = false;
  for (let at = 0; at < offset; at++) {
    const c = text.charCodeAt(at);
    if (c === 92) at++;
    else if (c === 10) double = single = false;
    else if (c === 34) double = !double;
    else if (c === 39) single = !single;
  }
  return quote === 34 ? double : quote === 39 && single;
}

test('QuoteParity gives the counted parity at rising offsets, with escapes, line breaks and wide characters, its line start given or not', () => {
  const random = seededRandom(35);
  // (Backslashes and line breaks twice: given its line start, the parity skips the lines before unless a run escapes the break.)
  const atoms = ['"', "'", '\\', '\\', '\n', '\n', 'a', ' ', '=', 'é', '😀', '`', '\r'];
  for (let round = 0; round < 3_000; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 40); i++) text += atoms[Math.floor(random() * atoms.length)]!;
    const parity = new QuoteParity(text);
    const fromLine = new QuoteParity(text);
    for (let offset = 0; offset < text.length; offset += 1 + Math.floor(random() * 4)) {
      const quote = random() < 0.5 ? 34 : 39;
      const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
      assert.equal(parity.inside(offset, quote), insideByCount(text, offset, quote), JSON.stringify({ text, offset, quote }));
      assert.equal(fromLine.inside(offset, quote, lineStart), insideByCount(text, offset, quote), JSON.stringify({ text, offset, quote, lineStart }));
    }
  }
});

test('valueFound reads an authorization scheme where the expression alone did, and only there', () => {
  const random = seededRandom(36);
  const atoms = ['Bearer', 'bearer', 'BASIC', 'Basic', 'Bot', 'Token', 'tok', 'Digest', 'ApiKey', 'apikey', 'SSWS', 'ss', 'sig', 'salt', 'Be', 'Ba', 'bo', 'x', ' ', '\t', 'dXNlcjpwYXNz', 'aB3dE6gH9jK2', '=', 'é'];
  const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest|Bot|ApiKey|SSWS)[ \t]+/i;
  let schemes = 0;
  for (let round = 0; round < 20_000; round++) {
    // (Half start with a scheme's name or its first letters, and a blank or two after it half of those.)
    let v = random() < 0.5 ? atoms[Math.floor(random() * 16)]! + (random() < 0.5 ? ' \t '.slice(0, 1 + Math.floor(random() * 3)) : '') : '';
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++) v += atoms[Math.floor(random() * atoms.length)]!;
    const found = valueFound(v, 0, v.length, true, false);
    const scheme = v.length > 4 ? AUTH_SCHEME.exec(v) : null;
    if (scheme && v.length > scheme[0].length) {
      schemes++;
      // Past the scheme (or turned down: a Basic credential that is no user:password).
      assert.ok(found === undefined || found.start === scheme[0].length, JSON.stringify(v));
    } else assert.deepEqual(found && [found.start, found.value], [0, v], JSON.stringify(v));
  }
  assert.ok(schemes > 1_000, `only ${schemes} schemes`);
});
