// The log is every window's: two projects' windows write their rows into one folder for months, and each window's export
// takes its own workspace's rows only, judged by its own folders' rules (real folders with real .gitignore files, a real log).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDataset, type ExportFilter } from '../../../src/core/feedback/datasetExport';
import { ManualClock } from '../../../src/core/feedback/feedbackClock';
import { readFeedbackLog } from '../../../src/core/feedback/feedbackLogReader';
import { hashPath } from '../../../src/core/feedback/feedbackPrivacy';
import { FeedbackStore } from '../../../src/core/feedback/feedbackStore';
import { workspaceIdOf } from '../../../src/core/feedback/feedbackWorkspace';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';

const SALT = 'install-salt';
const DAY = 24 * 60 * 60 * 1000;

interface Project {
  readonly root: string;
  readonly id: string;
  readonly policy: PathPolicy;
}

/** A project folder on disk with its files and its .gitignore, and the id its window stamps. */
function project(parent: string, name: string, files: Record<string, string>): Project {
  const root = join(parent, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, id: workspaceIdOf([pathToFileURL(root).href], SALT), policy: new PathPolicy({ roots: [root], openedByUser: () => false }) };
}

/** What a window's store writes for one accepted completion in `path`, its text a marker of who wrote it. */
function accept(store: FeedbackStore, clock: ManualClock, id: string, path: string, marker: string): void {
  const text = { prefix: `# ${marker}\nx = `, suffix: '', completion: `compute("${marker}")` };
  store.record({ kind: 'completion.shown', suggestionId: id, path, visibleMs: 900, text });
  store.record({ kind: 'completion.accepted', suggestionId: id, path, text });
  clock.advance(60_000);
}

function filterOf(p: Project, hashes: ReadonlyMap<string, string> = new Map()): ExportFilter {
  return { isIgnored: (path) => p.policy.refusal(path) !== undefined, redact: (text) => ({ text, count: 0 }), pathOfHash: (hash) => hashes.get(hash) };
}

async function twoProjectsLog(t: { after(fn: () => void): void }, hashPaths = false) {
  const parent = mkdtempSync(join(tmpdir(), 'flywheel-two-workspaces-'));
  t.after(() => rmSync(parent, { recursive: true, force: true }));
  // Project A keeps its notes out of git; project B its plan. Both have a src/app.py.
  const a = project(parent, 'shop', { '.gitignore': 'notes.py\n', 'src/app.py': 'x = 1\n', 'notes.py': 'n = 1\n' });
  const b = project(parent, 'bank', { '.gitignore': 'plan.py\n', 'src/app.py': 'y = 1\n', 'plan.py': 'p = 1\n' });
  const dir = join(parent, 'globalStorage', 'feedback');
  const clock = new ManualClock(Date.UTC(2026, 7, 1, 9));
  const privacy = { storeText: true, hashPaths, pathSalt: SALT };
  // An older version's window (no workspace on its events), then both projects' windows for four months.
  const older = new FeedbackStore({ dir, clock, privacy });
  for (let i = 0; i < 3; i++) accept(older, clock, `old-${i}`, 'src/app.py', `OLDER_${i}`);
  await older.flush();
  const storeA = new FeedbackStore({ dir, clock, privacy, workspace: a.id });
  const storeB = new FeedbackStore({ dir, clock, privacy, workspace: b.id });
  for (let day = 0; day < 120; day += 5) {
    clock.advance(5 * DAY);
    accept(storeA, clock, `a-${day}`, 'src/app.py', `SHOP_${day}`);
    accept(storeB, clock, `b-${day}`, day % 2 ? 'plan.py' : 'src/app.py', `BANK_${day}`);
  }
  // Written as the windows go (each store's own timer flushes as the clock moves): wait for the last of it.
  await Promise.all([storeA.flush(), storeB.flush()]);
  return { a, b, log: await readFeedbackLog(dir) };
}

test('the ids: a salted hash of the workspace, not a path; the same for the same folders in any order, another for other folders or another installation', () => {
  const id = workspaceIdOf(['file:///home/ann/shop', 'file:///home/ann/lib'], SALT);
  assert.match(id, /^ws:[0-9a-f]{24}$/);
  assert.equal(workspaceIdOf(['file:///home/ann/lib', 'file:///home/ann/shop'], SALT), id);
  assert.notEqual(workspaceIdOf(['file:///home/ann/shop'], SALT), id);
  assert.notEqual(workspaceIdOf(['file:///home/ann/shop', 'file:///home/ann/lib'], 'another-salt'), id);
});

test("a window's store stamps its workspace on every event, and the new one after its folders change", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-stamp-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = new FeedbackStore({ dir, workspace: 'ws:one' });
  store.record({ kind: 'completion.rejected', suggestionId: 's1', reason: 'escape', workspace: 'ws:forged' } as never);
  store.setWorkspace('ws:two');
  store.record({ kind: 'completion.rejected', suggestionId: 's2', reason: 'escape' });
  store.dispose();
  assert.deepEqual((await readFeedbackLog(dir)).events.map((e) => e.workspace), ['ws:one', 'ws:two']);
});

test("months of two projects' rows in one log: each window exports its own rows only, judged by its own .gitignore, and counts the rest", async (t) => {
  const { a, b, log } = await twoProjectsLog(t);
  assert.equal(log.files.length >= 3, true, 'three windows wrote the log');

  const fromA = buildDataset(log.events, { workspace: a.id, filter: filterOf(a) });
  const textA = JSON.stringify(fromA.rows);
  assert.equal(fromA.rows.length, 24, "every one of the shop's rows");
  assert.ok(fromA.rows.every((r) => r.prompt.prefix.includes('SHOP_')));
  assert.doesNotMatch(textA, /BANK_|OLDER_/, "no row of the bank's window, nor an older row");
  assert.deepEqual(fromA.skipped, { noText: 0, ignoredFile: 0, secret: 0, otherWorkspace: 24, noWorkspace: 3 });

  // The bank's window: its plan.py rows are left out by the bank's own .gitignore, which the shop's window could not know.
  const fromB = buildDataset(log.events, { workspace: b.id, filter: filterOf(b) });
  assert.equal(fromB.rows.length, 12);
  assert.ok(fromB.rows.every((r) => r.path === 'src/app.py' && r.prompt.prefix.includes('BANK_')));
  assert.deepEqual(fromB.skipped, { noText: 0, ignoredFile: 12, secret: 0, otherWorkspace: 24, noWorkspace: 3 });

  // Before rows named their workspace, the shop's window judged the bank's plan.py by the shop's rules, and exported it.
  const unscoped = buildDataset(log.events, { filter: filterOf(a) });
  assert.match(JSON.stringify(unscoped.rows.filter((r) => r.path === 'plan.py')), /BANK_/, 'the defect this closes');
});

test("with hashed paths, the other project's src/app.py hashes like this one's: it is still not judged, nor exported, here", async (t) => {
  const { a, log } = await twoProjectsLog(t, true);
  assert.ok(log.events.every((e) => e.path?.startsWith('sha256:')));
  const hashes = new Map(['src/app.py', 'notes.py'].map((p) => [hashPath(p, SALT), p]));
  const fromA = buildDataset(log.events, { workspace: a.id, filter: filterOf(a, hashes) });
  assert.equal(fromA.rows.length, 24);
  assert.doesNotMatch(JSON.stringify(fromA.rows), /BANK_|OLDER_/);
  assert.equal(fromA.unjudged, 0, 'every row exported was judged by a file of this workspace');
  assert.deepEqual([fromA.skipped.otherWorkspace, fromA.skipped.noWorkspace], [24, 3]);
});

test('the CLI, which has no window, exports every row as before (judged by its filter alone)', async (t) => {
  const { log } = await twoProjectsLog(t);
  const all = buildDataset(log.events, { filter: { isIgnored: () => false, redact: (text) => ({ text, count: 0 }) } });
  assert.equal(all.rows.length, 3 + 24 + 24);
  assert.deepEqual([all.skipped.otherWorkspace, all.skipped.noWorkspace], [0, 0]);
});
