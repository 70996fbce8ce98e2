// Puts the model's code at the indentation of the range it replaces: the reply usually starts
// at column 0 and may indent with 2 spaces where the file uses tabs or 4 spaces.
import { detectIndentStyle, leadingWhitespace, type IndentStyle } from '../indentStyle';

function isBlank(line: string): boolean {
  return line.trim().length === 0;
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
