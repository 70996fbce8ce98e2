// When a notebook does not fit the prompt, its prose goes first: markdown cells (written as
// comments) are dropped, farthest from the cursor first, before the prompt windows cut any code.
// Offsets of the shorter text map back to the whole notebook's, so the context engine, which
// reads the whole notebook, knows what the prompt shows.
import type { CellBlock } from './notebookDocument';

export type TokenCounter = (text: string) => number;

export interface TrimmedText {
  readonly text: string;
  /** The cursor in `text`. */
  readonly offset: number;
  /** An offset of `text` as an offset of the text it was cut from. */
  toOriginal(offset: number): number;
}

/** Beyond this many characters before (or after) the cursor, counting tokens is not worth it: the windows cut anyway. */
const MAX_COUNTED_CHARS = 200_000;

export function untrimmed(text: string, offset: number): TrimmedText {
  return { text, offset, toOriginal: (x) => x };
}

/**
 * Drops prose blocks before the cursor (first cell first) while the text before the cursor is
 * over `budget.prefix` tokens, and after it (last cell first) while the text after is over
 * `budget.suffix`. The block holding the cursor is never dropped.
 */
export function trimProse(
  text: string,
  offset: number,
  blocks: readonly CellBlock[],
  budget: { readonly prefix: number; readonly suffix: number },
  count: TokenCounter,
): TrimmedText {
  const dropped = new Set<CellBlock>();
  const before = blocks.filter((b) => b.prose && b.end <= offset);
  const after = blocks.filter((b) => b.prose && b.start >= offset).reverse();
  shed(before, offset <= MAX_COUNTED_CHARS ? count(text.slice(0, offset)) : Infinity, budget.prefix);
  shed(after, text.length - offset <= MAX_COUNTED_CHARS ? count(text.slice(offset)) : Infinity, budget.suffix);
  if (dropped.size === 0) return untrimmed(text, offset);

  // The kept pieces of the original, in order, with where each starts in the trimmed text.
  const pieces: { from: number; to: number; at: number }[] = [];
  let out = '';
  let from = 0;
  for (const block of blocks) {
    if (!dropped.has(block)) continue;
    if (block.start > from) {
      pieces.push({ from, to: block.start, at: out.length });
      out += text.slice(from, block.start);
    }
    from = block.end;
  }
  pieces.push({ from, to: text.length, at: out.length });
  out += text.slice(from);
  const removedBefore = [...dropped].filter((b) => b.end <= offset).reduce((sum, b) => sum + b.end - b.start, 0);
  return {
    text: out,
    offset: offset - removedBefore,
    toOriginal(x) {
      for (const piece of pieces) if (x <= piece.at + (piece.to - piece.from)) return piece.from + Math.max(0, x - piece.at);
      return text.length;
    },
  };

  function shed(candidates: readonly CellBlock[], tokens: number, limit: number): void {
    for (const block of candidates) {
      if (tokens <= limit) return;
      dropped.add(block);
      tokens -= count(text.slice(block.start, block.end));
    }
  }
}
