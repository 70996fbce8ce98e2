// Ignore files edited while the extension runs take effect without a reload: real folders, a
// real repository layout (the workspace folder is a subfolder of the repository), real file
// system events. Each test waits on the policy's answer, never on a clock.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
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
