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

/**
 * The snapshot with its cursor moved off the middle of a CRLF pair to the end of that line.
 * VS Code never puts a cursor there, but offsets computed elsewhere (a CLI, a test, a position
 * counted in LF text) can; the line end is the only place such a cursor can mean.
 */
export function snapCursorToLineEnd(doc: DocumentSnapshot): DocumentSnapshot {
  const { text, offset } = doc;
  const betweenCrLf = offset > 0 && offset < text.length && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
  return betweenCrLf ? { ...doc, offset: offset - 1 } : doc;
}
