// One burst of ignore-file changes is told once, also when the extension host is busy: real files, real file events
// (IgnoreFileWatcher, as the extension wires it), and an event loop held up by synchronous work (a large prompt redacted,
// a loaded machine) past the burst's quiet time while the burst's next change waits in the queue.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { IgnoreChangeBurst } from '../../../src/core/guard/ignoreChangeBurst';
import { IgnoreFileWatcher } from '../../../src/core/guard/ignoreFileWatcher';

const base = mkdtempSync(join(tmpdir(), 'flywheel-burst-'));
after(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
function folder(): string {
  const dir = join(base, `f${++n}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The event loop held: synchronous work for this long, as a busy extension host does between two events. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // held
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never: ${what}`);
    await pause(10);
  }
}

test('a change waiting in the queue while the host was busy past the quiet time belongs to the same burst (real file events)', async () => {
  const dir = folder();
  const settled: (readonly string[])[] = [];
  let drops = 0;
  const burst = new IgnoreChangeBurst(() => drops++, (files) => settled.push(files), { quietMs: 100, maxMs: 5_000 });
  const watcher = new IgnoreFileWatcher([{ directory: dir, names: ['.gitignore', '.flywheelignore'] }], (file) => burst.changed(file));
  after(() => (watcher.dispose(), burst.dispose()));
  writeFileSync(join(dir, '.gitignore'), 'a.txt\n');
  await eventually(() => drops > 0, 'the first change seen');
  // The checkout's second file is written at once; its event is queued while the host is busy for three quiet times.
  writeFileSync(join(dir, '.flywheelignore'), 'b.txt\n');
  busy(300);
  await eventually(() => settled.length > 0, 'the burst told');
  await pause(400);
  assert.deepEqual(settled.map((files) => [...files].sort()), [[join(dir, '.flywheelignore'), join(dir, '.gitignore')].sort()], 'told once, with both files');
});

test('the same, driven by hand: a report queued behind synchronous work is not a second burst', async () => {
  const settled: (readonly string[])[] = [];
  const burst = new IgnoreChangeBurst(() => undefined, (files) => settled.push(files), { quietMs: 50, maxMs: 5_000 });
  after(() => burst.dispose());
  burst.changed('/repo/.gitignore');
  setImmediate(() => burst.changed('/repo/app/.gitignore')); // (the other watcher's message, already arrived)
  busy(200);
  await pause(300);
  assert.deepEqual(settled, [['/repo/.gitignore', '/repo/app/.gitignore']]);
});

test("the other watcher's report of the same save, later than the quiet time, is not told again; a new save is", async () => {
  const dir = folder();
  const file = join(dir, '.gitignore');
  writeFileSync(file, 'a.txt\n');
  const settled: (readonly string[])[] = [];
  let drops = 0;
  const burst = new IgnoreChangeBurst(() => drops++, (files) => settled.push(files), { quietMs: 50, maxMs: 2_000 });
  after(() => burst.dispose());
  burst.changed(file); // IgnoreFileWatcher's report of the save
  await eventually(() => settled.length === 1, 'told');
  await pause(150);
  burst.changed(file); // the editor's watcher's report of the same save, 150 ms after the burst ended
  await pause(200);
  assert.equal(settled.length, 1, `one line for one save: ${JSON.stringify(settled)}`);
  assert.equal(drops, 2, 'the rules dropped at each report all the same');
  writeFileSync(file, 'a.txt\nb.txt\n'); // a real change since
  burst.changed(file);
  await eventually(() => settled.length === 2, 'a new save told');
  assert.deepEqual(settled[1], [file]);
});

test('a file deleted, and reported deleted twice, is told once; created again, it is told', async () => {
  const dir = folder();
  const file = join(dir, '.flywheelignore');
  const settled: (readonly string[])[] = [];
  const burst = new IgnoreChangeBurst(() => undefined, (files) => settled.push(files), { quietMs: 30, maxMs: 2_000 });
  after(() => burst.dispose());
  burst.changed(file);
  await eventually(() => settled.length === 1, 'told');
  burst.changed(file);
  await pause(100);
  assert.equal(settled.length, 1);
  writeFileSync(file, 'x\n');
  burst.changed(file);
  await eventually(() => settled.length === 2, 'created: told');
});

test('past the longest wait the burst is told even with a change in every turn', async () => {
  const settled: (readonly string[])[] = [];
  const burst = new IgnoreChangeBurst(() => undefined, (files) => settled.push(files), { quietMs: 20, maxMs: 200 });
  after(() => burst.dispose());
  const started = Date.now();
  while (settled.length === 0 && Date.now() - started < 5_000) {
    burst.changed(undefined);
    await new Promise((r) => setImmediate(r));
  }
  assert.equal(settled.length, 1);
  assert.ok(Date.now() - started < 2_000, 'told near the longest wait');
});
