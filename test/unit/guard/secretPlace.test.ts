import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closingBackreference } from '../../../src/core/guard/secretPlace';
import { patternRule } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';

test('a secret group closed by a backreference at the pattern end is read off the match end', () => {
  assert.equal(closingBackreference(String.raw`\bnpmAuthIdent[ \t]*:[ \t]*(?<q>["']?)[^\s:"'$]{1,100}:(?<secret>[^\s"']{3,400})\k<q>(?=\s|$)`), 'q');
  assert.equal(closingBackreference(String.raw`-p[ \t]*(?<q>["']?)(?<secret>[^\s"'\`;|&]{3,200})\k<q>`), 'q');
  assert.equal(closingBackreference(String.raw`login (?<q>["']?)(?<secret>[^\s"'(]{3,400})\k<q>(?=[ \t]*(?:\r?\n|$|[;|&]))`), 'q');
});

test('any other shape keeps match indices', () => {
  // Something between the group and the quote, after the lookahead, or the quote inside a group.
  assert.equal(closingBackreference(String.raw`(?<q>["']?)(?<secret>\w{3,40})[ \t]*\k<q>`), undefined);
  assert.equal(closingBackreference(String.raw`(?<q>["']?)(?<secret>\w{3,40})\k<q>(?=\s)x`), undefined);
  assert.equal(closingBackreference(String.raw`(?:(?<q>["']?)(?<secret>\w{3,40})\k<q>)?`), undefined);
  assert.equal(closingBackreference(String.raw`(?<secret>\w{3,40})`), undefined);
  assert.equal(closingBackreference(String.raw`\w+`), undefined);
  // A `)` in a class inside the group does not close it.
  assert.equal(closingBackreference(String.raw`(?<q>")?(?<secret>[^)\s]{3,40})\k<q>`), 'q');
});

/** Every span a pattern rule finds, and the spans match indices give. */
function spansBoth(pattern: RegExp, text: string): [string, string] {
  const found = new SpanList();
  patternRule({ id: 'test-rule', keywords: [], pattern }).find(text, found);
  const viaIndices: string[] = [];
  const withIndices = new RegExp(pattern.source, `${pattern.flags}dg`);
  for (const m of text.matchAll(withIndices)) {
    const [start, end] = m.indices!.groups!.secret ?? [m.index, m.index + m[0].length];
    viaIndices.push(`${start}-${end}`);
  }
  const ours: string[] = [];
  for (let i = 0; i < found.length; i++) ours.push(`${found.start(i)}-${found.end(i)}`);
  return [ours.join(' '), viaIndices.join(' ')];
}

test('the spans read off the match end are those of match indices, quoted or not, with the secret repeated around it', () => {
  const pattern = /\b(?:login|auth)[ \t]+(?<q>["']?)(?<secret>[^\s"']{3,40})\k<q>(?=\s|$)/;
  const text = 'login "abc" login abcabc login \'abc\'\nauth "abc"abc" auth abc" x auth \'"abc"\' auth abc';
  const [ours, indices] = spansBoth(pattern, text);
  assert.ok(indices.split(' ').length >= 4, indices);
  assert.equal(ours, indices);
});

test('an alternative without the secret group redacts its whole match, as with indices', () => {
  const [ours, indices] = spansBoth(/plain-[a-z]{3}|tok[ \t]+(?<q>["']?)(?<secret>[a-z]{3,9})\k<q>/, 'plain-abc tok "xyz" tok uvw');
  assert.equal(ours, indices);
  assert.equal(ours, '0-9 15-18 24-27');
});
