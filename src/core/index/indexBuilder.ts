// Keeps the index in step with the workspace: a full pass over the listed files (only files
// whose size, time or content hash changed are read again and re-chunked), and single files on
// save, create, delete and rename. Every file is asked of the path policy first; binary,
// oversized and minified files are left out. Files are read and parsed in slices of a few
// milliseconds (between them the worker hears the host's messages and waits at `throttle` while
// the host holds it back), written in batches of one transaction each.
import { errorMessage } from '../errorMessage';
import { createHash } from 'node:crypto';
import { analyzeFile } from '../context/fileAnalysis';
import { definitionSnippet } from '../context/definitionSnippets';
import type { Logger } from '../logger';
import { languageIdForFile, syntaxLanguageFor } from '../syntax/languages';
import type { SyntaxService } from '../syntax/syntaxService';
import { chunkFileForIndex } from './indexChunks';
import type { ChunkRow, IndexStore, StoredFileInfo, SymbolRow } from './indexStore';
import { pathTerms, termText } from './indexTerms';

export interface IndexFileSource {
  /** Size and modification time, or undefined when the file is gone. */
  stat(path: string): Promise<{ size: number; mtimeMs: number } | undefined>;
  read(path: string): Promise<Uint8Array | undefined>;
}

export interface IndexBuilderOptions {
  readonly store: IndexStore;
  readonly source: IndexFileSource;
  /** The path policy's answer: may this file's text go into a prompt (and so into the index)? */
  readonly mayIndex: (path: string) => boolean;
  readonly syntax?: SyntaxService;
  readonly logger: Logger;
  /** Larger files are left out (default 512 KiB). */
  readonly maxFileBytes?: number;
  /** Parse budget per file (default 1 s: off the editor's thread, a slow parse only delays the index). */
  readonly parseTimeoutMs?: number;
  /** Asked between files: whether the host wants indexing to wait now (typing, a completion in flight, Pause). */
  readonly mustWait?: () => boolean;
  /** Awaited (after committing what is done) while `mustWait` says so. */
  readonly throttle?: () => Promise<void>;
}

export type FileOutcome = 'indexed' | 'unchanged' | 'removed' | 'excluded' | 'missing' | 'tooLarge' | 'binary' | 'generated' | 'failed';

type FileRead =
  | { readonly kind: 'skip'; readonly outcome: 'unchanged' | 'missing' | 'tooLarge' | 'binary' | 'generated' }
  | { readonly kind: 'touch'; readonly info: StoredFileInfo }
  | { readonly kind: 'rows'; readonly info: StoredFileInfo; readonly chunks: ChunkRow[]; readonly symbols: SymbolRow[] };

export interface SyncProgress {
  readonly done: number;
  readonly total: number;
}

export interface SyncResult {
  readonly total: number;
  readonly indexed: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

const DEFAULT_MAX_FILE_BYTES = 512 * 1024;
const PARSE_MS = 1_000;
const MAX_SYMBOLS_PER_FILE = 2_000;
/**
 * Work between two looks at the host's messages (a hold, Pause, a search waiting): a hold waits
 * at most this long (plus the file under way) before the worker stops.
 */
const YIELD_MS = 5;
/**
 * A batch's transaction commits after this much work (and whenever the host holds the build
 * back): each commit costs two fsyncs, and a crash loses at most the batch under way.
 */
const BATCH_MS = 1_000;

export class IndexBuilder {
  constructor(private readonly options: IndexBuilderOptions) {}

  private get store(): IndexStore {
    return this.options.store;
  }

  /**
   * Brings the index in line with `paths` (every file the host lists): files no longer listed
   * are forgotten, new and changed ones indexed. `cancelled` is polled between files.
   */
  async sync(paths: readonly string[], onProgress?: (p: SyncProgress) => void, cancelled: () => boolean = () => false): Promise<SyncResult> {
    const listed = new Set(paths);
    let removed = 0;
    this.store.transaction(() => {
      for (const path of this.store.files().keys()) if (!listed.has(path) && this.store.removeFile(path)) removed++;
    });
    const counts = { indexed: 0, unchanged: 0, skipped: 0 };
    let done = 0;
    // Held already (the user is typing as the pass starts): not even the first slice runs.
    if (this.options.mustWait?.()) await this.options.throttle?.();
    let batchStart = performance.now();
    let sliceStart = batchStart;
    this.store.begin();
    try {
      for (const path of listed) {
        if (cancelled()) break;
        const outcome = await this.indexFile(path);
        if (outcome === 'indexed') counts.indexed++;
        else if (outcome === 'unchanged') counts.unchanged++;
        else if (outcome === 'removed') removed++;
        else counts.skipped++;
        done++;
        onProgress?.({ done, total: listed.size });
        const now = performance.now();
        if (now - sliceStart < YIELD_MS) continue;
        // Messages (a hold, Pause, a search) are only heard between macrotasks.
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
        const wait = this.options.mustWait?.() ?? false;
        if (wait || now - batchStart > BATCH_MS) {
          this.store.commit();
          if (wait) await this.options.throttle?.();
          this.store.begin();
          batchStart = sliceStart = performance.now();
        }
      }
    } catch (error) {
      // A failed write: the batch is undone whole, so no file is left half written.
      this.store.rollback();
      throw error;
    }
    this.store.commit();
    const cancelledNow = done < listed.size;
    if (!cancelledNow) this.store.setMeta('lastFullSync', String(Date.now()));
    return { total: listed.size, ...counts, removed, cancelled: cancelledNow };
  }

  /** Indexes one file again if it changed (or forgets it when it is gone or may not be indexed). */
  async update(path: string): Promise<FileOutcome> {
    const outcome = await this.indexFile(path);
    this.store.setMeta('lastUpdate', String(Date.now()));
    return outcome;
  }

  /** A file or folder was deleted (or renamed away): how many files the index forgot. */
  remove(path: string): number {
    const removed = this.store.removeFile(path) ? 1 : this.store.removeFolder(path);
    if (removed) this.store.setMeta('lastUpdate', String(Date.now()));
    return removed;
  }

  /** Read and parse failures make the file 'failed'; a failed write throws (the batch is rolled back). */
  private async indexFile(path: string): Promise<FileOutcome> {
    const { store } = this.options;
    const forget = (outcome: FileOutcome): FileOutcome => (store.removeFile(path) ? (outcome === 'missing' ? 'removed' : outcome) : outcome);
    if (!this.options.mayIndex(path)) return forget('excluded');
    const stored = store.fileInfo(path);
    let read: FileRead;
    try {
      read = await this.read(path, stored);
    } catch (error) {
      this.options.logger.debug(`Workspace index: cannot index ${path}: ${errorMessage(error)}`);
      return 'failed';
    }
    switch (read.kind) {
      case 'skip':
        return read.outcome === 'unchanged' ? 'unchanged' : forget(read.outcome);
      case 'touch':
        store.touchFile(path, read.info);
        return 'unchanged';
      case 'rows':
        store.putFile(path, read.info, read.chunks, read.symbols, stored !== undefined);
        return 'indexed';
    }
  }

  /** What the file holds now, and what the index should do with it (nothing is written here). */
  private async read(path: string, stored: StoredFileInfo | undefined): Promise<FileRead> {
    const { source } = this.options;
    const stat = await source.stat(path);
    if (!stat) return { kind: 'skip', outcome: 'missing' };
    if (stat.size > (this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) return { kind: 'skip', outcome: 'tooLarge' };
    if (stored && stored.size === stat.size && stored.mtimeMs === stat.mtimeMs) return { kind: 'skip', outcome: 'unchanged' };
    const bytes = await source.read(path);
    if (!bytes) return { kind: 'skip', outcome: 'missing' };
    const hash = createHash('sha1').update(bytes).digest('hex');
    const info: StoredFileInfo = { hash, size: bytes.length, mtimeMs: stat.mtimeMs };
    if (stored?.hash === hash) return { kind: 'touch', info };
    if (isBinary(bytes)) return { kind: 'skip', outcome: 'binary' };
    const text = new TextDecoder().decode(bytes);
    if (isMinified(text)) return { kind: 'skip', outcome: 'generated' };
    return { kind: 'rows', info, ...(await this.rows(path, text)) };
  }

  private async rows(path: string, text: string): Promise<{ chunks: ChunkRow[]; symbols: SymbolRow[] }> {
    const syntax = this.options.syntax;
    const languageId = languageIdForFile(path, text);
    const tree = syntax && syntaxLanguageFor(languageId) ? await syntax.parse(languageId, text, { timeoutMs: this.options.parseTimeoutMs ?? PARSE_MS }) : undefined;
    try {
      const file = analyzeFile(syntax, path, languageId, text, tree, { imports: false });
      const where = pathTerms(path);
      const chunks = chunkFileForIndex(path, file).map((c): ChunkRow => ({
        startLine: c.startLine,
        endLine: c.endLine,
        kind: c.kind,
        scope: c.scope,
        header: c.header,
        symbolTerms: termText(c.names.join(' ')),
        pathTerms: where,
        // A window inside a long definition is found by that definition's signature too.
        bodyTerms: termText(c.kind === 'part' ? `${c.header}\n${file.lines.lines(c.startLine, c.endLine)}` : file.lines.lines(c.startLine, c.endLine)),
      }));
      const symbols: SymbolRow[] = [];
      for (const def of file.definitions.slice(0, MAX_SYMBOLS_PER_FILE)) {
        const snippet = definitionSnippet(file, def);
        symbols.push({ name: def.name, kind: def.kind, startLine: snippet.startLine, endLine: snippet.endLine, text: snippet.text });
      }
      return { chunks, symbols };
    } finally {
      tree?.delete();
    }
  }
}

/** A NUL byte in the first 8 KiB: what git calls binary. */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Minified or generated text: long, and lines far longer than anyone writes. */
export function isMinified(text: string): boolean {
  if (text.length < 20_000) return false;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines > 300;
}
