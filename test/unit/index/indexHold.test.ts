// The hold record the host and the index's threads share: a keystroke's hold by time, a
// request's hold until it ends (bounded, in case its end is never told), Pause; and a thread
// waiting on it wakes when the host lets go, without any message.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { IN_FLIGHT_LIMIT_MS, IndexHold } from '../../../src/core/index/indexHold';

it('a hold by time: a shorter one never shortens it, and it ends on its own', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const hold = new IndexHold();
  assert.equal(hold.held, false);
  hold.holdFor(1_000);
  hold.holdFor(200);
  assert.equal(hold.remainingMs(), 1_000);
  t.mock.timers.tick(999);
  assert.equal(hold.held, true);
  t.mock.timers.tick(1);
  assert.equal(hold.held, false);
});

it('a request holds until it ends (a second dispose changes nothing); two requests until both end', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const hold = new IndexHold();
  const first = hold.begin();
  const second = hold.begin();
  t.mock.timers.tick(5_000);
  assert.equal(hold.held, true);
  first.dispose();
  first.dispose();
  assert.equal(hold.inFlight, 1);
  assert.equal(hold.held, true);
  second.dispose();
  assert.equal(hold.held, false);
});

it('a request whose end is never told stops holding after the limit; a keystroke hold still counts', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const hold = new IndexHold();
  hold.begin(); // never disposed
  t.mock.timers.tick(IN_FLIGHT_LIMIT_MS - 1);
  assert.equal(hold.remainingMs(), 1);
  t.mock.timers.tick(1);
  assert.equal(hold.held, false);
  hold.holdFor(300);
  assert.equal(hold.remainingMs(), 300);
});

it('Pause holds with no end; a view of the same memory sees what the other side wrote', () => {
  const host = new IndexHold();
  const thread = new IndexHold(host.shared);
  thread.setPaused(true);
  assert.equal(host.remainingMs(), Number.POSITIVE_INFINITY);
  thread.setPaused(false);
  const request = host.begin();
  assert.equal(thread.held, true);
  request.dispose();
  assert.equal(thread.held, false);
});

it('a thread waiting on the hold wakes when the host ends the request, not before', async () => {
  const hold = new IndexHold();
  const request = hold.begin();
  const worker = new Worker(join(import.meta.dirname, 'fixtures', 'holdWaiter.ts'), { workerData: { hold: hold.shared }, execArgv: ['--require', 'tsx/cjs'] });
  let released = false;
  const free = new Promise<boolean>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (m) => {
      if (m === 'waiting') {
        // Let it go to sleep, then let go of it (a pause, not a measured time).
        setTimeout(() => {
          released = true;
          request.dispose();
        }, 100);
      }
      if (m === 'free') resolve(released);
    });
  });
  assert.equal(await free, true, 'the thread went on only after the request ended');
  await worker.terminate();
});

it('the index thread\'s wait (async: its event loop runs meanwhile) ends when the hold ends', async () => {
  const hold = new IndexHold();
  const request = hold.begin();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  let released = false;
  const waited = hold.waitWhileHeld().then(() => released);
  await new Promise((resolve) => setTimeout(resolve, 60));
  released = true;
  request.dispose();
  assert.equal(await waited, true);
  clearInterval(timer);
  assert.ok(ticks > 0, 'timers ran while it waited');
});

it("another process's record takes the host's holds as they are (a hold ended, a request ended), and keeps its own Pause", (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const host = new IndexHold();
  const copy = new IndexHold();
  copy.setPaused(true);
  const request = host.begin();
  host.holdFor(1_000);
  copy.mirror(host.state);
  copy.setPaused(false);
  assert.equal(copy.inFlight, 1);
  assert.equal(copy.heldUntil, 1_001_000);
  assert.equal(copy.remainingMs(), IN_FLIGHT_LIMIT_MS, 'the request began now: held for as long as a request may be');
  request.dispose();
  copy.mirror(host.state);
  assert.equal(copy.remainingMs(), 1_000, 'the request ended, the keystroke hold stands');
  copy.setPaused(true);
  t.mock.timers.tick(1_000);
  copy.mirror(host.state);
  assert.equal(copy.remainingMs(), Number.POSITIVE_INFINITY, "Pause is the index's own: the host does not undo it");
  copy.setPaused(false);
  assert.equal(copy.held, false);
});
