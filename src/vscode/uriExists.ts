// Whether a file or folder exists, through the workspace file system (so remote and virtual
// workspaces answer too): stat throws when it does not.
import * as vscode from 'vscode';

export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
