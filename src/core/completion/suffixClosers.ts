// Does the code after the cursor already close the block the cursor is in? A completion that
// closes it too must then stop before its closer; one whose block the suffix leaves open (the
// end of a file, the next function right after) must keep its closer, or the code is left
// unbalanced. Judged on the suffix text alone, so it costs one bounded scan and no parse.
import { indentWidth } from './textWindow';

export type SuffixCloser =
  /** The rest of the cursor's line closes it (`{█})`): the completion's closer replaces it. */
  | 'cursor-line'
  /** A later line closes it: the completion must stop before its own closer. */
  | 'later'
  /** Nothing in the suffix closes it. */
  | 'none';

const OPENERS = '([{';
const CLOSERS = ')]}';
const KEYWORD_CLOSER = /^\s*(?:end|fi|done|esac|until|endif|endfor|endwhile|endfunction|end_\w+)\b/;
const BLOCK_START = /^\s*(?:(?:export|public|private|protected|static|async|pub)\s+)*(?:def|class|module|function|func|fn|sub|if|for|while|case|struct|interface|enum|impl|type)\b/;
/** Characters of suffix scanned. */
const SCAN_CHARS = 4_000;

/**
 * Where the suffix closes the block whose opener line has indentation `openerIndent` (columns).
 * Brackets are counted outside strings and comments; a closing keyword (`end`, `fi`) counts
 * when it starts a line at the opener's indentation.
 */
export function suffixCloser(suffix: string, openerIndent: number, tabSize = 4): SuffixCloser {
  const text = suffix.slice(0, SCAN_CHARS);
  const firstNewline = text.indexOf('\n');
  let depth = 0;
  let lineStart = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = i + 1;
      atLineStart = true;
      continue;
    }
    if (atLineStart && c !== ' ' && c !== '\t') {
      atLineStart = false;
      const line = text.slice(lineStart, lineEnd(text, lineStart));
      const indent = indentWidth(line, tabSize);
      if (depth === 0 && KEYWORD_CLOSER.test(line)) {
        if (indent === openerIndent) return lineStart === 0 ? 'cursor-line' : 'later';
        if (indent < openerIndent) return 'none';
      } else if (depth === 0 && lineStart > 0 && !/^\s*[)\]}]/.test(line)) {
        // New code at the opener's level or outside it: the block ended without its closer.
        if (indent < openerIndent || (indent === openerIndent && BLOCK_START.test(line))) return 'none';
      }
    }
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(text, i);
      continue;
    }
    if ((c === '/' && text[i + 1] === '/') || (c === '#' && /\s/.test(text[i + 1] ?? ''))) {
      i = lineEnd(text, i) - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
      continue;
    }
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) {
      if (depth > 0) {
        depth--;
        continue;
      }
      // The first closer that closes something opened before the cursor.
      if (firstNewline === -1 || i < firstNewline) return 'cursor-line';
      const line = text.slice(lineStart, lineEnd(text, lineStart));
      return indentWidth(line, tabSize) >= openerIndent ? 'later' : 'none';
    }
  }
  return 'none';
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

// Index of the quote that ends the string starting at `start` (or the line's end: an
// apostrophe in a lifetime or in prose does not swallow the rest of the file).
function stringEnd(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (c === quote) return i;
    else if (c === '\n' && quote !== '`') return i - 1;
  }
  return text.length;
}
