// How each language declares what a receiver is, for receiverTypes.ts: its classes and
// functions, the declarations that give a variable a type (parameters, locals, fields, Go
// receivers, Rust `let` and `impl`), and the member accesses whose receivers count.
import type { Node } from 'web-tree-sitter';
import type { SyntaxLanguageName } from '../syntax/languages';
import { indentedScopes, openScopes } from './openScopes';

export interface Grammar {
  readonly classes: readonly string[];
  readonly functions: readonly string[];
  bases(cls: Node): string[];
  /** Node types that declare a variable's type. */
  readonly declarations: readonly string[];
  /** [variable, type text] pairs a declaration node gives. */
  declare(node: Node, out: [string, string][]): void;
  /** Member accesses: [node type, field holding the receiver]. */
  readonly access: readonly (readonly [string, string])[];
  readonly self: string;
  /** Access node types that, written without a receiver (`close()` in Java), call a member of `self`. */
  readonly implicitSelf?: readonly string[];
  /**
   * What a class cut off at the cursor (unclosed braces) leaves loose in the ERROR node that
   * holds its parts: its header's base lists (`bases` reads them) and its field declarations.
   */
  readonly cutClass?: { readonly heritage: readonly string[]; readonly fields: readonly string[] };
  /**
   * What the headers of a function and a class cut off at the cursor leave loose in the ERROR
   * node (openScopes.ts): how they are read (braces or indentation), the keywords that start
   * them, the function's name, the class's bases.
   */
  readonly openScope?: {
    readonly read: typeof openScopes;
    readonly functions: ReadonlySet<string>;
    readonly classes: ReadonlySet<string>;
    functionName(parts: readonly Node[]): string | undefined;
    bases(keyword: string, parts: readonly Node[]): string[];
  };
}

export function named(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((c): c is Node => c !== null) : [];
}

/** Python's bases: the plain names of a class's argument list (`(str, metaclass=Meta)` → `str`). */
function pythonBases(list: Node | null | undefined): string[] {
  return named(list).filter((n) => n.type === 'identifier' || n.type === 'attribute').map((n) => n.text);
}

export const python: Grammar = {
  classes: ['class_definition'],
  functions: ['function_definition'],
  self: 'self',
  access: [['attribute', 'object']],
  bases: (cls) => pythonBases(cls.childForFieldName('superclasses')),
  openScope: {
    read: indentedScopes,
    functions: new Set(['def']),
    classes: new Set(['class']),
    functionName: (parts) => parts.find((p) => p.type === 'identifier')?.text,
    bases: (_, parts) => pythonBases(parts.find((p) => p.type === 'argument_list')),
  },
  declarations: ['typed_parameter', 'typed_default_parameter', 'assignment'],
  declare(node, out) {
    const type = node.childForFieldName('type');
    if (node.type !== 'assignment') {
      const name = node.childForFieldName('name') ?? named(node).find((c) => c.type === 'identifier');
      if (type && name) out.push([name.text, type.text]);
      return;
    }
    const left = node.childForFieldName('left');
    if (!left || (left.type !== 'identifier' && left.type !== 'attribute')) return;
    if (type) out.push([left.text, type.text]);
    let right = node.childForFieldName('right');
    if (right?.type === 'await') right = named(right)[0] ?? null;
    const fn = right?.type === 'call' ? right.childForFieldName('function') : undefined;
    if (fn && (fn.type === 'identifier' || fn.type === 'attribute')) out.push([left.text, fn.text]);
  },
};

export const script: Grammar = {
  classes: ['class_declaration', 'abstract_class_declaration', 'class'],
  functions: ['function_declaration', 'generator_function_declaration', 'method_definition', 'arrow_function', 'function_expression', 'function'],
  self: 'this',
  access: [['member_expression', 'object']],
  cutClass: { heritage: ['class_heritage'], fields: ['public_field_definition'] },
  bases(cls) {
    const heritage = cls.type === 'class_heritage' ? cls : named(cls).find((c) => c.type === 'class_heritage');
    const out: string[] = [];
    for (const clause of named(heritage)) {
      if (clause.type === 'extends_clause') {
        const value = clause.childForFieldName('value');
        if (value) out.push(value.text);
      } else if (clause.type === 'implements_clause') {
        for (const t of named(clause)) out.push(t.text.replace(/<[\s\S]*$/, ''));
      } else if (clause.type === 'identifier' || clause.type === 'member_expression') {
        out.push(clause.text); // JavaScript: `extends Base` without a clause node
      }
    }
    return out;
  },
  declarations: ['required_parameter', 'optional_parameter', 'public_field_definition', 'variable_declarator', 'assignment_expression'],
  declare(node, out) {
    const type = node.childForFieldName('type')?.text.replace(/^:\s*/, '');
    switch (node.type) {
      case 'required_parameter':
      case 'optional_parameter': {
        const pattern = node.childForFieldName('pattern');
        if (!pattern || !type) return;
        out.push([pattern.text, type]);
        // `constructor(private readonly client: Client)` also declares `this.client`.
        if (named(node).some((c) => c.type === 'accessibility_modifier')) out.push([`this.${pattern.text}`, type]);
        return;
      }
      case 'public_field_definition': {
        const name = node.childForFieldName('name');
        if (name && type) out.push([`this.${name.text}`, type]);
        return;
      }
      case 'variable_declarator': {
        const name = node.childForFieldName('name');
        if (name?.type !== 'identifier') return;
        if (type) out.push([name.text, type]);
        const value = node.childForFieldName('value');
        const ctor = value?.type === 'new_expression' ? value.childForFieldName('constructor') : undefined;
        if (ctor) out.push([name.text, ctor.text]);
        return;
      }
      default: {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const ctor = right?.type === 'new_expression' ? right.childForFieldName('constructor') : undefined;
        if (left && ctor) out.push([left.text, ctor.text]);
      }
    }
  },
};

/** The names a node declares (`a, b int`, a pattern `(x, y)`), identifiers only. */
function declaredNames(node: Node | null | undefined): string[] {
  if (!node) return [];
  if (node.type === 'identifier' || node.type === 'field_identifier') return [node.text];
  return node.descendantsOfType('identifier').flatMap((n) => (n ? [n.text] : []));
}

/** The type a constructor-like call names: `NewRouter()` → Router, `Foo::new()` → Foo, `&Foo{}` → Foo. */
function constructed(value: Node | null | undefined): string | undefined {
  if (!value) return undefined;
  switch (value.type) {
    case 'unary_expression':
    case 'reference_expression':
      return constructed(value.childForFieldName('operand') ?? value.childForFieldName('value') ?? named(value)[0]);
    case 'composite_literal':
    case 'struct_expression':
      return (value.childForFieldName('type') ?? value.childForFieldName('name'))?.text;
    case 'object_creation_expression':
      return value.childForFieldName('type')?.text;
    case 'call_expression': {
      const fn = value.childForFieldName('function');
      if (fn?.type === 'scoped_identifier') return fn.childForFieldName('path')?.text; // Foo::new
      const name = fn?.type === 'selector_expression' ? fn.childForFieldName('field')?.text : fn?.text;
      return name && /^New[A-Z]/.test(name) ? name.slice(3) : undefined;
    }
    default:
      return undefined;
  }
}

// Go: no classes; a method's receiver (`func (c *Context)`) is declared like any parameter.
const go: Grammar = {
  classes: [],
  functions: ['function_declaration', 'method_declaration', 'func_literal'],
  self: '',
  access: [['selector_expression', 'operand']],
  bases: () => [],
  declarations: ['parameter_declaration', 'var_spec', 'short_var_declaration', 'field_declaration'],
  declare(node, out) {
    if (node.type === 'short_var_declaration') {
      const left = named(node.childForFieldName('left'));
      const right = named(node.childForFieldName('right'));
      left.forEach((l, i) => {
        const type = constructed(right[i]);
        if (l.type === 'identifier' && type) out.push([l.text, type]);
      });
      return;
    }
    const type = node.childForFieldName('type')?.text ?? constructed(named(node.childForFieldName('value'))[0]);
    if (!type) return;
    for (const name of named(node).filter((c) => c.type === 'identifier' || c.type === 'field_identifier')) out.push([name.text, type]);
  },
};

/** A Rust type as the name of its type or trait: `&'a mut event::Source<T>` → `Source`. */
function rustTypeName(node: Node | undefined): string[] {
  const words = node?.text.replace(/<[\s\S]*$/, '').replace(/'\w+/g, '').match(/[A-Za-z_][\w:]*/g) ?? [];
  const name = words.filter((w) => w !== 'mut' && w !== 'dyn').pop()?.split('::').pop();
  return name ? [name] : [];
}

// Rust: `self` is the type of the enclosing `impl`; parameters and `let` give the rest.
const rust: Grammar = {
  classes: ['impl_item', 'trait_item'],
  functions: ['function_item', 'closure_expression'],
  self: 'self',
  access: [['field_expression', 'value']],
  bases(cls) {
    const type = cls.childForFieldName('type') ?? cls.childForFieldName('name');
    const trait = cls.childForFieldName('trait');
    return [type, trait].flatMap((n) => rustTypeName(n ?? undefined));
  },
  openScope: {
    read: openScopes,
    functions: new Set(['fn']),
    classes: new Set(['impl', 'trait']),
    functionName: (parts) => parts.find((p) => p.type === 'identifier')?.text,
    bases(keyword, parts) {
      const types = parts.filter((p) => p.isNamed && p.type !== 'type_parameters' && p.type !== 'where_clause');
      if (keyword === 'trait') return rustTypeName(types[0]);
      // `impl<T> Trait<T> for Type<T>`: the type, then the trait (as `bases` reads a whole impl).
      const forAt = parts.findIndex((p) => !p.isNamed && p.type === 'for');
      if (forAt < 0) return rustTypeName(types[0]);
      return [...rustTypeName(parts.slice(forAt + 1).find((p) => p.isNamed)), ...rustTypeName(parts.slice(0, forAt).filter((p) => p.isNamed && p.type !== 'type_parameters').pop())];
    },
  },
  declarations: ['parameter', 'let_declaration', 'field_declaration'],
  declare(node, out) {
    const type = node.childForFieldName('type')?.text ?? constructed(node.childForFieldName('value'));
    if (!type) return;
    const names = node.type === 'field_declaration' ? [`self.${node.childForFieldName('name')?.text}`] : declaredNames(node.childForFieldName('pattern'));
    for (const name of names) out.push([name, type]);
  },
};

/** Java and C#: classes with fields, typed parameters and locals (`var x = new Foo()` too). */
function classic(language: 'java' | 'csharp'): Grammar {
  const java = language === 'java';
  return {
    classes: java ? ['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration'] : ['class_declaration', 'struct_declaration', 'interface_declaration', 'record_declaration'],
    functions: java ? ['method_declaration', 'constructor_declaration', 'lambda_expression'] : ['method_declaration', 'constructor_declaration', 'lambda_expression', 'local_function_statement'],
    self: 'this',
    access: java ? [['field_access', 'object'], ['method_invocation', 'object']] : [['member_access_expression', 'expression']],
    implicitSelf: java ? ['method_invocation'] : [],
    cutClass: java ? { heritage: ['superclass', 'super_interfaces'], fields: ['field_declaration'] } : undefined,
    bases(cls) {
      const loose = cls.type === 'superclass' || cls.type === 'super_interfaces';
      const parts = loose ? [cls] : java ? [cls.childForFieldName('superclass'), cls.childForFieldName('interfaces')] : named(cls).filter((c) => c.type === 'base_list');
      return parts.flatMap((p) => (p ? (p.text.replace(/<[^<>]*>/g, '').match(/[A-Za-z_][\w.]*/g) ?? []).filter((n) => n !== 'extends' && n !== 'implements') : []));
    },
    declarations: java ? ['formal_parameter', 'local_variable_declaration', 'field_declaration'] : ['parameter', 'variable_declaration'],
    declare(node, out) {
      let type = node.childForFieldName('type')?.text;
      const field = node.type === 'field_declaration' || node.parent?.type === 'field_declaration';
      const declarators = node.type === 'formal_parameter' || node.type === 'parameter' ? [node] : named(node).filter((c) => c.type === 'variable_declarator');
      for (const declarator of declarators) {
        const name = declarator.childForFieldName('name') ?? named(declarator).find((c) => c.type === 'identifier');
        if (!name) continue;
        if (!type || type === 'var') type = constructed(declarator.childForFieldName('value') ?? named(declarator).find((c) => c.type === 'object_creation_expression'));
        if (!type) continue;
        out.push([name.text, type]); // a field is reached with and without `this.`
        if (field) out.push([`this.${name.text}`, type]);
      }
    },
  };
}

const java = classic('java');
const csharp = classic('csharp');

export function grammarFor(language: SyntaxLanguageName | undefined): Grammar | undefined {
  switch (language) {
    case 'python':
      return python;
    case 'typescript':
    case 'tsx':
    case 'javascript':
      return script;
    case 'go':
      return go;
    case 'rust':
      return rust;
    case 'java':
      return java;
    case 'csharp':
      return csharp;
    default:
      return undefined;
  }
}
