// An in-memory workspace for the context tests: files by relative path, some of them open.
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import type { ContextWorkspace } from '../../../src/core/context/contextWorkspace';
import { languageIdForPath } from '../../../src/core/syntax/languages';

export class FixtureWorkspace implements ContextWorkspace {
  readonly reads: string[] = [];
  private readonly open: DocumentSnapshot[] = [];

  constructor(readonly files: Record<string, string>) {}

  openDocuments(): readonly DocumentSnapshot[] {
    return this.open;
  }

  async readFile(relativePath: string): Promise<string | undefined> {
    this.reads.push(relativePath);
    return this.files[relativePath];
  }

  private listing: readonly string[] = [];

  /** The same listing while no file comes or goes, as the editor's (a new one tells the engine files changed). */
  listFiles(): readonly string[] {
    const paths = Object.keys(this.files);
    if (paths.join('\0') !== this.listing.join('\0')) this.listing = paths;
    return this.listing;
  }

  /** Opens a file (most recent first); with `cursor`, the text is cut to the line the marker `<|>` is on. */
  openFile(path: string, version = 1): DocumentSnapshot {
    const raw = this.files[path];
    const offset = Math.max(0, raw.indexOf('<|>'));
    const text = raw.replace('<|>', '');
    this.files[path] = text;
    const doc: DocumentSnapshot = { uri: `file:///ws/${path}`, relativePath: path, languageId: languageIdForPath(path), text, version, offset };
    const existing = this.open.findIndex((d) => d.uri === doc.uri);
    if (existing >= 0) this.open.splice(existing, 1);
    this.open.unshift(doc);
    return doc;
  }
}
