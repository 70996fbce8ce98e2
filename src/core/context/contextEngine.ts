// The context engine: for a cursor in a document, gathers snippets from the enclosing scope,
// the definitions of the symbols in use, the members of the types and modules the code works
// on, similar code in open and recently edited files and the user's recent edits; fuses their
// rankings and packs into a token budget what the prompt does not show already. Work that
// misses the request's time budget (first parse of a file, disk reads) is done in the
// background and helps the next request.
import type { Disposable } from '../disposable';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { estimateTokens } from '../models/tokenEstimator';
import { syntaxLanguageFor } from '../syntax/languages';
import { queryRange } from '../syntax/syntaxQueries';
import type { SyntaxService, SyntaxTree } from '../syntax/syntaxService';
import type { CodeChunk } from './codeChunks';
import type { ContextCandidate, ContextResult, ContextSourceName } from './contextTypes';
import { defaultIsExcluded } from './contextWorkspace';
import type { ContextWorkspace, ExclusionPredicate } from './contextWorkspace';
import { CurrentDocumentImports } from './currentDocumentImports';
import { enclosingScope, scopeHeaders } from './enclosingScope';
import { FileAnalysisCache } from './fileAnalysisCache';
import type { FileAnalysis } from './fileAnalysis';
import { identifiersIn } from './identifierTokens';
import { ImportTargets } from './importTargets';
import type { ResolvedImport } from './importTargets';
import { LineIndex } from './lineIndex';
import { namesIn, PrefixNames } from './prefixNames';
import { DEFAULT_SOURCE_WEIGHTS, fuseCandidates } from './rankFusion';
import { receiverTypesAt } from './receiverTypes';
import { recentEditCandidates } from './recentEdits';
import type { RecentEditTracker } from './recentEdits';
import { similarCodeCandidates } from './similarCode';
import { symbolDefinitionCandidates } from './symbolDefinitions';
import { packIntoBudget } from './tokenBudget';
import type { TokenEstimator } from './tokenBudget';
import { modulesByUse, typeMemberCandidates } from './typeMembers';
import { definitionsBefore, moduleAliases } from './typeResolution';
import type { NameScope } from './typeResolution';

export interface ContextEngineOptions {
  readonly workspace: ContextWorkspace;
  /** Without it, every file is read as text windows. */
  readonly syntax?: SyntaxService;
  /** Files never read into context; default: the usual secret files. */
  readonly isExcluded?: ExclusionPredicate;
  readonly recentEdits?: RecentEditTracker;
  readonly logger?: Logger;
  readonly estimateTokens?: TokenEstimator;
  /** Milliseconds a request may spend on first-time work (parses, reads) before deferring it. */
  readonly workBudgetMs?: number;
  /** Parse budget for files read from disk, off the keystroke path. Default 150 ms. */
  readonly backgroundParseMs?: number;
  /** Open documents considered, at most. */
  readonly maxOpenDocuments?: number;
  /** Weights of the sources in rank fusion (default DEFAULT_SOURCE_WEIGHTS). */
  readonly sourceWeights?: Partial<Record<ContextSourceName, number>>;
}

export interface ContextRequest {
  readonly document: DocumentSnapshot;
  /** Tokens the snippets may take in total (a share of the model's context). */
  readonly budgetTokens: number;
  readonly signal?: AbortSignal;
  /**
   * The part of the document (UTF-16 offsets) that the prompt shows verbatim as prefix and
   * suffix; nothing inside it is repeated as a snippet. Default: the whole document.
   */
  readonly visibleRange?: { readonly start: number; readonly end: number };
  readonly now?: number;
}

/** Lines before the cursor whose identifiers are looked up, and that query similar code. */
const SYMBOL_LINES = 20;
const QUERY_LINES = 20;

export class ContextEngine implements Disposable {
  private readonly files: FileAnalysisCache;
  private readonly imports: CurrentDocumentImports;
  private readonly targets: ImportTargets;
  private readonly prefixNames = new PrefixNames();
  private readonly isExcluded: ExclusionPredicate;
  private readonly estimate: TokenEstimator;
  private last: ContextResult | undefined;

  constructor(private readonly options: ContextEngineOptions) {
    this.isExcluded = options.isExcluded ?? defaultIsExcluded;
    this.estimate = options.estimateTokens ?? estimateTokens;
    const logger = options.logger ?? silentLogger;
    this.files = new FileAnalysisCache(options.syntax, options.workspace, this.isExcluded, logger, options.backgroundParseMs);
    this.imports = new CurrentDocumentImports(options.syntax);
    this.targets = new ImportTargets(options.workspace, this.files);
  }

  /** The last result, for "Show Last Completion Prompt". */
  get lastResult(): ContextResult | undefined {
    return this.last;
  }

  async gather(request: ContextRequest): Promise<ContextResult> {
    const started = performance.now();
    const timings: Record<string, number> = {};
    const lap = (stage: string, from: number): number => {
      const now = performance.now();
      timings[stage] = Math.round((now - from) * 1000) / 1000;
      return now;
    };
    const { document: doc, signal } = request;
    const now = request.now ?? Date.now();
    const workBudget = this.options.workBudgetMs ?? 6;
    const allowWork = (): boolean => performance.now() - started < workBudget;
    const empty = (parsed: boolean): ContextResult => ({
      snippets: [],
      totalTokens: 0,
      debug: { documentPath: doc.relativePath, languageId: doc.languageId, budgetTokens: request.budgetTokens, parsed, timings, candidates: [] },
    });
    if (this.isExcluded(doc.relativePath) || request.budgetTokens <= 0) return empty(false);

    let t = started;
    const lines = LineIndex.of(doc.text);
    const offset = Math.max(0, Math.min(doc.offset, doc.text.length));
    const cursorLine = lines.lineAt(offset);
    const visible = request.visibleRange ?? { start: 0, end: doc.text.length };
    const visibleLines = { first: lines.lineAt(visible.start), last: lines.lineAt(visible.end) };
    const tree = this.currentTree(doc);
    t = lap('parse', t);
    signal?.throwIfAborted();

    const lists: ContextCandidate[][] = [];
    // 1. Enclosing scope.
    if (tree && this.options.syntax) {
      const scope = enclosingScope(this.options.syntax, doc.languageId, tree, lines, offset, doc.relativePath, visible);
      if (scope) lists.push([scope]);
    }
    t = lap('enclosingScope', t);

    // 2. Definitions of the identifiers near the cursor.
    const windowStart = lines.lineStart(Math.max(0, cursorLine - QUERY_LINES));
    const identifiers = this.identifiersNear(doc, tree, lines.lineStart(Math.max(0, cursorLine - SYMBOL_LINES)), offset);
    const importRefs = tree ? this.imports.importsOf(doc, tree, lines) : [];
    const resolved = await this.targets.resolve(doc, importRefs, allowWork);
    const imported = resolved.map((r) => r.file);
    const modules = moduleAliases(resolved);
    const open = this.otherOpenFiles(doc, allowWork);
    t = lap('imports', t);
    // Names in the headers around the cursor (base classes, parameter types) come right after the nearest few.
    if (tree && this.options.syntax) {
      const headerNames = scopeHeaders(this.options.syntax, doc.languageId, tree, doc.text, offset).flatMap((h) => identifiersIn(h));
      identifiers.splice(Math.min(5, identifiers.length), 0, ...headerNames.filter((n) => !identifiers.includes(n)));
    }
    const localNames = new Set(this.files.forDocument(doc, false)?.byName.keys() ?? []);
    const importedPaths = new Set(imported.map((f) => f.path));
    lists.push(
      symbolDefinitionCandidates(identifiers, { imported, open: open.filter((f) => !importedPaths.has(f.path)) }, localNames),
    );
    t = lap('symbolDefinitions', t);
    signal?.throwIfAborted();

    // Names the prompt shows already: snippets that add none are left out.
    const named = request.visibleRange ? namesIn(doc.text.slice(visible.start, visible.end)) : this.prefixNames.of(doc, offset);

    // 2b. Members of the types the code works on (bases of the enclosing class, receivers' types).
    if (tree) {
      const current = this.files.forDocument(doc, false);
      const scope: NameScope = {
        local: current && { file: current, definitions: (name) => definitionsBefore(current, doc.text, offset, name) },
        imported: resolved,
        modules,
        fallback: open,
      };
      const scopes = new Map<string, Promise<NameScope>>();
      const scopeOf = (file: FileAnalysis): Promise<NameScope> => {
        let s = scopes.get(file.path);
        if (!s) scopes.set(file.path, (s = this.scopeOf(file, open, allowWork)));
        return s;
      };
      lists.push(
        await typeMemberCandidates({
          types: receiverTypesAt(doc.languageId, tree, doc.text, offset, cursorLine),
          scope,
          scopeOf,
          named,
          // Modules the file uses most, even if not in the last lines: their outlines name what it may call next.
          modulesByUse: modulesByUse(modules, doc.text.slice(0, offset)),
        }),
      );
    }
    t = lap('typeMembers', t);

    // 3. Similar code in open and recently edited files.
    const recentFiles = await this.recentlyEditedFiles(doc, open, now, allowWork);
    lists.push(similarCodeCandidates(doc.text.slice(windowStart, offset), [...open, ...recentFiles], 12, this.farChunks(doc, request.visibleRange)));
    t = lap('similarCode', t);

    // 4. Recent edits.
    if (this.options.recentEdits) {
      const edits = this.options.recentEdits.recent(now).filter((e) => !this.isExcluded(e.path));
      lists.push(recentEditCandidates(edits, { uri: doc.uri, ...visibleLines }, now));
    }
    t = lap('recentEdits', t);

    const packed = packIntoBudget(fuseCandidates(lists, { ...DEFAULT_SOURCE_WEIGHTS, ...this.options.sourceWeights }), request.budgetTokens, this.estimate, { named });
    lap('fusion', t);
    timings.total = Math.round((performance.now() - started) * 1000) / 1000;
    const result: ContextResult = {
      snippets: packed.snippets,
      totalTokens: packed.totalTokens,
      debug: { documentPath: doc.relativePath, languageId: doc.languageId, budgetTokens: request.budgetTokens, parsed: tree !== undefined, timings, candidates: packed.debug },
    };
    this.last = result;
    return result;
  }

  /** Parses and analyses documents ahead of time (on open, on tab switch) so requests find them ready. */
  async warm(docs: readonly DocumentSnapshot[]): Promise<void> {
    for (const doc of docs) {
      const syntax = this.options.syntax;
      if (syntax && syntaxLanguageFor(doc.languageId)) {
        await syntax.loadLanguage(doc.languageId);
        for (const kind of ['definitions', 'imports', 'scopes', 'identifiers'] as const) syntax.query(doc.languageId, kind);
      }
      this.files.forDocument(doc, true);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Resolves when deferred work is done (tests and the bench). */
  idle(): Promise<void> {
    return this.files.idle();
  }

  /** A workspace file changed on disk. */
  invalidateFile(relativePath: string): void {
    this.files.invalidate(relativePath);
    this.targets.invalidate();
  }

  /** A document was closed. */
  closeDocument(uri: string): void {
    this.files.forgetDocument(uri);
    this.imports.forget(uri);
    this.prefixNames.forget(uri);
    this.options.syntax?.closeDocument(uri);
  }

  dispose(): void {
    this.files.dispose();
  }

  private currentTree(doc: DocumentSnapshot): SyntaxTree | undefined {
    const syntax = this.options.syntax;
    if (!syntax || !syntaxLanguageFor(doc.languageId)) return undefined;
    return syntax.treeForSync(doc); // undefined while the grammar loads or when over the parse budget
  }

  /** Identifiers between `from` and the cursor, nearest first, each once. */
  private identifiersNear(doc: DocumentSnapshot, tree: SyntaxTree | undefined, from: number, offset: number): string[] {
    // The grammar's identifiers leave out words in strings and comments; while the code at the
    // cursor is incomplete (error nodes), plain words are the safer read.
    const query = tree && !tree.rootNode.hasError ? this.options.syntax?.query(doc.languageId, 'identifiers') : undefined;
    const found = query && tree
      ? query.captures(tree.rootNode, queryRange(from, offset)).map((c) => c.node.text)
      : identifiersIn(doc.text.slice(from, offset));
    return [...new Set(found.reverse())];
  }

  /**
   * The document's own chunks outside the part the prompt shows, from its last analysis (maybe
   * a version old): a chunk counts only where the current text still has it word for word, so
   * nothing the user deleted, and nothing past the end of the text, is proposed.
   */
  private farChunks(doc: DocumentSnapshot, visible: ContextRequest['visibleRange']): { file: FileAnalysis; accept: (chunk: CodeChunk) => boolean } | undefined {
    const file = visible && this.files.forDocument(doc, false);
    if (!visible || !file) return undefined;
    const accept = (chunk: CodeChunk): boolean => {
      const start = file.lines.lineStart(chunk.startLine);
      const end = start + chunk.text.length;
      return (end <= visible.start || start >= visible.end) && doc.text.startsWith(chunk.text, start);
    };
    return { file, accept };
  }

  /** The names another workspace file sees: its own definitions and its imports. */
  private async scopeOf(file: FileAnalysis, open: readonly FileAnalysis[], allowWork: () => boolean): Promise<NameScope> {
    const resolved: ResolvedImport[] = await this.targets.resolve({ relativePath: file.path, languageId: file.languageId }, file.imports, allowWork);
    return { own: file, imported: resolved, modules: moduleAliases(resolved), fallback: open };
  }

  private otherOpenFiles(doc: DocumentSnapshot, allowWork: () => boolean): FileAnalysis[] {
    const out: FileAnalysis[] = [];
    for (const other of this.options.workspace.openDocuments()) {
      if (out.length >= (this.options.maxOpenDocuments ?? 20)) break;
      if (other.uri === doc.uri || this.isExcluded(other.relativePath)) continue;
      const analysis = this.files.forDocument(other, allowWork());
      if (analysis) out.push(analysis);
    }
    return out;
  }

  private async recentlyEditedFiles(doc: DocumentSnapshot, open: readonly FileAnalysis[], now: number, allowWork: () => boolean): Promise<FileAnalysis[]> {
    const tracker = this.options.recentEdits;
    if (!tracker) return [];
    const skip = new Set([doc.relativePath, ...open.map((f) => f.path)]);
    const out: FileAnalysis[] = [];
    for (const path of tracker.recentPaths(now).slice(0, 5)) {
      if (skip.has(path)) continue;
      const analysis = await this.files.forPath(path, allowWork());
      if (analysis) out.push(analysis);
    }
    return out;
  }
}
