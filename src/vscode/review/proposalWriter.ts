// Writes the kept changes of a proposal: one WorkspaceEdit (one undo step) into the document
// version the proposal was made from, a new file, or a new untitled document. A document that
// changed since is never written to.
import * as vscode from 'vscode';
import type { EditProposal } from '../../core/review/editProposal';
import { normalizedText } from './documentText';

export type WriteResult =
  | { readonly kind: 'written'; readonly document: vscode.TextDocument; readonly range: vscode.Range; readonly text: string }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

export async function writeProposal(proposal: EditProposal): Promise<WriteResult> {
  const target = proposal.target;
  if (target.kind === 'untitled') {
    const document = await vscode.workspace.openTextDocument({ language: target.languageId, content: proposal.result() });
    return { kind: 'written', document, range: wholeRange(document), text: document.getText() };
  }
  const uri = vscode.Uri.parse(target.uri);
  if (target.kind === 'newFile') {
    const text = proposal.result();
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: false });
    edit.insert(uri, new vscode.Position(0, 0), text);
    if (!(await vscode.workspace.applyEdit(edit))) return { kind: 'failed', message: `the editor refused to create ${target.label}; nothing was written.` };
    const document = await vscode.workspace.openTextDocument(uri);
    return { kind: 'written', document, range: wholeRange(document), text };
  }

  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri);
  const check = proposal.check(document && !document.isClosed ? { version: document.version, text: normalizedText(document) } : { version: undefined });
  if (!check.ok) return { kind: 'refused', message: check.message };
  const replacement = proposal.replacement();
  if (!replacement || !document) return { kind: 'failed', message: 'no change was kept; nothing was written.' };
  const range = new vscode.Range(replacement.start.line, replacement.start.character, replacement.end.line, replacement.end.character);
  const text = document.eol === vscode.EndOfLine.CRLF ? replacement.text.replace(/\n/g, '\r\n') : replacement.text;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, text);
  if (!(await vscode.workspace.applyEdit(edit))) return { kind: 'failed', message: `the editor refused the edit to ${target.label} (is it read-only?); nothing was written.` };
  const start = range.start;
  const end = document.positionAt(document.offsetAt(start) + text.length);
  return { kind: 'written', document, range: new vscode.Range(start, end), text };
}

function wholeRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
}
