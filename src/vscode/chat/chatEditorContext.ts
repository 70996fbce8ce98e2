// What the chat takes from the editor: the selection, the open file (a notebook when the cursor
// is in one of its cells), workspace files for @-mentions, and the current text of attached
// files when a prompt is built.
import * as vscode from 'vscode';
import { baseName, selectionLabel, type ChatContextItem, type ChatRange } from '../../core/chat/chatContextItem';
import type { FileSuggestion } from '../../core/chat/chatProtocol';
import { isNotebookUri, readableNotebook } from '../notebook/readableNotebook';
import { cellLabel, documentPath, NOTEBOOK_CELL_SCHEME } from '../notebook/notebookCells';
import { EXCLUDED_FOLDERS_GLOB } from '../../core/excludedFolders';
import { workspacePath, workspaceUri } from '../workspacePaths';

/** Files larger than this are not read into a prompt (the fitter would cut them anyway). */
const MAX_FILE_CHARS = 1_000_000;
const FILE_LIST_LIMIT = 5_000;
const FILE_LIST_TTL_MS = 30_000;
const EXCLUDE = `{${EXCLUDED_FOLDERS_GLOB},**/*.{png,jpg,jpeg,gif,ico,wasm,zip,gz,vsix,pdf,lock}}`;

/** Says whether a workspace-relative path must never go into a prompt (ignore rules, secrets). */
export type PathFilter = (relativePath: string) => boolean;

function isChatDocument(document: vscode.TextDocument): boolean {
  const scheme = document.uri.scheme;
  return scheme === 'file' || scheme === 'untitled' || scheme === 'vscode-remote' || scheme === NOTEBOOK_CELL_SCHEME;
}

function toChatRange(range: vscode.Range): ChatRange {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

export function selectionItem(editor: vscode.TextEditor, id: string): ChatContextItem | undefined {
  const { document, selection } = editor;
  if (selection.isEmpty || !isChatDocument(document)) return undefined;
  const { path, cell } = documentPath(document);
  if (document.uri.scheme === NOTEBOOK_CELL_SCHEME && !cell) return undefined;
  const range = toChatRange(selection);
  return {
    id, kind: 'selection', label: selectionLabel(cell ? cellLabel(cell) : path, range), path, uri: document.uri.toString(),
    languageId: document.languageId, text: document.getText(selection), range, version: document.version,
    ...(cell && { cell: cell.index + 1 }),
  };
}

export function currentFileItem(editor: vscode.TextEditor | undefined): ChatContextItem | undefined {
  if (!editor || !isChatDocument(editor.document)) return undefined;
  const { document } = editor;
  const { path, cell } = documentPath(document);
  if (cell) {
    // The notebook is the current file; the chip says which cell the cursor is in.
    return {
      id: 'current-file', kind: 'file', label: baseName(cellLabel(cell)), path, uri: cell.notebook.uri.toString(),
      languageId: document.languageId, cell: cell.index + 1,
    };
  }
  if (document.uri.scheme === NOTEBOOK_CELL_SCHEME) return undefined;
  return {
    id: 'current-file', kind: 'file', label: baseName(path), path, uri: document.uri.toString(),
    languageId: document.languageId, focusOffset: document.offsetAt(editor.selection.active),
  };
}

/**
 * A workspace path (or a URI string) to a URI in the workspace. In a multi-root workspace a path
 * that names no folder is undefined, never guessed to be the first folder's file.
 */
export function resolveWorkspaceUri(pathOrUri: string): vscode.Uri | undefined {
  if (/^[a-z][\w+.-]*:\/\//i.test(pathOrUri) || pathOrUri.startsWith('untitled:')) return vscode.Uri.parse(pathOrUri);
  return workspaceUri(pathOrUri);
}

export class WorkspaceFiles {
  private cache: { at: number; paths: string[] } | undefined;

  constructor(private readonly isIgnored: PathFilter = () => false) {}

  /** Files for the @ picker whose path contains the query's characters in order. */
  async search(query: string): Promise<FileSuggestion[]> {
    const paths = await this.list();
    const q = query.toLowerCase();
    const scored = paths
      .map((path) => ({ path, score: matchScore(path.toLowerCase(), q) }))
      .filter((m) => m.score >= 0)
      .sort((a, b) => a.score - b.score || a.path.length - b.path.length)
      .slice(0, 30);
    return scored.map(({ path }) => ({ kind: 'mention', path, label: baseName(path), detail: path }));
  }

  /** Reads file and mention items now; ignored or unreadable files are left out. */
  async resolve(items: readonly ChatContextItem[], signal: AbortSignal): Promise<ChatContextItem[]> {
    const out: ChatContextItem[] = [];
    for (const item of items) {
      if (signal.aborted) break;
      if (this.isIgnored(item.path)) continue;
      if (item.kind !== 'file' && item.kind !== 'mention') {
        out.push(item);
        continue;
      }
      const uri = item.uri ? vscode.Uri.parse(item.uri) : resolveWorkspaceUri(item.path);
      if (!uri) continue;
      if (isNotebookUri(uri)) {
        const notebook = await readableNotebook(uri, item.cell);
        if (notebook && notebook.text.length <= MAX_FILE_CHARS) {
          out.push({ ...item, uri: uri.toString(), languageId: notebook.languageId, text: notebook.text, focusOffset: notebook.focusOffset });
        }
        continue;
      }
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        const text = document.getText();
        if (text.length > MAX_FILE_CHARS) continue;
        // The cursor now, so a file too large for the window keeps the text around it.
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
        const focusOffset = editor ? document.offsetAt(editor.selection.active) : item.focusOffset;
        out.push({ ...item, uri: document.uri.toString(), languageId: document.languageId, text, version: document.version, focusOffset });
      } catch {
        // Deleted or binary: reported as unreadable by the session.
      }
    }
    return out;
  }

  private async list(): Promise<string[]> {
    if (this.cache && Date.now() - this.cache.at < FILE_LIST_TTL_MS) return this.cache.paths;
    const uris = await vscode.workspace.findFiles('**/*', EXCLUDE, FILE_LIST_LIMIT);
    const paths = uris.map(workspacePath).filter((p) => !this.isIgnored(p)).sort();
    this.cache = { at: Date.now(), paths };
    return paths;
  }
}

/** Lower is better; -1 when the query's characters do not all appear in order. */
function matchScore(path: string, query: string): number {
  if (!query) return 0;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.startsWith(query)) return 0;
  if (name.includes(query)) return 1;
  if (path.includes(query)) return 2;
  let at = 0;
  for (const ch of query) {
    at = path.indexOf(ch, at);
    if (at < 0) return -1;
    at++;
  }
  return 3;
}
