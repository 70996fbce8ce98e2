// Which indentation a text uses, read from its lines: completion writes its suggestion in the
// document's style, refactors re-indent the model's reply to the style of the code it replaces.

export interface IndentStyle {
  readonly useTabs: boolean;
  /** Spaces per level (also the width of a tab when measuring). */
  readonly size: number;
}

/** Enough lines to decide; a huge window would only cost time. */
const MAX_LINES = 400;

export function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/** A block comment's continuation line (" * text") is not an indentation level. */
function isCommentContinuation(line: string): boolean {
  return /^\s*\*/.test(line);
}

/**
 * Tabs when more lines start with a tab than with spaces; else the commonest step in from one
 * line to the next (2 to 8 spaces), so one odd continuation line does not decide; else, for a
 * fragment with no such step (one line, or a block's tail), its smallest indentation.
 * Undefined when no line is indented.
 */
export function detectIndentStyle(text: string): IndentStyle | undefined {
  let tabLines = 0;
  let spaceLines = 0;
  let smallest = Infinity;
  const deltas = new Map<number, number>();
  // The first line's indentation is where the text starts, not a step.
  let previous: number | undefined;
  for (const line of text.split('\n', MAX_LINES)) {
    if (line.trim().length === 0 || isCommentContinuation(line)) continue;
    const lead = leadingWhitespace(line);
    if (lead.startsWith('\t')) tabLines++;
    else if (lead.length > 0) spaceLines++;
    if (lead.includes('\t')) continue;
    if (lead.length >= 2) smallest = Math.min(smallest, lead.length);
    const delta = lead.length - (previous ?? lead.length);
    if (delta >= 2 && delta <= 8) deltas.set(delta, (deltas.get(delta) ?? 0) + 1);
    previous = lead.length;
  }
  if (tabLines === 0 && spaceLines === 0) return undefined;
  if (tabLines > spaceLines) return { useTabs: true, size: 4 };
  const best = [...deltas].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return { useTabs: false, size: best ? best[0] : Number.isFinite(smallest) ? smallest : 4 };
}
