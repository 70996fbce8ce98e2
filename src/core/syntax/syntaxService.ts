// The tree-sitter service: web-tree-sitter with grammar .wasm files loaded
// lazily per language, parses under a time budget, and a per-document tree cache updated
// incrementally. Callers get `undefined` whenever a language is unsupported or a parse gave
// up; they must then fall back to plain text, never wait.
// `import = require` makes esbuild pick web-tree-sitter's CommonJS build: its ESM build
// needs import.meta.url, which is empty in our CommonJS bundle.
import TreeSitter = require('web-tree-sitter');
import type { Language, Parser, Query, Range, Tree } from 'web-tree-sitter';
import type { Disposable } from '../disposable';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { DocumentTreeCache } from './documentTreeCache';
import { parseInSlices } from './slicedParse';
import { SyntaxQueries, defaultQueriesDir } from './syntaxQueries';
import type { QueryKind } from './syntaxQueries';
import type { DocumentChange } from './textEdits';
import { syntaxLanguageFor } from './languages';
import type { SyntaxLanguage } from './languages';
import { defaultWasmLocator, wasmDirLocator } from './wasmLocator';
import type { WasmLocator } from './wasmLocator';

export type { Tree as SyntaxTree, Node as SyntaxNode, Point as SyntaxPoint } from 'web-tree-sitter';

export interface SyntaxServiceOptions {
  /** Folder holding web-tree-sitter.wasm and the grammars (the bundle's `dist/wasm`). */
  readonly wasmDir?: string;
  /** Or a function that finds each wasm file; default: dist/wasm beside the bundle, else node_modules. */
  readonly locate?: WasmLocator;
  readonly logger?: Logger;
  /** Time budget of one parse when the caller gives none. */
  readonly defaultTimeoutMs?: number;
  /** Texts longer than this are never parsed (callers use text windows). */
  readonly maxParseChars?: number;
  /** Folder of `<language>/<kind>.scm` queries; default: `queries` beside this module or the bundle. */
  readonly queriesDir?: string;
  /** How many documents keep a cached tree. */
  readonly maxDocuments?: number;
}

export interface ParseOptions {
  /** Give up (return undefined) when parsing takes longer than this. */
  readonly timeoutMs?: number;
  /** A tree of an earlier version of the text, already `edit`ed to match it. */
  readonly oldTree?: Tree;
  /** Parse only these parts of the text, as if they were one (code embedded in other code). */
  readonly includedRanges?: Range[];
  /**
   * Asked as the parse goes (every few hundred steps): true stops it at once and the parse
   * returns undefined, as when out of time (background work that must give way mid-file).
   */
  readonly interrupt?: () => boolean;
}

// Parser.init sets up one wasm module per process; every service shares it.
let runtimeReady: Promise<void> | undefined;

function initRuntime(locate: WasmLocator): Promise<void> {
  runtimeReady ??= TreeSitter.Parser.init({ locateFile: (file: string) => locate(file) });
  return runtimeReady;
}

export class SyntaxService implements Disposable {
  private readonly languages = new Map<string, Promise<Language | undefined>>();
  private readonly loaded = new Map<string, Language>();
  private readonly parsers = new Map<Language, Parser>();
  private readonly cache: DocumentTreeCache;
  private readonly queries: SyntaxQueries;
  private disposed = false;

  static async create(options: SyntaxServiceOptions = {}): Promise<SyntaxService> {
    const locate = options.locate ?? (options.wasmDir ? wasmDirLocator(options.wasmDir) : defaultWasmLocator());
    await initRuntime(locate);
    return new SyntaxService(locate, options);
  }

  private constructor(
    private readonly locate: WasmLocator,
    private readonly options: SyntaxServiceOptions,
  ) {
    this.cache = new DocumentTreeCache(this, options.maxDocuments ?? 64);
    this.queries = new SyntaxQueries(options.queriesDir ?? defaultQueriesDir(), options.logger ?? silentLogger);
  }

  private get logger(): Logger {
    return this.options.logger ?? silentLogger;
  }

  get defaultTimeoutMs(): number {
    return this.options.defaultTimeoutMs ?? 50;
  }

  get maxParseChars(): number {
    return this.options.maxParseChars ?? 2_000_000;
  }

  /** The grammar serving a VS Code language id, or undefined when we have none. */
  languageFor(languageId: string): SyntaxLanguage | undefined {
    return syntaxLanguageFor(languageId);
  }

  /** Loads the grammar on first use; undefined when unsupported or its wasm failed to load. */
  loadLanguage(languageId: string): Promise<Language | undefined> {
    const spec = syntaxLanguageFor(languageId);
    if (!spec) return Promise.resolve(undefined);
    let pending = this.languages.get(spec.name);
    if (!pending) {
      pending = TreeSitter.Language.load(this.locate(spec.grammarFile)).then(
        (language) => {
          this.loaded.set(spec.name, language);
          this.logger.debug(`tree-sitter: loaded ${spec.grammarFile}`);
          return language;
        },
        (error: unknown) => {
          this.logger.warn(`tree-sitter: cannot load ${spec.grammarFile}: ${String(error)}`);
          return undefined;
        },
      );
      this.languages.set(spec.name, pending);
    }
    return pending;
  }

  /** The grammar if it is already loaded (synchronous, for hot paths). */
  loadedLanguage(languageId: string): Language | undefined {
    const spec = syntaxLanguageFor(languageId);
    return spec && this.loaded.get(spec.name);
  }

  /** A compiled query of a loaded language (see `QueryKind` for its captures); owned by the service. */
  query(languageId: string, kind: QueryKind): Query | undefined {
    const spec = syntaxLanguageFor(languageId);
    const language = spec && this.loaded.get(spec.name);
    return language && this.queries.get(spec.name, language, kind, spec.queries);
  }

  /**
   * Parses `text`. The caller owns the returned tree and must `delete()` it. Undefined when the
   * language is unsupported, the text is too large, or the parse exceeded its time budget.
   */
  async parse(languageId: string, text: string, options: ParseOptions = {}): Promise<Tree | undefined> {
    if (!(await this.loadLanguage(languageId))) return undefined;
    return this.parseSync(languageId, text, options);
  }

  /** Like `parse`, but undefined (and starts loading) when the grammar is not loaded yet. */
  parseSync(languageId: string, text: string, options: ParseOptions = {}): Tree | undefined {
    if (this.disposed || text.length > this.maxParseChars) return undefined;
    const language = this.loadedLanguage(languageId);
    if (!language) {
      void this.loadLanguage(languageId);
      return undefined;
    }
    const parser = this.parserFor(language);
    const deadline = performance.now() + (options.timeoutMs ?? this.defaultTimeoutMs);
    const interrupt = options.interrupt;
    // Returning true from the progress callback cancels the parse (web-tree-sitter types say void).
    const progressCallback = (interrupt ? () => performance.now() > deadline || interrupt() : () => performance.now() > deadline) as unknown as () => void;
    try {
      const tree = parser.parse(text, options.oldTree ?? null, { progressCallback, includedRanges: options.includedRanges });
      if (!tree) {
        parser.reset(); // otherwise the next parse would resume this one
        if (!interrupt?.()) this.logger.debug(`tree-sitter: gave up parsing ${text.length} chars of ${languageId}`);
        return undefined;
      }
      return tree;
    } catch (error) {
      parser.reset();
      this.logger.warn(`tree-sitter: parse failed for ${languageId}: ${String(error)}`);
      return undefined;
    }
  }

  /**
   * Parses in short slices between other work with a parser of its own (see slicedParse.ts),
   * incrementally from `oldTree` when given; `oldTree` is the job's (deleted when it ends, or at
   * once when no job starts).
   */
  parseInBackground(languageId: string, text: string, done: (tree: Tree | undefined) => void, oldTree?: Tree): Disposable | undefined {
    const language = !this.disposed && text.length <= this.maxParseChars ? this.loadedLanguage(languageId) : undefined;
    if (!language) {
      oldTree?.delete();
      return undefined;
    }
    const parser = new TreeSitter.Parser();
    parser.setLanguage(language);
    return parseInSlices(parser, text, done, oldTree);
  }

  /**
   * Brings the cached tree of a document up to `version` and returns it. With `changes` (the
   * editor's change events since the cached version) the old tree is edited and reparsed
   * incrementally; without them the edit is found by diffing the old and new text. The cache
   * owns the tree: do not delete it, and use it right away (it is freed a few updates later).
   */
  async updateDocument(
    uri: string,
    languageId: string,
    version: number,
    text: string,
    changes?: readonly DocumentChange[],
  ): Promise<Tree | undefined> {
    if (!(await this.loadLanguage(languageId))) return undefined;
    return this.cache.update(uri, languageId, version, text, changes);
  }

  /** The up-to-date tree of a snapshot (parsed or updated as needed); see `updateDocument`. */
  treeFor(doc: DocumentSnapshot): Promise<Tree | undefined> {
    return this.updateDocument(doc.uri, doc.languageId, doc.version, doc.text);
  }

  /** Synchronous `treeFor`: undefined when the grammar is not loaded yet (loading starts). */
  treeForSync(doc: DocumentSnapshot): Tree | undefined {
    if (!this.loadedLanguage(doc.languageId)) {
      void this.loadLanguage(doc.languageId);
      return undefined;
    }
    return this.cache.update(doc.uri, doc.languageId, doc.version, doc.text);
  }

  /** The cached tree when it is exactly at `version`, without parsing. */
  cachedTree(uri: string, version: number): Tree | undefined {
    return this.cache.peek(uri, version);
  }

  /** Forgets a closed document's tree. */
  closeDocument(uri: string): void {
    this.cache.delete(uri);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.cache.dispose();
    this.queries.dispose();
    for (const parser of this.parsers.values()) parser.delete();
    this.parsers.clear();
  }

  private parserFor(language: Language): Parser {
    let parser = this.parsers.get(language);
    if (!parser) {
      parser = new TreeSitter.Parser();
      parser.setLanguage(language);
      this.parsers.set(language, parser);
    }
    return parser;
  }
}
