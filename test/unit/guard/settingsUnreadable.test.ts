// A settings file that cannot be read holds back the files it may exclude; what the user is then told says which file,
// why, and what to do — not that the settings are "still being read". Real temporary folders, read the way the extension
// reads the files present at the window's start (core/guard/settingsFileText.ts), judged by the real path policy.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { FolderSettingsArrival } from '../../../src/core/guard/folderSettingsArrival';
import { PathPolicy, type UnreadableSettingsFile } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, refusalWords } from '../../../src/core/guard/promptGuard';
import { readSettingsFileSync, SettingsFileUnreadable, settingsFileText, unreadableWhy } from '../../../src/core/guard/settingsFileText';

const base = mkdtempSync(join(tmpdir(), 'flywheel-unreadable-'));
after(() => rmSync(base, { recursive: true, force: true }));

const KEYS = ['flywheel.guard.exclude', 'flywheel.completion.exclude'];

function folder(name: string, files: Record<string, string | Buffer>): string {
  const root = join(base, `${name}-${Math.random().toString(36).slice(2, 8)}`, name);
  mkdirSync(root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const settingsOf = (root: string) => join(root, '.vscode', 'settings.json');

/** `€` in cp1252 (0x80) inside a glob: not UTF-8. */
const LATIN = Buffer.concat([Buffer.from('{\n  // notes\n  "flywheel.guard.exclude": ["/priv'), Buffer.from([0x80]), Buffer.from('/"]\n}\n')]);

function why(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return unreadableWhy(error);
  }
  return assert.fail('read');
}

test('a settings file read at once: none, text, a byte-order mark; unreadable ones said by their cause', () => {
  const root = folder('app', { 'plain/settings.json': '{ "a": 1 }', 'bom/settings.json': Buffer.from('\uFEFF{ "a": 1 }', 'utf8'), 'latin/settings.json': LATIN, 'file': 'x' });
  assert.equal(readSettingsFileSync(join(root, 'none', 'settings.json')), undefined, 'not there');
  assert.equal(readSettingsFileSync(join(root, 'file', 'settings.json')), undefined, 'a file where a folder of its path should be: not there');
  assert.equal(readSettingsFileSync(join(root, 'plain', 'settings.json')), '{ "a": 1 }');
  assert.equal(readSettingsFileSync(join(root, 'bom', 'settings.json')), '{ "a": 1 }', 'the mark dropped, as VS Code drops it');
  assert.equal(why(() => readSettingsFileSync(join(root, 'latin', 'settings.json'))), 'it is not UTF-8: line 3 holds bytes of another encoding');
  mkdirSync(join(root, 'dir', 'settings.json'), { recursive: true });
  assert.equal(why(() => readSettingsFileSync(join(root, 'dir', 'settings.json'))), 'a folder stands where the file should be');
  // A pipe at the file's name: refused at once (a read would wait for a writer, and the start's read stop the host).
  mkdirSync(join(root, 'pipe'));
  execFileSync('mkfifo', [join(root, 'pipe', 'settings.json')]);
  assert.equal(why(() => readSettingsFileSync(join(root, 'pipe', 'settings.json'))), 'it is not a regular file');
  // A permission (root reads any file here, so the error is the one Node and VS Code's file service give).
  assert.equal(unreadableWhy(Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' })), 'permission denied');
  assert.equal(unreadableWhy(Object.assign(new Error('x'), { code: 'NoPermissions' })), 'permission denied');
  assert.equal(unreadableWhy(Object.assign(new Error('x'), { code: 'FileIsADirectory' })), 'a folder stands where the file should be');
  assert.throws(() => settingsFileText(new Uint8Array([0x7b, 0xff, 0x7d])), SettingsFileUnreadable);
});

/** The start as the extension runs it: each file present read at once, the policy asking the arrival before any verdict. */
function window(folders: string[], windowWide: string[] = []) {
  /** What VS Code's configuration gives in each folder's scope. */
  const given = new Map<string, Record<string, unknown>>();
  const said: [string, string, boolean][] = [];
  const isFile = (source: string) => windowWide.includes(source);
  const fileOf = (source: string) => (isFile(source) ? source : settingsOf(source));
  const arrival = new FolderSettingsArrival({
    present: [...folders, ...windowWide],
    windowWide,
    keys: KEYS,
    readSettingsFile: async (source) => readSettingsFileSync(fileOf(source)),
    readSettingsFileNow: (source) => readSettingsFileSync(fileOf(source)),
    configuredValue: (source, key) => given.get(source)?.[key],
    onKnown: () => assert.fail('no folder was added'),
    onUnreadable: (source, error, holds) => said.push([source, unreadableWhy(error), holds]),
  });
  const folderOf = (path: string) => folders.find((f) => path.startsWith(`${f}/`));
  const unreadable = (folder: string): UnreadableSettingsFile | undefined => {
    const holding = arrival.unreadableHolding(folder);
    if (!holding) return undefined;
    const file = fileOf(holding.source);
    const root = folders.find((f) => file.startsWith(`${f}/`));
    return { file, shown: root ? `${root.slice(root.lastIndexOf('/') + 1)}${file.slice(root.length)}` : file, why: unreadableWhy(holding.error) };
  };
  const policy = () => new PathPolicy({ roots: folders, settingsPending: (path) => arrival.pendingFolderOf(path, folders, folderOf), settingsUnreadable: unreadable });
  return { arrival, said, policy, given };
}

test("a folder's settings file that cannot be read: its files refused saying which file, why and what to do — not 'still being read'", () => {
  const latin = folder('app', { 'src/a.py': 'a', '.vscode/settings.json': LATIN });
  const dir = folder('web', { 'src/b.py': 'b' });
  mkdirSync(settingsOf(dir), { recursive: true });
  const ok = folder('lib', { 'src/c.py': 'c' });
  const { arrival, said, policy } = window([latin, dir, ok]);
  const p = policy();
  const refusal = p.refusalDetail(join(latin, 'src/a.py'));
  assert.equal(refusal?.reason, 'settingsUnreadable');
  assert.deepEqual(refusal?.settingsFile, { file: settingsOf(latin), shown: 'app/.vscode/settings.json', why: 'it is not UTF-8: line 3 holds bytes of another encoding' });
  assert.equal(
    refusalWords(refusal!),
    'held back: the settings file app/.vscode/settings.json cannot be read (it is not UTF-8: line 3 holds bytes of another encoding), and it may exclude files of the folder app, so they wait until it can be read',
  );
  assert.doesNotMatch(refusalWords(refusal!), /still being read/);
  // The door's words, as Explain, chat and completions show them.
  const door = EgressRefusedError.forFiles([{ file: 'web/src/b.py', ...p.refusalDetail(join(dir, 'src/b.py'))! }]);
  assert.equal(
    door.message,
    'Not sent: web/src/b.py is held back: the settings file web/.vscode/settings.json cannot be read (a folder stands where the file should be), and it may exclude files of the folder web, so they wait until it can be read. To send it: make web/.vscode/settings.json a readable UTF-8 file and save it (Flywheel reads it again when it is written).',
  );
  assert.equal(p.refusalDetail(join(ok, 'src/c.py')), undefined, 'a readable folder is judged as ever');
  assert.deepEqual(said, [
    [latin, 'it is not UTF-8: line 3 holds bytes of another encoding', true],
    [dir, 'a folder stands where the file should be', true],
  ]);
  // Held, not read: what waits for the start's reads (the index's first build) does not wait for these.
  assert.equal(arrival.isReading(), false);
  arrival.dispose();
});

test('mended and written, the file is read again: the folder judged by its settings, the failure said once', async () => {
  const app = folder('app', { 'src/a.py': 'a', 'private/k.py': 'k', '.vscode/settings.json': LATIN });
  const { arrival, said, policy, given } = window([app]);
  assert.equal(policy().refusalDetail(join(app, 'src/a.py'))?.reason, 'settingsUnreadable');
  arrival.settingsFileChanged(app); // written again, still not UTF-8
  for (let i = 0; i < 200 && arrival.isReading(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.equal(policy().refusalDetail(join(app, 'src/a.py'))?.reason, 'settingsUnreadable');
  assert.equal(said.length, 1, 'said once');
  writeFileSync(settingsOf(app), '{ "flywheel.guard.exclude": ["/private/"] }');
  arrival.settingsFileChanged(app);
  assert.equal(policy().refusalDetail(join(app, 'src/a.py'))?.reason, 'settingsPending', 'while it is read: being read, truly');
  assert.equal(arrival.isReading(), true);
  given.set(app, { 'flywheel.guard.exclude': ['/private/'] }); // VS Code applies the mended file
  arrival.configurationChanged();
  for (let i = 0; i < 200 && arrival.isPending(app); i++) await new Promise((r) => setTimeout(r, 5));
  assert.equal(policy().refusalDetail(join(app, 'src/a.py')), undefined, 'judged by its settings now');
  assert.equal(arrival.isReading(), false);
  assert.equal(said.length, 1);
  arrival.dispose();
});

test('a workspace file that cannot be read holds every folder, and says so', () => {
  const app = folder('app', { 'src/a.py': 'a' });
  const workspaceFile = join(dirname(app), 'w.code-workspace');
  writeFileSync(workspaceFile, LATIN);
  const { arrival, policy } = window([app], [workspaceFile]);
  const refusal = policy().refusalDetail(join(app, 'src/a.py'));
  assert.equal(refusal?.reason, 'settingsUnreadable');
  assert.match(refusalWords(refusal!), /^held back: the settings file .*w\.code-workspace cannot be read \(it is not UTF-8: line 3 .*\), and it may exclude files of every folder, so they wait until it can be read$/);
  arrival.dispose();
});
