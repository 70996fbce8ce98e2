// Where a multi-line completion ends: at the end of the statement begun on the cursor's line, or
// where it closes the block around the cursor: before its closer when the suffix already has
// one, after it when the suffix leaves the block open (the code stays balanced). In a list of
// members (fields, variants, keys, arms) the siblings go on to the list's end. Judged on
// tree-sitter's tree of prefix + completion + suffix (windows, not the document), at line
// boundaries; by indentation when the language has no grammar or the tree is an ERROR there.
import type { SyntaxNode, SyntaxTree } from '../syntax/syntaxService';
import { isMemberListNode, opensMemberList } from './codeShapes';
import { suffixCloser } from './suffixClosers';
import { indentWidth } from './textWindow';
import { countNewlines } from '../textLines';

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
  let cut: number | undefined | 'unknown' = 'unknown';
  if (tree) {
    try {
      cut = syntaxBlockEnd(tree, scope, judged);
    } finally {
      tree.delete();
    }
  }
  if (cut === 'unknown') cut = indentationBlockEnd(scope, judged);
  if (cut === undefined) return undefined;
  // Never stop inside a bracket the completion opened (`fn area() -> f64 {` and no body yet).
  return opensUnclosed(judged.slice(0, cut)) ? undefined : trimCut(completion, cut);
}

// The text opens more brackets than it closes (strings aside; a string ends with its line).
function opensUnclosed(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || c === '\n') quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return depth > 0;
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
    // A member of a list (a struct field, an interface member) is followed by its siblings.
    const inList = statement.parent !== null && isMemberListNode(statement.parent.type);
    if (!inList && statement.type !== 'ERROR' && !statement.hasError) {
      const cut = cutAfterComplete(statement, p, e, completion);
      if (cut !== undefined) return cut;
    }
  }

  // The block around the cursor: the first ancestor that began before the cursor's line.
  let container: SyntaxNode | null = start;
  while (container && container.startIndex >= lineStart) container = container.parent;
  if (!container || container.type === 'ERROR') return 'unknown';
  // Left-nested lists (`A | B | C` is union(union(A, B), C)): the list is the outermost one.
  while (container.parent && container.parent.type === container.type) container = container.parent;
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
  // A MISSING closer is the parser's guess: the completion has not closed the block yet.
  if (closer?.isMissing) return undefined;
  if (closer && !closer.isNamed && CLOSER_TOKENS.has(closer.type) && closer.startIndex >= p) {
    // The completion closed the block: stop before its closer if a later line of the suffix has
    // one, else keep it (on the cursor's line the suffix merge replaces the auto-closed one).
    const openerLine = scope.prefix.slice(scope.prefix.lastIndexOf('\n', container.startIndex - 1) + 1);
    if (suffixCloser(scope.suffix, indentWidth(openerLine, scope.tabSize), scope.tabSize) === 'later') {
      return Math.max(0, lineStartBefore(completion, closer.startIndex - p));
    }
    return lineEndAfter(completion, closer.endIndex - p);
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

// Lines that continue a statement at its own indentation rather than start a new one.
// (An Allman-style brace alone on its line opens the body of the header above it.)
const CONTINUATION = /^\s*(?:\{\s*$|else\b|elif\b|elsif\b|except\b|finally\b|catch\b|rescue\b|ensure\b|when\b|case\b|\}\s*(?:else|catch|finally|while)\b)/;
const CLOSER_LINE = /^\s*(?:[}\])]|end\b|fi\b|done\b|esac\b|until\b)/;

/** The indentation rule: where the completion leaves the block it started or sits in. */
export function indentationBlockEnd(scope: BlockScope, completion: string): number | undefined {
  const tabSize = scope.tabSize ?? 4;
  const cursorLineStart = scope.prefix.lastIndexOf('\n') + 1;
  const cursorLine = scope.prefix.slice(cursorLineStart);
  const base = indentWidth(cursorLine, tabSize);
  // A statement begun on the cursor's line, unless it is a member of a list (its siblings follow).
  const opened = cursorLine.trim() !== '' && !opensMemberList(openerLineBefore(scope.prefix, cursorLineStart, base, tabSize) ?? '');
  const lines = completion.split('\n');
  let offset = lines[0]!.length + 1;
  for (let i = 1; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const indent = indentWidth(line, tabSize);
    if (opened) {
      // A statement begun on the cursor line ends at the first line back at its indentation,
      // unless that line starts like the cursor line with a list marker (`| B`, `- b`, `case`).
      if (indent > base || CONTINUATION.test(line) || sameListMarker(line, cursorLine)) continue;
      if (CLOSER_LINE.test(line)) return keepsCloser(scope, indent, tabSize) ? offset + line.length : offset;
      return offset;
    }
    // On a blank line or a member line: the block around the cursor ends at the first line
    // indented less; its closer stays when the suffix does not close the block.
    if (indent < base) return CLOSER_LINE.test(line) && keepsCloser(scope, indent, tabSize) ? offset + line.length : offset;
  }
  return undefined;
}

const LIST_MARKER = /^\s*(\||-\s|\*\s|\+\s|case\b|when\b|WHEN\b|\.)/;

function sameListMarker(line: string, cursorLine: string): boolean {
  const marker = LIST_MARKER.exec(cursorLine)?.[1];
  return marker !== undefined && LIST_MARKER.exec(line)?.[1] === marker;
}

function keepsCloser(scope: BlockScope, indent: number, tabSize: number): boolean {
  return suffixCloser(scope.suffix, indent, tabSize) !== 'later';
}

/** The line that opened the block the cursor line sits in (the last one indented less). */
export function openerLineBefore(prefix: string, cursorLineStart: number, base: number, tabSize = 4): string | undefined {
  let end = cursorLineStart - 1;
  for (let scanned = 0; end > 0 && scanned < 200; scanned++) {
    const start = prefix.lastIndexOf('\n', end - 1) + 1;
    const line = prefix.slice(start, end);
    if (line.trim() !== '' && indentWidth(line, tabSize) < base) {
      // An Allman brace on its own line: the opener is the line above it.
      if (line.trim() === '{' && start > 0) return openerLineBefore(prefix, start, indentWidth(line, tabSize) + 1, tabSize);
      return line;
    }
    end = start - 1;
  }
  return undefined;
}
