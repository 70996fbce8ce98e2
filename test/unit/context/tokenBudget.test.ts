import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { packIntoBudget, snippetTokens } from '../../../src/core/context/tokenBudget';
import type { ContextCandidate, ContextSourceName } from '../../../src/core/context/contextTypes';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { seededRandom } from '../../../src/core/seededRandom';

const sources: ContextSourceName[] = ['enclosingScope', 'symbolDefinitions', 'similarCode', 'recentEdits'];

function candidate(source: ContextSourceName, path: string, startLine: number, lines: number, word = 'value'): ContextCandidate {
  const text = Array.from({ length: lines }, (_, i) => `    const ${word}${i} = compute(${word}${i - 1}, ${i});`).join('\n');
  return { path, text, source, sourceScore: 1, startLine, endLine: startLine + lines - 1 };
}

test('property: the packed snippets never exceed the budget, whatever the sizes', () => {
  const random = seededRandom(42);
  for (let run = 0; run < 300; run++) {
    const lists = sources.map((source) =>
      Array.from({ length: Math.floor(random() * 8) }, (_, i) =>
        candidate(source, `f${Math.floor(random() * 6)}.ts`, Math.floor(random() * 400), 1 + Math.floor(random() * 80), `v${run}_${i}`),
      ),
    );
    const budget = Math.floor(random() * 3000);
    const packed = packIntoBudget(fuseCandidates(lists.map((candidates) => ({ weight: 1, candidates }))), budget, estimateTokens);
    assert.ok(packed.totalTokens <= budget, `run ${run}: ${packed.totalTokens} > ${budget}`);
    assert.equal(packed.snippets.reduce((sum, s) => sum + s.tokens, 0), packed.totalTokens);
    for (const s of packed.snippets) assert.equal(s.tokens, snippetTokens(s.path, s.text, estimateTokens));
  }
});

test('a snippet that does not fit whole keeps its first lines; the debug record tells what was dropped', () => {
  const big = candidate('symbolDefinitions', 'big.ts', 0, 200);
  const small = candidate('similarCode', 'small.ts', 0, 2, 'tiny');
  const packed = packIntoBudget(fuseCandidates([{ weight: 1.2, candidates: [big] }, { weight: 1, candidates: [small] }]), 300, estimateTokens);
  const kept = packed.snippets.find((s) => s.path === 'big.ts');
  assert.ok(kept && big.text.startsWith(kept.text) && kept.text.length < big.text.length);
  assert.ok(packed.totalTokens <= 300);
  const none = packIntoBudget(fuseCandidates([{ weight: 1, candidates: [big] }]), 10, estimateTokens);
  assert.deepEqual(none.snippets, []);
  assert.equal(none.debug[0].dropped, 'budget');
});

test('reciprocal-rank fusion merges overlapping candidates and sums their votes', () => {
  const a = candidate('similarCode', 'x.ts', 10, 10);
  const b = candidate('symbolDefinitions', 'x.ts', 12, 6);
  const c = candidate('similarCode', 'y.ts', 0, 5);
  const fused = fuseCandidates([{ weight: 1, candidates: [a, c] }, { weight: 1.2, candidates: [b] }]);
  assert.equal(fused.length, 2);
  assert.equal(fused[0].duplicates.length, 1);
  assert.ok(fused[0].score > fused[1].score);
  const packed = packIntoBudget(fused, 10_000, estimateTokens);
  assert.equal(packed.debug.filter((d) => d.dropped === 'duplicate').length, 1);
});

test('a snippet that adds no new name is redundant, unless it is the first definition of a name the prompt uses', () => {
  const outline = { path: 'runtime.rs', text: 'impl Handle {\n    pub fn spawn(&self, name: &str) -> JoinHandle {', source: 'typeMembers', sourceScore: 1, startLine: 0, endLine: 1 };
  const signature = { path: 'task.rs', text: 'pub fn spawn_on(handle: &Handle, name: &str) -> JoinHandle {', source: 'symbolDefinitions', sourceScore: 1, startLine: 4, endLine: 4 };
  const again = { ...signature, path: 'copy.rs', source: 'workspaceDefinitions' };
  const named = (n: string): boolean => ['spawn_on', 'handle', 'Handle', 'main'].includes(n);
  const pack = (defines: string | undefined) =>
    packIntoBudget(fuseCandidates([{ weight: 2, candidates: [outline] }, { weight: 1, candidates: [{ ...signature, defines }, { ...again, defines }] }]), 1000, estimateTokens, { named });
  assert.deepEqual(pack(undefined).debug.map((d) => `${d.path} ${d.dropped ?? 'kept'}`), ['runtime.rs kept', 'task.rs redundant', 'copy.rs redundant']);
  assert.deepEqual(pack('spawn_on').debug.map((d) => `${d.path} ${d.dropped ?? 'kept'}`), ['runtime.rs kept', 'task.rs kept', 'copy.rs redundant']);
});
