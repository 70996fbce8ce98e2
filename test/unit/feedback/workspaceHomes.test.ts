// A workspace whose URIs change keeps its rows: real folders on disk are moved, renamed, copied, made anew at the same
// path, saved in a workspace file and joined by a second folder, and each window's id and its export are checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDataset, type ExportFilter } from '../../../src/core/feedback/datasetExport';
import { readFeedbackLog } from '../../../src/core/feedback/feedbackLogReader';
import { hashPath } from '../../../src/core/feedback/feedbackPrivacy';
import { FeedbackStore } from '../../../src/core/feedback/feedbackStore';
import { workspaceIdOf } from '../../../src/core/feedback/feedbackWorkspace';
import { folderIdentity, MAX_WORKSPACE_HOMES, resolveWindowWorkspace, type WindowWorkspace, type WorkspaceHomes } from '../../../src/core/feedback/workspaceHomes';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';

const SALT = 'install-salt';

/** The installation's memory of workspaces, kept between windows as the extension's global state keeps it. */
class Installation {
  homes: WorkspaceHomes = {};
  private now = 1;

  /** What a window of these folders (or of this saved workspace file around them) stamps. */
  open(folders: readonly string[], workspaceFile?: string): WindowWorkspace {
    const uris = workspaceFile ? [pathToFileURL(workspaceFile).href] : folders.map((f) => pathToFileURL(f).href);
    const resolved = resolveWindowWorkspace(
      workspaceIdOf(uris, SALT),
      folders.map((f) => ({ identity: folderIdentity(f), name: basename(f) })),
      this.homes,
      this.now++,
    );
    this.homes = resolved.homes;
    return resolved;
  }
}

function folder(parent: string, name: string, files: Record<string, string>): string {
  const root = join(parent, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function temp(t: { after(fn: () => void): void }): string {
  const parent = mkdtempSync(join(tmpdir(), 'flywheel-homes-'));
  t.after(() => rmSync(parent, { recursive: true, force: true }));
  return parent;
}

test('a folder moved or renamed keeps its id; a copy, or another folder made at the same path, gets another', (t) => {
  const parent = temp(t);
  const install = new Installation();
  const shop = folder(parent, 'shop', { 'app.py': 'x = 1\n' });
  const first = install.open([shop]);
  assert.equal(first.id, workspaceIdOf([pathToFileURL(shop).href], SALT), "a workspace never seen keeps the URIs' id earlier versions stamped");

  const moved = join(parent, 'work', 'shop-renamed');
  mkdirSync(join(parent, 'work'));
  renameSync(shop, moved);
  const afterMove = install.open([moved]);
  assert.equal(afterMove.id, first.id, 'moved and renamed: the same folder on disk');
  assert.deepEqual([...afterMove.also], [[workspaceIdOf([pathToFileURL(moved).href], SALT), '']], "rows its new URIs' id stamped are its too");

  const copy = join(parent, 'shop-copy');
  cpSync(moved, copy, { recursive: true });
  assert.notEqual(install.open([copy]).id, first.id, 'a copy is another project from now on');

  // Another folder made where the first one was: same URI, not the same folder.
  const anew = folder(parent, 'shop', { 'other.py': 'y = 1\n' });
  assert.notEqual(install.open([anew]).id, first.id);
  assert.equal(install.open([moved]).id, first.id, 'the moved one still has its own');
});

test('a workspace file saved around the same folders keeps their id; a folder added makes a new one, and the folder open alone before is one of its own', (t) => {
  const parent = temp(t);
  const install = new Installation();
  const app = folder(parent, 'app', { 'a.py': '' });
  const lib = folder(parent, 'lib', { 'b.py': '' });
  const alone = install.open([app]);
  const saved = install.open([app], join(parent, 'shop.code-workspace'));
  assert.equal(saved.id, alone.id, 'Save Workspace As… changes the URI, not the folders');

  const both = install.open([app, lib], join(parent, 'shop.code-workspace'));
  assert.notEqual(both.id, alone.id, 'its paths are written name/rest now: another workspace');
  assert.equal(both.also.get(alone.id), 'app/', "the rows of app open alone are this window's, under app/");
  assert.equal(install.open([lib, app]).id, both.id, 'the same two folders, unsaved and in another order');
  assert.equal(install.open([app]).id, alone.id, 'app alone again: its own id, its rows with it');
});

test('a folder whose identity cannot be read (gone, not local) falls back to its URIs and records nothing', (t) => {
  const parent = temp(t);
  const install = new Installation();
  const gone = join(parent, 'gone');
  const resolved = install.open([gone]);
  assert.equal(resolved.id, workspaceIdOf([pathToFileURL(gone).href], SALT));
  assert.deepEqual(install.homes, {});
});

test('the homes kept are bounded, the most recently seen kept', () => {
  let homes: WorkspaceHomes = {};
  for (let i = 0; i < MAX_WORKSPACE_HOMES + 20; i++) homes = resolveWindowWorkspace(`ws:${i}`, [{ identity: `1:${i}`, name: 'f' }], homes, i).homes;
  assert.equal(Object.keys(homes).length, MAX_WORKSPACE_HOMES);
  assert.ok(homes[`ws:${MAX_WORKSPACE_HOMES + 19}`] && !homes['ws:0']);
});

/** What a window's store writes for one accepted completion in `path`, its text a marker of who wrote it. */
function accept(store: FeedbackStore, id: string, path: string, marker: string): void {
  const text = { prefix: `# ${marker}\nx = `, suffix: '', completion: `compute("${marker}")` };
  store.record({ kind: 'completion.shown', suggestionId: id, path, visibleMs: 900, text });
  store.record({ kind: 'completion.accepted', suggestionId: id, path, text });
}

function filterOf(policy: PathPolicy, hashes: ReadonlyMap<string, string> = new Map()): ExportFilter {
  return { isIgnored: (path) => policy.refusal(path) !== undefined, redact: (text) => ({ text, count: 0 }), pathOfHash: (hash, folder) => hashes.get(folder + hash) };
}

for (const hashPaths of [false, true]) {
  test(`a user's history through a move and a second folder, one log${hashPaths ? ', paths hashed' : ''}: every row exported from the window of its folders, judged by their .gitignore`, async (t) => {
    const parent = temp(t);
    const install = new Installation();
    const dir = join(parent, 'globalStorage', 'feedback');
    const privacy = { storeText: true, hashPaths, pathSalt: SALT };
    const logged = (path: string) => (hashPaths ? hashPath(path, SALT) : path);
    let shop = folder(parent, 'shop', { '.gitignore': 'notes.py\n', 'src/app.py': 'x = 1\n', 'notes.py': 'n = 1\n' });

    // An older version's window: no workspace on its rows.
    const older = new FeedbackStore({ dir, privacy });
    accept(older, 'old-0', logged('src/app.py'), 'OLDER_0');
    older.dispose();
    // The shop alone, by an earlier version (its URIs' id), then by this one (which keeps that id for the same folder).
    const before = new FeedbackStore({ dir, privacy, workspace: workspaceIdOf([pathToFileURL(shop).href], SALT) });
    accept(before, 'uri-0', logged('src/app.py'), 'SHOP_URI_0');
    before.dispose();
    const alone = new FeedbackStore({ dir, privacy, workspace: install.open([shop]).id });
    accept(alone, 'alone-0', logged('src/app.py'), 'SHOP_ALONE_0');
    accept(alone, 'alone-1', logged('notes.py'), 'SHOP_NOTES_1');
    alone.dispose();
    // Moved to another parent, then a second folder added beside it.
    mkdirSync(join(parent, 'projects'));
    renameSync(shop, (shop = join(parent, 'projects', 'shop')));
    const movedStore = new FeedbackStore({ dir, privacy, workspace: install.open([shop]).id });
    accept(movedStore, 'moved-0', logged('src/app.py'), 'SHOP_MOVED_0');
    movedStore.dispose();
    const lib = folder(parent, 'lib', { '.gitignore': '', 'util.py': 'u = 1\n' });
    const both = install.open([shop, lib]);
    const bothStore = new FeedbackStore({ dir, privacy, workspace: both.id });
    accept(bothStore, 'both-0', logged('lib/util.py'), 'BOTH_0');
    bothStore.dispose();
    const log = await readFeedbackLog(dir);

    // The moved shop alone: its rows from before and after the move, its notes.py left out by its .gitignore.
    const shopPolicy = new PathPolicy({ roots: [shop], openedByUser: () => false });
    const shopHashes = new Map(['src/app.py', 'notes.py'].map((p) => [hashPath(p, SALT), p]));
    const shopWindow = install.open([shop]);
    const fromShop = buildDataset(log.events, { workspace: shopWindow.id, alsoWorkspaces: shopWindow.also, filter: filterOf(shopPolicy, shopHashes) });
    assert.deepEqual(fromShop.rows.map((r) => r.id).sort(), ['alone-0', 'moved-0', 'uri-0']);
    assert.equal(fromShop.skipped.ignoredFile, 1, "notes.py, by the shop's .gitignore");
    assert.deepEqual([fromShop.skipped.otherWorkspace, fromShop.skipped.noWorkspace], [1, 1], 'the two-folder window, the older row');
    // The id the previous version gave the moved window (its new URIs'): none of the shop's rows is its own.
    const byNewUris = workspaceIdOf([pathToFileURL(shop).href], SALT);
    assert.equal(buildDataset(log.events, { workspace: byNewUris, filter: filterOf(shopPolicy, shopHashes) }).rows.length, 0, 'the defect this closes');

    // The two-folder window: its own row, and the shop's rows logged alone, read as shop/…, judged by the shop's rules.
    const policy = new PathPolicy({ roots: [{ path: shop, name: 'shop' }, { path: lib, name: 'lib' }], openedByUser: () => false });
    const hashes = new Map([
      ...['shop/src/app.py', 'shop/notes.py', 'lib/util.py'].map((p) => [hashPath(p, SALT), p] as const),
      ...['src/app.py', 'notes.py'].map((p) => [`shop/${hashPath(p, SALT)}`, `shop/${p}`] as const),
    ]);
    const fromBoth = buildDataset(log.events, { workspace: both.id, alsoWorkspaces: both.also, filter: filterOf(policy, hashes) });
    assert.deepEqual(fromBoth.rows.map((r) => r.id).sort(), ['alone-0', 'both-0', 'moved-0', 'uri-0']);
    if (!hashPaths) assert.deepEqual(fromBoth.rows.map((r) => r.path).sort(), ['lib/util.py', 'shop/src/app.py', 'shop/src/app.py', 'shop/src/app.py']);
    assert.equal(fromBoth.skipped.ignoredFile, 1, "the shop's notes.py, read as shop/notes.py, by the shop's .gitignore");
    assert.equal(fromBoth.unjudged, 0, 'every hashed row named a file here');

    // The older rows: out unless the user asks, then judged by this window's rules.
    const withOlder = buildDataset(log.events, { workspace: shopWindow.id, alsoWorkspaces: shopWindow.also, includeUnnamed: true, filter: filterOf(shopPolicy, shopHashes) });
    assert.deepEqual(withOlder.rows.map((r) => r.id).sort(), ['alone-0', 'moved-0', 'old-0', 'uri-0']);
    assert.deepEqual([withOlder.skipped.noWorkspace, withOlder.unnamedJudged], [0, 1]);
  });
}
