// The hold record the host and the index's threads share: a keystroke's hold by time, a
// request's hold until it ends (bounded, in case its end is never told), Pause; and a thread
// waiting on it wakes when the host lets go, without any message. With the index in a process of
// its own, the host's part comes from the file the host writes.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { HoldFile } from '../../../src/core/index/holdFile';
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

it("another process's record reads the host's holds from the host's file (a hold, a request ended) and keeps its own Pause", (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-hold-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const host = new IndexHold();
  const file = HoldFile.create(join(dir, 'holds'));
  const copy = new IndexHold(undefined, HoldFile.open(join(dir, 'holds')));
  // Another thread of that process: its own view of the memory, its own reads of the same file.
  const helper = IndexHold.fromThread(copy.forThread());
  copy.setPaused(true);
  const request = host.begin();
  host.holdFor(1_000);
  file.write(host.state);
  copy.wake();
  copy.setPaused(false);
  assert.equal(copy.inFlight, 1);
  assert.equal(copy.heldUntil, 1_001_000);
  assert.equal(copy.remainingMs(), IN_FLIGHT_LIMIT_MS, 'the request began now: held for as long as a request may be');
  assert.equal(helper.remainingMs(), IN_FLIGHT_LIMIT_MS);
  request.dispose();
  file.write(host.state);
  copy.wake();
  assert.equal(copy.remainingMs(), 1_000, 'the request ended, the keystroke hold stands');
  assert.equal(helper.remainingMs(), 1_000, 'woken through the memory they share, the helper reads the file again');
  copy.setPaused(true);
  t.mock.timers.tick(1_000);
  assert.equal(copy.remainingMs(), Number.POSITIVE_INFINITY, "Pause is the index's own: the host does not undo it");
  copy.setPaused(false);
  assert.equal(copy.held, false);
});

it("a thread working through a file's steps sees a new hold without being woken, a millisecond after the host wrote it", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-hold-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const host = new IndexHold();
  const file = HoldFile.create(join(dir, 'holds'));
  const index = new IndexHold(undefined, HoldFile.open(join(dir, 'holds')));
  assert.equal(index.held, false);
  const request = host.begin();
  file.write(host.state);
  // No wake (the index's event loop is busy with a file): what was read is re-read once a millisecond old.
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(index.held, true);
  request.dispose();
  file.write(host.state);
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(index.held, false);
});

it('a hold file read halfway through a write (its check fails) or cut short reads as nothing', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-hold-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'holds');
  const file = HoldFile.create(path);
  file.write({ until: 5, inFlight: 1, begun: 3 });
  assert.deepEqual(HoldFile.open(path).read(), { until: 5, inFlight: 1, begun: 3 });
  // The first value of a newer write with the rest of the older one.
  const torn = readFileSync(path);
  new DataView(torn.buffer, torn.byteOffset).setFloat64(0, 9, true);
  writeFileSync(path, torn);
  assert.equal(HoldFile.open(path).read(), undefined);
  writeFileSync(path, torn.subarray(0, 16));
  assert.equal(HoldFile.open(path).read(), undefined);
});
