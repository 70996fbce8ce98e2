// What the code at the cursor works on, read from the fresh parse tree without a language
// server: the bases of the enclosing classes (`self.`/`this.` reach their members), the types
// that parameters, locals and attributes are declared or constructed with, and the receivers
// (`loop.`, `self._loop.`, `this.scheduler.`) used just before the cursor. Python and the
// TypeScript/JavaScript family; other languages get the bases only, from the class header.
import type { Node, Tree } from 'web-tree-sitter';
import { syntaxLanguageFor } from '../syntax/languages';
import { grammarFor, named, python } from './receiverGrammars';
import type { Grammar } from './receiverGrammars';

export interface ReceiverTypes {
  /** Base classes/interfaces of the enclosing classes as written (`events.AbstractServer`), innermost class first. */
  readonly bases: readonly string[];
  /** Type names per variable (`loop`, `self._loop`, `this._client`), from annotations and constructor calls. */
  readonly declared: ReadonlyMap<string, readonly string[]>;
  /** Receivers of member accesses before the cursor, nearest first (`self`/`this` included). */
  readonly receivers: readonly string[];
  /** Parameter names of the innermost enclosing function, typed or not. */
  readonly parameters: readonly string[];
  /** The innermost named function around the cursor (`sock_sendfile`): what the code there is about. */
  readonly function?: string;
}

const NAME = /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g;
/** Lines before the cursor whose receivers count. */
const RECEIVER_LINES = 40;
const MAX_RECEIVERS = 12;
/** Lines before the cursor searched for declarations when no enclosing function bounds them. */
const DECLARATION_LINES = 120;
const MAX_DECLARATION_LINES = 400;

/** A receiver as we track it: a name or a chain of names (`self._loop`, `work_item.future`); calls and subscripts are not. */
function receiverText(node: Node): string | undefined {
  const text = node.text;
  return /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*){0,2}$/.test(text) ? text : undefined;
}

/** The parameter names of a function node. */
function parameterNames(fn: Node): string[] {
  const out: string[] = [];
  for (const p of named(fn.childForFieldName('parameters'))) {
    const name = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? p.childForFieldName('pattern') ?? named(p).find((c) => c.type === 'identifier'));
    if (name?.type === 'identifier') out.push(name.text);
  }
  return out;
}

/** Type names mentioned in a type annotation or constructor expression, e.g. `Optional[tasks.Task]` → `Optional`, `tasks.Task`. */
export function typeNamesIn(text: string): string[] {
  return [...new Set(text.replace(/'\w+/g, '').match(NAME) ?? [])].filter((n) => n !== '_' && !TYPE_WORDS.has(n));
}

/** Words in type expressions that name no type of the project (`&mut`, `[]*`, `map[string]`, `dyn`). */
const TYPE_WORDS = new Set(['mut', 'dyn', 'impl', 'const', 'struct', 'map', 'chan', 'func', 'interface', 'final', 'ref', 'out', 'in', 'var']);

/**
 * The innermost-first chain of nodes of `types` around the cursor, found from the last code
 * before it (the blank end of a Python block belongs to no node). Python says by indentation
 * whether the cursor is still inside: a scope holds the columns right of its `def`/`class`.
 */
function enclosing(tree: Tree, text: string, offset: number, types: readonly string[], byIndent: boolean): Node[] {
  let code = offset;
  while (code > 0 && /\s/.test(text[code - 1])) code--;
  const column = offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const cursorOnOwnLine = text.lastIndexOf('\n', offset - 1) >= code;
  const out: Node[] = [];
  for (let node: Node | null = tree.rootNode.descendantForIndex(Math.max(0, code - 1)); node; node = node.parent) {
    if (!types.includes(node.type) || node.startIndex >= offset) continue;
    if (byIndent && cursorOnOwnLine && column <= node.startPosition.column) continue;
    out.push(node);
  }
  return out;
}

/** The constructor (`__init__`/`constructor`) of a class node, where attributes get their values. */
function constructorOf(cls: Node, grammar: Grammar): Node | undefined {
  const body = cls.childForFieldName('body');
  const wanted = grammar === python ? '__init__' : 'constructor';
  for (const member of named(body)) {
    const fn = member.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
    if (fn && grammar.functions.includes(fn.type) && fn.childForFieldName('name')?.text === wanted) return fn;
  }
  return undefined;
}

/** Declarations of `grammar` in `node` between two rows, in document order; `inScope` may leave some out. */
function declarationsIn(node: Node, grammar: Grammar, fromRow: number, toRow: number, offset: number, out: [string, string][], inScope: (d: Node) => boolean = () => true): void {
  for (const d of node.descendantsOfType([...grammar.declarations], { row: fromRow, column: 0 }, { row: toRow + 1, column: 0 })) {
    if (d && d.startIndex < offset && inScope(d)) grammar.declare(d, out);
  }
}

/** The innermost function around a node (its own, for a parameter). */
function functionOf(node: Node, grammar: Grammar): Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (grammar.functions.includes(n.type)) return n;
  return undefined;
}

/** `row` is the cursor's zero-based line. */
export function receiverTypesAt(languageId: string, tree: Tree, text: string, offset: number, row: number): ReceiverTypes {
  const grammar = grammarFor(syntaxLanguageFor(languageId)?.name);
  if (!grammar) return { bases: [], declared: new Map(), receivers: [], parameters: [] };
  const classes = enclosing(tree, text, offset, grammar.classes, grammar === python);
  const functions = enclosing(tree, text, offset, grammar.functions, grammar === python);
  const bases = classes.flatMap((c) => grammar.bases(c));
  const pairs: [string, string][] = [];
  // The cursor's own blank line belongs to no node: what holds the cursor holds the last code before it.
  const code = text.slice(0, offset).trimEnd().length;
  // Code cut off at the cursor (unclosed braces) parses as an ERROR node holding the class's
  // parts: the last base lists before the cursor are the enclosing class's (a class closed
  // before the cursor parses whole), and the loose field declarations are its fields.
  const cut = grammar.cutClass;
  if (cut && classes.length === 0) {
    for (let node: Node | null = tree.rootNode.descendantForIndex(Math.max(0, code - 1)); node; node = node.parent) {
      if (!node.isError) continue;
      const parts = named(node).filter((c) => c.startIndex < offset);
      // The last run of base lists (Java's `extends A implements B` is two nodes): the innermost cut-off class's.
      let end = parts.length;
      while (end > 0 && !cut.heritage.includes(parts[end - 1].type)) end--;
      let start = end;
      while (start > 0 && cut.heritage.includes(parts[start - 1].type)) start--;
      for (const h of parts.slice(start, end)) bases.push(...grammar.bases(h));
      for (const field of parts) if (cut.fields.includes(field.type)) grammar.declare(field, pairs);
    }
  }
  // In braces, a node that ends at that last code was closed there: it does not hold the cursor;
  // Python's scopes hold the cursor by indentation (enclosing() has read them so).
  const around = (nodes: Node[]): Node[] => (grammar === python ? nodes : nodes.filter((n) => n.endIndex > code));
  // The function the cursor is in, whose name joins the words that rank outline members: the node
  // that holds the cursor, else the header a cut-off document leaves open. The other brace
  // languages read no open headers and take no name (see bench/context/README.md).
  const open = grammar.openScope;
  let name = open ? around(functions)[0]?.childForFieldName('name')?.text : undefined;
  // No function node around the cursor: the headers a cut-off document leaves open (`impl<'de>
  // Deserializer<'de> for StrDeserializer {` … `fn deserialize_enum<V>(…) {` …, or Python's
  // `class BaseHeader(str):` … `def __reduce__(self):` flattened into an ERROR node) say what the
  // function is and, with no class node around it either, what `self` is.
  if (open && around(functions).length === 0) {
    const scopes = open.read(tree, text, offset, new Set([...open.functions, ...open.classes]));
    const fn = scopes.find((s) => open.functions.has(s.keyword));
    if (fn) name = open.functionName(fn.parts);
    const cls = scopes.find((s) => open.classes.has(s.keyword));
    if (cls && around(classes).length === 0) bases.push(...open.bases(cls.keyword, cls.parts));
  }

  const innermostClass = classes[0];
  const ctor = innermostClass && constructorOf(innermostClass, grammar);
  if (ctor && !functions.some((f) => f.id === ctor.id)) declarationsIn(ctor, grammar, ctor.startPosition.row, ctor.endPosition.row, offset, pairs);
  // The class's fields (TypeScript, Java, C#): in scope in every method.
  for (const member of named(innermostClass?.childForFieldName('body'))) {
    if (member.type === 'public_field_definition' || (member.type === 'field_declaration' && grammar.declarations.includes(member.type))) grammar.declare(member, pairs);
    else if (member.type === 'field_declaration') for (const part of named(member)) if (grammar.declarations.includes(part.type)) grammar.declare(part, pairs);
  }
  // The outermost enclosing function bounds the search; without one (or in a broken tree), a window of lines.
  const outer = functions[functions.length - 1];
  const fromRow = Math.max(row - MAX_DECLARATION_LINES, outer ? outer.startPosition.row : row - DECLARATION_LINES, 0);
  // Locals of functions the cursor is not in are not in scope (a broken tree has none).
  const inScope = (d: Node): boolean => {
    const fn = functionOf(d, grammar);
    // A constructor's parameter properties (`private client: Client`) are the class's.
    return !fn || functions.some((f) => f.id === fn.id) || (d.type.endsWith('_parameter') && fn.childForFieldName('name')?.text === 'constructor');
  };
  declarationsIn(tree.rootNode, grammar, fromRow, row, offset, pairs, inScope);
  const declared = new Map<string, string[]>();
  for (const [variable, type] of pairs) {
    // The later declaration of a name comes first.
    const names = typeNamesIn(type);
    if (names.length) declared.set(variable, [...names, ...(declared.get(variable) ?? []).filter((n) => !names.includes(n))]);
  }

  // Receivers in the lines before the cursor, nearest first.
  const fields = new Map(grammar.access);
  const accesses = tree.rootNode
    .descendantsOfType([...fields.keys()], { row: Math.max(0, row - RECEIVER_LINES), column: 0 }, { row: row + 1, column: 0 })
    .filter((n): n is Node => n !== null && n.startIndex < offset)
    .sort((a, b) => b.startIndex - a.startIndex);
  const receivers: string[] = [];
  for (const access of accesses) {
    const object = access.childForFieldName(fields.get(access.type)!);
    // A bare call is a call on `this`: its class's and its bases' members are what it calls.
    const name = object ? receiverText(object) : grammar.implicitSelf?.includes(access.type) ? grammar.self : undefined;
    if (name && !receivers.includes(name)) receivers.push(name);
    if (receivers.length >= MAX_RECEIVERS) break;
  }
  return { bases, declared, receivers, parameters: functions[0] ? parameterNames(functions[0]) : [], function: name };
}
