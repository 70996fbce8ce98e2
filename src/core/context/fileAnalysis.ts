// What the context sources need to know about one file, computed once per version: its
// definitions (with signatures), its imports, and its chunks for similar-code search.
import type { Tree } from 'web-tree-sitter';
import { syntaxLanguageFor } from '../syntax/languages';
import type { SyntaxService } from '../syntax/syntaxService';
import { LineIndex } from './lineIndex';
import { indexChunks } from './bm25';
import type { ChunkIndex } from './bm25';
import { chunkFile } from './codeChunks';
import { macroItemTrees } from './macroItems';
import type { CodeChunk } from './codeChunks';

export type DefinitionKind = 'function' | 'method' | 'class' | 'type' | 'constant' | 'field';

export interface CodeDefinition {
  readonly name: string;
  readonly kind: DefinitionKind;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startLine: number;
  readonly endLine: number;
  /** Where the body starts (the signature ends); the end of the first line when there is no body. */
  readonly headerEnd: number;
  /** Index (in `definitions`) of the innermost definition containing this one. */
  readonly parent?: number;
}

export interface ImportRef {
  /** The module specifier as written, without quotes: `./ledger`, `.events`, `crate::a::B`. */
  readonly source: string;
  readonly line: number;
  /** Identifiers bound by the import statement (both sides of an alias). */
  readonly names: readonly string[];
  /** `import x as y`, `{ x as y }`: y → x (the last part of a dotted x). */
  readonly aliases?: ReadonlyMap<string, string>;
}

export interface FileAnalysis {
  readonly path: string;
  readonly languageId: string;
  readonly lines: LineIndex;
  /** False when the file could not be parsed (unsupported or over the time budget). */
  readonly parsed: boolean;
  /** In document order; a container comes before what it contains. */
  readonly definitions: readonly CodeDefinition[];
  readonly byName: ReadonlyMap<string, readonly CodeDefinition[]>;
  readonly imports: readonly ImportRef[];
  /** Syntax-aware chunks (text windows when not parsed), computed on first use. */
  chunks(): readonly CodeChunk[];
  /** The chunks' BM25 index, built on first use (work proportional to the file's size). */
  chunkIndex(): ChunkIndex;
  /** Whether `chunkIndex()` is built already (costs nothing to call). */
  hasChunkIndex(): boolean;
}

const KIND_PRIORITY: Record<DefinitionKind, number> = { class: 0, function: 1, method: 1, type: 2, field: 3, constant: 4 };

/**
 * A macro before a C or C++ return type (`GTEST_API_ AssertionResult AssertionSuccess();`,
 * `FMT_CONSTEXPR text_style fg(…)`) makes the grammar read the type into the declarator: the name
 * is its last word (`std::vector<int> Values` → `Values`). Operators keep theirs (`operator const Char*`).
 */
const LAST_NAME = /\s([A-Za-z_~][\w:~]*)$/;

function definitionName(text: string, cFamily: boolean): string {
  const last = cFamily && !/\boperator\b/.test(text) ? LAST_NAME.exec(text) : null;
  return last ? last[1] : text;
}

function definitionsOf(syntax: SyntaxService, languageId: string, trees: readonly Tree[], lines: LineIndex): CodeDefinition[] {
  const query = syntax.query(languageId, 'definitions');
  if (!query) return [];
  const family = syntaxLanguageFor(languageId)?.name;
  const cFamily = family === 'c' || family === 'cpp';
  // Several patterns may match one node (an arrow function is also a constant): keep the best kind.
  const byNode = new Map<string, CodeDefinition>();
  for (const match of trees.flatMap((tree) => query.matches(tree.rootNode))) {
    const def = match.captures.find((c) => c.name.startsWith('definition.'));
    const name = match.captures.find((c) => c.name === 'name');
    if (!def || !name) continue;
    const kind = def.name.slice('definition.'.length) as DefinitionKind;
    // By range, not node id: ids are per tree.
    const key = `${def.node.startIndex}:${def.node.endIndex}`;
    const previous = byNode.get(key);
    if (previous && KIND_PRIORITY[previous.kind] <= KIND_PRIORITY[kind]) continue;
    const node = def.node;
    const body = node.childForFieldName('body');
    const startLine = lines.lineAt(node.startIndex);
    // Without a body, the header runs to the end of the line that names it: a Java field's node
    // starts at an annotation on its own line (`@JsonProperty("id")` above `public String id;`).
    const headerEnd = body && body.startIndex > node.startIndex ? body.startIndex : Math.min(node.endIndex, lines.lineEnd(lines.lineAt(Math.max(node.startIndex, name.node.startIndex))));
    byNode.set(key, {
      name: definitionName(name.node.text, cFamily),
      kind,
      startIndex: node.startIndex,
      endIndex: node.endIndex,
      startLine,
      endLine: lines.lineAt(Math.max(node.startIndex, node.endIndex - 1)),
      headerEnd,
    });
  }
  const sorted = [...byNode.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  // Parents by a stack walk over the sorted ranges.
  const stack: number[] = [];
  return sorted.map((d, i) => {
    while (stack.length && sorted[stack[stack.length - 1]].endIndex < d.endIndex) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : undefined;
    stack.push(i);
    return parent === undefined ? d : { ...d, parent };
  });
}

export function importsOf(syntax: SyntaxService, languageId: string, trees: readonly Tree[], lines: LineIndex): ImportRef[] {
  const query = syntax.query(languageId, 'imports');
  if (!query) return [];
  const imports: ImportRef[] = [];
  for (const match of trees.flatMap((tree) => query.matches(tree.rootNode))) {
    const statement = match.captures.find((c) => c.name === 'import')?.node;
    const source = match.captures.find((c) => c.name === 'source')?.node;
    if (!statement || !source) continue;
    const names = statement
      .descendantsOfType(['identifier', 'type_identifier', 'name', 'constant', 'dotted_name'])
      .map((n) => n.text)
      .filter((n) => n !== source.text && !n.includes('.'));
    // Python's `import json` binds the module's own name.
    if (statement.type === 'import_statement' && /^[A-Za-z_]\w*$/.test(source.text) && source.parent?.type !== 'aliased_import') names.push(source.text);
    // Go's binds the package's name: its alias, else the package clause's name, which by convention is the path's last element.
    if (statement.type === 'import_spec') {
      const alias = statement.childForFieldName('name');
      const name = alias ? alias.text : goPackageName(source.text.slice(1, -1));
      if (/^[A-Za-z_]\w*$/.test(name) && name !== '_') names.push(name);
    }
    const aliases = new Map<string, string>();
    for (const node of statement.descendantsOfType(['aliased_import', 'import_specifier'])) {
      const alias = node?.childForFieldName('alias');
      const original = node?.childForFieldName('name');
      if (alias && original) aliases.set(alias.text, original.text.slice(original.text.lastIndexOf('.') + 1));
    }
    const ref: ImportRef = { source: source.text.replace(/^["'<]|["'>]$/g, ''), line: lines.lineAt(statement.startIndex), names };
    imports.push(aliases.size ? { ...ref, aliases } : ref);
  }
  return imports;
}

/** `github.com/go-playground/validator/v10` → validator, `gopkg.in/yaml.v3` → yaml, `github.com/mattn/go-isatty` → isatty. */
export function goPackageName(path: string): string {
  const segments = path.split('/');
  let last = segments.pop() ?? '';
  if (/^v\d+$/.test(last) && segments.length) last = segments.pop()!;
  return last.replace(/\.v\d+$/, '').replace(/^go-/, '').replace(/[-.]go$/, '').replace(/[^A-Za-z0-9_]/g, '_');
}

export interface AnalyzeOptions {
  /** Find the imports too (default true; the workspace index has no use for them). */
  readonly imports?: boolean;
}

/** Analyses one file; `tree` undefined means text only (definitions and imports stay empty). */
export function analyzeFile(
  syntax: SyntaxService | undefined,
  path: string,
  languageId: string,
  text: string,
  tree: Tree | undefined,
  options: AnalyzeOptions = {},
): FileAnalysis {
  const lines = new LineIndex(text);
  // Items inside Rust macro calls count as the file's own (see macroItems.ts).
  const inner = syntax && tree ? macroItemTrees(syntax, languageId, tree, text) : [];
  let definitions: CodeDefinition[] = [];
  let imports: ImportRef[] = [];
  try {
    definitions = syntax && tree ? definitionsOf(syntax, languageId, [tree, ...inner], lines) : [];
    imports = syntax && tree && options.imports !== false ? importsOf(syntax, languageId, [tree, ...inner], lines) : [];
  } finally {
    for (const t of inner) t.delete();
  }
  const byName = new Map<string, CodeDefinition[]>();
  for (const d of definitions) {
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
  }
  let chunks: readonly CodeChunk[] | undefined;
  let index: ChunkIndex | undefined;
  const chunksOf = (): readonly CodeChunk[] => (chunks ??= chunkFile(path, lines, tree ? definitions : undefined));
  return {
    path,
    languageId,
    lines,
    parsed: tree !== undefined,
    definitions,
    byName,
    imports,
    chunks: chunksOf,
    chunkIndex: () => (index ??= indexChunks(chunksOf())),
    hasChunkIndex: () => index !== undefined,
  };
}
