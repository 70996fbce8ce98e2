// The change between the original range and the proposal as separate hunks, so the user can
// take some and leave others. Lines are compared exactly; a hunk is a run of removed and/or
// added lines between unchanged ones.
import { diffArrays } from 'diff';

export interface Hunk {
  /** 0-based position in the list of hunks. */
  readonly index: number;
  /** 0-based line in the original where the hunk starts (where lines are inserted when none are removed). */
  readonly originalStart: number;
  readonly removed: readonly string[];
  /** 0-based line in the proposal where the added lines start. */
  readonly proposedStart: number;
  readonly added: readonly string[];
}

export function splitLines(text: string): string[] {
  return text.split('\n');
}

export function computeHunks(original: string, proposed: string): Hunk[] {
  // A new file is one change, not pieces of it matched against its single empty line.
  if (original === '') return proposed === '' ? [] : [{ index: 0, originalStart: 0, removed: [''], proposedStart: 0, added: splitLines(proposed) }];
  const hunks: Hunk[] = [];
  let originalLine = 0;
  let proposedLine = 0;
  let current: { originalStart: number; proposedStart: number; removed: string[]; added: string[] } | undefined;
  const close = (): void => {
    if (current) hunks.push({ index: hunks.length, ...current });
    current = undefined;
  };
  for (const part of diffArrays(splitLines(original), splitLines(proposed))) {
    if (!part.added && !part.removed) {
      close();
      originalLine += part.count;
      proposedLine += part.count;
      continue;
    }
    current ??= { originalStart: originalLine, proposedStart: proposedLine, removed: [], added: [] };
    if (part.removed) {
      current.removed.push(...part.value);
      originalLine += part.count;
    } else {
      current.added.push(...part.value);
      proposedLine += part.count;
    }
  }
  close();
  return hunks;
}

/** The original with only the chosen hunks applied (all of them gives the proposal back). */
export function applyHunks(original: string, hunks: readonly Hunk[], accepted: Iterable<number>): string {
  const chosen = new Set(accepted);
  const lines = splitLines(original);
  const out: string[] = [];
  let next = 0;
  for (const hunk of hunks) {
    if (!chosen.has(hunk.index)) continue;
    out.push(...lines.slice(next, hunk.originalStart), ...hunk.added);
    next = hunk.originalStart + hunk.removed.length;
  }
  out.push(...lines.slice(next));
  return out.join('\n');
}

/** "lines 3–7: −2 +5" (1-based, in the original range). */
export function describeHunk(hunk: Hunk, firstLine = 0): string {
  const start = firstLine + hunk.originalStart + 1;
  const where =
    hunk.removed.length === 0
      ? start === 1 ? 'before line 1' : `after line ${start - 1}`
      : hunk.removed.length === 1
        ? `line ${start}`
        : `lines ${start}–${start + hunk.removed.length - 1}`;
  return `${where}: −${hunk.removed.length} +${hunk.added.length}`;
}
