import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startsAtLineStarts } from '../../../src/core/guard/keywordLed';
import { LineStarts } from '../../../src/core/guard/lineStarts';
import { forEachMatch } from '../../../src/core/guard/secretRule';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { seededRandom } from '../../../src/core/seededRandom';

test('a pattern is tried at line starts alone when every alternative opens with ^ under m', () => {
  for (const pattern of [/^a/m, /^[ \t]*user[ \t]*=/gim, /^a|^(?:b|c)d/m, /^(?<q>["']?)x\k<q>/my]) assert.ok(startsAtLineStarts(pattern), pattern.source);
  // Without `m`, `^` is the input's start, which the engine's search knows; an alternative without it, a `^` in a group
  // or a class, an escaped `^`, an empty alternative: tried everywhere.
  for (const pattern of [/^a/, /^a|b/m, /(?:^|;)a/m, /[\^]a/m, /\^a/m, /^a|/m, /(?<=x)^a/m]) assert.ok(!startsAtLineStarts(pattern), pattern.source);
});

test('the line starts are the places after LF, CR, U+2028 and U+2029, and the text\'s start', () => {
  const random = seededRandom(51);
  const alphabet = 'ab \n\r\u2028\u2029';
  for (let n = 0; n < 400; n++) {
    let text = '';
    const length = Math.floor(random() * 60);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    const starts = new LineStarts(text);
    // (Asked rising, as forEachMatch asks, and now and then back.)
    for (let at = 0; at <= length + 1; at += 1 + Math.floor(random() * 4)) {
      const asked = random() < 0.1 ? Math.floor(random() * (at + 1)) : at;
      let expected = -1;
      for (let i = asked; i <= length && expected === -1; i++) if (i === 0 || '\n\r\u2028\u2029'.includes(text[i - 1]!)) expected = i;
      assert.equal(starts.from(asked), expected, `${JSON.stringify(text)} from ${asked}`);
    }
  }
});

// Patterns whose every match starts at a line's start: read at line starts alone, whole and near their keywords, their
// matches are the engine's (an empty match at a line's start passed over as the engine's loop passes it).
// (The first holds a keyword on the line it starts on, and is read near them too.)
for (const [pattern, keywords, near] of [
  [/^[ \t]*(?:s[ \t]+)?kA[^\n]{0,9}?=(?:q|s)|^q[ \t]*\(\w*Sk/gim, ['ka', 'sk'], true],
  [/^(?<q>["']?)k{1,3}\k<q>[ \t]*=|^s*/gm, ['k'], false],
] as const) test(`a pattern opening with ^ under m (${pattern.source}) tried at line starts finds every match`, () => {
  assert.ok(startsAtLineStarts(pattern));
  const random = seededRandom(52);
  const pieces = ['kA', 'Sk', 'k', 'q(', '=q', '=s', 's', ' ', '\t', '"', '\n', '\r', '\r\n', '\u2028', '\u2029'];
  const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  const prefilter = new KeywordPrefilter([keywords], [true], true);
  let found = 0;
  for (let n = 0; n < 1_000; n++) {
    // (Now and then a text that opens with a line past LONG_LINE: its long lines tried at their start alone, among short
    // ones searched by the engine.)
    const long = n % 4 === 0;
    let text = long ? 'q'.repeat(1_100) : '';
    const length = Math.floor(random() * 80);
    for (let i = 0; i < length; i++) text += (long && random() < 0.1 ? 'q'.repeat(1_100) : '') + pieces[Math.floor(random() * pieces.length)];
    const every = enginesMatches(text, pattern);
    assert.deepEqual(matchesOf(text, pattern, sticky), every, JSON.stringify(text));
    if (near) {
      const places = prefilter.nearSlots();
      prefilter.needed(text, places);
      assert.deepEqual(matchesOf(text, pattern, sticky, places[0] ?? []), every, JSON.stringify(text));
    }
    found += every.length;
  }
  assert.ok(found > 400, `${found / 2} matches`);
});

/** Each match's index and length as the engine's own global search finds them. */
function enginesMatches(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  const global = new RegExp(pattern.source, pattern.flags);
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0] === '') global.lastIndex++;
    else found.push(m.index, m[0].length);
  }
  return found;
}

function matchesOf(text: string, pattern: RegExp, sticky: RegExp, near?: readonly number[] | Int32Array): number[] {
  const found: number[] = [];
  forEachMatch(text, pattern, sticky, near, (m) => found.push(m.index, m[0].length));
  return found;
}
