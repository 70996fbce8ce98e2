// Finds the class or interface a type name stands for, the way a reader would: the file's own
// definitions, the names its imports bind, a module alias (`events.AbstractServer`), then the
// other open files; `_PyFuture = Future` style aliases are followed. Each file's names are
// resolved through its own imports, so base classes can be followed across files.
import { posix } from 'node:path';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';
import type { ResolvedImport } from './importTargets';

export interface NameScope {
  /** The file whose names these are; undefined for the document being edited. */
  readonly own?: FileAnalysis;
  /** The edited document's analysis and the definitions of it that lie before the cursor. */
  readonly local?: { readonly file: FileAnalysis; definitions(name: string): readonly CodeDefinition[] | undefined };
  readonly imported: readonly ResolvedImport[];
  /** Names bound to a whole module (`from . import events`, `import * as Core`). */
  readonly modules: ReadonlyMap<string, FileAnalysis>;
  /** Files to search when nothing else defines the name (other open documents). */
  readonly fallback: readonly FileAnalysis[];
}

export interface ResolvedType {
  readonly file: FileAnalysis;
  readonly def: CodeDefinition;
  /** Defined in the edited document: the prompt shows it, only its bases are of interest. */
  readonly local?: boolean;
}

const CONTAINERS = new Set<CodeDefinition['kind']>(['class', 'type']);
const ALIAS = /^\s*(?:export\s+)?(?:const\s+|let\s+|var\s+)?[A-Za-z_$][\w$]*\s*=\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*;?\s*$/;

/** The module a file is: `events` for events.py, `core` for core/index.ts. */
export function moduleStem(path: string): string {
  const base = posix.basename(path).replace(/\.[^.]+$/, '');
  return base === '__init__' || base === 'index' || base === 'mod' ? posix.basename(posix.dirname(path)) : base;
}

/**
 * Names that stand for whole modules: a bound name that the target file does not define. When
 * several files answer one import (`from . import events, futures`), a name goes to the file named like it.
 */
export function moduleAliases(resolved: readonly ResolvedImport[]): Map<string, FileAnalysis> {
  const modules = new Map<string, FileAnalysis>();
  for (const r of resolved) {
    for (const name of r.names) {
      if (r.file.byName.has(name)) continue;
      const stem = r.aliases?.get(name) ?? name; // `import _header_value_parser as parser`
      const current = modules.get(name);
      if (!current || (moduleStem(current.path) !== stem && moduleStem(r.file.path) === stem)) modules.set(name, r.file);
    }
  }
  return modules;
}

/** A file's names without its imports: enough to follow an alias to a class of the same file. */
export function ownScope(file: FileAnalysis): NameScope {
  return { own: file, imported: [], modules: new Map(), fallback: [] };
}

function containerIn(defs: readonly CodeDefinition[] | undefined): CodeDefinition | undefined {
  return defs?.find((d) => CONTAINERS.has(d.kind) && d.parent === undefined) ?? defs?.find((d) => CONTAINERS.has(d.kind));
}

function topLevelIn(file: FileAnalysis, name: string): CodeDefinition | undefined {
  const defs = file.byName.get(name);
  return containerIn(defs) ?? defs?.find((d) => d.kind === 'constant' && d.parent === undefined);
}

/** `_PyFuture = Future`: the name a top-level alias stands for. */
function aliasTarget(file: FileAnalysis, def: CodeDefinition): string | undefined {
  if (def.kind !== 'constant' || def.endLine !== def.startLine) return undefined;
  return ALIAS.exec(file.lines.lines(def.startLine, def.startLine))?.[1];
}

/** Where a (maybe dotted) type name is defined, seen from `scope`; `scopeOf` gives the scope of another file, to follow aliases. */
export function resolveTypeName(
  name: string,
  scope: NameScope,
  scopeOf: (file: FileAnalysis) => NameScope | undefined = ownScope,
  depth = 0,
): ResolvedType | undefined {
  const parts = name.split('.');
  const last = parts[parts.length - 1];
  const found = (file: FileAnalysis, def: CodeDefinition | undefined): ResolvedType | undefined => {
    if (!def) return undefined;
    if (CONTAINERS.has(def.kind)) return { file, def };
    const target = depth < 2 ? aliasTarget(file, def) : undefined;
    const fileScope = target && target !== last ? (file === scope.own ? scope : scopeOf(file)) : undefined;
    return target && fileScope ? resolveTypeName(target, fileScope, scopeOf, depth + 1) : undefined;
  };
  if (parts.length > 1) {
    const qualifier = parts[parts.length - 2];
    const module = scope.modules.get(qualifier) ?? (parts.length === 2 ? undefined : scope.modules.get(parts[0]));
    const hit = module && found(module, topLevelIn(module, last));
    if (hit) return hit;
    // A package of several files (Go's `gin.Context`): every file its import statement reached.
    for (const r of scope.imported) {
      if (r.file === module || !r.names.has(qualifier) || r.file.byName.has(qualifier)) continue;
      const other = found(r.file, topLevelIn(r.file, last));
      if (other) return other;
    }
    return undefined;
  }
  if (scope.own) {
    const hit = found(scope.own, topLevelIn(scope.own, last));
    if (hit) return hit;
  }
  const local = scope.local && containerIn(scope.local.definitions(last));
  if (scope.local && local) return { file: scope.local.file, def: local, local: true };
  const bound = scope.imported.filter((r) => r.names.has(last));
  for (const r of [...bound, ...scope.imported.filter((r) => !r.names.has(last))]) {
    const hit = found(r.file, topLevelIn(r.file, last));
    if (hit) return hit;
  }
  for (const file of scope.fallback) {
    const hit = found(file, topLevelIn(file, last));
    if (hit) return hit;
  }
  return undefined;
}

/** The document's definitions named `name` that end before the cursor, from an analysis that may be a version old. */
export function definitionsBefore(analysis: FileAnalysis, text: string, offset: number, name: string): CodeDefinition[] | undefined {
  return analysis.byName.get(name)?.filter((d) => d.endIndex <= offset && text.startsWith(analysis.lines.text.slice(d.startIndex, d.endIndex), d.startIndex));
}
