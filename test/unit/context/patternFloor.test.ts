// Similar code's floor in the budget: background candidates (outlines, frequent names' headers)
// give way to patterns (similar code) up to the floor; definitions are not held back by it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { packIntoBudget, snippetTokens } from '../../../src/core/context/tokenBudget';
import type { ContextCandidate, ContextRole } from '../../../src/core/context/contextTypes';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { seededRandom } from '../../../src/core/seededRandom';

const budget = 1000;

function lines(word: string, count: number): string {
  return Array.from({ length: count }, (_, i) => `    result.${word}${i} = handler.${word}(request, ${i});`).join('\n');
}

function candidate(source: string, path: string, text: string, role?: ContextRole, extra: Partial<ContextCandidate> = {}): ContextCandidate {
  return { path, text, source, sourceScore: 1, startLine: 0, endLine: text.split('\n').length - 1, role, ...extra };
}

const tokens = (c: ContextCandidate): number => snippetTokens(c.path, c.text, estimateTokens);
/** The most lines of `word` whose snippet costs at most `share` of the budget. */
function sized(source: string, path: string, word: string, share: number, role?: ContextRole, extra: Partial<ContextCandidate> = {}): ContextCandidate {
  let n = 1;
  while (tokens(candidate(source, path, lines(word, n + 1), role)) <= share * budget) n++;
  return candidate(source, path, lines(word, n), role, extra);
}

// An outline that cuts itself to the room it is given, keeping its first members (as an outline keeps its most related).
const members = lines('member', 60);
const fitTo = (maxTokens: number): string | undefined => {
  const all = members.split('\n');
  for (let n = all.length; n > 0; n--) if (snippetTokens('Handler.java', all.slice(0, n).join('\n'), estimateTokens) <= maxTokens) return all.slice(0, n).join('\n');
  return undefined;
};
const outline = candidate('typeMembers', 'Handler.java', members, 'background', { fitTo });
const definition = sized('symbolDefinitions', 'Request.java', 'field', 0.3);
const header = sized('frequentDefinitions', 'Log.java', 'log', 0.2, 'background');
const first = sized('similarCode', 'A.java', 'first', 0.15, 'pattern');
const second = sized('similarCode', 'B.java', 'second', 0.15, 'pattern');
const fused = (...last: ContextCandidate[]) => fuseCandidates([{ weight: 2, candidates: [definition, outline, header] }, { weight: 1, candidates: last }]);
const texts = (packed: { snippets: { path: string; text: string }[] }): Record<string, string> => Object.fromEntries(packed.snippets.map((s) => [s.path, s.text]));

test('fixtures: a definition, an outline and a header ranked first fill the budget without a floor', () => {
  assert.deepEqual(fused(first, second).map((f) => f.candidate.path), ['Request.java', 'Handler.java', 'Log.java', 'A.java', 'B.java']);
  const without = texts(packIntoBudget(fused(first, second), budget, estimateTokens, { patternFloor: 0 }));
  assert.ok(without['A.java'] !== first.text || without['B.java'] !== second.text, 'no room for both patterns whole');
  assert.equal(without['Log.java'], header.text);
});

test('background gives way to patterns up to the floor, a definition ranked above does not', () => {
  const packed = packIntoBudget(fused(first, second), budget, estimateTokens, { patternFloor: 0.5 });
  const kept = texts(packed);
  assert.equal(kept['A.java'], first.text);
  assert.equal(kept['B.java'], second.text);
  assert.equal(kept['Request.java'], definition.text, 'the definition whole');
  const unheld = texts(packIntoBudget(fused(first, second), budget, estimateTokens, { patternFloor: 0 }))['Handler.java'];
  assert.ok(kept['Handler.java'] && unheld.startsWith(kept['Handler.java']) && kept['Handler.java'].length <= unheld.length, 'the outline cut by its own rule, never longer');
  assert.ok(packed.totalTokens <= budget);
});

test('half the budget held while larger patterns are to come: the outline ranked above them gives up members', () => {
  const big = [sized('similarCode', 'C.java', 'third', 0.3, 'pattern'), sized('similarCode', 'D.java', 'fourth', 0.3, 'pattern')];
  const kept = texts(packIntoBudget(fused(...big), budget, estimateTokens, { patternFloor: 0.5 }));
  const unheld = texts(packIntoBudget(fused(...big), budget, estimateTokens, { patternFloor: 0 }));
  assert.ok(kept['Handler.java'].length < unheld['Handler.java'].length);
  assert.equal(kept['C.java'], big[0].text);
  assert.notEqual(unheld['C.java'], big[0].text, 'without the floor it is cut to its first lines');
});

test('no more is held than the patterns can take whole: with one small pattern the context is as without a floor', () => {
  const small = sized('similarCode', 'Tiny.java', 'tiny', 0.03, 'pattern');
  const packed = packIntoBudget(fused(small), budget, estimateTokens, { patternFloor: 0.5 });
  const without = packIntoBudget(fused(small), budget, estimateTokens, { patternFloor: 0 });
  assert.deepEqual(Object.entries(texts(packed)).sort(), Object.entries(texts(without)).sort());
});

test('with no pattern nothing is held', () => {
  const plain = fuseCandidates([{ weight: 1, candidates: [outline, definition, header] }]);
  assert.deepEqual(texts(packIntoBudget(plain, budget, estimateTokens, { patternFloor: 0.9 })), texts(packIntoBudget(plain, budget, estimateTokens, { patternFloor: 0 })));
});

test('property: with a floor the snippets never exceed the budget and every candidate has one debug entry', () => {
  const random = seededRandom(11);
  const roles: (ContextRole | undefined)[] = ['background', undefined, 'pattern'];
  for (let run = 0; run < 300; run++) {
    const lists = roles.map((role, r) => ({
      weight: 1,
      candidates: Array.from({ length: Math.floor(random() * 8) }, (_, i) =>
        candidate(`s${r}`, `f${run}_${r}_${i}.ts`, lines(`w${run}_${r}_${i}`, 1 + Math.floor(random() * 40)), role, { keepForShape: role === 'pattern' && random() < 0.5 ? true : undefined }),
      ),
    }));
    const list = fuseCandidates(lists);
    const budgetTokens = Math.floor(random() * 2000);
    const packed = packIntoBudget(list, budgetTokens, estimateTokens, { shapeReserve: random() * 0.5, patternFloor: random() });
    assert.ok(packed.totalTokens <= budgetTokens, `run ${run}: ${packed.totalTokens} > ${budgetTokens}`);
    assert.equal(packed.snippets.reduce((sum, s) => sum + s.tokens, 0), packed.totalTokens);
    assert.equal(packed.debug.length, list.length);
    assert.ok(packed.debug.every((d) => d && (d.kept || d.dropped)));
  }
});
