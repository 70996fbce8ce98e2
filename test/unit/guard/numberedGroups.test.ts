import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberedGroups } from '../../../src/core/guard/numberedGroups';
import { patternRule } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';

test('named groups are written as plain ones, keeping every group number, and their backreferences as numbers', () => {
  const { source, numbers } = numberedGroups(String.raw`^(a)(?:b)(?<q>["']?)(?<secret>[^\s"'(]{3,400})(?=\k<q>(?:\r?\n|$))`);
  assert.equal(source, String.raw`^(a)(?:b)(["']?)([^\s"'(]{3,400})(?=(?:\2)(?:\r?\n|$))`);
  assert.deepEqual([...numbers], [['q', 2], ['secret', 3]]);
});

test('lookbehinds, escaped parentheses, classes and a digit after a backreference are no groups and stay as written', () => {
  const { source, numbers } = numberedGroups(String.raw`(?<=[\s(])(?<!x)\((?<q>")[(?<n>]\k<q>1`);
  assert.equal(source, String.raw`(?<=[\s(])(?<!x)\((")[(?<n>](?:\1)1`);
  assert.deepEqual([...numbers], [['q', 1]]);
});

test('on random texts the numbered pattern matches where the named one does, each group the same', () => {
  const patterns = [
    /(?<=^|[\s"'[,])--(?:requirepass|masterauth)(?:[ \t]+|["'][ \t]*,[ \t]*)(?<q>["']?)(?<secret>[^\s"'`;|&<>,\]\\]{3,400})(?=\k<q>(?:[\s"';|&>,\]\\]|$))/g,
    /(?<sq>["'])[ \t]*(?:pass|key)(?<op>[:=])(?<q>\k<sq>?)(?<secret>[^\s"'\\]{3,40})\k<q>(x)?/gi,
    /(a)|(?<secret>b+)(c)\3/g,
  ];
  const alphabet = ['--requirepass', '--masterauth', 'pass', 'KEY', ' ', '\t', '"', "'", ',', '=', ':', 'abc', 'x', '\n', 'b', 'c', '\\'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (const named of patterns) {
    const { source, numbers } = numberedGroups(named.source);
    const plain = new RegExp(source, named.flags);
    for (let t = 0; t < 300; t++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const a = [...text.matchAll(named)];
      const b = [...text.matchAll(plain)];
      assert.deepEqual(b.map((m) => [m.index, [...m]]), a.map((m) => [m.index, [...m]]), `${named.source} on ${JSON.stringify(text)}`);
      for (const [name, k] of numbers) assert.deepEqual(b.map((m) => m[k]), a.map((m) => m.groups![name]));
    }
  }
});

test("a pattern rule finds its secret group's span, quoted or not, after a tail or with the match's own end", () => {
  const spans = (rule: ReturnType<typeof patternRule>, text: string) => {
    const found = new SpanList();
    rule.find(text, found);
    return found.toSpans().map((s) => text.slice(s.start, s.end));
  };
  const endsMatch = patternRule({ id: 't1', keywords: ['pw'], pattern: /^pw[ \t]+(?<q>["']?)(?<secret>[^\s"']{3,40})(?=\k<q>$)/m, secretEndsMatch: true });
  assert.deepEqual(spans(endsMatch, 'pw "Zq8Lm3Xv9T"\npw Rk7Wp4Ns2Q\n'), ['Zq8Lm3Xv9T', 'Rk7Wp4Ns2Q']);
  const tailed = patternRule({ id: 't2', keywords: ['pw'], pattern: /pw=(?<q>["']?)(?<secret>[^\s"']{3,40})\k<q>;/ });
  assert.deepEqual(spans(tailed, `pw='Zq8Lm3Xv9T'; pw=Rk7Wp4Ns2Q;`), ['Zq8Lm3Xv9T', 'Rk7Wp4Ns2Q']);
  const indexed = patternRule({ id: 't3', keywords: ['pw'], pattern: /pw=(?<secret>[^\s;]{3,40})(?:;|$)+/ });
  assert.deepEqual(spans(indexed, 'pw=Zq8Lm3Xv9T;'), ['Zq8Lm3Xv9T']);
  const whole = patternRule({ id: 't4', keywords: ['zq'], pattern: /Zq8[A-Za-z0-9]{7}/ });
  assert.deepEqual(spans(whole, 'a Zq8Lm3Xv9T b'), ['Zq8Lm3Xv9T']);
});
