// Opens the settings editor where flywheel.models.* live. They are machine-scoped: in a remote
// window (SSH, WSL, containers, code-server) VS Code reads them only from the Remote settings,
// so that is the tab to open there; locally, the User settings.
import * as vscode from 'vscode';

export async function openModelSettings(query = 'flywheel.models'): Promise<void> {
  if (vscode.env.remoteName) {
    await vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query });
  } else {
    await vscode.commands.executeCommand('workbench.action.openSettings', { query });
  }
}
