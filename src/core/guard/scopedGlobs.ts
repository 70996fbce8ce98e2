// An exclusion list setting as each scope holds it (the user's, the workspace's, a multi-root folder's own), and the
// glob of it that excludes a path. VS Code overrides an array setting by the narrower scope (it merges only objects,
// as `files.exclude`); a list that only narrows is read as VS Code's own exclusion objects are: every scope's globs
// apply, each list judged alone (a scope's `!` lifts only its own globs), a folder's in that folder alone. Every list is
// matched relative to the file's own workspace folder, as VS Code matches `files.exclude` and `search.exclude` in a
// multi-root window: the user's `/secrets/` anchors at each folder's root, never at the workspace's folder names.
import ignore from 'ignore';
import { matchablePath, type MatchedPattern } from './ignoreRules';

export interface ScopedGlobs {
  readonly user: readonly string[];
  readonly workspace: readonly string[];
  /**
   * A multi-root workspace's folders, each with its own globs (none for most): by the folder's name, which its files'
   * workspace paths start with and which every list's globs are matched without.
   */
  readonly folders: readonly { readonly name: string; readonly path: string; readonly globs: readonly string[] }[];
}

/**
 * An exclusion list read two ways — as the editor gives it, and as a settings file holds it when the editor never gave
 * the file's value (folderSettingsArrival.ts) — judged by the stricter reading: every exclusion of either. A `!` of the
 * file's is left out (it would lift one of the editor's), and anything not a string.
 */
export function unionOfExclusions(configured: readonly string[], fromFile: unknown): readonly string[] {
  const more = Array.isArray(fromFile) ? fromFile.filter((g): g is string => typeof g === 'string' && g.trim() !== '' && !g.startsWith('!') && !configured.includes(g)) : [];
  return more.length === 0 ? configured : [...configured, ...more];
}

export const noScopedGlobs: ScopedGlobs = { user: [], workspace: [], folders: [] };

/** The glob that excludes a workspace path (a folder's before the workspace's before the user's), if any does. */
export function scopedGlobMatcher(scoped: ScopedGlobs): (path: string) => MatchedPattern | undefined {
  const listOf = (globs: readonly string[]) => (globs.length === 0 ? undefined : ignore().add([...globs]));
  const folders = scoped.folders.map(({ name, path, globs }) => ({ prefix: `${name}/`, folder: path.replace(/\\/g, '/'), rules: listOf(globs) }));
  const workspace = listOf(scoped.workspace);
  const user = listOf(scoped.user);
  return (path) => {
    const workspacePath = matchablePath(path);
    if (workspacePath === '') return undefined;
    const inFolder = folders.find(({ prefix }) => workspacePath.startsWith(prefix));
    const relative = inFolder ? workspacePath.slice(inFolder.prefix.length) : workspacePath;
    const own = inFolder?.rules && matching(inFolder.rules, relative);
    if (own !== undefined) return { glob: own, from: 'folder', folder: inFolder!.folder };
    const glob = workspace && matching(workspace, relative);
    if (glob !== undefined) return { glob, from: 'workspace' };
    const users = user && matching(user, relative);
    return users === undefined ? undefined : { glob: users, from: 'user' };
  };
}

function matching(rules: ReturnType<typeof ignore>, relative: string): string | undefined {
  if (relative === '') return undefined;
  const result = rules.test(relative);
  return result.ignored ? (result.rule?.pattern ?? '') : undefined;
}
