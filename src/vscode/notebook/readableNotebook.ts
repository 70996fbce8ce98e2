// A notebook as the chat quotes it: its code cells in order, each headed by its number
// (`# %% cell 3`), read from the editor when the notebook is open, else from the .ipynb file.
import * as vscode from 'vscode';
import { ipynbCells } from '../../core/notebook/ipynbCells';
import type { NotebookCell } from '../../core/notebook/notebookCells';
import { renderNotebook } from '../../core/notebook/notebookDocument';
import { documentText } from '../snapshot';
import { NOTEBOOK_CELL_SCHEME, notebookCells, openNotebooks } from './notebookCells';

export interface ReadableNotebook {
  readonly text: string;
  readonly languageId: string;
  /** Where `cell` (numbered from 1) starts in the text, to keep it when the text is cut. */
  readonly focusOffset?: number;
}

/**
 * An open notebook, or a Jupyter file: never read as plain text (its JSON holds the outputs).
 * A cell's URI carries its notebook's path but is a document of its own, so it is not one.
 */
export function isNotebookUri(uri: vscode.Uri): boolean {
  if (uri.scheme === NOTEBOOK_CELL_SCHEME) return false;
  return uri.path.toLowerCase().endsWith('.ipynb') || openNotebooks().some((n) => n.uri.toString() === uri.toString());
}

/** The notebook at `uri` as text; undefined when it cannot be read as a notebook. */
export async function readableNotebook(uri: vscode.Uri, cell?: number): Promise<ReadableNotebook | undefined> {
  const key = uri.toString();
  const open = openNotebooks().find((n) => n.uri.toString() === key);
  let cells: NotebookCell[] | undefined;
  if (open) cells = notebookCells(open, documentText);
  else {
    try {
      cells = ipynbCells(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch {
      return undefined;
    }
  }
  const languageId = cells?.find((c) => c.kind === 'code')?.languageId;
  if (!cells || languageId === undefined) return undefined;
  const rendered = renderNotebook(cells, languageId, { prose: 'omit', numbered: true });
  const focus = cell === undefined ? undefined : rendered.blocks.find((b) => b.index === cell - 1);
  return { text: rendered.text, languageId, ...(focus && { focusOffset: focus.start }) };
}
