// A second snippet of a file already placed goes under that file's path header, after a `…` line,
// and is charged what it adds to that snippet: a definition too big for a header of its own still
// fits, and the packed total is what the snippets cost as rendered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { packIntoBudget, snippetTokens } from '../../../src/core/context/tokenBudget';
import type { ContextCandidate } from '../../../src/core/context/contextTypes';
import { estimateTokens } from '../../../src/core/tokenEstimator';

const LONG = 'src/network_client/custom_auth_api/v2/response/ResponsesV2.ts';

function definition(path: string, text: string, startLine: number): ContextCandidate {
  return { path, text, source: 'symbolDefinitions', sourceScore: 1, startLine, endLine: startLine };
}

function pack(candidates: ContextCandidate[], budget: number) {
  return packIntoBudget(fuseCandidates([{ weight: 1, candidates }]), budget, estimateTokens);
}

test('two definitions of one file are one snippet under one path header, the second after a `…` line', () => {
  const first = definition(LONG, 'export interface ChallengeResponse {', 10);
  const second = definition(LONG, 'export function parseChallenge(body: string): ChallengeResponse {', 40);
  const other = definition('src/a.ts', 'export const TIMEOUT_MS = 3000;', 3);
  const packed = pack([first, other, second], 1000);
  assert.deepEqual(packed.snippets.map((s) => s.path), [LONG, 'src/a.ts']);
  assert.equal(packed.snippets[0].text, `${first.text}\n…\n${second.text}`);
  assert.equal(packed.snippets[0].source, 'symbolDefinitions');
  assert.equal(packed.snippets[0].startLine, 10, 'the first piece\'s place');
  // Charged exactly what each snippet costs as rendered, header once.
  for (const s of packed.snippets) assert.equal(s.tokens, snippetTokens(s.path, s.text, estimateTokens));
  assert.equal(packed.totalTokens, packed.snippets.reduce((n, s) => n + s.tokens, 0));
  assert.deepEqual(packed.debug.map((d) => d.kept), [true, true, true]);
});

test('a second piece of a file fits where a snippet of another file, paying its header, does not', () => {
  const first = definition(LONG, 'export interface ChallengeResponse {', 10);
  const second = definition(LONG, 'export function parseChallenge(body: string): ChallengeResponse {', 40);
  const elsewhere = definition(LONG.replace('ResponsesV2', 'RequestsV2'), second.text, 40);
  const firstCost = snippetTokens(LONG, first.text, estimateTokens);
  const added = snippetTokens(LONG, `${first.text}\n…\n${second.text}`, estimateTokens) - firstCost;
  const alone = snippetTokens(elsewhere.path, elsewhere.text, estimateTokens);
  assert.ok(added < alone, `${added} < ${alone}`);
  const budget = firstCost + added;
  const same = pack([first, second], budget);
  assert.deepEqual(same.debug.map((d) => d.kept), [true, true]);
  assert.ok(same.totalTokens <= budget);
  // The same text from another file pays a header of its own: no room, it is cut to its line or dropped, never over budget.
  const apart = pack([first, elsewhere], budget);
  assert.equal(apart.snippets.length, 1);
  assert.equal(apart.debug[1].dropped, 'budget');
});
