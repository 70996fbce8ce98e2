// Turns editor changes (VS Code's contentChanges shape, as plain data) into tree-sitter edits.
// web-tree-sitter 0.27 counts indices and columns in UTF-16 code units, like JS strings.
import type { Point } from 'web-tree-sitter';

/** One change as the editor reports it: replace `rangeLength` chars at `rangeOffset` with `text`. */
export interface DocumentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** The plain-data form of a tree-sitter `Edit`. */
export interface TreeEdit {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: Point;
  oldEndPosition: Point;
  newEndPosition: Point;
}

/** Row and column of `offset` in `text`. */
export function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** The point reached after `inserted` is written starting at `start`. */
function pointAfter(start: Point, inserted: string): Point {
  const lastNewline = inserted.lastIndexOf('\n');
  if (lastNewline === -1) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastNewline - 1 };
}

/** Applies `change` to `text`, returning the new text and the edit that describes it. */
export function applyChange(text: string, change: DocumentChange): { text: string; edit: TreeEdit } {
  const startIndex = change.rangeOffset;
  const oldEndIndex = change.rangeOffset + change.rangeLength;
  const startPosition = pointAt(text, startIndex);
  const edit: TreeEdit = {
    startIndex,
    oldEndIndex,
    newEndIndex: startIndex + change.text.length,
    startPosition,
    oldEndPosition: pointAfter(startPosition, text.slice(startIndex, oldEndIndex)),
    newEndPosition: pointAfter(startPosition, change.text),
  };
  return { text: text.slice(0, startIndex) + change.text + text.slice(oldEndIndex), edit };
}

/**
 * The single edit that turns `oldText` into `newText` (common prefix and suffix kept), so a
 * document can be reparsed incrementally even when the editor's change events were missed.
 */
export function diffChange(oldText: string, newText: string): DocumentChange | undefined {
  if (oldText === newText) return undefined;
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  return {
    rangeOffset: prefix,
    rangeLength: oldText.length - prefix - suffix,
    text: newText.slice(prefix, newText.length - suffix),
  };
}
