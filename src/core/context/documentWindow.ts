// A document too large to analyse (generated code, a data dump, a bundle) is read through a
// window of whole lines around the cursor: every step of a request then costs the same on a
// 4 MB file as on a 100 kB one, and nothing scans the whole text per keystroke.
import type { DocumentSnapshot } from '../documentSnapshot';
import { MAX_ANALYSIS_CHARS } from './fileAnalysisCache';

/** Characters of the window before the cursor, and after it. */
const BEFORE = 60_000;
const AFTER = 20_000;

export interface DocumentWindow {
  readonly document: DocumentSnapshot;
  readonly visible: { readonly start: number; readonly end: number };
  /** Whether the document was cut (then it has no parse tree and no analysis of its own). */
  readonly cut: boolean;
}

export function documentWindow(doc: DocumentSnapshot, visible: { readonly start: number; readonly end: number }): DocumentWindow {
  const text = doc.text;
  const offset = Math.max(0, Math.min(doc.offset, text.length));
  if (text.length <= MAX_ANALYSIS_CHARS) return { document: doc.offset === offset ? doc : { ...doc, offset }, visible, cut: false };
  // Whole lines only: a line longer than the window is cut where it must be.
  let start = Math.max(0, offset - BEFORE);
  if (start > 0) {
    const lineStart = text.indexOf('\n', start) + 1;
    if (lineStart > 0 && lineStart <= offset) start = lineStart;
  }
  let end = Math.min(text.length, offset + AFTER);
  if (end < text.length) {
    const lineEnd = text.lastIndexOf('\n', end);
    if (lineEnd >= offset) end = lineEnd;
  }
  const clamp = (x: number): number => Math.max(0, Math.min(end - start, x - start));
  return {
    document: { ...doc, text: text.slice(start, end), offset: offset - start },
    visible: { start: clamp(visible.start), end: clamp(visible.end) },
    cut: true,
  };
}
