// The rename tests' workspace on a real temporary folder (renameWindow.test.ts, renamedWhileOpen.test.ts): the files
// written under a new folder, the project both rename (`src/notes.ts`, holding a marker, completed against from
// `src/app.ts`; `private/` ignored), and the context engine's view of the disk as it is at each read.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContextWorkspace } from '../../../src/core/context/contextWorkspace';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';

/** A new temporary folder named from `prefix` holding `files` (relative path → text); the caller removes it. */
export function writeFolder(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The project a rename moves `src/notes.ts` (whose text holds `marker`) out of, into the ignored `src/private/`. */
export function notesProject(marker: string): Record<string, string> {
  return {
    '.gitignore': 'private/\n',
    'src/notes.ts': `export function createClient(key: string, token: string) {\n  return { key, token, tag: '${marker}' };\n}\n`,
    'src/app.ts': "import { createClient } from './notes';\nconst client = createClient(process.env.KEY ?? '', 'x');\nclient.",
  };
}

/** A TypeScript file of `root` as the editor holds it, read from disk now, the cursor at its end. */
export function snapshotIn(root: string, relativePath: string): DocumentSnapshot {
  const text = readFileSync(join(root, relativePath), 'utf8');
  return { uri: `file://${join(root, relativePath)}`, relativePath, languageId: 'typescript', text, version: 1, offset: text.length };
}

/** The context engine's workspace: the documents `open` gives at each ask, the files as they are on disk at each read. */
export function diskWorkspace(root: string, open: () => readonly DocumentSnapshot[]): ContextWorkspace {
  return {
    openDocuments: open,
    readFile: async (path) => {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
