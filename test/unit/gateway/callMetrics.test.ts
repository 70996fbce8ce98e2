import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CallMeter, ModelMetrics, isTruncated, percentile } from '../../../src/core/models/callMetrics';

const endpoint = { provider: 'openai' as const, baseUrl: 'https://api.example.com/v1', model: 'gpt' };

function clock(times: number[]): () => number {
  return () => times.shift() ?? 0;
}

test('TTFT, TPOT and server counts; cost from the price', () => {
  // started 0, first token 100, last token 400, finished 450
  const meter = new CallMeter('chat', endpoint, ['hello'], { pricePer1kInput: 1, pricePer1kOutput: 2 }, clock([0, 100, 250, 400, 450]));
  meter.chunk({ text: 'a' });
  meter.chunk({ text: 'b' });
  meter.chunk({ text: 'c' });
  meter.chunk({ text: '', usage: { promptTokens: 1000, completionTokens: 4 } });
  const r = meter.finish('ok');
  assert.equal(r.ttftMs, 100);
  assert.equal(r.tpotMs, 100, '(400 - 100) / (4 - 1)');
  assert.equal(r.tokensIn, 1000);
  assert.equal(r.tokensOut, 4);
  assert.equal(r.countedByServer, true);
  assert.equal(r.estimatedCostUsd, (1000 * 1 + 4 * 2) / 1000);
  assert.equal(r.totalMs, 450);
});

test('without server counts the tokens are estimated', () => {
  const meter = new CallMeter('completion', endpoint, ['const x = 1;'], {}, clock([0, 10, 20]));
  meter.chunk({ text: 'return value;' });
  const r = meter.finish('ok');
  assert.equal(r.countedByServer, false);
  assert.ok(r.tokensIn > 0 && r.tokensOut > 0);
  assert.equal(r.estimatedCostUsd, undefined);
});

test('truncation is flagged only when the server saw far fewer tokens than we sent', () => {
  assert.equal(isTruncated(4000, 2048), true);
  assert.equal(isTruncated(1000, 900), false, 'estimate noise');
  assert.equal(isTruncated(60, 20), false, 'too small to tell');
});

test('p50/p95 per model', () => {
  assert.equal(percentile([], 50), undefined);
  assert.equal(percentile([5, 1, 3, 2, 4], 50), 3);
  assert.equal(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95), 95);
  const metrics = new ModelMetrics();
  for (let i = 1; i <= 20; i++) {
    const meter = new CallMeter('chat', endpoint, ['x'], {}, clock([0, i * 10, i * 10, i * 10 + 1]));
    meter.chunk({ text: 'y' });
    metrics.record(meter.finish(i === 20 ? 'error' : 'ok', i === 20 ? 'timeout' : undefined));
  }
  const [s] = metrics.summary();
  assert.equal(s!.calls, 20);
  assert.equal(s!.errors, 1);
  assert.equal(s!.ttftP50, 100);
  assert.equal(s!.ttftP95, 190);
});
