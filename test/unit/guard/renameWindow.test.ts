// The moment between a rename on disk and VS Code's events (guardaudit2's note, thirty-first round): the editor still holds
// the old document under its old path, so a completion or chat request gathering context then puts the file's text in the
// prompt under a path that is no longer on disk. Judged by that name alone the door let it go, whatever the file had become
// (`notes.txt` → `.env`, into an ignored folder). On real folders, with the real path policy, the door and the context engine
// told nothing yet: a path that was on disk when judged and is gone when the prompt leaves is refused (moved or deleted since;
// what it is now cannot be read off its old name), and once refused the engine leaves it out, so the prompts after it go.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, PromptGuard } from '../../../src/core/guard/promptGuard';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { diskWorkspace, notesProject, snapshotIn, writeFolder } from './renamedProject';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
const made: string[] = [];
after(() => {
  syntax.dispose();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const root = writeFolder('flywheel-rename-window-', files);
  made.push(root);
  return root;
}

const marker = 'vault_marker_9d2a';

test('notes.txt renamed to .env before VS Code says so: the door refuses the old path the text still travels under', () => {
  const root = folder({ 'notes.txt': `DB_PASSWORD=${marker}\n`, 'app.ts': 'export const a = 1;\n' });
  const guard = new PromptGuard({ policy: new PathPolicy({ roots: [root], openedByUser: () => false }) });
  // Control: before the rename the file may go, and its verdict is remembered as the context engine asks.
  assert.equal(guard.mayInclude('notes.txt'), true);
  assert.doesNotThrow(() => guard.clear({ texts: [marker], files: ['app.ts', 'notes.txt'] }, true));
  renameSync(join(root, 'notes.txt'), join(root, '.env'));
  // The request gathered in the window still names `notes.txt` (the editor's document) with the file's text.
  assert.throws(() => guard.clear({ texts: [marker], files: ['app.ts', 'notes.txt'] }, true), EgressRefusedError);
  assert.equal(guard.mayInclude('notes.txt'), false, 'the engine asks next: the vanished path stays out');
  assert.equal(guard.mayInclude('.env'), false);
  // Given back its name (renamed back), the file is judged as it is again.
  renameSync(join(root, '.env'), join(root, 'notes.txt'));
  assert.equal(guard.mayInclude('notes.txt'), true);
  assert.doesNotThrow(() => guard.clear({ texts: [marker], files: ['notes.txt'] }, true));
});

test('the same by absolute path and file: URI (chat and the CLI name files so)', () => {
  const root = folder({ 'docs/notes.md': marker });
  const guard = new PromptGuard({ policy: new PathPolicy({ roots: [root], openedByUser: () => false }) });
  const path = join(root, 'docs/notes.md');
  assert.equal(guard.mayInclude(path), true);
  assert.equal(guard.mayInclude(`file://${path}`), true);
  renameSync(path, join(root, 'docs/id_rsa'));
  assert.throws(() => guard.clear({ texts: [marker], files: [path] }, true), EgressRefusedError);
  assert.throws(() => guard.clear({ texts: [marker], files: [`file://${path}`] }, true), EgressRefusedError);
});

test('a path never on disk is still judged by its name (an unsaved new file, a path a test names)', () => {
  const root = folder({ 'app.ts': '' });
  const guard = new PromptGuard({ policy: new PathPolicy({ roots: [root], openedByUser: () => false }) });
  assert.doesNotThrow(() => guard.clear({ texts: ['x'], files: ['src/new.ts'] }, true));
  assert.throws(() => guard.clear({ texts: ['x'], files: ['src/.env'] }, true), EgressRefusedError);
});

test('renamed into an ignored folder while a completion gathers context: the engine still holds the old document', async () => {
  const root = folder(notesProject(marker));
  const open = [snapshotIn(root, 'src/notes.ts'), snapshotIn(root, 'src/app.ts')];
  const workspace = diskWorkspace(root, () => open);
  const policy = new PathPolicy({ roots: [root], openedByUser: () => false });
  const guard = new PromptGuard({ policy });
  const engine = new ContextEngine({ workspace, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000, isExcluded: (p) => !policy.mayRead(p) });
  try {
    await engine.warm(open);
    const app = open[1]!;
    const filesOf = (snippets: readonly { path: string }[]) => [...new Set(['src/app.ts', ...snippets.map((s) => s.path)])];
    const first = await engine.gather({ document: app, budgetTokens: 800 });
    assert.ok(first.snippets.some((s) => s.path === 'src/notes.ts' && s.text.includes(marker)), 'control: the open file reaches context');
    assert.doesNotThrow(() => guard.clear({ texts: first.snippets.map((s) => s.text), files: filesOf(first.snippets) }, true));

    // Renamed on disk; no close, open, delete or create event has reached the engine yet.
    mkdirSync(join(root, 'src/private'));
    renameSync(join(root, 'src/notes.ts'), join(root, 'src/private/notes.ts'));
    const inWindow = await engine.gather({ document: app, budgetTokens: 800 });
    const texts = inWindow.snippets.map((s) => s.text);
    assert.ok(inWindow.snippets.some((s) => s.path === 'src/notes.ts' && s.text.includes(marker)), 'the window: the old document still reaches context');
    assert.throws(() => guard.clear({ texts, files: filesOf(inWindow.snippets) }, true), EgressRefusedError, "the renamed file's text left under its old path");
    // The request after it, still in the window: the engine leaves the vanished path out and the prompt goes.
    const next = await engine.gather({ document: app, budgetTokens: 800 });
    assert.ok(!next.snippets.some((s) => s.text.includes(marker)), `still in context: ${JSON.stringify(next.snippets.map((s) => s.path))}`);
    assert.doesNotThrow(() => guard.clear({ texts: next.snippets.map((s) => s.text), files: filesOf(next.snippets) }, true));
  } finally {
    engine.dispose();
  }
});

test('a symlink swapped under an open file, either way: the door judges what the path is as the prompt leaves', () => {
  const root = folder({ '.env': `API_TOKEN=${marker}\n`, 'notes.md': 'notes\n', 'readme.md': 'readme\n' });
  const guard = new PromptGuard({ policy: new PathPolicy({ roots: [root], openedByUser: () => false }) });
  assert.equal(guard.mayInclude('notes.md'), true);
  // The open file replaced by a link to .env (the editor reloads the link's text under the old path).
  unlinkSync(join(root, 'notes.md'));
  symlinkSync('.env', join(root, 'notes.md'));
  assert.throws(() => guard.clear({ texts: [marker], files: ['notes.md'] }, true), EgressRefusedError);
  // A link to .env opened, then pointed at an ordinary file: what it is now may go.
  unlinkSync(join(root, 'notes.md'));
  symlinkSync('readme.md', join(root, 'notes.md'));
  assert.doesNotThrow(() => guard.clear({ texts: ['readme'], files: ['notes.md'] }, true));
});
