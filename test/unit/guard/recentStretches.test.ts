// The prefixed-token rule keeps, for one reading of a text, its answers to the last tokens it judged, known by their
// characters: a token met again gets the answer it had. Held here against the rule as it was before (the reference,
// copied unchanged) on random texts of tokens drawn from small pools, so that a token comes back after one, two, three
// and more others, beside tokens of the same length that differ in a character and are answered otherwise, after
// what turns one occurrence down and not another (a digest's name, a `.`, an escape), and with spans another rule
// found before (held). A memo blind to a token's characters, to its length or to the occurrence's own tests fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentStretches } from '../../../src/core/guard/recentStretches';
import { prefixedTokenFamilyRule } from '../../../src/core/guard/rules/prefixedTokenFamily';
import { seededRandom } from '../../../src/core/seededRandom';
import { SpanList } from '../../../src/core/guard/spanList';
import { prefixedTokenReference } from './prefixedTokenReference';

const BODY = 'aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0';
// Tokens taken and tokens turned down, many of one length: an object's prefix (`user_`), a placeholder body, a public
// key's prefix, a body of one case, a body one short, a prefix of mixed case; and the same tokens with a character changed.
const TOKENS = [
  `acme_live_${BODY}`, `user_live_${BODY}`, `acme_live_${BODY.slice(0, 20)}xxxxxxxxxx`, `pk_live_${BODY}`, `phc_${BODY}`,
  `zq_pat_${BODY.slice(0, 28)}`, `zq_pat_${BODY.slice(0, 27)}`, `ZQ_pat_${BODY.slice(0, 28)}`, `zq_pat_${BODY.toLowerCase().slice(0, 28)}`,
  `acme_live_${BODY.slice(1)}A`, `acmf_live_${BODY}`, `acme_live_${BODY.replace('9', '_')}`, `dop_v1_${BODY}${BODY.slice(0, 4)}`, `odt_${BODY}`,
];
const BEFORE = [' ', ' ', '\n', '\\n', '%3D', 'sha256=', 'md5:', '.', '$', '"', 'x', '\\u0022'];
const AFTER = [' ', ' ', '\n', '"', '.', '.x', '+', '=', ','];

function text(next: () => number, pool: readonly string[]): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  let out = '';
  for (let i = 0; i < 40; i++) out += pick(BEFORE) + pick(pool) + pick(AFTER);
  return out;
}

/** The spans a rule adds to `found` given spans another rule found before (some of the tokens' places). */
function spans(rule: typeof prefixedTokenReference, text: string, heldAt: readonly number[]): string {
  const found = new SpanList();
  for (const at of heldAt) found.push(0, at, at + 12);
  rule.find(text, found.merged());
  return JSON.stringify(found.merged().toSpans());
}

test("the rule's remembered answers are the answers the rule without them gives", () => {
  let taken = 0;
  let turnedDown = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const next = seededRandom(seed);
    const pool = Array.from({ length: 1 + (seed % 6) }, () => TOKENS[Math.floor(next() * TOKENS.length)]!);
    const t = text(next, pool);
    const heldAt = seed % 3 === 0 ? [Math.floor(next() * t.length), Math.floor(next() * t.length)] : [];
    const expected = spans(prefixedTokenReference, t, heldAt);
    assert.equal(spans(prefixedTokenFamilyRule, t, heldAt), expected, JSON.stringify(t));
    const count = (JSON.parse(expected) as unknown[]).length;
    taken += count;
    turnedDown += 40 - count;
  }
  // (Both answers are given often, so a memo that kept the wrong one would be seen.)
  assert.ok(taken > 1000 && turnedDown > 1000, `${taken} taken, ${turnedDown} turned down`);
});

test('a stretch is known by its characters and its length, whatever its place', () => {
  const t = 'abcdef abcdef abcdeg abcde abcdef';
  const recent = new RecentStretches(t);
  assert.equal(recent.answer(0, 6), -1);
  recent.keep(0, 6, true);
  assert.equal(recent.answer(7, 13), 1);
  assert.equal(recent.answer(14, 20), -1);
  assert.equal(recent.answer(21, 26), -1);
  recent.keep(14, 20, false);
  assert.equal(recent.answer(14, 20), 0);
  assert.equal(recent.answer(27, 33), 1);
  // The oldest is let go past four.
  for (const [s, e] of [[21, 26], [0, 1]] as const) recent.keep(s, e, false);
  assert.equal(recent.answer(27, 33), 1);
  recent.keep(1, 2, false);
  assert.equal(recent.answer(27, 33), -1);
});
