// The text behind review editors (`flywheel-review:` URIs), rewritten as the proposal streams
// in and as changes are decided. Bursts of updates while streaming become one change event.
import * as vscode from 'vscode';
import { REVIEW_SCHEME } from './reviewIds';

export class ReviewDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  readonly onDidChange = this.changed.event;
  private nextId = 1;

  /** A fresh URI whose last segment is the tab's title. */
  createUri(title: string): vscode.Uri {
    return vscode.Uri.from({ scheme: REVIEW_SCHEME, path: `/${this.nextId++}/${title.replace(/[/\\]/g, '∕')}` });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Sets the content; with `throttleMs`, bursts of updates become one change event. */
  set(uri: vscode.Uri, text: string, throttleMs = 0): void {
    const key = uri.toString();
    if (this.contents.get(key) === text) return;
    this.contents.set(key, text);
    if (throttleMs <= 0) {
      this.flush(uri);
      return;
    }
    if (!this.pending.has(key)) this.pending.set(key, setTimeout(() => this.flush(uri), throttleMs));
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
