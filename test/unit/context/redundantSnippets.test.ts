import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { packIntoBudget } from '../../../src/core/context/tokenBudget';
import type { ContextCandidate } from '../../../src/core/context/contextTypes';
import { PrefixNames } from '../../../src/core/context/prefixNames';
import { estimateTokens } from '../../../src/core/tokenEstimator';

function candidate(path: string, text: string, source: ContextCandidate['source'] = 'symbolDefinitions'): ContextCandidate {
  return { path, text, source, sourceScore: 1, startLine: 0, endLine: text.split('\n').length - 1 };
}

test('a snippet that adds no name to the prompt or to earlier snippets is dropped as redundant', () => {
  const shown = new Set(['loop', 'None', 'self']);
  const named = (name: string): boolean => shown.has(name);
  const fused = fuseCandidates([
    { weight: 1.2, candidates: [candidate('a.py', '_loop = None\nloop = None'), candidate('b.py', 'def call_soon(self, callback):')] },
    { weight: 1, candidates: [candidate('c.py', 'loop = None', 'similarCode'), candidate('d.py', 'call_soon(callback)', 'similarCode')] },
  ]);
  const packed = packIntoBudget(fused, 1000, estimateTokens, { named });
  const kept = packed.snippets.map((s) => s.path).sort();
  assert.deepEqual(kept, ['a.py', 'b.py']);
  const redundant = packed.debug.filter((d) => d.dropped === 'redundant').map((d) => d.path).sort();
  assert.deepEqual(redundant, ['c.py', 'd.py'], 'c adds nothing to the prompt, d nothing to b');
  // Without the predicate only a snippet whose every line is placed already is redundant (c's line is a's).
  assert.deepEqual(packIntoBudget(fused, 1000, estimateTokens).snippets.map((s) => s.path).sort(), ['a.py', 'b.py', 'd.py']);
});

test('prefix names: the names before the cursor, kept up to date as the user types on', () => {
  const names = new PrefixNames();
  const doc = (text: string, version: number) => ({ uri: 'file:///a.py', relativePath: 'a.py', languageId: 'python', text, version, offset: text.length });
  let text = 'import events\nloop = events.get_event_loop()\n';
  let named = names.of(doc(text, 1), text.length);
  assert.ok(named('get_event_loop') && named('events'));
  assert.ok(!named('run_until_complete'));
  text += 'loop.run_until_complete(main())\nfut = lo';
  named = names.of(doc(text, 2), text.length);
  assert.ok(named('run_until_complete') && named('main') && named('lo'));
  // The cursor moved up: what follows it is not before it any more.
  named = names.of(doc(text, 3), text.indexOf('loop ='));
  assert.ok(named('events') && !named('get_event_loop'));
});

test('similar code much like the cursor\'s lines is kept for its shape even when it names nothing new, unless all its lines are placed', () => {
  const shown = new Set(['formatter', 'write_str', 'Ok']);
  const named = (name: string): boolean => shown.has(name);
  const shape = (path: string, text: string): ContextCandidate => ({ ...candidate(path, text, 'similarCode'), keepForShape: true });
  const fused = fuseCandidates([
    { weight: 1.2, candidates: [candidate('a.rs', 'formatter.write_str("a string")')] },
    { weight: 1, candidates: [shape('b.rs', 'formatter.write_str("unit")\nOk(())'), shape('c.rs', 'formatter.write_str("a string")'), candidate('d.rs', 'Ok(formatter)', 'similarCode')] },
  ]);
  const packed = packIntoBudget(fused, 1000, estimateTokens, { named });
  assert.deepEqual(packed.snippets.map((s) => s.path).sort(), ['a.rs', 'b.rs']);
  const redundant = packed.debug.filter((d) => d.dropped === 'redundant').map((d) => d.path).sort();
  assert.deepEqual(redundant, ['c.rs', 'd.rs'], 'c only repeats a line of a; d adds no name and is not kept for its shape');
});
