// Copies what the core needs of a VS Code document into a plain DocumentSnapshot.
import * as vscode from 'vscode';
import type { DocumentSnapshot } from '../core/documentSnapshot';

export function snapshotOf(document: vscode.TextDocument, position: vscode.Position): DocumentSnapshot {
  return {
    uri: document.uri.toString(),
    relativePath: vscode.workspace.asRelativePath(document.uri, false),
    languageId: document.languageId,
    text: document.getText(),
    version: document.version,
    offset: document.offsetAt(position),
  };
}
