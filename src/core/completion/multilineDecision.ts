// Stage 3: one line or a block? Multi-line when the cursor sits in an empty block body (found in
// the tree-sitter tree), right after a block opener whose body is still empty (`{`, `:` at the
// end of a Python def line), in a declaration header whose body is still to come (`func area`,
// `public Person(string name, `), on a member of a list that ends after it (a struct field, an
// interface member, a YAML key: the user wants the remaining members), on a blank line at the
// end of a block or of the file; single-line otherwise. Without a grammar the same question is
// answered from the text and its indentation.
import type { SyntaxNode, SyntaxTree } from '../syntax/syntaxService';
import { openerLineBefore } from './blockTruncation';
import { isOpenHeader, opensMemberList } from './codeShapes';
import type { MultilineSetting } from './completionTypes';
import { indentWidth } from './textWindow';

export type MultilineReason =
  | 'setting' | 'mid-line' | 'empty-block' | 'after-opener' | 'indented-empty' | 'end-of-file' | 'header' | 'member' | 'block-end' | 'default';

export interface MultilineDecision {
  readonly multiline: boolean;
  readonly reason: MultilineReason;
}

export interface MultilineInput {
  readonly setting: MultilineSetting;
  /** Text before the cursor (a window, LF line ends). */
  readonly prefix: string;
  /** Text after the cursor (a window, LF line ends). */
  readonly suffix: string;
  /** Parses `prefix + suffix` (undefined without a grammar); called only when the tree can decide. */
  readonly parse?: () => SyntaxTree | undefined;
  /** VS Code's language id (CSS selectors are headers without a keyword). */
  readonly languageId?: string;
}

// What may follow the cursor on its line without making it a mid-line completion.
const CLOSERS_ONLY = /^[\s)\]}>;,'"`]*$/;
const CLOSER_LINE = /^\s*(?:[}\])]|end\b|fi\b|done\b|esac\b)/;
// A line that opens a block whose body comes on the next lines.
const OPENER_AT_END = /(?:[{:]|=>|->|\bdo|\bthen|\bbegin)\s*$/;

export function decideMultiline(input: MultilineInput): MultilineDecision {
  if (input.setting === 'single') return { multiline: false, reason: 'setting' };
  if (input.setting === 'multi') return { multiline: true, reason: 'setting' };
  const { prefix, suffix } = input;
  const newline = suffix.indexOf('\n');
  const restOfLine = newline === -1 ? suffix : suffix.slice(0, newline);
  if (!CLOSERS_ONLY.test(restOfLine)) return { multiline: false, reason: 'mid-line' };
  const tree = input.parse?.();
  if (tree) {
    try {
      if (inEmptyBlock(tree, prefix.length)) return { multiline: true, reason: 'empty-block' };
    } finally {
      tree.delete();
    }
  }
  return textDecision(prefix, suffix, newline === -1 ? suffix.length : newline, input.languageId);
}

/** The innermost block around `index` has no statements (comments aside). */
export function inEmptyBlock(tree: SyntaxTree, index: number): boolean {
  for (let node: SyntaxNode | null = tree.rootNode.descendantForIndex(index); node; node = node.parent) {
    if (!(node.startIndex < index && index < node.endIndex) || !isBlockLike(node)) continue;
    return node.namedChildren.every((child) => child.type.includes('comment'));
  }
  return false;
}

function isBlockLike(node: SyntaxNode): boolean {
  const first = node.firstChild?.type;
  const last = node.lastChild?.type;
  if (first === '{' && last === '}') return true;
  return node.type === 'block' || node.type === 'do_block' || node.type === 'body_statement';
}

// The body that the opener line starts is empty when the next code line is not indented deeper.
function textDecision(prefix: string, suffix: string, restEnd: number, languageId: string | undefined): MultilineDecision {
  const lineStart = prefix.lastIndexOf('\n') + 1;
  const cursorLine = prefix.slice(lineStart);
  const next = nextCodeLine(suffix, restEnd);
  const column = indentWidth(cursorLine);
  // The list the cursor line belongs to ends after it: the next code line is indented less.
  const listEndsHere = next === undefined || indentWidth(next) < column || (CLOSER_LINE.test(next) && indentWidth(next) <= column);
  if (cursorLine.trim() !== '') {
    const bodyEmpty = next === undefined || indentWidth(next) <= column;
    if (OPENER_AT_END.test(cursorLine)) return { multiline: bodyEmpty, reason: bodyEmpty ? 'after-opener' : 'default' };
    if (bodyEmpty && isOpenHeader(cursorLine, languageId)) return { multiline: true, reason: 'header' };
    const alternative = /^\s*\|/.test(cursorLine); // `| A` arms and union members are a list too
    if (listEndsHere && column > 0 && (alternative || opensMemberList(openerLineBefore(prefix, lineStart, column) ?? ''))) {
      return { multiline: true, reason: 'member' };
    }
    return { multiline: false, reason: 'default' };
  }
  // New code at the end of the file: nothing after the cursor to collide with.
  if (next === undefined && suffix.trim() === '') return { multiline: true, reason: 'end-of-file' };
  const previous = previousCodeLine(prefix, lineStart);
  if (previous === undefined) return { multiline: false, reason: 'default' };
  const bodyEmpty = next === undefined || indentWidth(next) <= indentWidth(previous);
  if (OPENER_AT_END.test(previous)) {
    return { multiline: bodyEmpty, reason: bodyEmpty ? 'after-opener' : 'default' };
  }
  // No opener character (Ruby `def f`, Lua `function f()`): the cursor is indented deeper than the
  // line above and than the line below, so it starts a block that has no body yet.
  if (column > indentWidth(previous) && listEndsHere) return { multiline: true, reason: 'indented-empty' };
  // The last line of a block (or of a list of members): what comes next is the rest of it.
  if (column > 0 && listEndsHere) {
    const member = opensMemberList(openerLineBefore(prefix, lineStart, column) ?? '');
    return { multiline: true, reason: member ? 'member' : 'block-end' };
  }
  return { multiline: false, reason: 'default' };
}

/** The first non-blank line of `suffix` after the cursor's line. */
function nextCodeLine(suffix: string, restEnd: number): string | undefined {
  let start = restEnd + 1;
  while (start < suffix.length) {
    const end = suffix.indexOf('\n', start);
    const line = suffix.slice(start, end === -1 ? suffix.length : end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

/** The last non-blank line of `prefix` before the cursor's line. */
function previousCodeLine(prefix: string, cursorLineStart: number): string | undefined {
  let end = cursorLineStart - 1;
  while (end > 0) {
    const start = prefix.lastIndexOf('\n', end - 1) + 1;
    const line = prefix.slice(start, end);
    if (line.trim() !== '') return line;
    end = start - 1;
  }
  return undefined;
}
