// File analyses kept between completions: open documents per version, workspace files read
// from disk until the host reports them changed (saved, changed on disk, created, deleted).
// Never by age: an expiry by the clock would make what a request finds cached, and so its
// context, depend on how fast the machine is. Work that does not fit in a request's work
// budget is queued and done between requests, one file per macrotask.
import type { DocumentSnapshot } from '../documentSnapshot';
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import { languageIdForFile } from '../syntax/languages';
import type { SyntaxService } from '../syntax/syntaxService';
import type { ContextWorkspace, ExclusionPredicate } from './contextWorkspace';
import { analyzeFile } from './fileAnalysis';
import type { FileAnalysis } from './fileAnalysis';
import { READ_UNITS, UNLIMITED_WORK } from './workBudget';
import type { WorkBudget } from './workBudget';

const MAX_FILES = 400;
/**
 * Files larger than this are never analysed (nor offered as context): generated or minified
 * text, whose analysis alone would hold the extension host for a long while even off the
 * keystroke path. The editor offers no larger document as context either.
 */
export const MAX_ANALYSIS_CHARS = 1_000_000;

export class FileAnalysisCache implements Disposable {
  private readonly open = new Map<string, { version: number; analysis: FileAnalysis }>();
  /** Workspace files read from disk; undefined: missing or excluded. */
  private readonly disk = new Map<string, FileAnalysis | undefined>();
  private readonly pendingDisk = new Map<string, Promise<FileAnalysis | undefined>>();
  private readonly queue = new Map<string, () => Promise<unknown> | void>();
  private draining = false;
  private disposed = false;

  constructor(
    private readonly syntax: SyntaxService | undefined,
    private readonly workspace: ContextWorkspace,
    private readonly isExcluded: ExclusionPredicate,
    private readonly logger: Logger,
    /** Parse budget of a file read from disk (off the keystroke path); larger files get text windows. */
    private readonly backgroundParseMs = 150,
  ) {}

  /** The analysis of an open document at its version; an older one (or none) when the budget defers the work. */
  forDocument(doc: DocumentSnapshot, budget: WorkBudget): FileAnalysis | undefined {
    if (this.isExcluded(doc.relativePath) || doc.text.length > MAX_ANALYSIS_CHARS) return undefined;
    const cached = this.open.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const syntax = this.syntax;
    if (syntax?.languageFor(doc.languageId) && !syntax.loadedLanguage(doc.languageId)) {
      // Its grammar is loading: analysed once it is there, not cached as text only until the next edit.
      this.defer(`doc:${doc.uri}`, async () => {
        await syntax.loadLanguage(doc.languageId);
        this.analyzeDocument(doc); // text only if the grammar failed to load
      });
      return cached?.analysis;
    }
    if (!budget.take(doc.text.length)) {
      this.defer(`doc:${doc.uri}`, () => void this.forDocument(doc, UNLIMITED_WORK));
      return cached?.analysis; // a slightly stale analysis beats none
    }
    return this.analyzeDocument(doc);
  }

  private analyzeDocument(doc: DocumentSnapshot): FileAnalysis {
    const tree = this.syntax?.loadedLanguage(doc.languageId) ? this.syntax.treeForSync(doc) : undefined;
    const analysis = analyzeFile(this.syntax, doc.relativePath, doc.languageId, doc.text, tree);
    this.open.delete(doc.uri);
    this.open.set(doc.uri, { version: doc.version, analysis });
    this.trim(this.open);
    return analysis;
  }

  /** The analysis of a workspace file (reads and parses it unless cached); undefined if missing, excluded, or deferred by the budget. */
  async forPath(path: string, budget: WorkBudget): Promise<FileAnalysis | undefined> {
    if (this.isExcluded(path)) {
      this.disk.set(path, undefined); // never read, as if missing
      return undefined;
    }
    if (this.disk.has(path)) return this.disk.get(path);
    if (!budget.take(READ_UNITS)) {
      this.defer(`path:${path}`, () => this.forPath(path, UNLIMITED_WORK));
      return undefined;
    }
    let pending = this.pendingDisk.get(path);
    if (!pending) {
      pending = this.load(path, budget).finally(() => this.pendingDisk.delete(path));
      this.pendingDisk.set(path, pending);
    }
    return pending;
  }

  /** Whether a path is known to be missing (from the cache only; no I/O). */
  knownMissing(path: string): boolean {
    return this.disk.has(path) && this.disk.get(path) === undefined;
  }

  /** Forgets a file that changed on disk. */
  invalidate(path: string): void {
    this.disk.delete(path);
  }

  forgetDocument(uri: string): void {
    this.open.delete(uri);
  }

  /** Resolves when the background queue is empty (tests, the bench). */
  async idle(): Promise<void> {
    while (this.queue.size > 0 || this.draining) await new Promise((resolve) => setImmediate(resolve));
  }

  dispose(): void {
    this.disposed = true;
    this.queue.clear();
    this.open.clear();
    this.disk.clear();
  }

  private async load(path: string, budget: WorkBudget): Promise<FileAnalysis | undefined> {
    let analysis: FileAnalysis | undefined;
    try {
      const text = await this.workspace.readFile(path);
      if (text !== undefined && text.length <= MAX_ANALYSIS_CHARS && !budget.take(text.length)) {
        // Read but too long to parse now: the background does it (reading again, which is cheap).
        this.defer(`path:${path}`, () => this.forPath(path, UNLIMITED_WORK));
        return this.disk.get(path);
      }
      if (text !== undefined && text.length <= MAX_ANALYSIS_CHARS && !this.disposed) {
        const languageId = languageIdForFile(path, text);
        const tree = await this.syntax?.parse(languageId, text, { timeoutMs: this.backgroundParseMs });
        try {
          analysis = analyzeFile(this.syntax, path, languageId, text, tree);
        } finally {
          tree?.delete();
        }
      }
    } catch (error) {
      this.logger.debug(`context: cannot read ${path}: ${String(error)}`);
    }
    this.disk.set(path, analysis);
    this.trim(this.disk);
    return analysis;
  }

  /** Queues work for between requests (one item per macrotask); a later item with the same key replaces it. */
  defer(key: string, work: () => Promise<unknown> | void): void {
    if (this.disposed) return;
    this.queue.set(key, work);
    if (this.draining) return;
    this.draining = true;
    const next = (): void => {
      const [first] = this.queue;
      if (!first || this.disposed) {
        this.draining = false;
        return;
      }
      this.queue.delete(first[0]);
      Promise.resolve()
        .then(first[1])
        .catch((error: unknown) => this.logger.debug(`context: background analysis failed: ${String(error)}`))
        .finally(() => setImmediate(next));
    };
    setImmediate(next);
  }

  private trim<V>(map: Map<string, V>): void {
    while (map.size > MAX_FILES) map.delete(map.keys().next().value as string);
  }
}
