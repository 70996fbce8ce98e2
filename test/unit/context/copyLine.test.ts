// A similar snippet is there for the line a model would copy from it: when a snippet placed before
// it shows that line already, it is redundant and its room goes to the candidates after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { packIntoBudget } from '../../../src/core/context/tokenBudget';
import type { ContextCandidate } from '../../../src/core/context/contextTypes';
import { estimateTokens } from '../../../src/core/tokenEstimator';

function pattern(path: string, text: string, copyLine?: number): ContextCandidate {
  return { path, text, source: 'similarCode', sourceScore: 1, startLine: 0, endLine: text.split('\n').length - 1, role: 'pattern', keepForShape: true, copyLine };
}

const packed = (candidates: ContextCandidate[], budget = 1000) => packIntoBudget(fuseCandidates([{ weight: 1, candidates }]), budget, estimateTokens);

test('a pattern whose line to copy a snippet before it shows already is redundant', () => {
  const first = pattern('a.go', 'c.Request = req\nassert.Equal(t, http.StatusOK, w.Code)\nassert.Equal(t, "ok", w.Body.String())', 1);
  const again = pattern('b.go', 'c.Params = params\n    assert.Equal(t, http.StatusOK, w.Code)\nassert.Empty(t, c.Errors)', 1);
  const other = pattern('c.go', 'c.Params = params\nassert.Equal(t, http.StatusCreated, w.Code)', 1);
  const result = packed([first, again, other]);
  assert.deepEqual(result.snippets.map((s) => s.path), ['a.go', 'c.go']);
  assert.equal(result.debug.find((d) => d.path === 'b.go')?.dropped, 'redundant', 'the same line, whatever its indentation');
});

test('a pattern is not redundant for a shown line other than its line to copy, nor without one', () => {
  const first = pattern('a.go', 'c.Request = req\nassert.Equal(t, http.StatusOK, w.Code)', 1);
  // Its aligned line (the first) is shown already, its line to copy is not.
  const aligned = pattern('b.go', 'c.Request = req\nrouter.ServeHTTP(w, c.Request)', 1);
  const whole = pattern('c.go', 'func TestA(t *testing.T) {\nassert.Equal(t, http.StatusOK, w.Code)\n}');
  const blank = pattern('d.go', 'w := httptest.NewRecorder()\n\n', 1);
  assert.deepEqual(packed([first, aligned, whole, blank]).snippets.map((s) => s.path), ['a.go', 'b.go', 'c.go', 'd.go']);
});

test('the room a redundant pattern leaves goes to the candidate after it', () => {
  const body = (word: string) => Array.from({ length: 6 }, (_, i) => `${word}.step${i}(request, options)`).join('\n');
  const first = pattern('a.ts', `${body('client')}`, 1);
  const again = pattern('b.ts', `${body('client')}`.replace('step0', 'prepare'), 1);
  const last = pattern('c.ts', body('server'), 1);
  const tokens = packed([first]).totalTokens;
  // Room for two of the three.
  const result = packed([first, again, last], 2 * tokens + 5);
  assert.deepEqual(result.snippets.map((s) => s.path), ['a.ts', 'c.ts']);
});
