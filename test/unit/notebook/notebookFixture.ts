// Notebook cells written as plain strings ("md:" starts a markdown cell) and a cell snapshot
// with the cursor (█) in one of them, as the editor shell would copy them.
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import type { NotebookCell } from '../../../src/core/notebook/notebookCells';
import { atCursor } from '../completion/completionTestSupport';

export const NOTEBOOK_URI = 'file:///w/analysis.ipynb';

export function cellsOf(sources: readonly string[]): NotebookCell[] {
  return sources.map((source) =>
    source.startsWith('md:')
      ? { kind: 'markdown', languageId: 'markdown', text: source.slice(3) }
      : { kind: 'code', languageId: 'python', text: source.replace('█', '') },
  );
}

/** The snapshot of the cell holding █, with the notebook riding along. */
export function cellSnapshot(sources: readonly string[], options: { errorOutput?: string; uri?: string; path?: string } = {}): DocumentSnapshot {
  const index = sources.findIndex((s) => s.includes('█'));
  if (index === -1) throw new Error('one cell must hold the cursor');
  const { text, offset } = atCursor(sources[index]!);
  const uri = options.uri ?? NOTEBOOK_URI;
  return {
    uri: `vscode-notebook-cell:${uri.slice('file:'.length)}#cell${index}`,
    relativePath: options.path ?? 'analysis.ipynb',
    languageId: 'python',
    text,
    version: 3,
    offset,
    notebook: { uri, cells: cellsOf(sources), index, ...(options.errorOutput !== undefined && { errorOutput: options.errorOutput }) },
  };
}
