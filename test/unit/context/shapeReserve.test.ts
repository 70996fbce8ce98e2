import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { packIntoBudget, snippetTokens } from '../../../src/core/context/tokenBudget';
import type { ContextCandidate, ContextSourceName } from '../../../src/core/context/contextTypes';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { seededRandom } from '../../../src/core/seededRandom';

function lines(word: string, count: number): string {
  return Array.from({ length: count }, (_, i) => `    result.${word}${i} = handler.${word}(request, ${i});`).join('\n');
}

function candidate(source: ContextSourceName, path: string, text: string, shape = false): ContextCandidate {
  return { path, text, source, sourceScore: 1, startLine: 0, endLine: text.split('\n').length - 1, keepForShape: shape || undefined };
}

// Outlines and definitions ranked first, each about 30% of the budget, then code shaped like the cursor's lines.
const budget = 1000;
const tokens = (c: ContextCandidate): number => snippetTokens(c.path, c.text, estimateTokens);
function sized(source: ContextSourceName, path: string, word: string, share: number, shape = false): ContextCandidate {
  let n = 1;
  while (tokens(candidate(source, path, lines(word, n + 1), shape)) <= share * budget) n++;
  return candidate(source, path, lines(word, n), shape);
}
const outline = sized('typeMembers', 'Handler.java', 'outline', 0.32);
const definition = sized('symbolDefinitions', 'Request.java', 'field', 0.32);
// Two long lines: too few to be cut to its first lines, so it is dropped when it does not fit whole.
const header = candidate('symbolDefinitions', 'Response.java', [0, 1].map((i) => `    // ${Array.from({ length: 45 }, (_, k) => `header${i}_${k}`).join(' ')}`).join('\n'));
const shaped = sized('similarCode', 'Other.java', 'shaped', 0.15, true);
const fused = (last: ContextCandidate) => fuseCandidates([{ weight: 1.2, candidates: [outline, definition, header] }, { weight: 0.5, candidates: [last] }]);

test('fixtures: the third definition fits beside small shaped code only', () => {
  assert.ok(tokens(header) > 0.25 * budget && tokens(header) < 0.33 * budget, `${tokens(header)}`);
});

test('code kept for its shape gets the held share of the budget though outlines rank above it', () => {
  assert.deepEqual(fused(shaped).map((f) => f.candidate.path), ['Handler.java', 'Request.java', 'Response.java', 'Other.java']);
  const without = packIntoBudget(fused(shaped), budget, estimateTokens, { shapeReserve: 0 });
  assert.notEqual(without.snippets.find((s) => s.path === 'Other.java')?.text, shaped.text, 'the definitions leave no room for it whole');
  const held = packIntoBudget(fused(shaped), budget, estimateTokens, { shapeReserve: 0.2 });
  assert.equal(held.snippets.find((s) => s.path === 'Other.java')?.text, shaped.text);
  assert.deepEqual(held.snippets.slice(0, 2).map((s) => s.text), [outline.text, definition.text], 'the first two fit beside the reserve');
  assert.ok(held.totalTokens <= budget);
});

test('a candidate the reserve kept out gets the room the shape candidates leave', () => {
  // Shaped code of 5% of the budget: the rest of the 20% held comes back to the third definition, kept whole as without a reserve.
  const small = sized('similarCode', 'Tiny.java', 'tiny', 0.05, true);
  const packed = packIntoBudget(fused(small), budget, estimateTokens, { shapeReserve: 0.2 });
  const without = packIntoBudget(fused(small), budget, estimateTokens, { shapeReserve: 0 });
  assert.deepEqual(packed.snippets.map((s) => [s.path, s.text]).sort(), without.snippets.map((s) => [s.path, s.text]).sort());
  assert.equal(packed.snippets.find((s) => s.path === 'Response.java')?.text, header.text);
});

test('with no shape candidate nothing is held', () => {
  const plain = fuseCandidates([{ weight: 1.2, candidates: [outline, definition, header] }]);
  const packed = packIntoBudget(plain, budget, estimateTokens, { shapeReserve: 0.5 });
  assert.deepEqual(packed.snippets.map((s) => s.text), [outline.text, definition.text, header.text]);
});

test('property: with a reserve the snippets never exceed the budget and every candidate has one debug entry', () => {
  const random = seededRandom(7);
  const sources: ContextSourceName[] = ['typeMembers', 'symbolDefinitions', 'similarCode'];
  for (let run = 0; run < 300; run++) {
    const lists = sources.map((source) => ({
      weight: 1,
      candidates: Array.from({ length: Math.floor(random() * 8) }, (_, i) =>
        candidate(source, `f${run}_${source}_${i}.ts`, lines(`w${run}_${i}`, 1 + Math.floor(random() * 40)), source === 'similarCode' && random() < 0.5),
      ),
    }));
    const list = fuseCandidates(lists);
    const budgetTokens = Math.floor(random() * 2000);
    const packed = packIntoBudget(list, budgetTokens, estimateTokens, { shapeReserve: random() * 0.6 });
    assert.ok(packed.totalTokens <= budgetTokens, `run ${run}: ${packed.totalTokens} > ${budgetTokens}`);
    assert.equal(packed.snippets.reduce((sum, s) => sum + s.tokens, 0), packed.totalTokens);
    assert.equal(packed.debug.length, list.length);
    assert.ok(packed.debug.every((d) => d && (d.kept || d.dropped)));
  }
});
