// Copies what the core needs of a VS Code document into a plain DocumentSnapshot. The text is
// copied once per document version and shared by every feature that asks for it (the
// completion provider, the context engine's document events), not once per caller. A notebook
// cell's snapshot carries its notebook and is named by the notebook's path.
import * as vscode from 'vscode';
import type { DocumentSnapshot } from '../core/documentSnapshot';
import { cellOf, notebookContextOf, notebookPath } from './notebook/notebookCells';
import { workspacePath } from './workspacePaths';

const texts = new WeakMap<vscode.TextDocument, { version: number; text: string }>();

export function documentText(document: vscode.TextDocument): string {
  const cached = texts.get(document);
  if (cached && cached.version === document.version) return cached.text;
  const text = document.getText();
  texts.set(document, { version: document.version, text });
  return text;
}

/** The document's length in UTF-16 code units, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function snapshotOf(document: vscode.TextDocument, position?: vscode.Position): DocumentSnapshot {
  const cell = cellOf(document);
  return {
    uri: document.uri.toString(),
    relativePath: cell ? notebookPath(cell.notebook) : workspacePath(document.uri),
    languageId: document.languageId,
    text: documentText(document),
    version: document.version,
    offset: position ? document.offsetAt(position) : 0,
    ...(cell && { notebook: notebookContextOf(cell, documentText) }),
  };
}
