// A document edit as plain data, and how a tracked range moves through it.

/** One replacement: `deletedLength` UTF-16 units at `offset` become `insertedText`. */
export interface TextChange {
  readonly offset: number;
  readonly deletedLength: number;
  readonly insertedText: string;
}

/** A tracked span and what it holds now, kept current from the changes alone. */
export interface TrackedSpan {
  readonly start: number;
  readonly text: string;
}

/**
 * Moves a span through one change. Insertions at the span's start or end stay outside it
 * (typing next to accepted code is not editing it); anything inside is spliced into its text;
 * a change that straddles an edge takes the edge with it. Returns undefined when the change
 * deleted the whole span and inserted nothing that holds it.
 */
export function applyChangeToSpan(span: TrackedSpan, change: TextChange): TrackedSpan | undefined {
  const start = span.start;
  const end = start + span.text.length;
  const changeEnd = change.offset + change.deletedLength;
  const delta = change.insertedText.length - change.deletedLength;

  // Entirely before: an insertion exactly at the start, or an edit ending there.
  if (changeEnd <= start) return { start: start + delta, text: span.text };
  // Entirely after: an insertion exactly at the end, or an edit starting there.
  if (change.offset >= end) return span;
  // Covers the whole span.
  if (change.offset <= start && changeEnd >= end) {
    if (span.text.length > 0) {
      // A reformat that replaced a larger region but kept our text: find it again.
      const at = change.insertedText.indexOf(span.text);
      if (at >= 0) return { start: change.offset + at, text: span.text };
    }
    if (change.insertedText.length === 0) return undefined;
    return { start: change.offset, text: change.insertedText };
  }
  // Inside, or straddling one edge: the span grows or shrinks to take in the replacement.
  const newStart = Math.min(start, change.offset);
  const keepHead = span.text.slice(0, Math.max(0, change.offset - start));
  const keepTail = span.text.slice(Math.max(0, changeEnd - start));
  return { start: newStart, text: keepHead + change.insertedText + keepTail };
}
