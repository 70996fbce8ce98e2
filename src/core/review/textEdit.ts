// How an accepted proposal is written: the smallest single replacement, in line/character
// positions. One replacement is one undo step, and markers outside it (breakpoints, folds,
// other extensions' decorations) stay where they were. Positions rather than offsets because
// the texts here use '\n' while the document may use '\r\n': lines and characters agree.

export interface LineColumn {
  /** 0-based. */
  readonly line: number;
  readonly character: number;
}

export interface TextReplacement {
  readonly start: LineColumn;
  readonly end: LineColumn;
  /** '\n' line ends; the editor converts them to the document's. */
  readonly text: string;
}

/** The smallest single replacement turning `before` into `after`, as offsets into `before`. */
export function minimalReplacement(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

export function lineColumnAt(text: string, offset: number): LineColumn {
  let line = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, character: offset - lineStart };
}

/** The replacement turning `before` into `after`, or undefined when they are equal. */
export function replacementBetween(before: string, after: string): TextReplacement | undefined {
  if (before === after) return undefined;
  const change = minimalReplacement(before, after);
  return { start: lineColumnAt(before, change.start), end: lineColumnAt(before, change.end), text: change.text };
}
