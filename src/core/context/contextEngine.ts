// The context engine: for a cursor in a document (or a chat question), builds the request's
// signal and hands it to the mixer, which runs every registered retriever (enclosing scope,
// definitions, type members, similar code, recent edits, and whatever is registered later),
// fuses their rankings and packs into a token budget what the prompt does not show already.
// First-time work (a parse, a disk read, an index) that misses the request's work budget is
// done in the background and helps the next request.
import type { Disposable } from '../disposable';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { estimateTokens } from '../tokenEstimator';
import { syntaxLanguageFor } from '../syntax/languages';
import type { SyntaxService, SyntaxTree } from '../syntax/syntaxService';
import type { ContextRetriever } from './contextRetriever';
import { ContextMixer } from './contextMixer';
import type { ContextResult } from './contextTypes';
import { defaultPathPolicy } from '../guard/pathPolicy';
import type { ContextWorkspace, ExclusionPredicate } from './contextWorkspace';
import { CurrentDocumentImports } from './currentDocumentImports';
import { defaultRetrievers } from './defaultRetrievers';
import { documentWindow } from './documentWindow';
import { WorkspaceSymbols } from './workspaceSymbols';
import { FileAnalysisCache } from './fileAnalysisCache';
import { ImportTargets } from './importTargets';
import { LineIndex } from './lineIndex';
import { namesIn, PrefixNames } from './prefixNames';
import type { RecentEditTracker } from './recentEdits';
import { RetrievalSignal } from './retrievalSignal';
import type { RetrievalPurpose, SignalServices } from './retrievalSignal';
import type { TokenEstimator } from './tokenBudget';
import { DEFAULT_WORK_BUDGET, startWorkBudget, UNLIMITED_WORK } from './workBudget';
import type { WorkBudgetSpec } from './workBudget';

export interface ContextEngineOptions {
  readonly workspace: ContextWorkspace;
  /** Without it, every file is read as text windows. */
  readonly syntax?: SyntaxService;
  /** Files never read into context; default: the usual secret files. */
  readonly isExcluded?: ExclusionPredicate;
  readonly recentEdits?: RecentEditTracker;
  readonly logger?: Logger;
  readonly estimateTokens?: TokenEstimator;
  /**
   * First-time work a request may do before deferring the rest: milliseconds (the editor,
   * default 6 ms) or a count of characters processed (deterministic: the bench, tests).
   */
  readonly workBudget?: WorkBudgetSpec;
  /** Parse budget for files read from disk, off the keystroke path. Default 150 ms. */
  readonly backgroundParseMs?: number;
  /** Open documents considered, at most. */
  readonly maxOpenDocuments?: number;
  /** Index every listed workspace file in the background (the symbol table); default true. */
  readonly indexWorkspace?: boolean;
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
  /** A chat question rather than a cursor in code (retrievers may search differently). */
  readonly purpose?: RetrievalPurpose;
}

export class ContextEngine implements Disposable {
  private readonly files: FileAnalysisCache;
  private readonly services: SignalServices;
  private readonly mixer: ContextMixer;
  private readonly imports: CurrentDocumentImports;
  private readonly prefixNames = new PrefixNames();
  private readonly isExcluded: ExclusionPredicate;
  private readonly symbols: WorkspaceSymbols | undefined;
  private indexing = false;
  private last: ContextResult | undefined;

  constructor(private readonly options: ContextEngineOptions) {
    // Without the host's guard: the guard's secret-file defaults, by name.
    this.isExcluded = options.isExcluded ?? ((path) => !defaultPathPolicy.mayRead(path));
    const logger = options.logger ?? silentLogger;
    this.files = new FileAnalysisCache(options.syntax, options.workspace, this.isExcluded, logger, options.backgroundParseMs);
    this.imports = new CurrentDocumentImports(options.syntax);
    this.services = {
      workspace: options.workspace,
      syntax: options.syntax,
      files: this.files,
      imports: this.imports,
      targets: new ImportTargets(options.workspace, this.files),
      isExcluded: this.isExcluded,
      maxOpenDocuments: options.maxOpenDocuments ?? 20,
    };
    this.symbols = options.indexWorkspace === false ? undefined : new WorkspaceSymbols(options.workspace, options.syntax, this.isExcluded, logger, undefined, options.backgroundParseMs);
    this.mixer = new ContextMixer(defaultRetrievers(options.recentEdits, this.symbols), {
      estimate: options.estimateTokens ?? estimateTokens,
      isExcluded: this.isExcluded,
      logger,
    });
  }

  /** The last result, for "Show Last Completion Prompt". */
  get lastResult(): ContextResult | undefined {
    return this.last;
  }

  /** Adds a context source (e.g. a workspace index); it runs after the built-in ones. */
  register(retriever: ContextRetriever): Disposable {
    return this.mixer.register(retriever);
  }

  /** Starts indexing the workspace (once the host lists its files; gather calls it too). */
  indexWorkspace(): void {
    if (this.indexing || !this.symbols || !this.options.workspace.listFiles?.().length) return;
    this.indexing = true;
    this.symbols.indexAll();
  }

  async gather(request: ContextRequest): Promise<ContextResult> {
    const started = performance.now();
    this.indexWorkspace();
    const work = startWorkBudget(this.options.workBudget ?? DEFAULT_WORK_BUDGET);
    const debugOf = (parsed: boolean, timings: Record<string, number>) => ({
      documentPath: request.document.relativePath,
      languageId: request.document.languageId,
      budgetTokens: request.budgetTokens,
      parsed,
      timings,
    });
    if (this.isExcluded(request.document.relativePath) || request.budgetTokens <= 0) {
      return { snippets: [], totalTokens: 0, debug: { ...debugOf(false, {}), sources: {}, candidates: [] } };
    }
    const window = documentWindow(request.document, request.visibleRange ?? { start: 0, end: request.document.text.length });
    const { document: doc, visible } = window;
    const offset = doc.offset;
    const lines = LineIndex.of(doc.text);
    const tree = window.cut ? undefined : this.currentTree(doc);
    // Names the prompt shows already: snippets that add none are left out.
    const named = request.visibleRange || window.cut ? namesIn(doc.text.slice(visible.start, visible.end)) : this.prefixNames.of(doc, offset);
    const signal = new RetrievalSignal(this.services, { document: doc, offset, lines, tree, visible, named, now: request.now ?? Date.now(), abort: request.signal, purpose: request.purpose }, work);
    const signalMs = performance.now() - started;
    request.signal?.throwIfAborted();

    const mixed = await this.mixer.mix(signal, { tokens: request.budgetTokens, work });
    const timings = { signal: Math.round(signalMs * 1000) / 1000, ...mixed.timings, total: Math.round((performance.now() - started) * 1000) / 1000 };
    const result: ContextResult = {
      snippets: mixed.snippets,
      totalTokens: mixed.totalTokens,
      debug: { ...debugOf(tree !== undefined, timings), sources: mixed.sources, candidates: mixed.candidates, workUnits: work.spent },
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
      this.files.forDocument(doc, UNLIMITED_WORK)?.chunkIndex();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Resolves when deferred work and the workspace index are done (tests and the bench). */
  async idle(): Promise<void> {
    await this.symbols?.idle();
    await this.files.idle();
  }

  /** A workspace file was saved or changed on disk. */
  invalidateFile(relativePath: string): void {
    // Import resolutions depend on which files exist, not on what they hold: a new content
    // re-resolves them only for a file they took for missing, or for a resolution config.
    if (this.files.knownMissing(relativePath) || ImportTargets.isResolutionConfig(relativePath)) this.services.targets.invalidate();
    this.files.invalidate(relativePath);
    if (this.indexing) this.symbols?.update(relativePath);
  }

  /** A workspace file was created. */
  createFile(relativePath: string): void {
    this.files.invalidate(relativePath);
    this.services.targets.invalidate();
    if (this.indexing) this.symbols?.update(relativePath);
  }

  /** A workspace file was deleted. */
  deleteFile(relativePath: string): void {
    this.files.invalidate(relativePath);
    this.services.targets.invalidate();
    this.symbols?.remove(relativePath);
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
    this.symbols?.dispose();
  }

  private currentTree(doc: DocumentSnapshot): SyntaxTree | undefined {
    const syntax = this.options.syntax;
    if (!syntax || !syntaxLanguageFor(doc.languageId)) return undefined;
    return syntax.treeForSync(doc); // undefined while the grammar loads or when over the parse budget
  }
}
