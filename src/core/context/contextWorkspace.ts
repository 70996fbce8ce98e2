// What the context engine needs from the editor or any host (tests, the bench, the CLI): an
// interface it owns, so it runs the same everywhere.
import type { DocumentSnapshot } from '../documentSnapshot';

export interface ContextWorkspace {
  /** Open documents (tabs), most recently used first. */
  openDocuments(): readonly DocumentSnapshot[];
  /** A workspace file's text by relative path, or undefined when it does not exist. */
  readFile(relativePath: string): Promise<string | undefined>;
  /**
   * Workspace-relative paths of the source files the host knows (may be partial or empty):
   * used to resolve imports that name a namespace or package rather than a path (Java, C#, PHP, Go).
   */
  listFiles?(): readonly string[];
}

/** Predicate for files that must never be read into context (ignore rules, secrets). */
export type ExclusionPredicate = (relativePath: string) => boolean;
