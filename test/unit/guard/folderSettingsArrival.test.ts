// A folder added to the window while its own settings are not known yet: its files are refused (fail closed) until the
// editor's configuration gives what its `.vscode/settings.json` says, then judged by its own globs and ignore files. Real
// folders; the editor's configuration is a map the test fills when "VS Code" delivers the folder's values, as the
// extension host gets them one step after the folder (core/guard/folderSettingsArrival.ts).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { FolderSettingsArrival, type FolderSettingsArrivalOptions } from '../../../src/core/guard/folderSettingsArrival';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, PromptGuard } from '../../../src/core/guard/promptGuard';
import { scopedGlobMatcher } from '../../../src/core/guard/scopedGlobs';

const base = mkdtempSync(join(tmpdir(), 'flywheel-arrival-'));
after(() => rmSync(base, { recursive: true, force: true }));

const KEYS = ['flywheel.guard.exclude', 'flywheel.completion.exclude'];

function folder(name: string, files: Record<string, string>): string {
  const root = join(base, `${name}-${Math.random().toString(36).slice(2, 8)}`, name);
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The editor's configuration: each folder's own values, as far as VS Code has delivered them. */
class Configuration {
  private readonly values = new Map<string, Record<string, unknown>>();
  deliver(folderPath: string, values: Record<string, unknown>): void {
    this.values.set(folderPath, values);
  }
  value(folderPath: string, key: string): unknown {
    return this.values.get(folderPath)?.[key];
  }
}

async function readSettingsFile(folderPath: string): Promise<string | undefined> {
  return readFile(join(folderPath, '.vscode', 'settings.json'), 'utf8').catch(() => undefined);
}

function arrival(known: string[], configuration: Configuration, extra: Partial<FolderSettingsArrivalOptions> = {}) {
  const told: string[] = [];
  const instance = new FolderSettingsArrival({
    known,
    keys: KEYS,
    readSettingsFile,
    configuredValue: (f, key) => configuration.value(f, key),
    onKnown: (f) => told.push(f),
    ...extra,
  });
  return { instance, told };
}

/** Until `condition` holds (the arrival reads files asynchronously). */
async function until(what: string, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(condition(), what);
}

/** A moment for the arrival's reads to finish (they are file reads: a few milliseconds). */
const settle = () => new Promise((r) => setTimeout(r, 50));

test('a folder added: refused while its settings are being read, then judged by its own globs and .gitignore', async () => {
  const app = folder('app', { 'main.py': 'app' });
  const extra = folder('extra', {
    '.vscode/settings.json': '{\n  // this folder only\n  "flywheel.guard.exclude": ["/private/"],\n  "flywheel.completion.exclude": ["/build/"],\n}\n',
    '.gitignore': 'local.py\n',
    'private/notes.py': 'notes',
    'build/out.py': 'out',
    'local.py': 'local',
    'src/ok.py': 'ok',
  });
  const configuration = new Configuration();
  const { instance, told } = arrival([app], configuration);
  const folders = [{ path: app, name: 'app' }];
  const folderOf = (given: string) => {
    const path = given.replace(/^file:\/\//, '');
    const named = folders.find((f) => path.startsWith(`${f.name}/`));
    return named?.path ?? folders.find((f) => path.startsWith(`${f.path}/`))?.path;
  };
  // As the extension builds it (registerModels.ts): the folders listed now, each folder's globs as configured now.
  const build = () => {
    const folderGlobs = Object.fromEntries(folders.map((f) => [f.path, (configuration.value(f.path, 'flywheel.guard.exclude') as string[] | undefined) ?? []]));
    const settingsPending = (path: string) => {
      const f = folderOf(path);
      return f !== undefined && instance.isPending(f) ? f : undefined;
    };
    return new PathPolicy({ roots: folders, folderGlobs, settingsPending });
  };
  let policy = build();
  const completionGlobs = () =>
    scopedGlobMatcher({ user: [], workspace: [], folders: folders.map((f) => ({ ...f, globs: (configuration.value(f.path, 'flywheel.completion.exclude') as string[] | undefined) ?? [] })) });

  assert.equal(policy.mayRead('extra/src/ok.py'), true, 'before the folder is added: a path of the first folder, remembered');
  const before = policy;

  // The folder is listed (an extension's updateWorkspaceFolders lists it at once), its values not delivered yet.
  folders.push({ path: extra, name: 'extra' });
  // The guard built before (VS Code has not announced the folder yet) refuses it too, whatever it remembered.
  assert.equal(before.refusal('extra/src/ok.py'), 'settingsPending');
  instance.foldersChanged(folders.map((f) => f.path));
  policy = build();
  for (const path of ['extra/private/notes.py', 'extra/build/out.py', 'extra/local.py', 'extra/src/ok.py', join(extra, 'private/notes.py'), `file://${join(extra, 'build/out.py')}`]) {
    const refusal = policy.refusalDetail(path);
    assert.equal(refusal?.reason, 'settingsPending', `${path} refused while its folder's settings are being read`);
    assert.equal(refusal?.folder, extra);
  }
  assert.equal(policy.mayRead('app/main.py'), true, 'a folder known from the start is not held back');
  // The door says it in the user's words.
  assert.throws(
    () => new PromptGuard({ policy }).clear({ texts: ['x'], files: ['extra/private/notes.py'] }, true),
    (error: unknown) => EgressRefusedError.is(error) && /extra\/private\/notes\.py is in a folder just added \(extra\): its folder's settings are still being read\. To send it: ask again in a moment/.test(error.message),
  );
  // A configuration change that does not bring the folder's values (another setting): still refused.
  instance.configurationChanged();
  await settle();
  assert.deepEqual(told, []);
  assert.equal(build().refusal('extra/src/ok.py'), 'settingsPending');

  // VS Code delivers the folder's values: the change event, and the folder is known.
  configuration.deliver(extra, { 'flywheel.guard.exclude': ['/private/'], 'flywheel.completion.exclude': ['/build/'] });
  instance.configurationChanged();
  await until('the folder known', () => told.length === 1);
  assert.deepEqual(told, [extra]);
  policy = build(); // (the extension rebuilds the guard and the completion settings when told)
  assert.equal(policy.refusalDetail('extra/private/notes.py')?.pattern?.glob, '/private/', "its own guard glob applies");
  assert.equal(policy.refusal('extra/local.py'), 'gitignore', 'its .gitignore applies');
  assert.equal(policy.mayRead('extra/src/ok.py'), true, 'an ordinary file of it goes');
  assert.equal(policy.mayRead('extra/build/out.py'), true, 'the guard allows it; the completion exclude keeps it');
  assert.equal(completionGlobs()('extra/build/out.py')?.glob, '/build/');
  instance.dispose();
});

test('a folder with no settings file (or none of these keys) is known as soon as it is read, with no configuration event', async () => {
  const app = folder('app', {});
  const bare = folder('bare', { 'a.py': 'a' });
  const other = folder('other', { '.vscode/settings.json': '{ "editor.tabSize": 2 }' });
  const { instance, told } = arrival([app], new Configuration());
  instance.foldersChanged([app, bare, other]);
  assert.equal(instance.isPending(bare), true, 'pending until read');
  await until('both known', () => told.length === 2);
  assert.deepEqual([...told].sort(), [bare, other].sort());
  assert.equal(instance.isPending(bare), false);
  instance.dispose();
});

test('a folder asked about before any event (listed at once, not announced yet) is read from that moment', async () => {
  const app = folder('app', {});
  const extra = folder('extra', { '.vscode/settings.json': '{ "flywheel.guard": { "exclude": ["/private/"] } }' });
  const configuration = new Configuration();
  const { instance, told } = arrival([app], configuration);
  assert.equal(instance.isPending(extra), true);
  await settle();
  assert.equal(instance.isPending(extra), true, 'the nested form is the same setting: not agreed yet');
  configuration.deliver(extra, { 'flywheel.guard.exclude': ['/private/'] });
  instance.foldersChanged([app, extra]); // the folders event (VS Code's confirmation) looks again too
  await until('known', () => told.length === 1);
  instance.dispose();
});

test('never an unbounded wait: past the deadline the folder is read as the editor has it, and the disagreement said', async () => {
  const app = folder('app', {});
  const extra = folder('extra', { '.vscode/settings.json': '{ "flywheel.completion.exclude": ["/build/"] }' });
  const late: [string, readonly string[]][] = [];
  const { instance, told } = arrival([app], new Configuration(), { deadlineMs: 80, onDeadline: (f, keys) => late.push([f, keys]) });
  instance.foldersChanged([app, extra]);
  await settle();
  assert.equal(instance.isPending(extra), true);
  await until('known at the deadline', () => told.length === 1);
  assert.deepEqual(late, [[extra, ['flywheel.completion.exclude']]]);
  assert.equal(instance.isPending(extra), false);
  instance.dispose();
});

test('a folder removed and added again is read again; one removed while waited for is forgotten', async () => {
  const app = folder('app', {});
  const extra = folder('extra', {});
  const { instance, told } = arrival([app, extra], new Configuration());
  assert.equal(instance.isPending(extra), false, 'known from the start');
  instance.foldersChanged([app]);
  instance.foldersChanged([app, extra]);
  assert.equal(instance.isPending(extra), true, 'added again: its settings may have changed meanwhile');
  await until('known again', () => told.length === 1);
  const gone = folder('gone', { '.vscode/settings.json': '{ "flywheel.guard.exclude": ["x"] }' });
  instance.foldersChanged([app, extra, gone]);
  instance.foldersChanged([app, extra]);
  await settle();
  assert.deepEqual(told, [extra], 'nothing said of a folder no longer in the window');
  instance.dispose();
});
