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
import { scopedGlobMatcher, unionOfExclusions } from '../../../src/core/guard/scopedGlobs';

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

test('never an unbounded wait, never an exclusion dropped: past the deadline the stricter of the two readings, and said', async () => {
  // A settings file VS Code reads but never applies these keys of: `"flywheel": false` before the dotted keys makes VS
  // Code's reader log "Ignoring flywheel.guard.exclude as flywheel is false" and give the folder no value (code-server
  // 4.139.1's ConfigurationModelParser); the user still wrote the exclusion.
  const app = folder('app', {});
  const extra = folder('extra', {
    '.vscode/settings.json': '{ "flywheel": false, "flywheel.guard.exclude": ["/private/", "!/private/ok.py"], "flywheel.completion.exclude": ["/build/"] }',
    'private/notes.py': 'notes',
    'src/ok.py': 'ok',
  });
  const configuration = new Configuration();
  configuration.deliver(extra, { 'flywheel.guard.exclude': ['/generated/'] }); // what VS Code gives (another scope's value, say)
  const late: [string, Readonly<Record<string, unknown>>][] = [];
  const { instance, told } = arrival([app], configuration, { deadlineMs: 80, onDeadline: (f, fromFile) => late.push([f, fromFile]) });
  instance.foldersChanged([app, extra]);
  await settle();
  assert.equal(instance.isPending(extra), true);
  await until('known at the deadline', () => told.length === 1);
  assert.deepEqual(late, [[extra, { 'flywheel.guard.exclude': ['/private/', '!/private/ok.py'], 'flywheel.completion.exclude': ['/build/'] }]], 'said once, naming the folder and the settings');
  assert.equal(instance.isPending(extra), false);
  // The extension rebuilds from the settings (scopedGlobs.ts): VS Code's globs and the file's exclusions, not its `!`.
  const guardGlobs = unionOfExclusions((configuration.value(extra, 'flywheel.guard.exclude') as string[]) ?? [], instance.unreportedValue(extra, 'flywheel.guard.exclude'));
  assert.deepEqual(guardGlobs, ['/generated/', '/private/']);
  const policy = new PathPolicy({ roots: [{ path: app, name: 'app' }, { path: extra, name: 'extra' }], folderGlobs: { [extra]: guardGlobs } });
  assert.equal(policy.refusalDetail('extra/private/notes.py')?.pattern?.glob, '/private/', "the file's exclusion holds past the bound");
  assert.equal(policy.refusalDetail(join(extra, 'generated/x.py'))?.pattern?.glob, '/generated/', "VS Code's holds too");
  assert.equal(policy.mayRead('extra/src/ok.py'), true, 'the folder is not refused for good');
  const completion = unionOfExclusions([], instance.unreportedValue(extra, 'flywheel.completion.exclude'));
  assert.equal(scopedGlobMatcher({ user: [], workspace: [], folders: [{ name: 'extra', path: extra, globs: completion }] })('extra/build/out.py')?.glob, '/build/');
  // Removed, the folder's kept values go with it; added again, it is read again.
  instance.foldersChanged([app]);
  assert.equal(instance.unreportedValue(extra, 'flywheel.guard.exclude'), undefined);
  instance.dispose();
});

test('a file VS Code gives the value of is not kept past the deadline: only what VS Code did not give', async () => {
  const app = folder('app', {});
  const extra = folder('extra', { '.vscode/settings.json': '{ "flywheel.guard.exclude": ["/private/"], "flywheel.completion.exclude": ["/build/"] }' });
  const configuration = new Configuration();
  configuration.deliver(extra, { 'flywheel.guard.exclude': ['/private/'] });
  const { instance, told } = arrival([app], configuration, { deadlineMs: 80 });
  instance.foldersChanged([app, extra]);
  await until('known at the deadline', () => told.length === 1);
  assert.equal(instance.unreportedValue(extra, 'flywheel.guard.exclude'), undefined, 'VS Code gave it: nothing to keep');
  assert.deepEqual(instance.unreportedValue(extra, 'flywheel.completion.exclude'), ['/build/']);
  instance.dispose();
});

test('past the deadline, the kept values follow the file and VS Code: mended, nothing is kept; changed, the new values', async () => {
  const app = folder('app', {});
  const extra = folder('extra', { '.vscode/settings.json': '{ "flywheel.guard": false, "flywheel.guard.exclude": ["/private/"] }' });
  const configuration = new Configuration();
  const changed: string[] = [];
  const { instance, told } = arrival([app], configuration, { deadlineMs: 60, onUnreportedChanged: (f) => changed.push(f) });
  instance.foldersChanged([app, extra]);
  await until('known at the deadline', () => told.length === 1);
  assert.deepEqual(instance.unreportedValue(extra, 'flywheel.guard.exclude'), ['/private/']);
  instance.configurationChanged(); // a change of another setting: the same values kept, nothing said
  await settle();
  assert.deepEqual(changed, []);
  // The user edits the file (another exclusion; VS Code still drops it): the kept value follows the file.
  writeFileSync(join(extra, '.vscode/settings.json'), '{ "flywheel.guard": false, "flywheel.guard.exclude": ["/private/", "/keys/"] }');
  instance.configurationChanged();
  await until('told of the change', () => changed.length === 1);
  assert.deepEqual(instance.unreportedValue(extra, 'flywheel.guard.exclude'), ['/private/', '/keys/']);
  // The user mends the file; VS Code gives the value now: nothing left to keep.
  writeFileSync(join(extra, '.vscode/settings.json'), '{ "flywheel.guard.exclude": ["/private/", "/keys/"] }');
  configuration.deliver(extra, { 'flywheel.guard.exclude': ['/private/', '/keys/'] });
  instance.configurationChanged();
  await until('told again', () => changed.length === 2);
  assert.equal(instance.unreportedValue(extra, 'flywheel.guard.exclude'), undefined);
  instance.dispose();
});

test("the policy's pending check: no per-file look-up while every folder is known, and still refused when a folder comes", async () => {
  const app = folder('app', { 'main.py': 'app' });
  const outside = folder('extra', { 'private/notes.py': 'notes', '.vscode/settings.json': '{ "flywheel.guard.exclude": ["/private/"] }' });
  const { instance } = arrival([app], new Configuration());
  const listed = [app];
  let lookedUp = 0;
  const folderOf = (path: string) => {
    lookedUp++;
    return listed.find((f) => path.startsWith(`${f}/`));
  };
  const notes = join(outside, 'private/notes.py');
  const policy = new PathPolicy({
    roots: [{ path: app, name: 'app' }],
    openedByUser: (p) => p === notes.replace(/\\/g, '/'),
    settingsPending: (path) => instance.pendingFolderOf(path, listed, folderOf),
  });
  for (let i = 0; i < 100; i++) assert.equal(policy.mayRead(join(app, 'main.py')), true);
  assert.equal(policy.mayRead(notes), true, 'outside every folder, open in an editor');
  assert.equal(lookedUp, 0, 'every folder known, none waited for: no path looked up');
  // An extension adds the folder: listed at once, before any event; the verdict remembered above must not stand.
  listed.push(outside);
  assert.equal(policy.refusalDetail(notes)?.reason, 'settingsPending');
  assert.ok(lookedUp > 0);
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
