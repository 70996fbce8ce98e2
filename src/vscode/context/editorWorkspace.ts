// The context engine's view of the editor: open documents (most recently used first; their text
// is copied once per version, see snapshot.ts; an open notebook is one document of its cells), workspace files by workspace
// path (workspacePaths.ts: the folder's name first in a multi-root workspace), and the list of source files for imports that name a package rather than a path.
import * as vscode from 'vscode';
import type { ContextWorkspace } from '../../core/context/contextWorkspace';
import type { DocumentSnapshot } from '../../core/documentSnapshot';
import { notebookDocument } from '../../core/notebook/notebookDocument';
import { cellOf, notebookCells, notebookPath, openNotebooks } from '../notebook/notebookCells';
import { documentLength, documentText, snapshotOf } from '../snapshot';
import { EXCLUDED_FOLDERS_GLOB } from '../../core/excludedFolders';
import { DisposableStore } from '../../core/disposable';
import { workspacePath, workspaceUri } from '../workspacePaths';

/** Documents bigger than this are not offered as context (their snapshot alone is costly). */
const MAX_CONTEXT_DOCUMENT_CHARS = 1_000_000;
const MAX_LISTED_FILES = 5_000;

export class EditorWorkspace implements ContextWorkspace, vscode.Disposable {
  private readonly recentUris: string[] = [];
  private files: string[] = [];
  private readonly subscriptions = new DisposableStore();

  constructor() {
    this.subscriptions.addAll(
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.touch(editor.document)),
    );
    const active = vscode.window.activeTextEditor;
    if (active) this.touch(active.document);
    void this.refreshFileList();
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.subscriptions.addAll(watcher, watcher.onDidCreate(() => this.scheduleRefresh()), watcher.onDidDelete(() => this.scheduleRefresh()));
  }

  openDocuments(): readonly DocumentSnapshot[] {
    const rank = (uri: string) => {
      const i = this.recentUris.indexOf(uri);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    const files = vscode.workspace.textDocuments
      .filter((d) => (d.uri.scheme === 'file' || d.uri.scheme === 'untitled' || d.uri.scheme === 'vscode-remote') && !d.isClosed)
      .flatMap((d) => {
        const snapshot = this.snapshotOf(d);
        return snapshot ? [snapshot] : [];
      });
    return [...files, ...this.notebookDocuments()].sort((a, b) => rank(a.uri) - rank(b.uri));
  }

  /** Open notebooks, each as one document of its cells (similar code is found in them like in any file). */
  private notebookDocuments(): DocumentSnapshot[] {
    return openNotebooks().flatMap((notebook) => {
      const cells = notebookCells(notebook, documentText);
      if (cells.reduce((sum, c) => sum + c.text.length, 0) > MAX_CONTEXT_DOCUMENT_CHARS) return [];
      const rendered = notebookDocument({ uri: notebook.uri.toString(), relativePath: notebookPath(notebook), cells });
      return rendered ? [rendered.document] : [];
    });
  }

  async readFile(relativePath: string): Promise<string | undefined> {
    const uri = workspaceUri(relativePath);
    if (!uri) return undefined;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return new TextDecoder().decode(bytes);
    } catch {
      return undefined;
    }
  }

  listFiles(): readonly string[] {
    return this.files;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.subscriptions.dispose();
  }

  /** The document as plain data (text shared per version); undefined when it is too large. */
  snapshotOf(document: vscode.TextDocument): DocumentSnapshot | undefined {
    return documentLength(document) > MAX_CONTEXT_DOCUMENT_CHARS ? undefined : snapshotOf(document);
  }

  /** Most recently used first; a notebook is used when one of its cells is. */
  private touch(document: vscode.TextDocument): void {
    const uri = (cellOf(document)?.notebook.uri ?? document.uri).toString();
    const i = this.recentUris.indexOf(uri);
    if (i !== -1) this.recentUris.splice(i, 1);
    this.recentUris.unshift(uri);
    this.recentUris.length = Math.min(this.recentUris.length, 50);
  }

  private refreshTimer: NodeJS.Timeout | undefined;
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refreshFileList(), 2_000);
  }

  private async refreshFileList(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    const uris = await vscode.workspace.findFiles('**/*', EXCLUDED_FOLDERS_GLOB, MAX_LISTED_FILES);
    this.files = uris.map(workspacePath);
  }
}
