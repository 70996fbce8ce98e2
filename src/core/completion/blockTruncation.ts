// Where a multi-line completion ends: at the end of the syntactic block it opened, or where it
// would close the block around the cursor (whose closer is already in the suffix). Judged on
// tree-sitter's tree of prefix + completion + suffix (windows, not the document), at line
// boundaries; by indentation when the language has no grammar or the tree is an ERROR there.
import type { SyntaxNode, SyntaxTree } from '../syntax/syntaxService';
import { indentWidth } from './textWindow';

export interface BlockScope {
  /** Text before the cursor (a window, LF line ends). */
  readonly prefix: string;
  /** Text after the cursor (a window, LF line ends). */
  readonly suffix: string;
  readonly tabSize?: number;
}

/** Parses a text of the document's language; undefined without a grammar. Caller deletes the tree. */
export type BlockParser = (text: string) => SyntaxTree | undefined;

/**
 * The index in `completion` at which to cut it, or undefined to keep reading. Only complete
 * lines are judged unless `final` (the stream has ended).
 */
export function findBlockEnd(scope: BlockScope, completion: string, final: boolean, parse?: BlockParser): number | undefined {
  const judged = final ? completion : completion.slice(0, completion.lastIndexOf('\n') + 1);
  const firstCode = judged.search(/\S/);
  if (firstCode === -1) return undefined;
  // Nothing to judge until the first line with code is complete.
  if (!final && !judged.includes('\n', firstCode)) return undefined;
  if (!final && !mayEndBlock(scope, judged)) return undefined;
  const tree = parse?.(scope.prefix + judged + scope.suffix);
  if (tree) {
    try {
      const cut = syntaxBlockEnd(tree, scope, judged);
      if (cut !== 'unknown') return cut === undefined ? undefined : trimCut(completion, cut);
    } finally {
      tree.delete();
    }
  }
  const cut = indentationBlockEnd(scope, judged);
  return cut === undefined ? undefined : trimCut(completion, cut);
}

// A block can only end on a line back at the cursor line's indentation (a statement begun on
// it) or below it (the block around a blank cursor line); deeper lines are skipped unparsed.
function mayEndBlock(scope: BlockScope, judged: string): boolean {
  const end = judged.length - 1;
  const start = judged.lastIndexOf('\n', end - 1) + 1;
  if (start === 0) return true; // the first line continues the cursor's line
  const line = judged.slice(start, end);
  if (line.trim() === '') return false;
  const cursorLine = scope.prefix.slice(scope.prefix.lastIndexOf('\n') + 1);
  const base = indentWidth(cursorLine, scope.tabSize);
  const indent = indentWidth(line, scope.tabSize);
  return cursorLine.trim() !== '' ? indent <= base : indent < base || base === 0;
}

// Cut before the whitespace that precedes the cut point, so no dangling newline is left.
function trimCut(completion: string, cut: number): number {
  let end = cut;
  while (end > 0 && /\s/.test(completion[end - 1]!)) end--;
  return end;
}

const CLOSER_TOKENS = new Set(['}', 'end', 'fi', 'done', 'esac', ']', ')']);

/**
 * Tree-based cut for a tree of `prefix + completion + suffix`. 'unknown' when the tree is an
 * ERROR around the cursor (the caller falls back to indentation).
 */
export function syntaxBlockEnd(tree: SyntaxTree, scope: BlockScope, completion: string): number | undefined | 'unknown' {
  const p = scope.prefix.length;
  const e = p + completion.length;
  const firstCode = completion.search(/\S/);
  if (firstCode === -1) return undefined;
  const q = p + firstCode;
  const lineStart = scope.prefix.lastIndexOf('\n') + 1;
  const cursorRow = countNewlines(scope.prefix);
  const start = tree.rootNode.descendantForIndex(q);
  if (!start) return 'unknown';

  // The statement begun on the cursor's line (`if (x) {|`, `def f():|`): once complete, stop.
  const cursorLine = scope.prefix.slice(lineStart);
  if (cursorLine.trim() !== '') {
    const lineCode = lineStart + cursorLine.search(/\S/);
    let statement = start;
    while (statement.parent?.parent && statement.parent.startIndex >= lineStart) {
      // A parent that starts where the line's statement starts is a list around it (Go's statement_list).
      if (statement.startIndex === lineCode && statement.parent.startIndex === lineCode) break;
      statement = statement.parent;
    }
    if (statement.type !== 'ERROR' && !statement.hasError) {
      const cut = cutAfterComplete(statement, p, e, completion);
      if (cut !== undefined) return cut;
    }
  }

  // The block around the cursor: the first ancestor that began before the cursor's line.
  let container: SyntaxNode | null = start;
  while (container && container.startIndex >= lineStart) container = container.parent;
  if (!container || container.type === 'ERROR') return 'unknown';
  if (!container.parent) {
    // Top level: stop after the first complete multi-line statement the completion wrote.
    for (const child of container.children) {
      if (child.startIndex < q || child.startPosition.row === child.endPosition.row) continue;
      if (child.hasError) return undefined;
      return cutAfterComplete(child, p, e, completion);
    }
    return undefined;
  }
  if (container.endIndex > e) return undefined;
  const closer = container.lastChild;
  if (closer && !closer.isNamed && CLOSER_TOKENS.has(closer.type) && closer.startIndex >= p) {
    // The completion closed the block; the suffix holds the real closer. Keep what came before it.
    return Math.max(0, lineStartBefore(completion, closer.startIndex - p));
  }
  return hasCodeAfter(completion, container.endIndex - p) ? lineEndAfter(completion, container.endIndex - p) : undefined;
}

// A node that ends inside the completion is complete when it ends with a closer token, or when
// code follows it (indentation-delimited bodies like Python's only end at the next line).
function cutAfterComplete(node: SyntaxNode, p: number, e: number, completion: string): number | undefined {
  if (node.endIndex > e || node.endIndex <= p) return undefined;
  const end = node.endIndex - p;
  if (endsWithCloser(node) && node.startPosition.row !== node.endPosition.row) return lineEndAfter(completion, end);
  return hasCodeAfter(completion, end) ? lineEndAfter(completion, end) : undefined;
}

function endsWithCloser(node: SyntaxNode): boolean {
  let last: SyntaxNode | null = node;
  while (last && last.childCount > 0) last = last.lastChild;
  // `;` after a closing brace (`};`, `});`) still ends the block.
  if (last && last.type === ';') {
    const before = last.previousSibling;
    if (before) return endsWithCloser(before);
  }
  return !!last && !last.isNamed && CLOSER_TOKENS.has(last.type) && last.type !== ')' && last.type !== ']';
}

function hasCodeAfter(completion: string, index: number): boolean {
  return completion.slice(index).trim() !== '';
}

function lineEndAfter(completion: string, index: number): number {
  const newline = completion.indexOf('\n', index);
  return newline === -1 ? completion.length : newline;
}

function lineStartBefore(completion: string, index: number): number {
  const lineStart = completion.lastIndexOf('\n', index - 1) + 1;
  return completion.slice(lineStart, index).trim() === '' ? lineStart : index;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// Lines that continue a statement at its own indentation rather than start a new one.
const CONTINUATION = /^\s*(?:else\b|elif\b|elsif\b|except\b|finally\b|catch\b|rescue\b|ensure\b|when\b|case\b|\}\s*(?:else|catch|finally|while)\b)/;
const CLOSER_LINE = /^\s*(?:[}\])]|end\b|fi\b|done\b|esac\b|until\b)/;

/** The indentation rule: where the completion leaves the block it started or sits in. */
export function indentationBlockEnd(scope: BlockScope, completion: string): number | undefined {
  const tabSize = scope.tabSize ?? 4;
  const cursorLine = scope.prefix.slice(scope.prefix.lastIndexOf('\n') + 1);
  const opened = cursorLine.trim() !== '';
  const base = indentWidth(cursorLine, tabSize);
  const lines = completion.split('\n');
  const suffixLine = firstCodeLine(scope.suffix);
  let offset = lines[0]!.length + 1;
  for (let i = 1; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const indent = indentWidth(line, tabSize);
    if (opened) {
      // A statement begun on the cursor line ends at the first line back at its indentation.
      if (indent > base || CONTINUATION.test(line)) continue;
      if (CLOSER_LINE.test(line)) {
        const duplicate =
          suffixLine !== undefined && suffixLine.trim() === line.trim() && indentWidth(suffixLine, tabSize) === indent;
        return duplicate ? offset : offset + line.length;
      }
      return offset;
    }
    // On a blank line: the block around the cursor ends at the first line indented less.
    if (indent < base) return offset;
  }
  return undefined;
}

function firstCodeLine(text: string): string | undefined {
  return text.split('\n', 50).find((line) => line.trim() !== '');
}
