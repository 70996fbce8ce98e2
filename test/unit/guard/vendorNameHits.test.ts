import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { rulesPrefilter, secretRules } from '../../../src/core/guard/secretRedactor';
import { groupsEnding, vendorKeyedTokenRule } from '../../../src/core/guard/rules/vendorKeyedTokenRule';
import { vendorNames } from '../../../src/core/guard/rules/vendorNames';
import { keyShapes, surveyedNames, wordNames } from '../../../src/core/guard/rules/vendorKeyedShapes';
import { seededRandom } from '../../../src/core/seededRandom';

// vendor-keyed-token is handed its names' hits by the redactor's prefilter pass instead of walking the
// text with an automaton of its own. Its own automaton told each hit the groups of the names ending there
// (group 0 the plain names without a shape, one group per shaped name): what it is handed must say the same.
const plain = new Set([...vendorNames, ...surveyedNames]);
const shaped = Object.keys(keyShapes).filter((name) => plain.has(name) || name in wordNames);
const oldGroup = new Map<string, number>([...[...plain].map((name): [string, number] => [name, 0]), ...shaped.map((name, k): [string, number] => [name, k + 1])]);
const names = vendorKeyedTokenRule.keywords;

/** What the names' own automaton visited: each end where a name ends (either case), with the groups of every name ending there. */
function oldHits(text: string): string[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const hits: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    const groups = new Set<number>();
    for (const name of names) if (end >= name.length && lower.startsWith(name, end - name.length)) groups.add(oldGroup.get(name)!);
    if (groups.size > 0) hits.push(`${end}:${[...groups].sort((a, b) => a - b).join(',')}`);
  }
  return hits;
}

function handedHits(near: readonly number[]): string[] {
  const hits: string[] = [];
  for (let h = 0; h < near.length; h += 2) hits.push(`${near[h]}:${[...groupsEnding[near[h + 1]!]!].sort((a, b) => a - b).join(',')}`);
  return hits;
}

test('the hits the redactor\'s prefilter hands vendor-keyed-token are those its own automaton found, on random texts of names, other rules\' keywords and blank runs', () => {
  const prefilter = rulesPrefilter(secretRules);
  const alone = new KeywordPrefilter([names], ['hits']);
  const group = secretRules.indexOf(vendorKeyedTokenRule);
  assert.notEqual(group, -1);
  // Names that end in another name, or hold one, make hits with several groups.
  const nested = names.filter((name) => names.some((other) => other !== name && name.includes(other)));
  assert.ok(nested.length > 10, `${nested.length} names hold another`);
  const others = [...new Set(secretRules.flatMap((r) => r.keywords))];
  const filler = [' ', '\t', '  ', 'a', 'Q', '_', '-', '.', '=', ':', '\n', 'é', '😀', '0', 'x'];
  const random = seededRandom(41);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let several = 0;
  for (let round = 0; round < 1500; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 12); i++) {
      const r = random();
      let piece = r < 0.3 ? pick(names) : r < 0.45 ? pick(nested) : r < 0.65 ? pick(others) : pick(filler);
      if (random() < 0.25) piece = piece.slice(random() < 0.5 ? 1 : 0, Math.max(1, piece.length - 1)); // almost a name
      if (random() < 0.3) piece = piece.toUpperCase();
      text += piece;
    }
    const expected = oldHits(text);
    several += expected.filter((hit) => hit.includes(',')).length;
    const near: (number[] | null | undefined)[] = [];
    const needed = prefilter.needed(text, near);
    assert.equal(needed[group], expected.length > 0, JSON.stringify(text));
    if (expected.length > 0) assert.deepEqual(handedHits(near[group]!), expected, JSON.stringify(text));
    const own: (number[] | null | undefined)[] = [];
    alone.needed(text, own);
    assert.deepEqual(handedHits(own[0]!), expected, JSON.stringify(text));
  }
  assert.ok(several > 20, `${several} hits of several groups`);
});
