// A file renamed, while open, to a name the ignore rules refuse (on a real folder, with the real path policy and the
// context engine told what VS Code tells it: the old document closed, the new one open, the old path deleted and the
// new one created): its text leaves the context at once, the prompt names neither path, and the door refuses the
// new path. The old path's remembered "allowed" is no hole: nothing holds text under it any more.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import type { ContextWorkspace } from '../../../src/core/context/contextWorkspace';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { EgressRefusedError, PromptGuard } from '../../../src/core/guard/promptGuard';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
const root = mkdtempSync(join(tmpdir(), 'flywheel-renamed-'));
after(() => {
  syntax.dispose();
  rmSync(root, { recursive: true, force: true });
});

const marker = 'vault_marker_5c1e';
const files: Record<string, string> = {
  '.gitignore': 'private/\n',
  'src/notes.ts': `export function createClient(key: string, token: string) {\n  return { key, token, tag: '${marker}' };\n}\n`,
  'src/app.ts': "import { createClient } from './notes';\nconst client = createClient(process.env.KEY ?? '', 'x');\nclient.",
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const snapshot = (relativePath: string, offset = 0): DocumentSnapshot => {
  const text = readFileSync(join(root, relativePath), 'utf8');
  return { uri: `file://${join(root, relativePath)}`, relativePath, languageId: 'typescript', text, version: 1, offset: offset || text.length };
};
let open: DocumentSnapshot[] = [];
const workspace: ContextWorkspace = {
  openDocuments: () => open,
  readFile: async (path) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return undefined;
    }
  },
};

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
