// Which workspace a feedback event came from. The log is one for every window, and an event's path is relative to its
// own window's folders: only that workspace's rules can judge it, so each event carries a stable id of its workspace.
import { createHash } from 'node:crypto';

/**
 * The id of a workspace named by its URIs (a saved workspace file, or its folders): a salted hash, so the log never
 * names a folder in clear and equal workspaces get equal ids only on this installation. The order is not part of it.
 */
export function workspaceIdOf(uris: readonly string[], salt: string): string {
  const hash = createHash('sha256').update(salt).update('\0');
  for (const uri of [...uris].sort()) hash.update(uri).update('\n');
  return `ws:${hash.digest('hex').slice(0, 24)}`;
}
