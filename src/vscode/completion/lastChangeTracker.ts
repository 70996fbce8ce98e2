// Remembers the kind of each document's last edit, so the engine can hold back right after a
// delete or an undo (a suggestion then is almost always unwanted).
import * as vscode from 'vscode';
import type { LastChange, LastChangeKind } from '../../core/completion/completionTypes';
import { DisposableStore } from '../../core/disposable';

export class LastChangeTracker implements vscode.Disposable {
  private readonly kinds = new Map<string, LastChangeKind>();
  private readonly subscriptions = new DisposableStore();

  constructor() {
    this.subscriptions.addAll(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        this.kinds.set(event.document.uri.toString(), kindOf(event));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.kinds.delete(document.uri.toString())),
    );
  }

  lastChange(uri: vscode.Uri): LastChange | undefined {
    const kind = this.kinds.get(uri.toString());
    return kind === undefined ? undefined : { kind };
  }

  dispose(): void {
    this.subscriptions.dispose();
    this.kinds.clear();
  }
}

function kindOf(event: vscode.TextDocumentChangeEvent): LastChangeKind {
  if (event.reason === vscode.TextDocumentChangeReason.Undo) return 'undo';
  if (event.reason === vscode.TextDocumentChangeReason.Redo) return 'redo';
  const changes = event.contentChanges;
  if (changes.every((c) => c.text === '' && c.rangeLength > 0)) return 'delete';
  return 'insert';
}
