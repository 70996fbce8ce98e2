// Ignore files edited while the extension runs take effect without a reload: real folders, a
// real repository layout (the workspace folder is a subfolder of the repository), real file
// system events. Each test waits on the policy's answer, never on a clock. A `git checkout` that
// rewrites several ignore files, wired as the extension wires it (IgnoreFileWatcher →
// IgnoreChangeBurst → the path policy): one settled call naming every file, and no moment in the
// burst when a rule already written is not applied to a verdict — each file is written, its event
// awaited, and the verdict it decides checked while the burst is still open.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { IgnoreChangeBurst } from '../../../src/core/guard/ignoreChangeBurst';
import { IgnoreFileWatcher } from '../../../src/core/guard/ignoreFileWatcher';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { SettingsScope, toDisposable } from '../../../src/core/disposable';

const base = mkdtempSync(join(tmpdir(), 'flywheel-watch-'));
after(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
/** A repository with `.git/` (and `.git/info/` unless told not) and the workspace folder `app/` holding notes.txt and main.ts. */
function repository(withInfo = true): { repo: string; folder: string } {
  const repo = join(base, `r${++n}`);
  const folder = join(repo, 'app');
  mkdirSync(join(repo, '.git', withInfo ? 'info' : ''), { recursive: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'notes.txt'), 'private notes');
  writeFileSync(join(folder, 'main.ts'), 'export {}');
  return { repo, folder };
}

/** A policy for `folder` kept true by a watcher, as the extension keeps it. */
function livePolicy(folder: string): { policy: PathPolicy; changes: () => number; changed: ReadonlySet<string | undefined> } {
  const policy = new PathPolicy({ roots: [folder] });
  let changes = 0;
  const changed = new Set<string | undefined>();
  const watcher = new IgnoreFileWatcher(policy.ignoreFileLocations(), (file) => {
    changes++;
    changed.add(file);
    policy.invalidate();
  });
  after(() => watcher.dispose());
  return { policy, changes: () => changes, changed };
}

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

test("the repository root's .gitignore, above the workspace folder, edited after start", async () => {
  const { repo, folder } = repository();
  const { policy, changed } = livePolicy(folder);
  const notes = join(folder, 'notes.txt');
  assert.equal(policy.mayRead(notes), true);
  writeFileSync(join(repo, '.gitignore'), 'notes.txt\n');
  await eventually(() => !policy.mayRead(notes), 'a new parent .gitignore excludes notes.txt');
  // The file is named (the extension's log says which; Linux's inotify always names it).
  assert.ok(changed.has(join(repo, '.gitignore')), [...changed].join());
  assert.equal(policy.mayRead(join(folder, 'main.ts')), true);
  writeFileSync(join(repo, '.gitignore'), '# nothing\n');
  await eventually(() => policy.mayRead(notes), 'the rule taken out again lets it back');
});

test('.git/info/exclude edited after start, and made after start when .git/info did not exist', async () => {
  const { repo, folder } = repository();
  const { policy } = livePolicy(folder);
  const notes = join(folder, 'notes.txt');
  assert.equal(policy.mayRead(notes), true);
  writeFileSync(join(repo, '.git', 'info', 'exclude'), 'app/notes.txt\n');
  await eventually(() => !policy.mayRead(notes), '.git/info/exclude applies');

  const late = repository(false);
  const live = livePolicy(late.folder);
  assert.equal(live.policy.mayRead(join(late.folder, 'main.ts')), true);
  mkdirSync(join(late.repo, '.git', 'info'));
  writeFileSync(join(late.repo, '.git', 'info', 'exclude'), '*.ts\n');
  await eventually(() => !live.policy.mayRead(join(late.folder, 'main.ts')), 'an exclude file in a new .git/info applies');
});

test(".flywheelignore above the folder and the folder's own .gitignore, edited after start", async () => {
  const { repo, folder } = repository();
  const { policy } = livePolicy(folder);
  writeFileSync(join(repo, '.flywheelignore'), 'app/main.ts\n');
  await eventually(() => !policy.mayRead(join(folder, 'main.ts')), 'a parent .flywheelignore applies');
  writeFileSync(join(folder, '.gitignore'), 'notes.txt\n');
  await eventually(() => !policy.mayRead(join(folder, 'notes.txt')), "the folder's own .gitignore applies");
});

test('files that are not ignore files do not count as changes', async () => {
  const { repo, folder } = repository();
  const { policy, changes } = livePolicy(folder);
  writeFileSync(join(repo, 'README.md'), 'hello');
  writeFileSync(join(folder, 'other.txt'), 'x');
  // The ignore file written last: once its change is seen, the two before it were seen too.
  writeFileSync(join(repo, '.gitignore'), 'other.txt\n');
  await eventually(() => changes() > 0, 'the .gitignore change is seen');
  assert.equal(policy.mayRead(join(folder, 'other.txt')), false);
  assert.equal(policy.mayRead(join(folder, 'notes.txt')), true);
  assert.ok(changes() <= 2, `one write of .gitignore is at most two events, got ${changes()}`);
});

test('a guard rebuilt on every settings change keeps one live watcher: each build is torn down with its scope, exactly once', async () => {
  const { repo, folder } = repository();
  const firedBy: number[] = [];
  let builds = 0;
  let disposals = 0;
  // As registerModels builds it: the policy and the watcher of its ignore files share a scope.
  const guard = new SettingsScope((scope) => {
    const generation = ++builds;
    const policy = new PathPolicy({ roots: [folder] });
    const watcher = scope.add(new IgnoreFileWatcher(policy.ignoreFileLocations(), () => {
      firedBy.push(generation);
      policy.invalidate();
    }));
    scope.add(toDisposable(() => {
      disposals++;
      watcher.dispose();
    }));
    return policy;
  });
  for (let i = 0; i < 50; i++) guard.rebuild();
  assert.equal(builds, 51);
  assert.equal(disposals, 50, 'every build but the live one was disposed, once');

  const notes = join(folder, 'notes.txt');
  assert.equal(guard.value.mayRead(notes), true);
  writeFileSync(join(repo, '.gitignore'), 'notes.txt\n');
  await eventually(() => firedBy.includes(51) && !guard.value.mayRead(notes), 'the live build heard the edit and reads its rules again');
  assert.deepEqual(new Set(firedBy), new Set([51]), 'no watcher of an earlier build fired');

  guard.dispose();
  guard.rebuild();
  assert.equal(builds, 51, 'a settings event after dispose builds nothing');
  assert.equal(disposals, 51);
  // A watcher of our own tells when the next edit has been seen; the disposed build must stay silent.
  const sentinel = livePolicy(folder);
  const heard = firedBy.length;
  writeFileSync(join(repo, '.gitignore'), '# nothing\n');
  await eventually(() => sentinel.changes() > 0, 'the sentinel saw the edit');
  assert.equal(firedBy.length, heard, 'the disposed build heard nothing');
});

test('a checkout rewriting four ignore files: the rules dropped at each change, one settled call naming all four', async () => {
  const { repo, folder } = repository();
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) writeFileSync(join(folder, name), name);
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
