import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { pairWithCalls, stageMedians, waitParts, wrote } from '../../../bench/typing/latencyBreakdown';
import type { GhostAppearance } from '../../../bench/typing/ghostProbe';
import type { OracleCall } from '../../../bench/typing/oracleOllama';

const appearance = (keyAt: number, at: number, text: string, task = 0): GhostAppearance => ({ afterKeyMs: at - keyAt, at, after: 'key', line: 0, task, text });
const call = (arrivedAt: number, lastTokenAt: number, written: string, more: Partial<OracleCall> = {}): OracleCall => ({
  ms: lastTokenAt - arrivedAt, arrivedAt, lastTokenAt, endAt: lastTokenAt + 3, satisfied: true, truth: 0, at: 0, written, ...more,
});

describe('typing bench: where the wait goes', () => {
  it('pairs a ghost text with the request that wrote it, and splits the wait', () => {
    const calls = [
      call(900, 1_100, 'return x\n'),
      call(1_080, 1_400, 'turn self._target\n'),
      call(1_090, 1_300, 'turn self._target\n', { satisfied: false }),
      call(1_100, 1_420, 'turn self._target\n'), // ended after the ghost appeared: not it
    ];
    const [paired] = pairWithCalls([appearance(1_000, 1_410, 'turn self._target')], calls);
    assert.equal(paired!.call, calls[1], 'the request for other text, the aborted one and the later one are not it');
    assert.equal(paired!.timing, 'fresh');
    const parts = waitParts([paired!]);
    assert.deepEqual(parts.ghost, [410]);
    assert.deepEqual(parts.model, [320]);
    assert.deepEqual(parts.overhead, [90]);
    assert.deepEqual(parts.beforeRequest, [80]);
    assert.deepEqual(parts.afterReply, [10]);
  });

  it('counts of a request under way at the key only its time after the key as the model\'s', () => {
    const [paired] = pairWithCalls([appearance(1_000, 1_250, 'x = 1')], [call(800, 1_200, 'x = 1\n')]);
    assert.equal(paired!.timing, 'underway');
    const parts = waitParts([paired!]);
    assert.deepEqual(parts.model, [400], 'the model time reported is the whole request');
    assert.deepEqual(parts.overhead, [50], 'the wait after the key minus the 200 ms the model still took');
    assert.deepEqual(parts.beforeRequest, []);
    assert.deepEqual(parts.afterReply, [50]);
  });

  it('charges all of the wait to us when the reply was in before the key (the cache)', () => {
    const [paired] = pairWithCalls([appearance(1_000, 1_120, 'y = 2')], [call(500, 900, 'y = 2\n')]);
    assert.equal(paired!.timing, 'earlier');
    const parts = waitParts([paired!]);
    assert.deepEqual(parts.overhead, [120]);
    assert.deepEqual(parts.afterReply, []);
  });

  it('leaves unpaired a ghost text no request of its file wrote', () => {
    const paired = pairWithCalls(
      [appearance(1_000, 1_200, 'foo()'), appearance(1_000, 1_200, 'bar()', 1)],
      [call(1_010, 1_150, 'baz()\n'), call(1_010, 1_150, 'bar()\n', { truth: 0 })],
    );
    assert.equal(paired[0]!.call, undefined);
    assert.equal(paired[1]!.call, undefined, 'the request for another file');
    const parts = waitParts(paired);
    assert.deepEqual(parts.ghost, [200, 200]);
    assert.deepEqual(parts.overhead, []);
  });

  it('finds a ghost text shown in pieces around the characters already in the line', () => {
    const written = 'self, exctype, excinst, exctb):\n        setattr(sys, self._stream, self._old_targets.pop())\n';
    assert.ok(wrote(written, 'self, exctype, excinst, exctb\n:\n        setattr(sys, self._stream, self._old_targets.pop())'));
    assert.ok(wrote(written, 'excinst, exctb'), 'the rest of a reply partly typed through');
    assert.ok(!wrote(written, 'setattr(sys\nexctb'), 'pieces out of order');
    assert.ok(!wrote(written, 'sys.stdout'));
    assert.ok(!wrote(written, '   \n'), 'nothing to find');
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
