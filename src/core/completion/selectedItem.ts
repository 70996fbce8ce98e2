// The suggest widget's selected item, as VS Code's inline-completion API defines it: the text that
// replaces `start..end` if the user accepts it. Ghost text shown beside the widget must replace
// the same range and start with that text, or VS Code does not show it. So we complete the
// document as if the item were already accepted, then express the result as one edit of the real
// document: the item's range (stretched over any suffix the completion replaces), the item's text
// followed by the model's.
import type { DocumentSnapshot } from '../documentSnapshot';

export interface SelectedItem {
  /** UTF-16 offsets of the range the item replaces (VS Code: the word before the cursor). */
  readonly start: number;
  readonly end: number;
  /** The text that replaces the range. */
  readonly text: string;
}

/** A replacement in the real document. */
export interface ItemEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The document as it would read after accepting `item`, the cursor at the end of the item's
 * text; undefined when the item's range does not hold the cursor (not what the widget does).
 */
export function acceptSelectedItem(doc: DocumentSnapshot, item: SelectedItem): DocumentSnapshot | undefined {
  if (!(0 <= item.start && item.start <= doc.offset && doc.offset <= item.end && item.end <= doc.text.length)) return undefined;
  return {
    ...doc,
    text: doc.text.slice(0, item.start) + item.text + doc.text.slice(item.end),
    offset: item.start + item.text.length,
  };
}

/**
 * Maps a completion of the accepted document (`range` and `text` in its offsets) back to one
 * edit of the real document that starts at the item's range and begins with the item's text;
 * undefined when no such edit exists (the completion rewrites text before the item's start, or
 * drops part of the item).
 */
export function editWithSelectedItem(
  item: SelectedItem, completion: { readonly range: { readonly start: number; readonly end: number }; readonly text: string }, accepted: DocumentSnapshot,
): ItemEdit | undefined {
  const itemEnd = item.start + item.text.length; // in the accepted document
  const { start, end } = completion.range;
  if (start < item.start || end < start) return undefined;
  // The region of the accepted document that the edit covers, and its counterpart in the real one.
  const coveredEnd = Math.max(end, itemEnd);
  const realEnd = item.end + (coveredEnd - itemEnd);
  const text = accepted.text.slice(item.start, start) + completion.text + accepted.text.slice(end, coveredEnd);
  if (!text.startsWith(item.text) || text === item.text) return undefined;
  return { start: item.start, end: realEnd, text };
}
