// The index's status bar item: files done while a pass runs, paused or stopped with one click
// to go on, a failure with one click to the status; hidden while the index is simply ready.
import * as vscode from 'vscode';
import type { IndexStatus } from '../../core/index/workspaceIndex';
import { IndexCommands } from '../commandIds';

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('flywheel.index', vscode.StatusBarAlignment.Right, 99);

  constructor() {
    this.item.name = 'Flywheel Index';
  }

  set(status: IndexStatus): void {
    const item = this.item;
    const count = (n: number) => n.toLocaleString('en-US');
    item.command = IndexCommands.showStatus;
    switch (status.state) {
      case 'starting':
      case 'building':
        item.text = status.total > 0 ? `$(sync~spin) Indexing ${count(status.done)}/${count(status.total)}` : '$(sync~spin) Indexing';
        item.tooltip = 'Flywheel is indexing the workspace for Codebase search (in the background). Click for details, Pause or Cancel.';
        break;
      case 'paused':
        item.text = `$(debug-pause) Index paused ${count(status.done)}/${count(status.total)}`;
        item.tooltip = 'Workspace indexing is paused. Click to resume or see the index status.';
        item.command = IndexCommands.resume;
        break;
      case 'stopped':
        item.text = `$(debug-stop) Index incomplete`;
        item.tooltip = 'Workspace indexing was cancelled: Codebase search sees only the files indexed so far. Click to finish indexing.';
        item.command = IndexCommands.resume;
        break;
      case 'failed':
        item.text = '$(warning) Index failed';
        item.tooltip = `The workspace index failed: ${status.error ?? 'see the Flywheel output'}. Click for details.`;
        break;
      case 'ready':
        item.hide();
        return;
    }
    item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
