// How the extension names a workspace file, and back (the convention: core/workspaceFolders.ts).
// A path always says which folder, and so which folder's ignore rules, it belongs to.
import * as vscode from 'vscode';
import { folderOfPath } from '../core/workspaceFolders';

/** The workspace path of a file (an absolute path when it is in no folder). */
export function workspacePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/**
 * The file a workspace path names; undefined when there is no folder, or when in a multi-root
 * workspace the path's first segment names none (never guessed as the first folder's file).
 */
export function workspaceUri(path: string): vscode.Uri | undefined {
  const found = folderOfPath(vscode.workspace.workspaceFolders ?? [], path);
  return found && vscode.Uri.joinPath(found.folder.uri, found.rest);
}
