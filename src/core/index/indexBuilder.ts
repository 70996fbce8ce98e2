// Keeps the index in step with the workspace: a full pass over the listed files (only files
// whose size, time or content hash changed are read again and re-chunked), and single files on
// save, create, delete and rename. Every file is asked of the path policy first; binary,
// oversized and minified files are left out. Files are read and parsed in slices of a few
// milliseconds (between them the worker hears the host's messages and waits at `throttle` while
// the host holds it back), written in batches of one transaction each. During a full pass a
// helper thread may compute the rows of some files (parse, chunks, words) while this thread
// reads, hashes, writes and computes the others.
import { errorMessage } from '../errorMessage';
import { createHash } from 'node:crypto';
import type { Logger } from '../logger';
import type { SyntaxService } from '../syntax/syntaxService';
import { fileRows, type FileRows, type WorkPause } from './fileRows';
import { IndexBatch } from './indexBatch';
import { prepareLanguages } from './languagesReady';
import type { IndexStore } from './indexStore';
import type { StoredFileInfo } from './indexRows';

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
  /** Awaited while `mustWait` says so (the batch under way stays open: see `sync`). */
  readonly throttle?: () => Promise<void>;
}

export type FileOutcome = 'indexed' | 'unchanged' | 'removed' | 'excluded' | 'missing' | 'tooLarge' | 'binary' | 'generated' | 'failed';

type FileRead =
  | { readonly kind: 'skip'; readonly outcome: 'unchanged' | 'missing' | 'tooLarge' | 'binary' | 'generated' }
  | { readonly kind: 'touch'; readonly info: StoredFileInfo }
  | { readonly kind: 'text'; readonly info: StoredFileInfo; readonly text: string };

/** A file whose rows are to be computed: what it held when read, and what the index had of it then. */
interface RowsJob {
  readonly path: string;
  readonly info: StoredFileInfo;
  readonly stored: StoredFileInfo | undefined;
  readonly text: string;
}

/** A thread that computes rows (rowsHelper.ts), as the builder sees it. */
export interface RowsOffload {
  /** Requests handed out and not answered yet. */
  readonly inFlight: number;
  readonly usable: boolean;
  rows(path: string, text: string, parseTimeoutMs: number): Promise<FileRows>;
}

export interface SyncProgress {
  readonly done: number;
  readonly total: number;
}

export interface SyncResult {
  readonly total: number;
  readonly indexed: number;
  /** Files whose rows the helper thread computed. */
  readonly byHelper: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

const DEFAULT_MAX_FILE_BYTES = 512 * 1024;
const PARSE_MS = 1_000;
/**
 * Work between two looks at the host's messages (a hold, Pause, a search waiting): a hold waits
 * at most this long (plus the file under way) before the worker stops.
 */
const YIELD_MS = 5;
/** A pass asks for its helper thread only once this many files needed rows (a few changed files are done at once). */
const HELPER_AFTER_FILES = 8;
/**
 * Files handed to the helper at once. This thread hears its answers only between slices, and a
 * slice can hold a large file of its own: with three, the helper idled a third of the pass and
 * this thread, which also reads, judges, hashes and writes every file, did most of the work.
 * Deeper, the helper takes whatever this thread cannot, and this thread computes rows itself
 * only while the queue is full.
 */
const HELPER_QUEUE = 16;

export class IndexBuilder {
  /** The hold as a file's work sees it: read between its steps and inside its parse. */
  private readonly pause: WorkPause | undefined;
  /** Waits inside files' work so far: a file that waited may have moved on meanwhile. */
  private waitsInFiles = 0;
  /** Characters of text read to be indexed so far (a batch commits by how much it holds). */
  private textRead = 0;
  /** The batch of the pass under way (a changed file's older rows are left to its end). */
  private passBatch: IndexBatch | undefined;

  constructor(private readonly options: IndexBuilderOptions) {
    const { mustWait, throttle } = options;
    this.pause = mustWait && throttle
      ? { get held() { return mustWait(); }, waitWhileHeld: () => (this.waitsInFiles++, throttle()) }
      : undefined;
  }

  private get store(): IndexStore {
    return this.options.store;
  }

  /**
   * Brings the index in line with `paths` (every file the host lists): files no longer listed
   * are forgotten, new and changed ones indexed. `cancelled` is polled between files. `helper`
   * (asked once enough files need rows) computes rows of some files on another thread.
   */
  async sync(paths: readonly string[], onProgress?: (p: SyncProgress) => void, cancelled: () => boolean = () => false, helper?: () => RowsOffload | undefined): Promise<SyncResult> {
    // The pass copies the log after each batch (`IndexBatch.commit`); SQLite's own copy would land
    // inside the commit. A first build's commits merge segments as they go (FTS5's automerge). A
    // pass over an index that holds files already (a branch switch) leaves its merging to the idle
    // upkeep's small steps (IndexMaintenance), as single updates do: with automerge on, its first
    // write-outs took up the merging the updates before it had left, ~35 MB of log in one batch.
    const stored = this.store.files();
    this.store.autoCheckpoint(false);
    this.store.autoMerge(stored.size === 0);
    try {
      return await this.syncAll(paths, stored, onProgress, cancelled, helper);
    } finally {
      this.store.autoCheckpoint(true);
      this.store.autoMerge(false);
    }
  }

  private async syncAll(paths: readonly string[], stored: ReadonlyMap<string, StoredFileInfo>, onProgress: ((p: SyncProgress) => void) | undefined, cancelled: () => boolean, helper: (() => RowsOffload | undefined) | undefined): Promise<SyncResult> {
    const listed = new Set(paths);
    let removed = 0;
    this.store.transaction(() => {
      for (const path of stored.keys()) if (!listed.has(path) && this.store.removeFile(path)) removed++;
    });
    const counts = { indexed: 0, byHelper: 0, unchanged: 0, skipped: 0 };
    const count = (outcome: FileOutcome): void => {
      if (outcome === 'indexed') counts.indexed++;
      else if (outcome === 'unchanged') counts.unchanged++;
      else if (outcome === 'removed') removed++;
      else counts.skipped++;
    };
    // Files handed to the helper: each writes its rows when they come back (between slices).
    const handed = new Set<Promise<void>>();
    let writeError: { error: unknown } | undefined;
    let needingRows = 0;
    const handOff = (job: RowsJob): boolean => {
      const offload = ++needingRows >= HELPER_AFTER_FILES ? helper?.() : undefined;
      if (!offload?.usable || offload.inFlight >= HELPER_QUEUE) return false;
      const written: Promise<void> = offload
        .rows(job.path, job.text, this.parseTimeoutMs)
        .then((rows) => (counts.byHelper++, rows))
        .catch(() => this.rowsOf(job)) // the helper failed or ended: this thread does it
        .then(async (rows) => {
          // Rows that come back while the build is held are written once it may go on.
          if (this.options.mustWait?.()) await this.options.throttle?.();
          count(rows ? await this.writeRows(job, rows) : 'failed');
        })
        // A failed write fails the pass (its batch is rolled back) at the next file.
        .catch((error: unknown) => void (writeError ??= { error }))
        .finally(() => handed.delete(written));
      handed.add(written);
      return true;
    };
    let done = 0;
    // Held already (the user is typing as the pass starts): not even the first slice runs.
    if (this.options.mustWait?.()) await this.options.throttle?.();
    if (this.options.syntax) await prepareLanguages(this.options.syntax, listed, this.parseTimeoutMs, this.pause);
    const batch = new IndexBatch(this.store, this.pause);
    batch.open(this.textRead);
    this.passBatch = batch;
    let sliceStart = performance.now();
    try {
      for (const path of listed) {
        if (writeError) throw writeError.error;
        if (cancelled()) break;
        const outcome = await this.indexFile(path, helper && handOff);
        if (outcome !== 'handedOff') count(outcome);
        done++;
        onProgress?.({ done, total: listed.size });
        // A hold is read from shared memory after every file; messages (Pause, a search) are
        // only heard between macrotasks, so the pass yields to them every few ms.
        if (!(this.options.mustWait?.() ?? false) && performance.now() - sliceStart < YIELD_MS) continue;
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
        if (this.options.mustWait?.()) {
          // Held (typing, a completion in flight, Pause): wait with the batch open. Committing
          // here would put the commit's work (FTS5 writing out its pending terms, tens of ms)
          // inside the very request that holds the build back.
          await this.options.throttle?.();
          const resumed = performance.now();
          batch.heldBack(resumed - sliceStart);
          sliceStart = resumed;
        }
        if (batch.due(sliceStart, this.textRead)) {
          await batch.commit();
          batch.open(this.textRead);
          sliceStart = performance.now();
        }
      }
      await Promise.all([...handed]);
      if (writeError) throw writeError.error;
    } catch (error) {
      await Promise.all([...handed]);
      batch.rollback();
      this.passBatch = undefined;
      throw error;
    }
    try {
      await batch.commit();
    } catch (error) {
      // A failed step of the commit (a delete, a write-out) leaves nothing of the batch.
      batch.rollback();
      throw error;
    } finally {
      this.passBatch = undefined;
    }
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

  /**
   * Read and parse failures make the file 'failed'; a failed write throws (the batch is rolled
   * back). A file whose rows `handOff` took is written when they come back.
   */
  private async indexFile(path: string): Promise<FileOutcome>;
  private async indexFile(path: string, handOff: ((job: RowsJob) => boolean) | undefined): Promise<FileOutcome | 'handedOff'>;
  private async indexFile(path: string, handOff?: (job: RowsJob) => boolean): Promise<FileOutcome | 'handedOff'> {
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
      case 'text': {
        const job: RowsJob = { path, info: read.info, stored, text: read.text };
        if (handOff?.(job)) return 'handedOff';
        const waits = this.waitsInFiles;
        const rows = await this.rowsOf(job);
        if (!rows) return 'failed';
        // Not inside a request that began while the rows were computed (the write is the costliest step).
        if (this.pause?.held) await this.pause.waitWhileHeld();
        // While it waited, an update or a remove may have come (the host's messages are heard).
        if (this.waitsInFiles !== waits) return this.writeRows(job, rows);
        return this.putFile(path, read.info, rows, stored !== undefined);
      }
    }
  }

  private get parseTimeoutMs(): number {
    return this.options.parseTimeoutMs ?? PARSE_MS;
  }

  /** The file's rows computed on this thread; undefined (logged) when that fails. */
  private async rowsOf(job: RowsJob): Promise<FileRows | undefined> {
    try {
      return await fileRows(this.options.syntax, job.path, job.text, this.parseTimeoutMs, this.pause);
    } catch (error) {
      this.options.logger.debug(`Workspace index: cannot index ${job.path}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  /**
   * Writes rows that came back from the helper, unless the file moved on meanwhile (an update
   * indexed a newer version, a remove forgot it, or it changed on disk again): then the newer
   * state stands, and the next update or pass looks at the file again.
   */
  private async writeRows(job: RowsJob, rows: FileRows): Promise<FileOutcome> {
    const now = this.store.fileInfo(job.path);
    const same = (a: StoredFileInfo | undefined, b: StoredFileInfo | undefined) => a?.hash === b?.hash && a?.mtimeMs === b?.mtimeMs && a?.size === b?.size;
    const onDisk = await this.options.source.stat(job.path);
    if (!same(now, job.stored) || onDisk?.size !== job.info.size || onDisk.mtimeMs !== job.info.mtimeMs) return 'unchanged';
    // A hold that began while the stat was awaited (its message is heard then): the write, the
    // costliest step, waits, and the file is looked at again after.
    if (this.pause?.held) {
      await this.pause.waitWhileHeld();
      return this.writeRows(job, rows);
    }
    return this.putFile(job.path, job.info, rows, now !== undefined);
  }

  /**
   * Writes a file's rows a chunk and a symbol at a time, with a look at the hold before each: a
   * large file's write (FTS5 tokenizing every chunk's words) was the longest work without a look,
   * tens of ms. Inside the batch under way, as a whole write is (its own transaction otherwise).
   * A write that waited may find its file replaced or forgotten meanwhile (an update or a remove
   * was heard): the rows it wrote went with the file's old row, and it stops there.
   * Inside a pass's batch a changed file's older rows are left behind to the batch's end
   * (`IndexBatch.leaveBehind`): deleted here, below the rows just written, they made FTS5 write
   * its pending terms out first (a segment per changed file, then the merges that follow: the
   * longest step of a branch switch's pass, 50-70 ms).
   */
  private async putFile(path: string, info: StoredFileInfo, rows: FileRows, known: boolean): Promise<FileOutcome> {
    const { store } = this;
    const own = !store.inTransaction;
    if (own) store.begin();
    try {
      const batch = own ? undefined : this.passBatch;
      const older = known && batch?.takesLeftBehind ? store.detachFile(path) : undefined;
      if (older !== undefined) batch?.leaveBehind(older);
      const fileId = store.putFileRow(path, info, known && older === undefined);
      const stands = async (): Promise<boolean> => {
        if (!this.pause?.held) return true;
        await this.pause.waitWhileHeld();
        return store.hasFileRow(path, fileId);
      };
      for (const chunk of rows.chunks) {
        if (!(await stands())) return 'unchanged';
        store.putChunk(fileId, chunk);
      }
      for (const symbol of rows.symbols) {
        if (!(await stands())) return 'unchanged';
        store.putSymbol(fileId, symbol);
      }
      return 'indexed';
    } catch (error) {
      // A failed write fails the batch it joined (its owner rolls it back whole), or its own transaction.
      if (own) store.rollback();
      throw error;
    } finally {
      if (own && store.inTransaction) store.commit();
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
    // Nor the hash and decoding inside a hold that began while the file was read.
    if (this.pause?.held) await this.pause.waitWhileHeld();
    const hash = createHash('sha1').update(bytes).digest('hex');
    const info: StoredFileInfo = { hash, size: bytes.length, mtimeMs: stat.mtimeMs };
    if (stored?.hash === hash) return { kind: 'touch', info };
    if (isBinary(bytes)) return { kind: 'skip', outcome: 'binary' };
    const text = new TextDecoder().decode(bytes);
    if (isMinified(text)) return { kind: 'skip', outcome: 'generated' };
    this.textRead += text.length;
    return { kind: 'text', info, text };
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
