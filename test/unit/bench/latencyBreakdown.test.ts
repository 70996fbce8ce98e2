import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { pairWithCalls, stageMedians, waitParts } from '../../../bench/typing/latencyBreakdown';
import type { GhostAppearance } from '../../../bench/typing/ghostProbe';
import type { OracleCall } from '../../../bench/typing/oracleOllama';

const appearance = (keyAt: number, at: number): GhostAppearance => ({ afterKeyMs: at - keyAt, at, after: 'key', line: 0, task: 0 });
const call = (arrivedAt: number, endAt: number, satisfied = true): OracleCall => ({ ms: endAt - arrivedAt, arrivedAt, endAt, satisfied });

describe('typing bench: where the wait goes', () => {
  it('pairs a ghost text with the last answered request made after its key, and splits the wait', () => {
    const calls = [call(900, 1_100), call(1_080, 1_400), call(1_090, 1_300, false)];
    const [paired] = pairWithCalls([appearance(1_000, 1_450)], calls);
    assert.equal(paired!.call, calls[1], 'the request before the key and the aborted one are not it');
    const parts = waitParts([paired!]);
    assert.deepEqual(parts.ghost, [450]);
    assert.deepEqual(parts.model, [320]);
    assert.deepEqual(parts.overhead, [130]);
    assert.deepEqual(parts.beforeRequest, [80]);
    assert.deepEqual(parts.afterReply, [50]);
  });

  it('leaves unpaired a ghost text no request after its key produced (cache, or a request already under way)', () => {
    const paired = pairWithCalls([appearance(1_000, 1_200)], [call(800, 1_150), call(1_050, 1_600)]);
    assert.equal(paired[0]!.call, undefined);
    const parts = waitParts(paired);
    assert.deepEqual(parts.ghost, [200]);
    assert.deepEqual(parts.overhead, []);
  });

  it('reads the engine stage timings of completions from its debug log', () => {
    const log = [
      '2026-12-01 18:00:00.000 [debug] completion completion prefilter=0.1ms debounce=75.0ms context=20.0ms generate=300.0ms total=400.0ms',
      '2026-12-01 18:00:01.000 [debug] completion skipped (mid-word) prefilter=0.2ms',
      '2026-12-01 18:00:02.000 [debug] completion completion prefilter=0.3ms debounce=77.0ms context=40.0ms generate=320.0ms total=440.0ms',
    ].join('\n');
    const { count, medians } = stageMedians(log);
    assert.equal(count, 2);
    assert.equal(medians.debounce, 75);
    assert.equal(medians.context, 20);
    assert.equal(medians.total, 400);
  });
});
