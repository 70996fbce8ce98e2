// Enclosing scope: the signatures of the function and class around the cursor and of their
// siblings, read straight from the fresh parse tree (no whole-file query on the keystroke path).
import type { Node, Tree } from 'web-tree-sitter';
import { queryRange } from '../syntax/syntaxQueries';
import type { SyntaxService } from '../syntax/syntaxService';
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import type { LineIndex } from './lineIndex';

const MAX_SIBLINGS = 40;

/** The definition node a child of a body stands for (unwrapping `export`, decorators, templates). */
function declarationOf(node: Node): Node {
  return node.childForFieldName('declaration') ?? node.childForFieldName('definition') ?? node;
}

/** The signature of a member: up to where its body starts; one-line members only inside a class. */
function headerOf(node: Node, lines: LineIndex, allowOneLiners: boolean): string | undefined {
  const decl = declarationOf(node);
  const body = decl.childForFieldName('body');
  const first = lines.lineAt(node.startIndex);
  const last = body ? lines.lineAt(Math.max(node.startIndex, body.startIndex - 1)) : first;
  if (!body && (!allowOneLiners || node.endPosition.row !== node.startPosition.row)) return undefined;
  const text = lines.lines(first, Math.min(last, first + 3));
  return text.trim() ? text : undefined;
}

/** The list of members of a scope: the named children of its body (or of the node itself). */
function bodyChildren(scope: Node): Node[] {
  const decl = declarationOf(scope);
  const body = decl.childForFieldName('body') ?? decl;
  return body.namedChildren.filter((c): c is Node => c !== null);
}

/** The scope nodes (per the scopes query) that contain `offset`, innermost first. */
export function scopesAt(syntax: SyntaxService, languageId: string, tree: Tree, offset: number): Node[] {
  const query = syntax.query(languageId, 'scopes');
  if (!query) return [];
  return query
    .captures(tree.rootNode, queryRange(Math.max(0, offset - 1), offset))
    .map((c) => c.node)
    .filter((n) => n.startIndex < offset && offset <= n.endIndex)
    .sort((a, b) => b.startIndex - a.startIndex || a.endIndex - b.endIndex);
}

/** The headers (text before the body, at most 400 chars) of the scopes around `offset`, innermost first. */
export function scopeHeaders(syntax: SyntaxService, languageId: string, tree: Tree, text: string, offset: number): string[] {
  return scopesAt(syntax, languageId, tree, offset).map((scope) => {
    const body = declarationOf(scope).childForFieldName('body');
    const end = body && body.startIndex > scope.startIndex ? body.startIndex : scope.startIndex + 200;
    return text.slice(scope.startIndex, Math.min(end, scope.startIndex + 400));
  });
}

/**
 * One candidate: the header of the innermost class (or other multi-member scope) around the
 * cursor, or the file's top level, and the signatures of its members that lie outside the
 * part of the document the prompt shows.
 */
export function enclosingScope(
  syntax: SyntaxService,
  languageId: string,
  tree: Tree,
  lines: LineIndex,
  offset: number,
  path: string,
  visible: { readonly start: number; readonly end: number },
): ContextCandidate | undefined {
  const scopes = scopesAt(syntax, languageId, tree, offset);
  // The container whose members we list: the innermost scope that has several members, else the file.
  const container = scopes.find((s) => bodyChildren(s).filter((c) => c.endPosition.row > c.startPosition.row).length > 1) ?? tree.rootNode;
  const parts: string[] = [];
  let firstLine = Number.MAX_SAFE_INTEGER;
  let lastLine = 0;
  const push = (node: Node, text: string): void => {
    parts.push(text);
    firstLine = Math.min(firstLine, lines.lineAt(node.startIndex));
    lastLine = Math.max(lastLine, lines.lineAt(node.endIndex));
  };
  const shown = (node: Node): boolean => node.startIndex >= visible.start && node.startIndex < visible.end;
  const containerHeader = container === tree.rootNode || shown(container) ? undefined : headerOf(container, lines, true);
  if (containerHeader) push(container, containerHeader);
  let siblings = 0;
  for (const child of bodyChildren(container)) {
    if (siblings >= MAX_SIBLINGS) break;
    // Members the prompt does not show already.
    if (shown(child)) continue;
    const header = headerOf(child, lines, container !== tree.rootNode);
    if (!header) continue;
    push(child, header);
    siblings++;
  }
  if (siblings === 0) return undefined;
  return {
    path,
    text: parts.join('\n'),
    source: 'enclosingScope',
    sourceScore: 1,
    startLine: firstLine,
    endLine: lastLine,
    reason: containerHeader ? `members of ${containerHeader.split('\n')[0].trim()}` : 'top-level definitions of this file',
    scattered: true,
  };
}

/** The enclosing scope as a context source. */
export const enclosingScopeRetriever: ContextRetriever = {
  name: 'enclosingScope',
  weight: 1.5,
  role: 'background',
  retrieve(signal) {
    const { syntax, tree, document } = signal;
    if (!syntax || !tree) return [];
    const scope = enclosingScope(syntax, document.languageId, tree, signal.lines, signal.offset, document.relativePath, signal.visible);
    return scope ? [scope] : [];
  },
};
