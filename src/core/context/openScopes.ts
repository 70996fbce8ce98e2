// The scopes a document cut off at the cursor leaves open. Where the text after the cursor is
// missing (the user types at the end of a file; the context bench's documents end at the cursor),
// the braces of the function and impl around the cursor are never closed, and tree-sitter leaves
// them as loose parts of an ERROR node: `impl` <type_parameters> <type> `for` <type> `{` … `fn`
// <identifier> <parameters> `->` <type> <where_clause> `{` <statements>. No scope node holds the
// cursor, but each `{` that no later part closes still opens one, and its header is the parts
// before it back to the last complete item or statement. Python's open scopes are read by
// indentation instead (indentedScopes).
import type { Node, Tree } from 'web-tree-sitter';

export interface OpenScope {
  /** The keyword its header starts with (`fn`, `impl`, `trait`). */
  readonly keyword: string;
  /** The header's parts after the keyword, up to its `{`. */
  readonly parts: readonly Node[];
}

/** A part that no header runs across: a complete item or statement, a comment, a `;` or a brace. */
function endsHeader(part: Node): boolean {
  if (!part.isNamed) return part.type === ';' || part.type === '{' || part.type === '}';
  return /_item$|_declaration$|_statement$|comment$|^match_arm$|^macro_invocation$/.test(part.type);
}

/**
 * The open scopes around `offset` whose header starts with one of `keywords`, innermost first
 * (blocks of `if`, `match`, closures and the like are passed over).
 */
export function openScopes(tree: Tree, text: string, offset: number, keywords: ReadonlySet<string>): OpenScope[] {
  const out: OpenScope[] = [];
  // The cursor's own blank line belongs to no node: start from the last code before it.
  const code = text.slice(0, offset).trimEnd().length;
  for (let node: Node | null = tree.rootNode.descendantForIndex(Math.max(0, code - 1)); node; node = node.parent) {
    if (!node.isError) continue;
    let depth = 0;
    for (let i = node.childCount - 1; i >= 0; i--) {
      const part = node.child(i);
      if (!part || part.startIndex >= offset) continue;
      if (part.type === '}') depth++;
      else if (part.type === '{' && depth > 0) depth--;
      else if (part.type === '{') {
        let start = i;
        while (start > 0 && !endsHeader(node.child(start - 1)!)) start--;
        for (let k = start; k < i; k++) {
          const keyword = node.child(k)!;
          if (keyword.isNamed || !keywords.has(keyword.type)) continue;
          const parts: Node[] = [];
          for (let j = k + 1; j < i; j++) parts.push(node.child(j)!);
          out.push({ keyword: keyword.type, parts });
          break;
        }
      }
    }
  }
  return out;
}

/** Whether a node is the first thing on its line. */
function startsLine(text: string, node: Node): boolean {
  return /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', node.startIndex - 1) + 1, node.startIndex));
}

/**
 * The same for a language whose scopes are its indentation (Python): a cut-off `class` or `def`
 * flattens into an ERROR node (`class` <identifier> <argument_list> `:` … `def` <identifier>
 * <parameters> `:` <statements>), and the scopes still open at the cursor are the headers that
 * start a line left of the cursor's line with no line between that starts at or left of them.
 * A header not yet ended by its `:` (the cursor in a base list) opens nothing.
 */
export function indentedScopes(tree: Tree, text: string, offset: number, keywords: ReadonlySet<string>): OpenScope[] {
  const out: OpenScope[] = [];
  const code = text.slice(0, offset).trimEnd().length;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // Left of this column a line may still open a scope around the cursor.
  let limit = /^[ \t]*/.exec(text.slice(lineStart, offset))![0].length;
  for (let node: Node | null = tree.rootNode.descendantForIndex(Math.max(0, code - 1)); node && limit > 0; node = node.parent) {
    if (!node.isError) continue;
    for (let i = node.childCount - 1; i >= 0 && limit > 0; i--) {
      const part = node.child(i)!;
      if (part.startIndex >= offset || part.startPosition.column >= limit || !startsLine(text, part)) continue;
      limit = part.startPosition.column;
      const at = part.type === 'async' ? i + 1 : i;
      const keyword = node.child(at);
      if (!keyword || keyword.isNamed || !keywords.has(keyword.type)) continue;
      const parts: Node[] = [];
      let j = at + 1;
      for (; j < node.childCount && node.child(j)!.type !== ':' && node.child(j)!.startIndex < offset; j++) parts.push(node.child(j)!);
      if (node.child(j)?.type === ':') out.push({ keyword: keyword.type, parts });
    }
  }
  return out;
}
