import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { timedClock } from '../../../bench/completion/benchHost';
import { RequestTrace } from '../../../bench/completion/requestTrace';

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // the thread is taken: no timer can fire
  }
};

describe('completion-while-indexing bench: what a request is charged', () => {
  it("counts a debounce timer that wakes late because the thread was busy, which own time leaves out", async () => {
    const clock = timedClock();
    const sleeping = clock.sleep(1, new AbortController().signal);
    busyFor(25);
    await sleeping;
    assert.ok(clock.lateMs >= 24, `the timer was due 1 ms in and could not run before 25 ms (late ${clock.lateMs} ms)`);
  });

  it('charges a request with the index events that fell inside it, not those before or after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'request-trace-'));
    try {
      const trace = new RequestTrace();
      trace.event('answer');
      busyFor(2);
      const start = performance.now();
      trace.event('answer');
      trace.event('progress');
      const end = performance.now();
      busyFor(2);
      trace.event('answer');
      trace.add({ start, end, pair: 0, condition: 'indexing', point: 0, figures: { own: 1 }, stages: {}, sources: {} });
      trace.write(join(dir, 'trace.jsonl'));
      const [line] = readFileSync(join(dir, 'trace.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { events: Record<string, number> });
      assert.deepEqual(line!.events, { answer: 1, progress: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
