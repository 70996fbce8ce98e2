// What the core knows of an editor document: plain data, copied from VS Code by the shell.
export interface DocumentSnapshot {
  /** The document's URI as a string (file:///…, untitled:…). */
  readonly uri: string;
  /** Path relative to the workspace root when the file is inside one, else the fs path. */
  readonly relativePath: string;
  readonly languageId: string;
  readonly text: string;
  readonly version: number;
  /** Cursor position as a UTF-16 offset into `text`. */
  readonly offset: number;
}
