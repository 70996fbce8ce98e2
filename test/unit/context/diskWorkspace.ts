// A fixture repository written to a temporary folder and read back from disk, as the editor's
// workspace would be: real files, real reads, the file list the host would give.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { ContextWorkspace } from '../../../src/core/context/contextWorkspace';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import { languageIdForPath } from '../../../src/core/syntax/languages';

export class DiskWorkspace implements ContextWorkspace {
  readonly root: string;
  private readonly open: DocumentSnapshot[] = [];
  private listing: readonly string[] = [];

  /** Files by relative path; one may hold the cursor marker `<|>`. */
  constructor(files: Record<string, string>) {
    this.root = mkdtempSync(join(tmpdir(), 'flywheel-context-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), text);
    }
  }

  openDocuments(): readonly DocumentSnapshot[] {
    return this.open;
  }

  async readFile(path: string): Promise<string | undefined> {
    try {
      return readFileSync(join(this.root, path), 'utf8').replace('<|>', '');
    } catch {
      return undefined;
    }
  }

  listFiles(): readonly string[] {
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else out.push(relative(this.root, full).split('\\').join('/'));
      }
    };
    walk(this.root);
    out.sort();
    // The same listing while no file comes or goes, as the editor's (a new one tells the engine files changed).
    if (out.join('\0') !== this.listing.join('\0')) this.listing = out;
    return this.listing;
  }

  /** Opens a file with the cursor at `<|>`, the document cut there as a user would be typing. */
  openAtCursor(path: string): DocumentSnapshot {
    const raw = readFileSync(join(this.root, path), 'utf8');
    const offset = raw.indexOf('<|>');
    const text = raw.slice(0, offset);
    const doc: DocumentSnapshot = { uri: `file://${join(this.root, path)}`, relativePath: path, languageId: languageIdForPath(path), text, version: 1, offset };
    this.open.unshift(doc);
    return doc;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
