// A folder added to the window while its own settings are not known yet: its files are refused (fail closed) until the
// editor's configuration gives what its `.vscode/settings.json` says, then judged by its own globs and ignore files. Real
// folders; the editor's configuration is a map the test fills when "VS Code" delivers the folder's values, as the
// extension host gets them one step after the folder (core/guard/folderSettingsArrival.ts).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    present: known,
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
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
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
  await until('the folders present at the start read once first', () => [app].every((f) => !instance.isPending(f)));
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
    (error: unknown) => EgressRefusedError.is(error) && /extra\/private\/notes\.py is in the folder extra: its folder's settings are still being read\. To send it: ask again in a moment/.test(error.message),
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
  await until('the folders present at the start read once first', () => [app].every((f) => !instance.isPending(f)));
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
  await until('the folders present at the start read once first', () => [app].every((f) => !instance.isPending(f)));
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
  await until('the folders present at the start read once first', () => [app].every((f) => !instance.isPending(f)));
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
  await until('the folders present at the start read once first', () => [app].every((f) => !instance.isPending(f)));
  instance.foldersChanged([app, extra]);
  await until('known at the deadline', () => told.length === 1);
  assert.equal(instance.unreportedValue(extra, 'flywheel.guard.exclude'), undefined, 'VS Code gave it: nothing to keep');
  assert.deepEqual(instance.unreportedValue(extra, 'flywheel.completion.exclude'), ['/build/']);
  instance.dispose();
});

test('a conflict VS Code drops is kept at once, not at the deadline; the kept values then follow the file and VS Code', async () => {
  const app = folder('app', {});
  const extra = folder('extra', { '.vscode/settings.json': '{ "flywheel.guard": false, "flywheel.guard.exclude": ["/private/"] }' });
  const configuration = new Configuration();
  const changed: string[] = [];
  const dropped: [string, Readonly<Record<string, unknown>>, unknown][] = [];
  const deadline: string[] = [];
  const { instance, told } = arrival([app], configuration, {
    onUnreportedChanged: (f) => changed.push(f),
    onDropped: (f, fromFile, conflicts) => dropped.push([f, fromFile, conflicts]),
    onDeadline: (f) => deadline.push(f),
  });
  await until('the folders present at the start read once first', () => !instance.isPending(app));
  instance.foldersChanged([app, extra]);
  // VS Code's reader gives nothing for the dropped key, and neither does the configuration: they agree — no wait.
  await until('known at once', () => told.length === 1);
  assert.deepEqual(instance.unreportedValue(extra, 'flywheel.guard.exclude'), ['/private/']);
  assert.deepEqual(dropped, [[extra, { 'flywheel.guard.exclude': ['/private/'] }, [{ key: 'flywheel.guard.exclude', name: 'flywheel.guard', value: false }]]], 'said once, with the name VS Code drops it under');
  assert.deepEqual(changed, [extra], 'the settings rebuilt with it');
  instance.configurationChanged(); // a change of another setting: the same values kept, nothing said
  await settle();
  assert.deepEqual(changed, [extra]);
  // The user edits the file (another exclusion; VS Code still drops it): the kept value follows the file.
  writeFileSync(join(extra, '.vscode/settings.json'), '{ "flywheel.guard": false, "flywheel.guard.exclude": ["/private/", "/keys/"] }');
  instance.configurationChanged();
  await until('the kept value follows the file', () => sameJson(instance.unreportedValue(extra, 'flywheel.guard.exclude'), ['/private/', '/keys/']));
  assert.ok(changed.length >= 2, 'the settings rebuilt with it');
  // The user mends the file; VS Code gives the value now: nothing left to keep.
  writeFileSync(join(extra, '.vscode/settings.json'), '{ "flywheel.guard.exclude": ["/private/", "/keys/"] }');
  configuration.deliver(extra, { 'flywheel.guard.exclude': ['/private/', '/keys/'] });
  instance.configurationChanged();
  await until('nothing kept', () => instance.unreportedValue(extra, 'flywheel.guard.exclude') === undefined);
  assert.equal(dropped.length, 1, 'said once per file');
  assert.deepEqual(deadline, [], 'no deadline was waited for');
  instance.dispose();
});

test("VS Code's reading of a settings file: a dotted key under a name set to a non-object is dropped, in either order; nested forms agree", async () => {
  // (toValuesTree in code-server 4.139.1's workbench: each top-level key in order; "Ignoring K as P is V" on a conflict,
  // and a later non-object overwrites what was nested under its name.)
  const cases: [string, string, unknown, unknown][] = [
    // [the file, what it says, VS Code's value of flywheel.guard.exclude, the file's (kept) value]
    ['{ "flywheel.guard": false, "flywheel.guard.exclude": ["/a/"] }', 'the section false, then the dotted key', undefined, ['/a/']],
    ['{ "flywheel": null, "flywheel.guard.exclude": ["/a/"] }', 'the top name null', undefined, ['/a/']],
    ['{ "flywheel.guard.exclude": ["/a/"], "flywheel.guard": "off" }', 'the dotted key, then the section a string', undefined, ['/a/']],
    ['{ "flywheel.guard": { "exclude": ["/a/"] } }', 'nested', ['/a/'], ['/a/']],
    ['{ "flywheel.guard.exclude": ["/a/"], "flywheel.guard": { "exclude": ["/b/"] } }', 'both forms: the last wins', ['/b/'], ['/b/']],
    ['{ "flywheel.guard": { "exclude": ["/b/"] }, "flywheel.guard.exclude": ["/a/"] }', 'both forms the other way', ['/a/'], ['/a/']],
    ['{ "flywheel.guard": [], "flywheel.guard.exclude": ["/a/"] }', 'an array is an object to VS Code', ['/a/'], ['/a/']],
    ['{ "flywheel.guard.exclude": ["/a/"] }', 'plain', ['/a/'], ['/a/']],
  ];
  for (const [text, what, editor, file] of cases) {
    const extra = folder('extra', { '.vscode/settings.json': text });
    const configuration = new Configuration();
    configuration.deliver(extra, { 'flywheel.guard.exclude': editor });
    const { instance } = arrival([extra], configuration, { deadlineMs: 60_000 });
    await until(`${what}: known at the first read (the configuration agrees with VS Code's reading)`, () => !instance.isPending(extra));
    assert.deepEqual(instance.unreportedValue(extra, 'flywheel.guard.exclude'), sameJson(editor, file) ? undefined : file, what);
    instance.dispose();
  }
});

test('every file present at the start is compared once: its files refused while it is read, a dropped exclusion kept, a file of the whole window holding every folder', async () => {
  const app = folder('app', { '.vscode/settings.json': '{ "flywheel.guard": false, "flywheel.guard.exclude": ["/private/"] }' });
  const lib = folder('lib', {});
  const workspaceFile = join(dirname(lib), 'w.code-workspace.settings');
  writeFileSync(workspaceFile, '{ "flywheel.guard": 0, "flywheel.guard.exclude": ["/wssecret/"] }');
  const reads: string[] = [];
  const configuration = new Configuration();
  const dropped: string[] = [];
  let settled = 0;
  const instance = new FolderSettingsArrival({
    present: [app, lib, workspaceFile],
    onSettled: () => settled++,
    windowWide: [workspaceFile],
    keys: KEYS,
    readSettingsFile: async (source) => {
      reads.push(source);
      return source === workspaceFile ? readFile(source, 'utf8') : readSettingsFile(source);
    },
    configuredValue: (f, key) => configuration.value(f, key),
    onKnown: () => assert.fail('no folder was added'),
    onDropped: (f) => dropped.push(f),
  });
  const listed = [app, lib];
  const folderOf = (path: string) => listed.find((f) => path.startsWith(`${f}/`));
  // Before the reads end: every file of the window held (the workspace file applies to every folder), none judged open.
  assert.equal(instance.pendingFolderOf(join(lib, 'util.py'), listed, folderOf), lib);
  assert.deepEqual(reads.sort(), [app, lib, workspaceFile].sort(), 'each read once, at once');
  await until('all known', () => instance.pendingFolderOf(join(lib, 'util.py'), listed, folderOf) === undefined && !instance.isPending(app));
  assert.deepEqual(instance.unreportedValue(app, 'flywheel.guard.exclude'), ['/private/']);
  assert.deepEqual(instance.unreportedValue(workspaceFile, 'flywheel.guard.exclude'), ['/wssecret/']);
  assert.equal(instance.unreportedValue(lib, 'flywheel.guard.exclude'), undefined);
  assert.deepEqual(dropped.sort(), [app, workspaceFile].sort(), 'said once each');
  assert.equal(settled, 1, 'one "settled" when the last is read (the index worker\'s copy of the pending folders is sent again)');
  // Known, nothing waited for: no per-file look-up, no more reads.
  let lookedUp = 0;
  for (let i = 0; i < 100; i++) instance.pendingFolderOf(join(lib, 'util.py'), listed, () => (lookedUp++, lib));
  assert.equal(lookedUp, 0);
  assert.equal(reads.length, 3);
  instance.dispose();
});

test('a settings file written is compared again (VS Code says nothing of an edit it drops): refused while read, the new exclusion kept', async () => {
  const app = folder('app', { '.vscode/settings.json': '{ "flywheel.guard": false }', 'more/x.py': 'x' });
  const configuration = new Configuration();
  const dropped: Readonly<Record<string, unknown>>[] = [];
  const { instance } = arrival([app], configuration, { onDropped: (_f, fromFile) => dropped.push(fromFile) });
  await until('known', () => !instance.isPending(app));
  assert.equal(instance.unreportedValue(app, 'flywheel.guard.exclude'), undefined);
  // The user adds an exclusion under the conflicting name: VS Code's reading is unchanged (no configuration event).
  writeFileSync(join(app, '.vscode/settings.json'), '{ "flywheel.guard": false, "flywheel.guard.exclude": ["/more/"] }');
  instance.settingsFileChanged(app);
  assert.equal(instance.pendingFolderOf(join(app, 'more/x.py'), [app], () => app), app, 'refused while the file is read again');
  await until('known again', () => !instance.isPending(app));
  assert.deepEqual(instance.unreportedValue(app, 'flywheel.guard.exclude'), ['/more/']);
  assert.deepEqual(dropped, [{ 'flywheel.guard.exclude': ['/more/'] }]);
  instance.dispose();
});

test("a guessed file (the user's settings, found beside the global storage) never waits: only what VS Code's reader drops is kept", async () => {
  const user = join(folder('user', {}), 'settings.json');
  writeFileSync(user, '{ "flywheel.guard.exclude": ["/mine/"], "flywheel.completion": true, "flywheel.completion.exclude": ["/gen/"] }');
  const configuration = new Configuration(); // (another profile's values, say: nothing of this file)
  const { instance } = arrival([], configuration, { present: [user], windowWide: [user], guessed: [user], deadlineMs: 60_000, readSettingsFile: (f) => readFile(f, 'utf8') });
  await until('known at the first read, though the configuration disagrees', () => !instance.windowWidePending());
  assert.equal(instance.unreportedValue(user, 'flywheel.guard.exclude'), undefined, 'not dropped by VS Code: not kept');
  assert.deepEqual(instance.unreportedValue(user, 'flywheel.completion.exclude'), ['/gen/']);
  instance.dispose();
});

/** A settings file read at once, as the extension reads the files present at the start: undefined only when there is none. */
function readNow(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}

/** The files present at the start read at once (`readSettingsFileNow`), a folder's by its `.vscode/settings.json`. */
function atStart(present: string[], configuration: Configuration, extra: Partial<FolderSettingsArrivalOptions> = {}) {
  const unreadable: [string, boolean][] = [];
  const dropped: string[] = [];
  const asyncReads: string[] = [];
  const isFile = (source: string) => source.endsWith('.json');
  const instance = new FolderSettingsArrival({
    present,
    keys: KEYS,
    readSettingsFile: async (source) => {
      asyncReads.push(source);
      return isFile(source) ? readFile(source, 'utf8') : readSettingsFile(source);
    },
    readSettingsFileNow: (source) => readNow(isFile(source) ? source : join(source, '.vscode', 'settings.json')),
    configuredValue: (f, key) => configuration.value(f, key),
    onKnown: () => assert.fail('no folder was added'),
    onDropped: (f) => dropped.push(f),
    onUnreadable: (f, _error, holds) => unreadable.push([f, holds]),
    ...extra,
  });
  return { instance, unreadable, dropped, asyncReads };
}

test('read at once at the start: no file, a file without a conflict, a file with one — none of the window is ever pending', () => {
  const none = folder('none', { 'src/a.py': 'a' });
  const plain = folder('plain', { '.vscode/settings.json': '{ "flywheel.guard.exclude": ["/private/"], "editor.tabSize": 2 }' });
  const conflict = folder('conflict', { '.vscode/settings.json': '{ "flywheel.guard": false, "flywheel.guard.exclude": ["/private/"] }' });
  const configuration = new Configuration();
  configuration.deliver(plain, { 'flywheel.guard.exclude': ['/private/'] }); // what VS Code gives at the start
  let settled = 0;
  const { instance, unreadable, dropped, asyncReads } = atStart([none, plain, conflict], configuration, { onSettled: () => settled++ });
  const listed = [none, plain, conflict];
  // Synchronously, in the constructor: every folder known, nothing refused, no look-up per file, nothing read later.
  let lookedUp = 0;
  for (const f of listed) assert.equal(instance.pendingFolderOf(join(f, 'src/a.py'), listed, () => (lookedUp++, f)), undefined);
  assert.equal(lookedUp, 0, 'the no-look-up path from the first call');
  assert.deepEqual(asyncReads, []);
  assert.equal(settled, 0, 'nothing was pending, so nothing settles');
  assert.deepEqual(unreadable, []);
  assert.deepEqual(dropped, [conflict], 'the conflict said once, at once');
  assert.deepEqual(instance.unreportedValue(conflict, 'flywheel.guard.exclude'), ['/private/']);
  assert.equal(instance.unreportedValue(plain, 'flywheel.guard.exclude'), undefined, 'VS Code gives it: nothing kept');
  assert.equal(instance.unreportedValue(none, 'flywheel.guard.exclude'), undefined);
  instance.dispose();
});

test("read at once, a file that cannot be read (not 'not there'): its folder alone refused, said once; written again, read again", async () => {
  const ok = folder('ok', {});
  const broken = folder('broken', { 'src/a.py': 'a' });
  mkdirSync(join(broken, '.vscode', 'settings.json'), { recursive: true }); // a read fails with EISDIR
  const { instance, unreadable } = atStart([ok, broken], new Configuration(), { deadlineMs: 50 });
  const listed = [ok, broken];
  const folderOf = (path: string) => listed.find((f) => path.startsWith(`${f}/`));
  assert.equal(instance.pendingFolderOf(join(broken, 'src/a.py'), listed, folderOf), broken, 'fail closed for that folder');
  assert.equal(instance.pendingFolderOf(join(ok, 'src/a.py'), listed, folderOf), undefined, 'the other folder is judged as ever');
  assert.deepEqual(unreadable, [[broken, true]]);
  await new Promise((r) => setTimeout(r, 120)); // past the deadline: still held, never judged as if there were no file
  assert.equal(instance.isPending(broken), true);
  instance.foldersChanged(listed);
  instance.configurationChanged();
  assert.equal(instance.isPending(broken), true, 'a folders or configuration change does not open it');
  // Mended and written: read again (refused meanwhile), then known; the failure was said once.
  rmSync(join(broken, '.vscode', 'settings.json'), { recursive: true });
  writeFileSync(join(broken, '.vscode', 'settings.json'), '{}');
  instance.settingsFileChanged(broken);
  assert.equal(instance.isPending(broken), true);
  await until('known once readable', () => !instance.isPending(broken));
  assert.deepEqual(unreadable, [[broken, true]]);
  instance.dispose();
});

test('a file of the whole window that cannot be read holds every folder; the guessed user file never holds', () => {
  const app = folder('app', { 'src/a.py': 'a' });
  const workspaceFile = join(dirname(app), 'w.code-workspace.json');
  mkdirSync(workspaceFile);
  const user = join(dirname(app), 'user-settings.json');
  mkdirSync(user);
  const held = atStart([app, workspaceFile], new Configuration(), { windowWide: [workspaceFile] });
  assert.equal(held.instance.pendingFolderOf(join(app, 'src/a.py'), [app], () => app), app);
  assert.equal(held.instance.windowWidePending(), true);
  assert.deepEqual(held.unreadable, [[workspaceFile, true]]);
  held.instance.dispose();
  const guessed = atStart([app, user], new Configuration(), { windowWide: [user], guessed: [user] });
  assert.equal(guessed.instance.pendingFolderOf(join(app, 'src/a.py'), [app], () => app), undefined, 'a guess that fails holds nothing');
  assert.equal(guessed.instance.windowWidePending(), false);
  assert.deepEqual(guessed.unreadable, [[user, false]], 'said once, as not holding');
  guessed.instance.dispose();
});

test("read at once, a file whose values the configuration does not give yet: that folder waits for them, the others do not", async () => {
  const app = folder('app', {});
  const late = folder('late', { '.vscode/settings.json': '{ "flywheel.guard.exclude": ["/private/"] }' });
  const configuration = new Configuration();
  const { instance } = atStart([app, late], configuration);
  assert.equal(instance.isPending(app), false);
  assert.equal(instance.isPending(late), true);
  configuration.deliver(late, { 'flywheel.guard.exclude': ['/private/'] });
  instance.configurationChanged();
  await until('known when the configuration gives it', () => !instance.isPending(late));
  instance.dispose();
});

test("a folder added whose settings file cannot be read stays refused past the deadline, said once (never judged as if it had none)", async () => {
  const app = folder('app', {});
  const extra = folder('extra', { 'src/a.py': 'a' });
  mkdirSync(join(extra, '.vscode', 'settings.json'), { recursive: true });
  const unreadable: string[] = [];
  const deadline: string[] = [];
  const { instance, told } = arrival([app], new Configuration(), {
    deadlineMs: 50,
    readSettingsFile: (f) => readFile(join(f, '.vscode', 'settings.json'), 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e))),
    onUnreadable: (f) => unreadable.push(f),
    onDeadline: (f) => deadline.push(f),
  });
  await until('the folders present at the start read once first', () => !instance.isPending(app));
  instance.foldersChanged([app, extra]);
  await until('said', () => unreadable.length === 1);
  await new Promise((r) => setTimeout(r, 120));
  assert.equal(instance.isPending(extra), true, 'held past the deadline');
  assert.deepEqual(told, [], 'never known');
  assert.deepEqual(deadline, []);
  assert.deepEqual(unreadable, [extra]);
  instance.dispose();
});

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

test("the policy's pending check: no per-file look-up while every folder is known, and still refused when a folder comes", async () => {
  const app = folder('app', { 'main.py': 'app' });
  const outside = folder('extra', { 'private/notes.py': 'notes', '.vscode/settings.json': '{ "flywheel.guard.exclude": ["/private/"] }' });
  const { instance } = arrival([app], new Configuration());
  await until('the folders present at the start read once first', () => [app].every((f) => !instance.isPending(f)));
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
  await until('the folders present at the start read once first', () => [app, extra].every((f) => !instance.isPending(f)));
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
