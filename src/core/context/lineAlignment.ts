// Where a piece of code lines up with the lines before the cursor. The next line usually copies
// the line that FOLLOWS code like the cursor's last lines (RepoCoder's observation; measured on
// the context bench: in similar chunks that show the next line, it is the line right after the
// best-aligned one in more than half the cases). Similar code is therefore ranked by how well
// some line of it, with the lines just above, matches the cursor's last lines token by token,
// and only where a line follows it.

/** Tokens of a line for edit similarity: identifiers, numbers, and every other non-blank character. */
export function lineTokens(line: string): string[] {
  return line.match(/[A-Za-z_$][\w$]*|\d+|\S/g) ?? [];
}

// Lines longer than this are compared on their first tokens: the cost stays bounded per line.
const MAX_TOKENS = 48;

// Two rows of the edit-distance table, reused: similar code compares hundreds of line pairs per request.
let rowA = new Int32Array(MAX_TOKENS + 1);
let rowB = new Int32Array(MAX_TOKENS + 1);

/** 1 − token edit distance / the longer line's token count (1: the same tokens in the same order). */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    const done = previous;
    previous = row;
    row = done;
  }
  return 1 - previous[b.length] / n;
}

/** The weight of the cursor's last line, the one above it, and the one above that. */
const WEIGHTS = [1, 0.5, 0.25];

export interface Alignment {
  /** Weighted similarity of the aligned lines, 0 … 1.75. */
  readonly score: number;
  /** The chunk line (0-based, in the chunk's text) aligned with the cursor's last line. */
  readonly line: number;
}

/** Tokens of the cursor's last code lines, nearest last; computed once per request. */
export function alignmentQuery(queryText: string): string[][] {
  return queryText
    .split('\n')
    .filter((l) => l.trim())
    .slice(-WEIGHTS.length)
    .map((l) => lineTokens(l).slice(0, MAX_TOKENS));
}

/** A text's non-blank lines with their tokens (the index is the line's in the text). */
export type CodeLines = readonly { readonly index: number; readonly tokens: readonly string[] }[];

export function codeLines(text: string): CodeLines {
  const code: { index: number; tokens: string[] }[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim()) code.push({ index, tokens: lineTokens(line).slice(0, MAX_TOKENS) });
  });
  return code;
}

/**
 * The best alignment of `query` (see alignmentQuery) inside `text` (or its `codeLines`, kept
 * by a caller that aligns the same text again): a non-blank line of the text matched with the
 * cursor's last line, the non-blank lines above it with the ones above that, and at least one
 * line after it (the continuation is what a model copies).
 */
export function bestAlignment(query: readonly (readonly string[])[], text: string | CodeLines): Alignment {
  const code = typeof text === 'string' ? codeLines(text) : text;
  let best: Alignment = { score: 0, line: 0 };
  if (query.length === 0) return best;
  const last = query.length - 1;
  // The last code line has nothing after it inside the text: a single line is aligned all the same.
  const end = code.length > 1 ? code.length - 1 : code.length;
  for (let i = 0; i < end; i++) {
    // An edit distance is at least the difference in length: a line whose bound cannot beat the
    // best so far is not compared token by token. The bound is summed as the score is, term for
    // term in the same order and form, so it is never below it, even by a rounding.
    let bound = 0;
    for (let j = 0; j <= last && j <= i; j++) {
      const q = query[last - j].length;
      const c = code[i - j].tokens.length;
      const n = Math.max(q, c);
      if (Math.min(q, c) > 0) bound += WEIGHTS[j] * (1 - (n - Math.min(q, c)) / n);
    }
    if (bound <= best.score) continue;
    let score = 0;
    for (let j = 0; j <= last && j <= i; j++) {
      const weight = WEIGHTS[j];
      const q = query[last - j];
      const c = code[i - j].tokens;
      if (Math.min(q.length, c.length) === 0) continue;
      score += weight * tokenSimilarity(c, q);
    }
    if (score > best.score) best = { score, line: code[i].index };
  }
  return best;
}
