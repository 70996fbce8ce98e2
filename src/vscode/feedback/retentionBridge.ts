// Feeds VS Code's document change and rename events to the retention tracker as plain changes.
import * as vscode from 'vscode';
import type { RetentionTracker } from '../../core/feedback/retentionTracker';
import type { TextChange } from '../../core/feedback/textChange';

/**
 * VS Code reports a multi-range edit with offsets into the text before the edit; applied from
 * the bottom up each one stays valid, so they are sorted by descending offset.
 */
export function toTextChanges(changes: readonly vscode.TextDocumentContentChangeEvent[]): TextChange[] {
  return [...changes]
    .sort((a, b) => b.rangeOffset - a.rangeOffset)
    .map((c) => ({ offset: c.rangeOffset, deletedLength: c.rangeLength, insertedText: c.text }));
}

export function registerRetentionBridge(tracker: RetentionTracker): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      tracker.applyChanges(event.document.uri.toString(), toTextChanges(event.contentChanges));
    }),
    vscode.workspace.onDidRenameFiles((event) => {
      for (const { oldUri, newUri } of event.files) tracker.renameDocument(oldUri.toString(), newUri.toString());
    }),
  );
}
