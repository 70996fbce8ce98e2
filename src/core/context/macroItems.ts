// Rust code inside item-level macro calls (`cfg_rt! { pub fn spawn… }`, `cfg_net! { … }`, as
// tokio writes most of its API): tree-sitter leaves a macro's body as a flat token tree, so the
// functions, structs and `use`s in it are no definitions or imports to a query. The bodies are
// parsed again as items, over the same text (tree-sitter's included ranges), so positions need
// no translation; macros nested in them (`cfg_rt! { cfg_net! { … } }`) a level deeper each time.
import type { Node, Tree } from 'web-tree-sitter';
import { syntaxLanguageFor } from '../syntax/languages';
import type { SyntaxService } from '../syntax/syntaxService';

/** Where an item-level macro call may stand: at the top of a file, a module, an impl or trait block. */
const ITEM_PARENTS = new Set(['source_file', 'declaration_list']);
const MAX_DEPTH = 3;

/** The brace-delimited bodies of item-level macro calls that span lines (`cfg_x! { … }`, not `vec![…]`). */
function itemMacroBodies(root: Node): Node[] {
  const out: Node[] = [];
  for (const call of root.descendantsOfType('macro_invocation')) {
    if (!call || !ITEM_PARENTS.has(call.parent?.type ?? '')) continue;
    const body = call.namedChildren.find((c) => c?.type === 'token_tree');
    if (body && body.text.startsWith('{') && body.endPosition.row > body.startPosition.row) out.push(body);
  }
  return out;
}

/**
 * Trees of the item-level macro bodies of a Rust file, parsed as items, outermost first; empty
 * for other languages and files without such macros. The caller deletes them.
 */
export function macroItemTrees(syntax: SyntaxService, languageId: string, tree: Tree, text: string, timeoutMs?: number): Tree[] {
  if (syntaxLanguageFor(languageId)?.name !== 'rust') return [];
  const out: Tree[] = [];
  let level = [tree];
  for (let depth = 0; depth < MAX_DEPTH && level.length; depth++) {
    const next: Tree[] = [];
    for (const t of level) {
      const bodies = itemMacroBodies(t.rootNode);
      if (bodies.length === 0) continue;
      // The text between the braces of each body.
      const includedRanges = bodies.map((b) => ({
        startIndex: b.startIndex + 1,
        endIndex: b.endIndex - 1,
        startPosition: { row: b.startPosition.row, column: b.startPosition.column + 1 },
        endPosition: { row: b.endPosition.row, column: Math.max(0, b.endPosition.column - 1) },
      }));
      const inner = syntax.parseSync(languageId, text, { timeoutMs, includedRanges });
      if (inner) next.push(inner);
    }
    out.push(...next);
    level = next;
  }
  return out;
}
