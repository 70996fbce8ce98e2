// The text of the review editor: the target's lines with each change shown in place, like a
// unified diff that keeps the file's syntax highlighting. A pending change shows the lines it
// removes, then the lines it adds; a decided one shows what the file will hold (its added lines
// when kept, its old lines when discarded), so the document reads as the result so far.
import type { EditProposal } from './editProposal';
import { splitLines } from './hunks';

export type ReviewLineKind = 'context' | 'removed' | 'added' | 'kept' | 'discarded';

export interface ReviewView {
  readonly text: string;
  /** One entry per line of `text`. */
  readonly kinds: readonly ReviewLineKind[];
  /** The hunk each line belongs to (undefined for unchanged lines). */
  readonly hunkOfLine: readonly (number | undefined)[];
  /** Per hunk, the line where its block starts (where its CodeLens goes). */
  readonly hunkStart: readonly number[];
}

export function renderReviewView(proposal: Pick<EditProposal, 'base' | 'hunks' | 'decision'>): ReviewView {
  const baseLines = splitLines(proposal.base);
  const lines: string[] = [];
  const kinds: ReviewLineKind[] = [];
  const hunkOfLine: (number | undefined)[] = [];
  const hunkStart: number[] = [];
  const push = (text: string, kind: ReviewLineKind, hunk?: number): void => {
    lines.push(text);
    kinds.push(kind);
    hunkOfLine.push(hunk);
  };
  // A new file's one "removed" line is the empty document, not a line worth showing.
  const isNewFile = proposal.base === '';
  let next = 0;
  for (const hunk of proposal.hunks) {
    for (; next < hunk.originalStart; next++) push(baseLines[next], 'context');
    hunkStart[hunk.index] = lines.length;
    const removed = isNewFile ? [] : hunk.removed;
    const decision = proposal.decision(hunk.index);
    if (decision === 'pending') {
      for (const line of removed) push(line, 'removed', hunk.index);
      for (const line of hunk.added) push(line, 'added', hunk.index);
    } else if (decision === 'kept') {
      for (const line of hunk.added) push(line, 'kept', hunk.index);
    } else {
      for (const line of removed) push(line, 'discarded', hunk.index);
    }
    next = hunk.originalStart + hunk.removed.length;
  }
  for (; next < baseLines.length; next++) push(baseLines[next], 'context');
  if (lines.length === 0) push('', 'context');
  // A block that shows no line (a kept deletion) starts where the next line is.
  const last = lines.length - 1;
  return { text: lines.join('\n'), kinds, hunkOfLine, hunkStart: hunkStart.map((line) => Math.min(line, last)) };
}

/** The hunk to act on from `line`: the one there, else the next pending one, else the first pending. */
export function hunkNear(view: ReviewView, proposal: Pick<EditProposal, 'decision'>, line: number): number | undefined {
  const here = view.hunkOfLine[line];
  if (here !== undefined && proposal.decision(here) === 'pending') return here;
  const pending = view.hunkStart.map((start, index) => ({ start, index })).filter((h) => proposal.decision(h.index) === 'pending');
  return (pending.find((h) => h.start >= line) ?? pending[0])?.index;
}
