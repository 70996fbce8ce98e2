// The workspace index as the host sees it: starts the worker, keeps the index in step with the
// workspace (a full pass at start and on Rebuild; single files on save, create, delete and
// rename, gathered for a moment; a burst of many changes at once, such as a branch switch, is
// one full pass instead), answers searches and symbol lookups, runs the embedding queue when an
// embedding model is configured, and tells listeners its status for the status bar.
import { errorMessage } from '../errorMessage';
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import { EmbeddingQueue, type EmbedTexts } from './embeddingQueue';
import type { IndexConnection, IndexSnippet, IndexStats, WorkerMemory, WorkerPolicyOptions, WorkspaceRoot } from './indexProtocol';
import type { SymbolHit } from './indexRows';

export type IndexState = 'starting' | 'building' | 'paused' | 'stopped' | 'ready' | 'failed';

export interface IndexStatus {
  readonly state: IndexState;
  /** Files done and listed in the pass under way. */
  readonly done: number;
  readonly total: number;
  /** True until the first full pass over this workspace finished. */
  readonly firstBuild: boolean;
  readonly stats?: IndexStats;
  readonly error?: string;
  readonly embedding: { readonly model?: string; readonly state: 'off' | EmbeddingQueue['state']; readonly error?: string };
}

export interface IndexHost {
  /** Every file the host lists for the workspace (files.exclude honoured), path policy applied. */
  listFiles(): Promise<string[]>;
  /** The workspace folders and the settings the worker's path policy is built from. */
  policy(): { policy: WorkerPolicyOptions; roots: readonly WorkspaceRoot[] };
}

export interface EmbeddingConfig {
  readonly model: string;
  readonly embed: EmbedTexts;
  readonly requestsPerMinute?: number;
}

export interface WorkspaceIndexOptions {
  readonly client: IndexConnection;
  readonly host: IndexHost;
  readonly dbPath: string;
  readonly maxFileBytes: number;
  readonly logger: Logger;
  /** How long single-file changes are gathered before they are indexed (default 300 ms). */
  readonly settleMs?: number;
  /** More changes than this in one gathering are a branch switch or a checkout: one full pass (default 200). */
  readonly burstFiles?: number;
}

/**
 * Indexing waits this long after each edit: longer than the completion debounce (at most
 * 300 ms) plus a local model's usual stream, so the pipeline's own work never shares the CPU
 * with the build; the build goes on in the pauses of typing.
 */
export const TYPING_HOLD_MS = 1_000;

export class WorkspaceIndex implements Disposable {
  private current: IndexStatus = { state: 'starting', done: 0, total: 0, firstBuild: true, embedding: { state: 'off' } };
  private readonly listeners = new Set<(status: IndexStatus) => void>();
  private readonly changed = new Set<string>();
  private readonly deleted = new Set<string>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private opened: Promise<IndexStats> | undefined;
  private passes: Promise<void> = Promise.resolve();
  private updates: Promise<void> = Promise.resolve();
  private embedding: EmbeddingQueue | undefined;
  private embeddingConfig: EmbeddingConfig | undefined;
  private disposed = false;
  private userPaused = false;
  /** Counts the changes to the index's content, so cached answers know when they are stale. */
  generation = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {}

  get status(): IndexStatus {
    return this.current;
  }

  onDidChangeStatus(listener: (status: IndexStatus) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Opens the index and runs a full pass. */
  start(): Promise<void> {
    return this.fullPass();
  }

  /** The index's process was started again after it stopped: open the index again and bring it up to date. */
  restarted(): void {
    this.opened = undefined;
    void this.fullPass();
  }

  /** Progress of a pass, from the worker. */
  progress(done: number, total: number): void {
    if (this.current.state === 'building' || this.current.state === 'paused') this.update({ done, total });
  }

  fileChanged(path: string): void {
    this.deleted.delete(path);
    this.changed.add(path);
    this.settle();
  }

  fileDeleted(path: string): void {
    this.changed.delete(path);
    this.deleted.add(path);
    this.settle();
  }

  fileRenamed(from: string, to: string): void {
    this.fileDeleted(from);
    this.fileChanged(to);
  }

  /** Holds indexing until `resume`: the pass under way, or the next one (a Rebuild waits too). */
  pause(): void {
    this.userPaused = true;
    this.options.client.control('pause');
    if (this.current.state === 'building') this.update({ state: 'paused' });
  }

  resume(): void {
    this.userPaused = false;
    this.options.client.control('resume');
    if (this.current.state === 'paused') this.update({ state: 'building' });
    else if (this.current.state === 'stopped' || this.current.state === 'failed') void this.fullPass();
  }

  cancel(): void {
    this.options.client.control('cancel');
  }

  /**
   * The user edited a document: a completion request follows after the debounce. Indexing
   * stops now, not when the request starts: on a loaded machine a thread that keeps running
   * takes the CPU share the completion would get. (A store to shared memory: no message.)
   */
  userTyped(): void {
    this.options.client.hold(TYPING_HOLD_MS);
  }

  /**
   * A completion request started: no indexing work until the returned handle is disposed, when
   * the request ends (its model's stream included).
   */
  requestStarted(): Disposable {
    return this.options.client.requestStarted();
  }

  /** Deletes the index and builds it again from scratch. */
  async rebuild(): Promise<void> {
    await this.ensureOpen();
    this.options.client.control('cancel');
    this.update({ state: this.building(), done: 0, total: 0, firstBuild: true });
    const stats = await this.options.client.request('rebuild', {});
    this.update({ stats });
    await this.fullPass();
  }

  /** The ignore rules or folders changed: the worker's policy is rebuilt and the files listed again. */
  async policyChanged(): Promise<void> {
    await this.ensureOpen();
    const { policy, roots } = this.options.host.policy();
    await this.options.client.request('setPolicy', { policy, roots });
    await this.fullPass();
  }

  /** Turns embeddings on (a model), off (undefined), or to another model (its vectors start over). */
  setEmbedding(config: EmbeddingConfig | undefined): void {
    if (config?.model === this.embeddingConfig?.model) {
      this.embeddingConfig = config; // same model: its vectors stay, the queue goes on
      return;
    }
    this.embedding?.dispose();
    this.embedding = undefined;
    this.embeddingConfig = config;
    if (config) {
      const client = this.options.client;
      this.embedding = new EmbeddingQueue({
        model: config.model,
        embed: config.embed,
        requestsPerMinute: config.requestsPerMinute,
        logger: this.options.logger,
        pending: (limit, model) => client.request('pendingEmbeddings', { limit, model }),
        store: (model, vectors) => client.request('putVectors', { model, vectors }),
        onChange: () => this.update({}),
      });
      if (this.current.state === 'ready') this.embedding.kick();
    }
    this.update({});
  }

  /** Chunks for a question (or code), best first, with their current text. */
  async search(query: string, limit: number, signal?: AbortSignal): Promise<IndexSnippet[]> {
    await this.ensureOpen();
    let vector: number[] | undefined;
    const embedding = this.embeddingConfig;
    if (embedding && this.embedding?.state !== 'failed') {
      try {
        vector = (await embedding.embed([query], [], 'index-query', signal ?? new AbortController().signal))[0];
      } catch (error) {
        if (signal?.aborted) throw error;
        this.options.logger.debug(`Workspace index: the question was not embedded (${errorMessage(error)}); terms and symbols only`);
      }
    }
    return this.options.client.request('search', { query, limit, vector }, signal);
  }

  /** Definitions of these names anywhere in the indexed workspace. */
  async definitions(names: readonly string[], perName: number, signal?: AbortSignal): Promise<SymbolHit[]> {
    if (!this.opened) return [];
    return this.options.client.request('definitions', { names, perName }, signal);
  }

  /** The worker thread's own memory (bench:index-scale). */
  memory(signal?: AbortSignal): Promise<WorkerMemory> {
    return this.options.client.request('memory', {}, signal);
  }

  /** Whether the index has been opened and can answer (possibly while still building). */
  get ready(): boolean {
    return this.opened !== undefined && this.current.state !== 'starting' && this.current.state !== 'failed';
  }

  /** Resolves when the passes queued so far are done (tests). */
  async idle(): Promise<void> {
    await this.passes;
    await this.updates;
    await this.embedding?.idle();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.settleTimer);
    this.embedding?.dispose();
    this.listeners.clear();
  }

  private ensureOpen(): Promise<IndexStats> {
    if (!this.opened) {
      const { policy, roots } = this.options.host.policy();
      this.opened = this.options.client.request('open', { dbPath: this.options.dbPath, roots, policy, maxFileBytes: this.options.maxFileBytes });
      this.opened.then(
        (stats) => {
          if (stats.recovered === 'torn') this.options.logger.warn('Workspace index: the index on disk was damaged and is being rebuilt.');
          this.update({ stats, firstBuild: stats.lastFullSync === undefined });
        },
        () => (this.opened = undefined),
      );
    }
    return this.opened;
  }

  /** Lists the files and brings the index in line (passes run one after another). */
  private fullPass(): Promise<void> {
    const pass = this.passes.then(async () => {
      if (this.disposed) return;
      try {
        await this.ensureOpen();
        this.update({ state: this.building(), done: 0, total: 0 });
        const paths = await this.options.host.listFiles();
        this.update({ total: paths.length });
        const result = await this.options.client.request('sync', { paths });
        const stats = await this.options.client.request('stats', {});
        this.update({ state: result.cancelled ? 'stopped' : 'ready', stats, firstBuild: this.current.firstBuild && result.cancelled, done: result.cancelled ? this.current.done : result.total, total: result.total });
        if (!result.cancelled) this.embedding?.kick();
      } catch (error) {
        const message = errorMessage(error);
        this.options.logger.warn(`Workspace index: ${message}`);
        this.update({ state: 'failed', error: message });
      }
    });
    this.passes = pass;
    return pass;
  }

  /** The state of a pass under way. */
  private building(): IndexState {
    return this.userPaused ? 'paused' : 'building';
  }

  private settle(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.flush(), this.options.settleMs ?? 300);
  }

  private flush(): void {
    const changed = [...this.changed];
    const deleted = [...this.deleted];
    this.changed.clear();
    this.deleted.clear();
    if (changed.length + deleted.length > (this.options.burstFiles ?? 200)) {
      this.options.logger.info(`Workspace index: ${changed.length + deleted.length} files changed at once; indexing the workspace again`);
      void this.fullPass();
      return;
    }
    // Not behind a full pass (the first one may take minutes): the worker interleaves them safely.
    this.updates = this.updates.then(async () => {
      if (this.disposed || !this.opened) return;
      try {
        if (deleted.length) await this.options.client.request('remove', { paths: deleted });
        if (changed.length) await this.options.client.request('update', { paths: changed });
        const stats = await this.options.client.request('stats', {});
        this.update({ stats });
        this.embedding?.kick();
      } catch (error) {
        this.options.logger.debug(`Workspace index: update failed: ${errorMessage(error)}`);
      }
    });
  }

  private update(change: Partial<Omit<IndexStatus, 'embedding'>>): void {
    const queue = this.embedding;
    if (change.stats) this.generation++;
    const embedding: IndexStatus['embedding'] = queue ? { model: queue.model, state: queue.state, error: queue.error } : { state: 'off' };
    this.current = { ...this.current, ...change, embedding };
    for (const listener of this.listeners) listener(this.current);
  }
}
