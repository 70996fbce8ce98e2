// Feeds the editor's document events to the syntax service (incremental reparse), the recent-
// edits source and the context engine, and hands the engine to completions, chat and refactors.
import * as vscode from 'vscode';
import { ContextEngine } from '../../core/context/contextEngine';
import type { ExclusionPredicate } from '../../core/context/contextWorkspace';
import { RecentEditTracker } from '../../core/context/recentEdits';
import type { Logger } from '../../core/logger';
import { notebookAsDocument } from '../../core/notebook/notebookDocument';
import { syntaxLanguageFor } from '../../core/syntax/languages';
import type { SyntaxService } from '../../core/syntax/syntaxService';
import { workspacePath } from '../workspacePaths';
import { EditorWorkspace } from './editorWorkspace';

export interface EditorContext {
  readonly engine: ContextEngine;
  readonly workspace: EditorWorkspace;
}

export function registerContext(
  context: vscode.ExtensionContext,
  deps: { logger: Logger; syntax: SyntaxService | undefined; isExcluded: ExclusionPredicate },
): EditorContext {
  const { logger, syntax, isExcluded } = deps;
  const workspace = new EditorWorkspace();
  const recentEdits = new RecentEditTracker();
  const engine = new ContextEngine({ workspace, syntax, isExcluded, recentEdits, logger });

  // A notebook cell is read as part of its notebook: one document, one parse tree.
  const contextDocumentOf = (document: vscode.TextDocument) => {
    const snapshot = workspace.snapshotOf(document);
    const notebook = snapshot && notebookAsDocument(snapshot);
    return notebook ? { snapshot: notebook.document, shift: notebook.cellStart } : snapshot && { snapshot, shift: 0 };
  };
  const warm = (document: vscode.TextDocument) => {
    const snapshot = contextDocumentOf(document)?.snapshot;
    if (snapshot) void engine.warm([snapshot]).catch((error: unknown) => logger.debug(`context warm-up failed: ${String(error)}`));
  };

  context.subscriptions.push(
    workspace,
    engine,
    vscode.workspace.onDidChangeTextDocument((event) => {
      const document = event.document;
      if (event.contentChanges.length === 0 || document.uri.scheme === 'output') return;
      const target = contextDocumentOf(document);
      if (!target) return;
      const { snapshot, shift } = target;
      const changes = event.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset + shift, rangeLength: c.rangeLength, text: c.text }));
      recentEdits.record(snapshot, changes);
      if (syntax && syntaxLanguageFor(snapshot.languageId)) {
        void syntax.updateDocument(snapshot.uri, snapshot.languageId, snapshot.version, snapshot.text, changes).catch(() => undefined);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => editor && warm(editor.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      engine.closeDocument(document.uri.toString());
      recentEdits.forgetDocument(document.uri.toString());
    }),
    vscode.workspace.onDidCloseNotebookDocument((notebook) => {
      engine.closeDocument(notebook.uri.toString());
      recentEdits.forgetDocument(notebook.uri.toString());
    }),
    vscode.workspace.onDidSaveTextDocument((document) => engine.invalidateFile(workspacePath(document.uri))),
  );
  // Files created, changed and deleted outside the editor too (a checkout, a generator): the
  // engine keeps what it read until told, never by age.
  const files = vscode.workspace.createFileSystemWatcher('**/*');
  context.subscriptions.push(
    files,
    files.onDidCreate((uri) => engine.createFile(workspacePath(uri))),
    files.onDidChange((uri) => engine.invalidateFile(workspacePath(uri))),
    files.onDidDelete((uri) => engine.deleteFile(workspacePath(uri))),
  );
  if (vscode.window.activeTextEditor) warm(vscode.window.activeTextEditor.document);
  return { engine, workspace };
}
