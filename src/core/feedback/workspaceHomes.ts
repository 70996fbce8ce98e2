// Which workspace id a window stamps on its feedback rows, kept across what a user does to a workspace without changing
// which folders it is: a folder moved or renamed, a .code-workspace saved around the same folders. An id made of URIs
// (`workspaceIdOf`) changes with each of these and orphans the rows logged before; the folders' identity on disk does not.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

/** The folders (their identity on disk, sorted) a workspace id was last seen with, and when. */
export interface WorkspaceHome {
  readonly folders: readonly string[];
  readonly seen: number;
}

/** Every workspace id this installation has stamped, with its folders (kept in the extension's global state). */
export type WorkspaceHomes = Readonly<Record<string, WorkspaceHome>>;

/** The homes kept: the most recently seen (a few dozen bytes each). */
export const MAX_WORKSPACE_HOMES = 500;

/**
 * A folder's identity on disk: device and inode, the same after a move or a rename within its file system, new for a
 * copy or for another folder made later at the same path. Undefined when it cannot be read (gone, not a local folder).
 */
export function folderIdentity(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return stat.isDirectory() ? `${stat.dev}:${stat.ino}` : undefined;
  } catch {
    return undefined;
  }
}

export interface WindowWorkspace {
  /** The id the window stamps on its rows. */
  readonly id: string;
  /**
   * Other ids whose rows are this window's, each with what its rows' paths get in front here: `''` for the rows this
   * window's URIs stamped before ids were kept (`workspaceIdOf`'s), `name/` for a folder of this window logged alone
   * (a multi-root window writes its paths `name/rest`).
   */
  readonly also: ReadonlyMap<string, string>;
  /** The homes with this window's recorded. */
  readonly homes: WorkspaceHomes;
}

/**
 * The window's id: the id last stamped by a window of the same folders on disk, wherever they are now and whether or not
 * a workspace file holds them; else `byUris` (the URIs' id, what earlier versions stamped), unless other folders had
 * that id (a folder moved away, another made at its path): then an id of these folders' own. A folder whose identity
 * cannot be read makes the window fall back to `byUris`, recording nothing.
 */
export function resolveWindowWorkspace(
  byUris: string,
  folders: readonly { readonly identity: string | undefined; readonly name: string }[],
  homes: WorkspaceHomes,
  now: number,
): WindowWorkspace {
  const identities = folders.map((f) => f.identity);
  if (identities.length === 0 || identities.some((i) => i === undefined)) return { id: byUris, also: new Map(), homes };
  const key = [...(identities as string[])].sort();
  const same = Object.entries(homes)
    .filter(([, home]) => home.folders.length === key.length && home.folders.every((f, i) => f === key[i]))
    .sort(([, a], [, b]) => b.seen - a.seen);
  const taken = homes[byUris] !== undefined;
  const id = same[0]?.[0] ?? (taken ? `ws:${createHash('sha256').update(byUris).update('\0').update(key.join('\n')).digest('hex').slice(0, 24)}` : byUris);
  const also = new Map<string, string>();
  if (byUris !== id && !taken) also.set(byUris, '');
  if (folders.length > 1) {
    for (const [other, home] of Object.entries(homes)) {
      const index = home.folders.length === 1 ? identities.indexOf(home.folders[0]) : -1;
      if (other !== id && index >= 0) also.set(other, `${folders[index]!.name}/`);
    }
  }
  const kept = Object.entries({ ...homes, [id]: { folders: key, seen: now } })
    .sort(([, a], [, b]) => b.seen - a.seen)
    .slice(0, MAX_WORKSPACE_HOMES);
  return { id, also, homes: Object.fromEntries(kept) };
}
