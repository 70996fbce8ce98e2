// A file renamed, while open, to a name the ignore rules refuse (on a real folder, with the real path policy and the
// context engine told what VS Code tells it: the old document closed, the new one open, the old path deleted and the
// new one created): its text leaves the context at once, the prompt names neither path, and the door refuses the
// new path. The old path's remembered "allowed" is no hole: nothing holds text under it any more.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, PromptGuard } from '../../../src/core/guard/promptGuard';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { diskWorkspace, notesProject, snapshotIn, writeFolder } from './renamedProject';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
const marker = 'vault_marker_5c1e';
const root = writeFolder('flywheel-renamed-', notesProject(marker));
after(() => {
  syntax.dispose();
  rmSync(root, { recursive: true, force: true });
});

const snapshot = (relativePath: string): DocumentSnapshot => snapshotIn(root, relativePath);
let open: DocumentSnapshot[] = [];
const workspace = diskWorkspace(root, () => open);

test('a file renamed into an ignored folder while open: its text leaves context, and the door refuses its new path', async () => {
  const policy = new PathPolicy({ roots: [root], openedByUser: () => false });
  const guard = new PromptGuard({ policy });
  const engine = new ContextEngine({ workspace, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000, isExcluded: (p) => !policy.mayRead(p) });
  const app = snapshot('src/app.ts');
  open = [snapshot('src/notes.ts'), app];
  await engine.warm(open);
  const first = await engine.gather({ document: app, budgetTokens: 800 });
  assert.ok(first.snippets.some((s) => s.path === 'src/notes.ts' && s.text.includes(marker)), `control: the open file reaches context: ${JSON.stringify(first.snippets.map((s) => s.path))}`);

  // The rename, then what VS Code tells the extension of it (registerContext.ts).
  renameSync(join(root, 'src/notes.ts'), (mkdirSync(join(root, 'src/private')), join(root, 'src/private/notes.ts')));
  engine.closeDocument(open[0]!.uri);
  open = [snapshot('src/private/notes.ts'), app];
  engine.deleteFile('src/notes.ts');
  engine.createFile('src/private/notes.ts');

  const then = await engine.gather({ document: app, budgetTokens: 800 });
  const sent = then.snippets.map((s) => s.text).join('\n');
  assert.ok(!sent.includes(marker), `the renamed file's text left context: ${JSON.stringify(then.snippets.map((s) => s.path))}`);
  assert.deepEqual(then.snippets.filter((s) => s.path.endsWith('notes.ts')).map((s) => s.path), []);
  assert.throws(() => guard.clear({ texts: [sent], files: ['src/private/notes.ts'] }, true), EgressRefusedError);
  assert.doesNotThrow(() => guard.clear({ texts: [sent], files: [...new Set(['src/app.ts', ...then.snippets.map((s) => s.path)])] }, true));
  engine.dispose();
});
