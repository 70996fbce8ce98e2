// Puts the model's code at the indentation of the range it replaces: the reply usually starts
// at column 0 and may indent with 2 spaces where the file uses tabs or 4 spaces.

export interface IndentStyle {
  readonly useTabs: boolean;
  /** Spaces per level (also the width of a tab when measuring). */
  readonly size: number;
}

function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

function isBlank(line: string): boolean {
  return line.trim().length === 0;
}

/** A block comment's continuation line (" * text") is not an indentation level. */
function isCommentContinuation(line: string): boolean {
  return /^\s*\*/.test(line);
}

/** The indentation a text uses, or undefined when no line is indented. */
export function detectIndentStyle(text: string): IndentStyle | undefined {
  let tabLines = 0;
  let spaceLines = 0;
  const deltas = new Map<number, number>();
  let previous = 0;
  for (const line of text.split('\n')) {
    if (isBlank(line) || isCommentContinuation(line)) continue;
    const lead = leadingWhitespace(line);
    if (lead.startsWith('\t')) tabLines++;
    else if (lead.length > 0) spaceLines++;
    if (!lead.includes('\t')) {
      const delta = lead.length - previous;
      if (delta >= 2 && delta <= 8) deltas.set(delta, (deltas.get(delta) ?? 0) + 1);
      previous = lead.length;
    }
  }
  if (tabLines === 0 && spaceLines === 0) return undefined;
  if (tabLines > spaceLines) return { useTabs: true, size: 4 };
  const best = [...deltas].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return { useTabs: false, size: best ? best[0] : 4 };
}

function measure(lead: string, tabWidth: number): number {
  let width = 0;
  for (const ch of lead) width += ch === '\t' ? tabWidth : 1;
  return width;
}

/**
 * Re-indents `code` so its least indented line sits at the least indented line of `original`,
 * converting the code's indentation unit to `style` (default: the original's, else the code's).
 * Blank lines become empty; trailing whitespace is dropped.
 */
export function reindent(code: string, original: string, style?: IndentStyle): string {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const originalLines = original.replace(/\r\n?/g, '\n').split('\n').filter((l) => !isBlank(l));
  const codeStyle = detectIndentStyle(code) ?? { useTabs: false, size: 4 };
  const target = style ?? detectIndentStyle(original) ?? codeStyle;

  // The base: the original's least indented line's own whitespace, kept verbatim.
  let base = '';
  let baseWidth = Infinity;
  for (const line of originalLines) {
    const lead = leadingWhitespace(line);
    const width = measure(lead, target.size);
    if (width < baseWidth) {
      baseWidth = width;
      base = lead;
    }
  }

  const codeMin = Math.min(
    ...lines.filter((l) => !isBlank(l)).map((l) => measure(leadingWhitespace(l), codeStyle.size)),
  );
  return lines
    .map((line) => {
      if (isBlank(line)) return '';
      const lead = leadingWhitespace(line);
      const relative = measure(lead, codeStyle.size) - (Number.isFinite(codeMin) ? codeMin : 0);
      const levels = Math.floor(relative / codeStyle.size);
      const remainder = relative % codeStyle.size;
      const indent = target.useTabs ? '\t'.repeat(levels) : ' '.repeat(levels * target.size);
      return base + indent + ' '.repeat(remainder) + line.slice(lead.length).replace(/\s+$/, '');
    })
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}
