// What the core knows of a notebook (Jupyter and the like): its cells in order, as plain data
// copied by the editor shell. A cell's editor document is a document of its own; the notebook
// rides along with it so features can see every cell.

export type NotebookCellKind = 'code' | 'markdown';

export interface NotebookCell {
  readonly kind: NotebookCellKind;
  readonly languageId: string;
  readonly text: string;
}

export interface NotebookContext {
  /** The notebook's URI (each cell's document has its own). */
  readonly uri: string;
  readonly cells: readonly NotebookCell[];
  /**
   * Which of `cells` the document is. The document's own text wins over `cells[index].text`
   * (a caller may complete the document as if an edit were made).
   */
  readonly index: number;
  /**
   * The error output (traceback) of this cell's last run. The shell copies it only when the
   * user lets outputs into prompts; outputs are otherwise never read.
   */
  readonly errorOutput?: string;
}
