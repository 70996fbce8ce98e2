// How a workspace path names its file: with one folder, relative to it; with several, the
// folder's name first (`api/src/app.ts`, as the editor writes it), so the same relative path in
// two folders names two files and never the first folder's copy. The editor side writes paths
// (vscode/workspacePaths.ts); the index worker and the editor read them back with this.
import { join } from 'node:path';

export interface WorkspaceRoot {
  /** The folder's name: the first segment of its files' paths in a multi-root workspace. */
  readonly name: string;
  /** Absolute path on disk. */
  readonly path: string;
}

/** The folder a workspace path is in, and the path inside it; undefined when it names none. */
export function folderOfPath<F extends { readonly name: string }>(folders: readonly F[], path: string): { folder: F; rest: string } | undefined {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (folders.length === 1) return { folder: folders[0], rest: clean };
  const slash = clean.indexOf('/');
  const folder = slash > 0 ? folders.find((f) => f.name === clean.slice(0, slash)) : undefined;
  return folder && { folder, rest: clean.slice(slash + 1) };
}

/** Where a workspace path is on disk. */
export function absolutePath(roots: readonly WorkspaceRoot[], path: string): string | undefined {
  const found = folderOfPath(roots, path);
  return found && join(found.folder.path, found.rest);
}
