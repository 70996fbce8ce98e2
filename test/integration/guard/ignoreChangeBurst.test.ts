// A `git checkout` that rewrites several ignore files, on real folders with real file system events, wired as the
// extension wires it (IgnoreFileWatcher → IgnoreChangeBurst → the path policy): one settled call naming every file,
// and no moment in the burst when a rule already written is not applied to a verdict — each file is written, its event
// awaited, and the verdict it decides checked while the burst is still open.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { IgnoreChangeBurst } from '../../../src/core/guard/ignoreChangeBurst';
import { IgnoreFileWatcher } from '../../../src/core/guard/ignoreFileWatcher';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';

const base = mkdtempSync(join(tmpdir(), 'flywheel-burst-'));
after(() => rmSync(base, { recursive: true, force: true }));

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('a checkout rewriting four ignore files: the rules dropped at each change, one settled call naming all four', async () => {
  const repo = join(base, 'repo');
  const folder = join(repo, 'app');
  mkdirSync(join(repo, '.git', 'info'), { recursive: true });
  mkdirSync(folder, { recursive: true });
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'main.ts']) writeFileSync(join(folder, name), name);
  const policy = new PathPolicy({ roots: [folder] });
  let drops = 0;
  const settled: (readonly string[])[] = [];
  // A quiet time long enough that a loaded machine's event latency cannot end the burst between two writes.
  const burst = new IgnoreChangeBurst(
    () => {
      drops++;
      policy.invalidate();
    },
    (files) => settled.push(files),
    { quietMs: 1_500, maxMs: 20_000 },
  );
  const watcher = new IgnoreFileWatcher(policy.ignoreFileLocations(), (file) => burst.changed(file));
  after(() => {
    watcher.dispose();
    burst.dispose();
  });
  // Every verdict read before the burst: each file's rules are cached, as a running extension has them.
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'main.ts']) assert.equal(policy.mayRead(join(folder, name)), true, name);

  const checkout: [string, string, string][] = [
    [join(repo, '.gitignore'), 'app/a.txt\n', 'a.txt'],
    [join(folder, '.gitignore'), 'b.txt\n', 'b.txt'],
    [join(repo, '.git', 'info', 'exclude'), 'app/c.txt\n', 'c.txt'],
    [join(folder, '.flywheelignore'), 'd.txt\n', 'd.txt'],
  ];
  for (const [file, text, excluded] of checkout) {
    const before = drops;
    writeFileSync(file, text);
    await eventually(() => drops > before, `the change of ${file} seen`);
    // Mid-burst: the rule just written applies to the next verdict, though the burst has not been told yet.
    assert.equal(policy.mayRead(join(folder, excluded)), false, `${excluded}, by ${file}, before the burst settles`);
    assert.deepEqual(settled, [], 'the burst is still open');
  }
  await eventually(() => settled.length > 0, 'the burst settled');
  await new Promise((r) => setTimeout(r, 2_000));
  assert.equal(settled.length, 1, `one settled call, not one per change: ${JSON.stringify(settled)}`);
  assert.deepEqual([...settled[0]!].sort(), checkout.map(([file]) => file).sort(), 'naming each file once');
  assert.ok(drops >= checkout.length, `the rules dropped at each change (${drops})`);
  assert.equal(policy.mayRead(join(folder, 'main.ts')), true);
});

test('a file rewritten without pause is still told, once the longest wait has passed', async () => {
  const settled: (readonly string[])[] = [];
  const burst = new IgnoreChangeBurst(() => undefined, (files) => settled.push(files), { quietMs: 200, maxMs: 600 });
  after(() => burst.dispose());
  const started = Date.now();
  while (settled.length === 0 && Date.now() - started < 10_000) {
    burst.changed('/repo/.gitignore');
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.deepEqual(settled[0], ['/repo/.gitignore']);
  burst.changed(undefined);
  await eventually(() => settled.length === 2, 'an unnamed change settles too');
  assert.deepEqual(settled[1], [], 'no file named when no watcher said which');
});
