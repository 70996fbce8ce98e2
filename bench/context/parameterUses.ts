// Where a line names a parameter of a function around it: from the parse tree, in every grammar
// the bench reads. Such a name is the function's own, whatever other files define under it
// (msal-browser's `correlationId,` passed on was scored against other classes' fields).
import type { SyntaxNode, SyntaxTree } from '../../src/core/syntax/syntaxService';

/** Fields that hold a function's parameter list (Go's receiver and named results are parameters too). */
const PARAMETER_FIELDS = new Set(['parameters', 'parameter', 'receiver', 'result']);
/** Inside a parameter list: what is not a name it binds (types, defaults, annotations, array sizes). */
const NOT_BINDING_FIELDS = new Set(['type', 'value', 'default_value', 'right', 'size', 'return_type']);
const NOT_BINDING_NODES = new Set(['type_annotation', 'decorator', 'modifiers', 'annotation', 'marker_annotation']);
const BINDING_NODES = new Set(['identifier', 'shorthand_property_identifier_pattern', 'shorthand_field_identifier']);
/** A name after one of these is a member (`this.x`, `p->x`, `T::x`), not the parameter. */
const MEMBER_ACCESS = new Set(['.', '?.', '->', '::']);

function bindingNames(node: SyntaxNode, out: string[]): void {
  if (BINDING_NODES.has(node.type)) {
    out.push(node.text);
    return;
  }
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    const field = node.fieldNameForChild(i);
    // `{ key: binding }`: a pattern pair's value is what it binds.
    const skipped = field !== null && NOT_BINDING_FIELDS.has(field) && !(field === 'value' && node.type === 'pair_pattern');
    if (child && !skipped && !NOT_BINDING_NODES.has(child.type)) bindingNames(child, out);
  }
}

/** The node a parameter list is in scope over: its function (C++: past the declarators to the definition). */
function scopeOf(list: SyntaxNode): SyntaxNode {
  let scope = list.parent ?? list;
  while (scope.type.endsWith('declarator') && scope.parent) scope = scope.parent;
  return scope;
}

/** Per line, the names it uses bare (not as a member) that a function around it binds as a parameter. */
export function parameterUses(tree: SyntaxTree): Map<number, Set<string>> {
  const scopes = new Map<string, { start: number; end: number }[]>();
  const bare: SyntaxNode[] = [];
  const cursor = tree.walk();
  for (let more = true; more; ) {
    const node = cursor.currentNode;
    const field = cursor.currentFieldName;
    if (field !== null && PARAMETER_FIELDS.has(field)) {
      const scope = scopeOf(node);
      const names: string[] = [];
      bindingNames(node, names);
      for (const name of names) {
        let list = scopes.get(name);
        if (!list) scopes.set(name, (list = []));
        list.push({ start: scope.startPosition.row, end: scope.endPosition.row });
      }
    }
    if (node.type === 'identifier' || node.type === 'shorthand_property_identifier' || node.type === 'shorthand_property_identifier_pattern') {
      const before = node.previousSibling;
      if (!before || !MEMBER_ACCESS.has(before.type)) bare.push(node);
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        more = false;
        break;
      }
    }
  }
  cursor.delete();
  const uses = new Map<number, Set<string>>();
  for (const node of bare) {
    const row = node.startPosition.row;
    if (!scopes.get(node.text)?.some((s) => s.start <= row && row <= s.end)) continue;
    let names = uses.get(row);
    if (!names) uses.set(row, (names = new Set()));
    names.add(node.text);
  }
  return uses;
}
