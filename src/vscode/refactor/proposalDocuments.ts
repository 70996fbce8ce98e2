// Virtual documents behind the preview (`flywheel-proposal:` URIs): the original as it was when
// the request was made, and the proposal, updated while the reply streams. Read-only by nature,
// so nothing in the preview can be edited by mistake.
import * as vscode from 'vscode';
import { PROPOSAL_SCHEME } from './refactorIds';

export class ProposalDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  readonly onDidChange = this.changed.event;
  private nextId = 1;

  /** A fresh URI whose path ends in `fileName`, so the editor picks the right language. */
  createUri(role: string, fileName: string): vscode.Uri {
    return vscode.Uri.from({ scheme: PROPOSAL_SCHEME, path: `/${role}/${this.nextId++}/${fileName}` });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Sets the content; with `throttleMs`, bursts of updates become one change event. */
  set(uri: vscode.Uri, text: string, throttleMs = 0): void {
    const key = uri.toString();
    this.contents.set(key, text);
    if (throttleMs <= 0) {
      this.flush(uri);
      return;
    }
    if (!this.pending.has(key)) this.pending.set(key, setTimeout(() => this.flush(uri), throttleMs));
  }

  get(uri: vscode.Uri): string | undefined {
    return this.contents.get(uri.toString());
  }

  delete(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.contents.delete(key);
  }

  private flush(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.changed.fire(uri);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.contents.clear();
    this.changed.dispose();
  }
}
