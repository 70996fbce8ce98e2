// Remembers the kind and time of each document's last edit: the engine holds back right after a
// delete or an undo (a suggestion then is almost always unwanted), and the time is where the
// user's wait for ghost text starts.
import * as vscode from 'vscode';
import type { LastChange, LastChangeKind } from '../../core/completion/completionTypes';
import { DisposableStore } from '../../core/disposable';

export class LastChangeTracker implements vscode.Disposable {
  private readonly kinds = new Map<string, { kind: LastChangeKind; at: number }>();
  private readonly subscriptions = new DisposableStore();

  constructor() {
    this.subscriptions.addAll(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        this.kinds.set(event.document.uri.toString(), { kind: kindOf(event), at: performance.now() });
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.kinds.delete(document.uri.toString())),
    );
  }

  lastChange(uri: vscode.Uri): LastChange | undefined {
    const last = this.kinds.get(uri.toString());
    return last === undefined ? undefined : { kind: last.kind, ageMs: performance.now() - last.at };
  }

  /** When the document last changed (performance.now() ms), if seen. */
  changedAt(uri: vscode.Uri): number | undefined {
    return this.kinds.get(uri.toString())?.at;
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
