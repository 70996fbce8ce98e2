// A list of exclusion globs as each settings scope holds it: the user's, the workspace's, and each folder's own in a
// multi-root workspace. Read scope by scope, because `get()` gives the one scope that wins (VS Code overrides arrays, it
// merges only objects) and, read without a resource, never sees a folder's value at all.
import * as vscode from 'vscode';
import { unionOfExclusions, type ScopedGlobs } from '../core/guard/scopedGlobs';
import { unreportedValue } from './keptSettingValues';

export function readScopedGlobs(section: string, key: string): ScopedGlobs {
  const inspected = vscode.workspace.getConfiguration(section).inspect<string[]>(key);
  // (A value the scope's settings file holds and VS Code drops, addedFolderSettings.ts, is kept too: the stricter reading.)
  return {
    user: unionOfExclusions(inspected?.globalValue ?? [], unreportedValue({ scope: 'user' }, `${section}.${key}`)),
    workspace: unionOfExclusions(inspected?.workspaceValue ?? [], unreportedValue({ scope: 'workspace' }, `${section}.${key}`)),
    folders: readFolderGlobs(section, key),
  };
}

/**
 * Every folder with its own value, read in its scope (empty for most: the folder's name still says which part of a
 * workspace path the globs are matched without); none in a one-folder window (its folder settings are the workspace's).
 * A folder whose settings file holds a value VS Code never gave (addedFolderSettings.ts) keeps that file's exclusions
 * too: the stricter reading.
 */
function readFolderGlobs(section: string, key: string): ScopedGlobs['folders'] {
  if (vscode.workspace.workspaceFile === undefined) return [];
  return (vscode.workspace.workspaceFolders ?? [])
    .filter((folder) => folder.uri.scheme === 'file')
    .map((folder) => ({
      name: folder.name,
      path: folder.uri.fsPath,
      globs: unionOfExclusions(
        vscode.workspace.getConfiguration(section, folder.uri).inspect<string[]>(key)?.workspaceFolderValue ?? [],
        unreportedValue({ scope: 'folder', folder: folder.uri.fsPath }, `${section}.${key}`),
      ),
    }));
}
