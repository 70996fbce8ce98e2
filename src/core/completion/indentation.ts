// Whitespace of a completion fitted to the document: the first line to where the cursor is (no
// doubled indentation, no space or tab after a space already typed, no blank first line on an
// indented line), the other lines to the document's tabs or spaces.
import { detectIndentStyle } from '../indentStyle';
import { indentWidth, leadingWhitespace } from './textWindow';

/** The completion's leading whitespace and first line fitted to the cursor's line. */
export function fitLeadingWhitespace(text: string, prefix: string): string {
  const lineStart = prefix.lastIndexOf('\n') + 1;
  const linePrefix = prefix.slice(lineStart);
  if (linePrefix.trim() !== '') {
    // After `x = ` the value starts right here, whatever whitespace the model put first.
    return /\s$/.test(linePrefix) ? text.replace(/^[ \t]+/, '') : text;
  }
  if (linePrefix !== '') text = dropBlankFirstLine(text, linePrefix);
  return fixFirstLineIndent(text, linePrefix, prefix, lineStart);
}

// On an already indented blank line, a completion that starts with a line break and then code
// at least as deep as the cursor means that code: it goes on the cursor's line.
function dropBlankFirstLine(text: string, linePrefix: string): string {
  const match = /^[ \t]*\n([ \t]*)(?=\S)/.exec(text);
  if (!match) return text;
  const lead = match[1]!;
  const column = indentWidth(linePrefix);
  if (indentWidth(lead) < column) return text;
  const body = text.slice(match[0].length - lead.length);
  // Remove the cursor's column from every line that has it: the cursor line already has it.
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? line.slice(cutFor(line, column)) : line))
    .join('\n');
}

// Characters of leading whitespace that make up `column` columns.
function cutFor(line: string, column: number): number {
  let cut = 0;
  while (cut < line.length && /[ \t]/.test(line[cut]!) && indentWidth(line.slice(0, cut + 1)) <= column) cut++;
  return cut;
}

// The cursor already sits at the line's indentation; a model that re-emits it would double it.
function fixFirstLineIndent(text: string, linePrefix: string, prefix: string, lineStart: number): string {
  const lead = leadingWhitespace(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));
  if (lead === '' || linePrefix === '') return text;
  const expected = expectedIndent(prefix, lineStart);
  const excess = indentWidth(linePrefix + lead) - Math.max(expected, indentWidth(linePrefix));
  if (excess <= 0) return text;
  let cut = 0;
  while (cut < lead.length && indentWidth(lead.slice(cut)) > indentWidth(lead) - excess) cut++;
  return text.slice(cut);
}

// The indentation a new line here should have: the previous code line's, one level deeper after an opener.
function expectedIndent(prefix: string, lineStart: number): number {
  let end = lineStart - 1;
  while (end > 0) {
    const start = prefix.lastIndexOf('\n', end - 1) + 1;
    const line = prefix.slice(start, end);
    if (line.trim() !== '') {
      const opens = /[{([:]\s*$|=>\s*$|\b(?:do|then)\s*$/.test(line);
      return indentWidth(line) + (opens ? indentUnitWidth(prefix) : 0);
    }
    end = start - 1;
  }
  return 0;
}

function indentUnitWidth(prefix: string): number {
  const style = detectIndentStyle(prefix.slice(-4000));
  return !style || style.useTabs ? 4 : style.size;
}

// Lines after the first follow the document's tabs-or-spaces.
export function matchIndentStyle(text: string, prefix: string): string {
  if (!text.includes('\n')) return text;
  const doc = detectIndentStyle(prefix.slice(-4000));
  if (!doc) return text;
  const lines = text.split('\n');
  if (doc.useTabs) {
    const unit = detectIndentStyle(lines.slice(1).join('\n'))?.size ?? 4;
    return lines
      .map((line, i) => (i === 0 ? line : line.replace(/^ +/, (s) => '\t'.repeat(Math.floor(s.length / unit)) + ' '.repeat(s.length % unit))))
      .join('\n');
  }
  return lines.map((line, i) => (i === 0 ? line : line.replace(/^\t+/, (s) => ' '.repeat(s.length * doc.size)))).join('\n');
}

