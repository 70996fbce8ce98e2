import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secretTail } from '../../../src/core/guard/secretPlace';
import { patternRule } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';

const tailOf = (pattern: RegExp) => secretTail(pattern.source, pattern.flags);

test('a tail of known width after the secret group is read from the pattern', () => {
  assert.deepEqual(tailOf(/\bnpmAuthIdent[ \t]*:[ \t]*(?<q>["']?)[^\s:"'$]{1,100}:(?<secret>[^\s"']{3,400})\k<q>(?=\s|$)/), { units: 0, groups: ['q'] });
  assert.deepEqual(tailOf(/login (?<q>["']?)(?<secret>[^\s"'(]{3,400})\k<q>(?=[ \t]*(?:\r?\n|$|[;|&]))/), { units: 0, groups: ['q'] });
  assert.deepEqual(tailOf(/[a-z]{1,20}:\/\/(?:[^\s:/@"'`<>]{0,100}:)?(?<secret>[^\s/"'`<>,]{3,200})@[A-Za-z0-9.[\]-]/), { units: 2, groups: [] });
  assert.deepEqual(tailOf(/pwd=(?<secret>[^;]{3,40});/i), { units: 1, groups: [] });
  assert.deepEqual(tailOf(/key (?<secret>\w{3,40})/), { units: 0, groups: [] });
  // A `)` in a class inside the group does not close it; an escaped `]` does not close a class.
  assert.deepEqual(tailOf(/(?<q>")?(?<secret>[^)\s]{3,40})\k<q>[\]x]/), { units: 1, groups: ['q'] });
});

test('a tail whose width varies, or an unknown shape, keeps match indices', () => {
  for (const pattern of [
    /(?<q>["']?)(?<secret>\w{3,40})[ \t]*\k<q>/, // a quantifier
    /(?<q>["']?)(?<secret>\w{3,40})\k<q>(?=\s)x/, // past the lookahead
    /(?:(?<q>["']?)(?<secret>\w{3,40})\k<q>)?/, // inside a group
    /a(?<secret>\w{3,40})@h|b@h/, // an alternative after it
    /(?<secret>\w{3,40})\b/, // an assertion
    /(?<secret>\w{3,40})./, // any character
    /(?<secret>\w{3,40})@[^@]/u, // a class that may take two code units
    /\w+/, // no secret group
  ]) assert.equal(tailOf(pattern), undefined, pattern.source);
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
  // A URL's password, then `@` and its host's first character.
  const url = /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}:\/\/(?:[^\s:/@"'`<>]{0,100}:)?(?<secret>[^\s/"'`<>,]{3,200})@[A-Za-z0-9.[\]-]/;
  const urls = 'https://u:p4ssw0rd@h.example redis://:s3cr3tv@[::1] ftp://a:b@c@d.example amqp://x:yz9@@h';
  const [ourUrls, indexUrls] = spansBoth(url, urls);
  assert.ok(indexUrls.split(' ').length >= 3, indexUrls);
  assert.equal(ourUrls, indexUrls);
});

test('an alternative without the secret group redacts its whole match, as with indices', () => {
  const [ours, indices] = spansBoth(/plain-[a-z]{3}|tok[ \t]+(?<q>["']?)(?<secret>[a-z]{3,9})\k<q>/, 'plain-abc tok "xyz" tok uvw');
  assert.equal(ours, indices);
  assert.equal(ours, '0-9 15-18 24-27');
});
