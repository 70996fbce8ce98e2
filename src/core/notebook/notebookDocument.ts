// A notebook's cells as one document, in cell order, the way Jupytext's percent format writes a
// notebook as a script: each cell starts with a comment boundary (`# %%`), markdown cells (and
// code cells of another language) are written as comments, outputs are left out. The result is
// valid code of the notebook's language, so tree-sitter parses it whole (an import three cells
// up is in scope) and a model reads it like the scripts it was trained on.
import type { DocumentSnapshot } from '../documentSnapshot';
import { lineCommentFor } from '../lineComment';
import type { NotebookCell } from './notebookCells';

export interface NotebookRendering {
  /** Markdown cells and code cells of another language: as comments, or left out. */
  readonly prose: 'comment' | 'omit';
  /** The cell's number (its 1-based place in the notebook) in its boundary line: `# %% cell 3`. */
  readonly numbered?: boolean;
}

/** One cell's block of the document. Blocks tile the text in cell order. */
export interface CellBlock {
  /** The cell's place in the notebook (0-based). */
  readonly index: number;
  /** Written as comments (markdown, another language): the first thing dropped when space is short. */
  readonly prose: boolean;
  /** The block: its boundary line, the cell, a blank line. */
  readonly start: number;
  readonly end: number;
  /** The cell's own text (verbatim for a code cell of the document's language). */
  readonly textStart: number;
  readonly textEnd: number;
}

export interface RenderedNotebook {
  readonly text: string;
  readonly languageId: string;
  readonly blocks: readonly CellBlock[];
  /** What every block starts with, e.g. `# %%`: a model that writes it is starting a new cell. */
  readonly boundary: string;
}

/** The cell being edited: its current text (newer than the notebook's copy) and its last error output. */
export interface EditedCell {
  readonly index: number;
  readonly text: string;
  readonly errorOutput?: string;
}

export function renderNotebook(
  cells: readonly NotebookCell[],
  languageId: string,
  rendering: NotebookRendering,
  edited?: EditedCell,
): RenderedNotebook {
  const comment = lineCommentFor(languageId);
  const boundary = `${comment} %%`;
  const blocks: CellBlock[] = [];
  let text = '';
  cells.forEach((cell, index) => {
    const own = edited?.index === index ? edited.text : cell.text;
    const code = cell.kind === 'code' && cell.languageId === languageId;
    if (!code && rendering.prose === 'omit') return;
    const title = rendering.numbered ? ` cell ${index + 1}` : '';
    const tag = code ? '' : ` [${cell.kind === 'markdown' ? 'markdown' : cell.languageId}]`;
    const start = text.length;
    text += `${boundary}${tag}${title}\n`;
    const textStart = text.length;
    text += code ? own : commented(own, comment);
    const textEnd = text.length;
    if (!text.endsWith('\n')) text += '\n';
    if (edited?.index === index && edited.errorOutput) text += errorComment(edited.errorOutput, comment);
    text += '\n';
    blocks.push({ index, prose: !code, start, end: text.length, textStart, textEnd });
  });
  return { text, languageId, blocks, boundary };
}

export interface NotebookAsDocument {
  /** The notebook as one document: the notebook's URI, the cursor where it is in the cell. */
  readonly document: DocumentSnapshot;
  readonly rendered: RenderedNotebook;
  /** Where the cell's text starts in the document: a cell offset plus this is a document offset. */
  readonly cellStart: number;
}

/**
 * A notebook cell's snapshot as the whole notebook in one document (the cursor moved along);
 * undefined for a document that is not a code cell of a notebook.
 */
export function notebookAsDocument(doc: DocumentSnapshot): NotebookAsDocument | undefined {
  const notebook = doc.notebook;
  const cell = notebook?.cells[notebook.index];
  if (!notebook || !cell || cell.kind !== 'code') return undefined;
  const rendered = renderNotebook(notebook.cells, doc.languageId, { prose: 'comment' }, {
    index: notebook.index, text: doc.text, errorOutput: notebook.errorOutput,
  });
  const block = rendered.blocks.find((b) => b.index === notebook.index)!;
  return {
    document: {
      uri: notebook.uri,
      relativePath: doc.relativePath,
      languageId: doc.languageId,
      text: rendered.text,
      version: textVersion(rendered.text),
      offset: block.textStart + doc.offset,
    },
    rendered,
    cellStart: block.textStart,
  };
}

/**
 * A notebook nobody is typing in (another open notebook, a chat's current file) as one
 * document in its code cells' language; undefined when it has no code cell.
 */
export function notebookDocument(
  notebook: { readonly uri: string; readonly relativePath: string; readonly cells: readonly NotebookCell[] },
  rendering: NotebookRendering = { prose: 'comment' },
): { readonly document: DocumentSnapshot; readonly rendered: RenderedNotebook } | undefined {
  const languageId = notebook.cells.find((c) => c.kind === 'code')?.languageId;
  if (languageId === undefined) return undefined;
  const rendered = renderNotebook(notebook.cells, languageId, rendering);
  return {
    document: { uri: notebook.uri, relativePath: notebook.relativePath, languageId, text: rendered.text, version: textVersion(rendered.text), offset: 0 },
    rendered,
  };
}

/**
 * The notebook around one code cell, for a prompt a person could read back: cells numbered,
 * markdown as comments. `before` ends with the cell's own boundary line ("# %% cell 3").
 */
export function cellSurroundings(cells: readonly NotebookCell[], index: number, text: string): { readonly before: string; readonly after: string } {
  const cell = cells[index];
  if (!cell) return { before: '', after: '' };
  const rendered = renderNotebook(cells, cell.languageId, { prose: 'comment', numbered: true }, { index, text });
  const block = rendered.blocks.find((b) => b.index === index);
  return block ? { before: rendered.text.slice(0, block.textStart), after: rendered.text.slice(block.textEnd) } : { before: '', after: '' };
}

/** Error output kept: its last lines (the exception is at the end), ANSI colours removed. */
const ERROR_LINES = 12;
const ERROR_CHARS = 1_500;
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** The edited cell's last error output as comments under its code. */
function errorComment(output: string, comment: string): string {
  let lines = output.replace(ANSI, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  lines = lines.slice(-ERROR_LINES);
  let body = lines.join('\n');
  if (body.length > ERROR_CHARS) body = body.slice(body.length - ERROR_CHARS);
  if (body.trim() === '') return '';
  return `${comment} Error output of the last run of this cell:\n${commented(body, comment)}\n`;
}

function commented(text: string, comment: string): string {
  if (text === '') return '';
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line ? `${comment} ${line}` : comment))
    .join('\n');
}

/**
 * A version for the notebook's one document: it changes whenever its text does (cell edits,
 * cells added or moved, another output), which is what the parse-tree cache keys on.
 */
export function textVersion(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
