// What the index worker does for each request, apart from the thread plumbing (so tests and the
// bench can run it in-process): opens the store, judges files with its own instance of the one
// path policy, builds and updates through the IndexBuilder, answers searches with the lines as
// they are on disk now, and hands out chunks still waiting for an embedding.
import { errorMessage } from '../errorMessage';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { absolutePath, type WorkspaceRoot } from '../workspaceFolders';
import { PathPolicy } from '../guard/pathPolicy';
import type { Logger } from '../logger';
import type { SyntaxService } from '../syntax/syntaxService';
import { IndexBuilder } from './indexBuilder';
import { IndexHold } from './indexHold';
import { IndexMaintenance } from './indexMaintenance';
import type { IndexFileSource, SyncProgress, SyncResult } from './indexBuilder';
import type { EmbeddingWork, IndexOpenOptions, IndexSnippet, IndexStats, WorkerPolicyOptions } from './indexProtocol';
import { searchIndex } from './indexSearch';
import { IndexStore } from './indexStore';
import type { SymbolHit } from './indexRows';
import { RowsHelper, type RowsWorkerScript } from './rowsHelper';
import { describePriority } from './threadPriority';

// Synchronous reads: this runs on the index's own thread, and a read handed to the thread pool
// and back cost more than the read itself (most of the build's wall time on a loaded machine).
class FsSource implements IndexFileSource {
  constructor(private readonly roots: () => readonly WorkspaceRoot[]) {}

  async stat(path: string): Promise<{ size: number; mtimeMs: number } | undefined> {
    const abs = absolutePath(this.roots(), path);
    if (!abs) return undefined;
    try {
      const s = statSync(abs);
      return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    const abs = absolutePath(this.roots(), path);
    if (!abs) return undefined;
    try {
      return readFileSync(abs);
    } catch {
      return undefined;
    }
  }
}

export interface IndexServiceDeps {
  readonly syntax?: SyntaxService;
  readonly logger: Logger;
  readonly onProgress?: (progress: SyncProgress) => void;
  /** The helper thread's script: a full pass then computes rows on two threads (none: on this one alone). */
  readonly rowsWorker?: RowsWorkerScript;
  /** Whether to wait (typing, a completion in flight), shared with the host (default: this service's own). */
  readonly hold?: IndexHold;
}

export class IndexService {
  private store: IndexStore | undefined;
  private builder: IndexBuilder | undefined;
  private policy: PathPolicy | undefined;
  private roots: readonly WorkspaceRoot[] = [];
  private options: IndexOpenOptions | undefined;
  private readonly source = new FsSource(() => this.roots);
  private paused = false;
  private cancelled = false;
  private readonly holds: IndexHold;
  private syncing: Promise<SyncResult> | undefined;
  /** The helper thread of the pass under way, if it has one. */
  private helper: RowsHelper | undefined;
  /** Merging and copying the log, when no request is waiting (not inside the update that wrote). */
  private readonly upkeep: IndexMaintenance;

  constructor(private readonly deps: IndexServiceDeps) {
    this.holds = deps.hold ?? new IndexHold();
    this.upkeep = new IndexMaintenance(() => this.store, this.holds, deps.logger, () => this.syncing !== undefined);
    // A worker started again after one died: the record may still say the old one's Pause.
    this.holds.setPaused(false);
  }

  open(options: IndexOpenOptions): IndexStats {
    this.options = options;
    this.store?.close();
    this.store = IndexStore.open(options.dbPath, this.deps.logger);
    this.setPolicy(options.policy, options.roots);
    return this.stats();
  }

  setPolicy(policy: WorkerPolicyOptions, roots: readonly WorkspaceRoot[]): void {
    this.roots = roots;
    // (Kept as the policy a rebuild starts with: the one the index was opened with may be long stale — a folder pending
    // at the window's start, globs changed since — and every file it refuses would be missing from the rebuilt index.)
    if (this.options) this.options = { ...this.options, policy };
    const { pendingFolders = [], ...options } = policy;
    this.policy = new PathPolicy({ ...options, roots, settingsPending: (path) => folderHolding(pendingFolders, path) });
    const store = this.requireStore();
    this.builder = new IndexBuilder({
      store,
      source: this.source,
      mayIndex: (path) => this.mayIndex(path),
      syntax: this.deps.syntax,
      logger: this.deps.logger,
      maxFileBytes: this.options?.maxFileBytes,
      mustWait: () => this.holds.held,
      throttle: () => this.holds.waitWhileHeld(),
    });
  }

  /** The path policy's verdict on the file's real place (each folder by its own rules). */
  mayIndex(path: string): boolean {
    const abs = absolutePath(this.roots, path);
    return abs !== undefined && (this.policy?.mayRead(abs) ?? false);
  }

  /** Brings the index in line with every listed file; a second call while one runs waits for it and runs again. */
  async sync(paths: readonly string[]): Promise<SyncResult> {
    while (this.syncing) await this.syncing.catch(() => undefined);
    this.setCancelled(false);
    // The helper thread lives for one pass, started only when enough files need rows.
    let started = false;
    const offload = (): RowsHelper | undefined => {
      if (!started && this.deps.rowsWorker) {
        started = true;
        try {
          this.helper = new RowsHelper(this.deps.rowsWorker, this.holds, (p) => this.deps.logger.debug(describePriority('helper', p)));
        } catch (error) {
          this.deps.logger.debug(`Workspace index: no helper thread (${errorMessage(error)}); indexing on one thread`);
        }
      }
      return this.helper;
    };
    this.syncing = this.requireBuilder().sync(paths, this.deps.onProgress, () => this.cancelled, offload);
    try {
      return await this.syncing;
    } finally {
      this.syncing = undefined;
      this.helper?.dispose();
      this.helper = undefined;
      this.upkeep.requested(true);
    }
  }

  async update(paths: readonly string[]): Promise<number> {
    this.upkeep.requested(true);
    let changed = 0;
    const builder = this.requireBuilder();
    const store = this.requireStore();
    store.begin();
    try {
      for (const path of paths) if ((await builder.update(path)) !== 'unchanged') changed++;
    } catch (error) {
      store.rollback();
      throw error;
    }
    store.commit();
    return changed;
  }

  remove(paths: readonly string[]): number {
    this.upkeep.requested(true);
    let removed = 0;
    const builder = this.requireBuilder();
    this.requireStore().transaction(() => {
      for (const path of paths) removed += builder.remove(path);
    });
    return removed;
  }

  control(action: 'pause' | 'resume' | 'cancel'): void {
    if (action === 'pause') this.paused = true;
    if (action === 'resume') this.paused = false;
    this.setCancelled(this.cancelled || action === 'cancel');
  }

  /** No indexing work before `until` (ms since epoch). */
  hold(until: number): void {
    this.holds.holdUntil(until);
  }

  /** A cancelled pass stops even while paused (the pause itself holds the next pass). */
  private setCancelled(cancelled: boolean): void {
    this.cancelled = cancelled;
    this.holds.setPaused(this.paused && !this.cancelled);
  }

  async search(query: string, limit: number, vector?: readonly number[]): Promise<IndexSnippet[]> {
    this.upkeep.requested(false);
    const hits = searchIndex(this.requireStore(), query, { limit, vector });
    const texts = new Map<string, string[] | undefined>();
    const out: IndexSnippet[] = [];
    for (const hit of hits) {
      if (!texts.has(hit.path)) texts.set(hit.path, await this.readLines(hit.path));
      const lines = texts.get(hit.path);
      if (!lines) continue;
      const text = lines.slice(hit.startLine, hit.endLine + 1).join('\n');
      if (text.trim()) out.push({ ...hit, text });
    }
    return out;
  }

  definitions(names: readonly string[], perName: number): SymbolHit[] {
    this.upkeep.requested(false);
    const store = this.requireStore();
    return names.flatMap((name) => store.definitions(name, perName)).filter((d) => this.mayIndex(d.path));
  }

  /**
   * Chunks without a vector of `model`, with their text as on disk; a file that changed or went
   * away since it was indexed is indexed again (or forgotten) instead.
   */
  async pendingEmbeddings(limit: number, model: string): Promise<EmbeddingWork[]> {
    const store = this.requireStore();
    if (store.getMeta('embeddingModel') !== model) {
      store.transaction(() => {
        store.clearVectors();
        store.setMeta('embeddingModel', model);
      });
    }
    const pending = store.pendingEmbeddings(limit);
    const out: EmbeddingWork[] = [];
    const stale = new Set<string>();
    const files = new Map<string, string[] | undefined>();
    for (const p of pending) {
      if (!files.has(p.path)) {
        const bytes = await this.source.read(p.path);
        const info = store.fileInfo(p.path);
        const fresh = bytes && info && createHash('sha1').update(bytes).digest('hex') === info.hash && this.mayIndex(p.path);
        files.set(p.path, fresh ? new TextDecoder().decode(bytes).split('\n') : undefined);
        if (!fresh) stale.add(p.path);
      }
      const lines = files.get(p.path);
      if (!lines) continue;
      const body = lines.slice(p.startLine, p.endLine + 1).join('\n');
      out.push({ chunkId: p.chunkId, path: p.path, text: p.header && !body.startsWith(p.header) ? `${p.header}\n${body}` : body });
    }
    if (stale.size) await this.update([...stale]);
    return out;
  }

  putVectors(model: string, vectors: readonly { chunkId: number; vector: readonly number[] }[]): void {
    this.upkeep.requested(true);
    const store = this.requireStore();
    if (store.getMeta('embeddingModel') === model) store.putVectors(vectors);
  }

  stats(): IndexStats {
    this.upkeep.requested(false);
    const store = this.requireStore();
    const number = (key: string): number | undefined => {
      const v = store.getMeta(key);
      return v === undefined ? undefined : Number(v);
    };
    const counts = store.stats();
    return {
      ...counts,
      lastUpdate: number('lastUpdate') ?? number('lastFullSync'),
      lastFullSync: number('lastFullSync'),
      embeddingModel: store.getMeta('embeddingModel'),
      // Vectors exist only for chunks that exist (see IndexStore.putVectors and removeFile): no join over every chunk.
      pendingEmbeddings: counts.chunks - counts.vectors,
      recovered: store.recovered,
    };
  }

  /** Deletes the database and starts an empty one (the host lists the files again). */
  async rebuild(): Promise<IndexStats> {
    this.setCancelled(true);
    while (this.syncing) await this.syncing.catch(() => undefined);
    const options = this.options;
    if (!options) throw new Error('the index is not open');
    this.store?.close();
    IndexStore.delete(options.dbPath);
    this.store = IndexStore.open(options.dbPath, this.deps.logger);
    this.setPolicy(options.policy, this.roots);
    return this.stats();
  }

  close(): void {
    this.setCancelled(true);
    this.upkeep.dispose();
    this.store?.close();
    this.store = undefined;
  }

  private async readLines(path: string): Promise<string[] | undefined> {
    if (!this.mayIndex(path)) return undefined;
    const bytes = await this.source.read(path);
    return bytes ? new TextDecoder().decode(bytes).split('\n') : undefined;
  }

  private requireStore(): IndexStore {
    if (!this.store) throw new Error('the index is not open');
    return this.store;
  }

  private requireBuilder(): IndexBuilder {
    if (!this.builder) throw new Error('the index is not open');
    return this.builder;
  }
}

/** The folder of `folders` (absolute) an absolute path is in, if any. */
function folderHolding(folders: readonly string[], path: string): string | undefined {
  const slashed = path.replace(/\\/g, '/');
  return folders.find((folder) => {
    const root = folder.replace(/\\/g, '/');
    return slashed === root || slashed.startsWith(`${root}/`);
  });
}
