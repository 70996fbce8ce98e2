// The editor's notebooks as the core's plain data: the notebook a cell's document belongs to,
// its cells in order, and the error output of the cell being edited, which is read only when
// the user lets outputs into prompts (flywheel.completion.notebookErrorOutput).
import * as vscode from 'vscode';
import type { NotebookCell, NotebookContext } from '../../core/notebook/notebookCells';
import { workspacePath } from '../workspacePaths';

export const NOTEBOOK_CELL_SCHEME = 'vscode-notebook-cell';

/** Notebooks whose cells we serve: saved or unsaved, local or remote, as for files. */
const NOTEBOOK_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** How VS Code stores an error output (a Jupyter traceback among them). */
const ERROR_MIME = 'application/vnd.code.notebook.error';

export type TextOf = (document: vscode.TextDocument) => string;

/** The notebook cell whose document this is; undefined for any other document. */
export function cellOf(document: vscode.TextDocument): vscode.NotebookCell | undefined {
  if (document.uri.scheme !== NOTEBOOK_CELL_SCHEME) return undefined;
  // A cell's URI carries its notebook's path; the document itself tells the cell.
  const notebooks = vscode.workspace.notebookDocuments;
  const likely = notebooks.filter((n) => n.uri.path === document.uri.path);
  for (const notebook of [...likely, ...notebooks.filter((n) => !likely.includes(n))]) {
    if (notebook.isClosed || !NOTEBOOK_SCHEMES.has(notebook.uri.scheme)) continue;
    const cell = notebook.getCells().find((c) => c.document === document);
    if (cell) return cell;
  }
  return undefined;
}

/** The notebook's path as every feature names files (and the guard judges them). */
export function notebookPath(notebook: vscode.NotebookDocument): string {
  return workspacePath(notebook.uri);
}

/** The cells of a notebook in order, as plain data. */
export function notebookCells(notebook: vscode.NotebookDocument, textOf: TextOf): NotebookCell[] {
  return notebook.getCells().map((cell) => ({
    kind: cell.kind === vscode.NotebookCellKind.Code ? 'code' : 'markdown',
    languageId: cell.document.languageId,
    text: textOf(cell.document),
  }));
}

/** What rides along with a cell's snapshot: its notebook, and its error output if the user allows it. */
export function notebookContextOf(cell: vscode.NotebookCell, textOf: TextOf): NotebookContext {
  const sendErrors = vscode.workspace.getConfiguration('flywheel.completion', cell.document).get<boolean>('notebookErrorOutput', false);
  const errorOutput = sendErrors ? errorOutputOf(cell) : undefined;
  return {
    uri: cell.notebook.uri.toString(),
    cells: notebookCells(cell.notebook, textOf),
    index: cell.index,
    ...(errorOutput !== undefined && { errorOutput }),
  };
}

/** Open notebooks we serve, with their paths. */
export function openNotebooks(): vscode.NotebookDocument[] {
  return vscode.workspace.notebookDocuments.filter((n) => !n.isClosed && NOTEBOOK_SCHEMES.has(n.uri.scheme));
}

function errorOutputOf(cell: vscode.NotebookCell): string | undefined {
  for (const output of cell.outputs) {
    for (const item of output.items) {
      if (item.mime !== ERROR_MIME) continue;
      try {
        const error = JSON.parse(new TextDecoder().decode(item.data)) as { name?: string; message?: string; stack?: string };
        const text = error.stack?.trim() || [error.name, error.message].filter(Boolean).join(': ');
        if (text) return text;
      } catch {
        // Not the shape VS Code writes: no error output then.
      }
    }
  }
  return undefined;
}

/**
 * The path every feature names a document by (the prompt, the guard, the feedback log): a
 * notebook cell goes by its notebook's path.
 */
export function documentPath(document: vscode.TextDocument): { readonly path: string; readonly notebook: boolean; readonly cell?: vscode.NotebookCell } {
  const cell = cellOf(document);
  return cell ? { path: notebookPath(cell.notebook), notebook: true, cell } : { path: workspacePath(document.uri), notebook: false };
}

/** "notes/analysis.ipynb, cell 3": how a cell is named to the user (cells numbered from 1, in notebook order). */
export function cellLabel(cell: vscode.NotebookCell): string {
  return `${notebookPath(cell.notebook)}, cell ${cell.index + 1}`;
}
