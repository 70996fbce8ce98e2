// Which cell of a notebook a code block from an answer belongs in, when the answer names the
// notebook rather than a cell: the code cell whose lines the block rewrites (most of its
// distinctive lines found there), else the cell the user is in, else the last code cell.
// Apply then proposes an edit of that one cell, reviewed like any other.
import type { NotebookCell } from '../notebook/notebookCells';

/** A line worth matching on: not blank, not a lone bracket or keyword. */
function distinctive(line: string): boolean {
  return line.replace(/\s+/g, '').length >= 4;
}

/** The index of the cell in `cells`; undefined when the notebook has no code cell. */
export function cellForCode(cells: readonly NotebookCell[], code: string, current?: number): number | undefined {
  const codeCells = cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.kind === 'code');
  if (codeCells.length === 0) return undefined;
  const wanted = [...new Set(code.split(/\r?\n/).map((l) => l.trim()).filter(distinctive))];
  let best: { index: number; score: number } | undefined;
  for (const { cell, index } of codeCells) {
    const lines = new Set(cell.text.split(/\r?\n/).map((l) => l.trim()));
    const score = wanted.filter((l) => lines.has(l)).length;
    // Ties go to the cell the user is in.
    if (score > 0 && (!best || score > best.score || (score === best.score && index === current))) best = { index, score };
  }
  if (best) return best.index;
  const inCurrent = current !== undefined && cells[current]?.kind === 'code';
  return inCurrent ? current : codeCells[codeCells.length - 1]!.index;
}
