// The cells of a Jupyter notebook file (.ipynb, nbformat 4), for a notebook that is not open in
// the editor (a chat @-mention). Outputs are not read.
import type { NotebookCell } from './notebookCells';

interface IpynbCell {
  readonly cell_type?: unknown;
  readonly source?: unknown;
}

/** The cells of an .ipynb file's JSON text; undefined when it is not a notebook. */
export function ipynbCells(json: string): NotebookCell[] | undefined {
  let parsed: { cells?: unknown; metadata?: { language_info?: { name?: unknown }; kernelspec?: { language?: unknown } } };
  try {
    parsed = JSON.parse(json) as typeof parsed;
  } catch {
    return undefined;
  }
  if (!parsed || !Array.isArray(parsed.cells)) return undefined;
  const language = parsed.metadata?.language_info?.name ?? parsed.metadata?.kernelspec?.language;
  const languageId = typeof language === 'string' && language ? language.toLowerCase() : 'python';
  return (parsed.cells as IpynbCell[]).flatMap((cell): NotebookCell[] => {
    const text = Array.isArray(cell.source) ? cell.source.filter((s) => typeof s === 'string').join('') : typeof cell.source === 'string' ? cell.source : '';
    if (cell.cell_type === 'code') return [{ kind: 'code', languageId, text }];
    if (cell.cell_type === 'markdown') return [{ kind: 'markdown', languageId: 'markdown', text }];
    // A raw cell is kept (cells keep the numbers the editor shows), as text of no language we run.
    return [{ kind: 'code', languageId: 'raw', text }];
  });
}
