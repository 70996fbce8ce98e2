// What an action works on: the selection (widened to whole lines), or with nothing selected the
// function or class around the cursor, found in the tree-sitter parse tree, together with the
// comments and decorators directly above it (so "Add Documentation" replaces an old doc
// comment instead of stacking a second one on top).
import type { SyntaxNode, SyntaxTree } from '../syntax/syntaxService';

/** The part of the syntax service the refactor needs. */
export interface RefactorSyntax {
  parse(languageId: string, text: string, options?: { timeoutMs?: number }): Promise<SyntaxTree | undefined>;
}

export type TargetKind = 'selection' | 'function' | 'class' | 'file';

export interface RefactorTarget {
  /** UTF-16 offsets into the document text; [start, end) never includes the last line break. */
  readonly start: number;
  readonly end: number;
  readonly kind: TargetKind;
  /** The declared name when tree-sitter found one ("add", "Parser"). */
  readonly name?: string;
}

export interface TargetOptions {
  /** With no selection and no enclosing scope, files up to this many lines are taken whole. */
  readonly maxWholeFileLines?: number;
  readonly parseTimeoutMs?: number;
}

// Node types, across the grammars we ship, that are worth acting on as a unit.
const FUNCTION_TYPES = new Set([
  'function_declaration', 'generator_function_declaration', 'method_definition', 'function_definition',
  'method_declaration', 'constructor_declaration', 'function_item', 'method', 'singleton_method',
  'local_function_statement', 'func_literal', 'arrow_function', 'function_expression', 'function',
]);
const CLASS_TYPES = new Set([
  'class_declaration', 'abstract_class_declaration', 'class_definition', 'interface_declaration',
  'enum_declaration', 'record_declaration', 'struct_declaration', 'impl_item', 'struct_item', 'enum_item',
  'trait_item', 'class', 'module', 'class_specifier', 'type_declaration', 'namespace_declaration',
]);
// Anonymous functions count only as the value of a declaration (`const f = () => …`), never as
// a callback in the middle of an expression: there the enclosing named function is meant.
const ANONYMOUS_TYPES = new Set(['arrow_function', 'function_expression', 'function', 'func_literal', 'closure_expression']);
// Wrappers that belong to the declaration they hold.
const WRAPPER_TYPES = new Set([
  'export_statement', 'decorated_definition', 'template_declaration', 'lexical_declaration', 'variable_declaration',
  'variable_declarator', 'public_field_definition', 'field_definition', 'short_var_declaration', 'const_declaration',
  'var_declaration', 'assignment',
]);
const LEADING_TYPES = new Set(['comment', 'line_comment', 'block_comment', 'attribute_item', 'decorator', 'annotation']);

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

/** Offset of the start of 0-based line `row`. */
function offsetOfRow(text: string, row: number): number {
  let offset = 0;
  for (let i = 0; i < row && offset >= 0; i++) offset = text.indexOf('\n', offset) + 1 || text.length;
  return offset;
}

/** Widens a selection to whole lines, unless it is a part of one line. */
export function widenSelection(text: string, start: number, end: number): { start: number; end: number } {
  // A selection ending at column 0 of the next line means "up to the end of the line before".
  if (end > start && text[end - 1] === '\n') end--;
  if (text.lastIndexOf('\n', end - 1) < start && text.slice(start, end).trim() !== text.slice(lineStart(text, start), lineEnd(text, end)).trim()) {
    return { start, end }; // part of one line: keep it exact
  }
  return { start: lineStart(text, start), end: lineEnd(text, end) };
}

export async function selectTarget(
  text: string,
  languageId: string,
  selection: { readonly start: number; readonly end: number },
  syntax: RefactorSyntax | undefined,
  options: TargetOptions = {},
): Promise<RefactorTarget | undefined> {
  if (text.slice(selection.start, selection.end).trim()) {
    return { ...widenSelection(text, selection.start, selection.end), kind: 'selection' };
  }
  const tree = await syntax?.parse(languageId, text, { timeoutMs: options.parseTimeoutMs ?? 500 });
  if (tree) {
    try {
      const found = enclosingScope(tree, text, selection.start);
      if (found) return found;
    } finally {
      tree.delete();
    }
  }
  const lines = text.split('\n').length;
  if (text.trim() && lines <= (options.maxWholeFileLines ?? 0)) {
    return { start: 0, end: text.replace(/\s+$/, '').length, kind: 'file' };
  }
  return undefined;
}

/** The function or class around `offset`, as whole lines. Exported for tests. */
export function enclosingScope(tree: SyntaxTree, text: string, offset: number): RefactorTarget | undefined {
  const row = text.slice(0, offset).split('\n').length - 1;
  const column = offset - lineStart(text, offset);
  // At the end of a line or inside its indentation, look at the line's first token instead.
  const lineText = text.slice(lineStart(text, offset), lineEnd(text, offset));
  const firstColumn = lineText.length - lineText.trimStart().length;
  const point = { row, column: lineText.trim() && column <= firstColumn ? firstColumn : Math.max(0, column - (column >= lineText.trimEnd().length ? 1 : 0)) };
  const hit: SyntaxNode | null = tree.rootNode.descendantForPosition(point);
  let scope: SyntaxNode | undefined;
  // The root never counts (Python's root is a `module`, like Ruby's module declaration).
  for (let node = hit; node && node.parent && !scope; node = node.parent) {
    if (isScope(node)) scope = node;
    // On `export`, a decorator or a doc comment: the declaration they belong to.
    else if (WRAPPER_TYPES.has(node.type)) scope = scopeWithin(node);
    else if (LEADING_TYPES.has(node.type)) scope = scopeAfterLeading(node);
  }
  if (!scope) return undefined;
  const kind: TargetKind = CLASS_TYPES.has(scope.type) ? 'class' : 'function';
  const name = declaredName(scope);
  while (scope.parent && WRAPPER_TYPES.has(scope.parent.type) && scope.parent.namedChildren.filter(isCode).length <= 2) {
    scope = scope.parent;
  }
  let startRow = scope.startPosition.row;
  for (let prev = scope.previousNamedSibling; prev && LEADING_TYPES.has(prev.type) && prev.endPosition.row >= startRow - 1; prev = prev.previousNamedSibling) {
    startRow = prev.startPosition.row;
  }
  const start = offsetOfRow(text, startRow);
  const end = lineEnd(text, offsetOfRow(text, scope.endPosition.row));
  return { start, end, kind, name };
}

function isScope(node: SyntaxNode): boolean {
  if (ANONYMOUS_TYPES.has(node.type) && !isDeclaredValue(node)) return false;
  return FUNCTION_TYPES.has(node.type) || CLASS_TYPES.has(node.type);
}

/** The declaration a wrapper (export, decorated definition, const) holds, a few levels down. */
function scopeWithin(node: SyntaxNode, depth = 3): SyntaxNode | undefined {
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (isScope(child)) return child;
    if (depth > 1 && WRAPPER_TYPES.has(child.type)) {
      const inner = scopeWithin(child, depth - 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The declaration directly below a comment or decorator (through further comments). */
function scopeAfterLeading(node: SyntaxNode): SyntaxNode | undefined {
  let row = node.endPosition.row;
  for (let next = node.nextNamedSibling; next && next.startPosition.row <= row + 1; next = next.nextNamedSibling) {
    if (isScope(next)) return next;
    if (WRAPPER_TYPES.has(next.type)) return scopeWithin(next);
    if (!LEADING_TYPES.has(next.type)) return undefined;
    row = next.endPosition.row;
  }
  return undefined;
}

function isCode(node: SyntaxNode): boolean {
  return !LEADING_TYPES.has(node.type);
}

function isDeclaredValue(node: SyntaxNode): boolean {
  const parent = node.parent;
  return !!parent && ['variable_declarator', 'public_field_definition', 'field_definition', 'assignment', 'pair'].includes(parent.type);
}

function declaredName(node: SyntaxNode): string | undefined {
  const own = node.childForFieldName('name');
  if (own) return own.text;
  const parent = node.parent;
  const viaParent = parent && (parent.childForFieldName('name') ?? parent.childForFieldName('left'));
  return viaParent?.text;
}
