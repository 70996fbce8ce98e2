// The messages between the extension host and the index worker (a worker thread that owns the
// database and does all reading, parsing and writing, so none of it runs on the host's thread).
// Requests carry an id and get one response; the worker also sends progress and log events.
import type { Disposable } from '../disposable';
import type { PathPolicyOptions } from '../guard/pathPolicy';
import type { SyncResult } from './indexBuilder';
import type { IndexHit } from './indexSearch';
import type { StoreRecovery } from './storeFile';
import type { StoreStats, SymbolHit } from './indexRows';
import type { WorkspaceRoot } from '../workspaceFolders';

/** What the worker needs to build its own copy of the one path policy (functions cannot cross threads). */
export type WorkerPolicyOptions = Omit<PathPolicyOptions, 'roots' | 'openedByUser' | 'onIgnoreFileTooLarge' | 'settingsPending' | 'settingsUnreadable'> & {
  /**
   * The folders (absolute) just added whose own settings are still being read: the policy's `settingsPending` as data.
   * Their files are refused until the host sends the policy again without them (it does when they are known). A folder
   * held by a settings file that cannot be read is among them: the worker only leaves its files out of the index.
   */
  readonly pendingFolders?: readonly string[];
};

export type { WorkspaceRoot } from '../workspaceFolders';

export interface IndexOpenOptions {
  readonly dbPath: string;
  readonly roots: readonly WorkspaceRoot[];
  readonly policy: WorkerPolicyOptions;
  readonly maxFileBytes: number;
}

/** A hit with the text of its lines as they are on disk now. */
export interface IndexSnippet extends IndexHit {
  readonly text: string;
}

export interface EmbeddingWork {
  readonly chunkId: number;
  readonly path: string;
  readonly text: string;
}

export interface IndexStats extends StoreStats {
  readonly lastUpdate?: number;
  readonly lastFullSync?: number;
  readonly embeddingModel?: string;
  readonly pendingEmbeddings: number;
  readonly recovered?: StoreRecovery;
}

/** The worker thread's own memory (its V8 heap; SQLite's and tree-sitter's WebAssembly memory is in `arrayBuffers`). */
export interface WorkerMemory {
  readonly heapUsed: number;
  /** The heap V8 holds for the thread (used or not): what counts in the process's RSS. */
  readonly heapTotal: number;
  readonly external: number;
  readonly arrayBuffers: number;
  /** The most V8 lets the thread's heap grow to (threadHeaps.ts sets it below the process's). */
  readonly heapLimit: number;
  /** The resident memory of the index's own process (indexProcess.ts), when it runs in one. */
  readonly processRss?: number;
}

export interface RequestMap {
  open: { args: IndexOpenOptions; result: IndexStats };
  setPolicy: { args: { policy: WorkerPolicyOptions; roots: readonly WorkspaceRoot[] }; result: void };
  sync: { args: { paths: readonly string[] }; result: SyncResult };
  update: { args: { paths: readonly string[] }; result: number };
  remove: { args: { paths: readonly string[] }; result: number };
  search: { args: { query: string; limit: number; vector?: readonly number[] }; result: IndexSnippet[] };
  definitions: { args: { names: readonly string[]; perName: number }; result: SymbolHit[] };
  pendingEmbeddings: { args: { limit: number; model: string }; result: EmbeddingWork[] };
  putVectors: { args: { model: string; vectors: readonly { chunkId: number; vector: readonly number[] }[] }; result: void };
  stats: { args: Record<string, never>; result: IndexStats };
  memory: { args: Record<string, never>; result: WorkerMemory };
  rebuild: { args: Record<string, never>; result: IndexStats };
  close: { args: Record<string, never>; result: void };
}

export type RequestName = keyof RequestMap;

export type HostToWorker =
  | { readonly kind: 'request'; readonly id: number; readonly name: RequestName; readonly args: unknown }
  /**
   * Build control: a paused build waits between files; a cancelled one stops at the next file.
   * (Holds for typing and completions are not messages: see indexHold.ts.)
   */
  | { readonly kind: 'control'; readonly action: 'pause' | 'resume' | 'cancel' };

export type WorkerToHost =
  | { readonly kind: 'response'; readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly kind: 'response'; readonly id: number; readonly ok: false; readonly error: string }
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'log'; readonly level: 'debug' | 'info' | 'warn'; readonly message: string };

/** Messages from the extension host to the index's own process: the worker's, and that the holds it keeps changed (they are in the hold file). */
export type HostToProcess = HostToWorker | { readonly kind: 'hold' };

/** The messages of the index's own process: the worker's, and that it is ready (its priority lowered). */
export type ProcessToHost = WorkerToHost | { readonly kind: 'ready'; readonly priority: string };

/** The index as the host drives it, wherever it runs (a worker thread, or a process of its own). */
export interface IndexConnection extends Disposable {
  request<K extends RequestName>(name: K, args: RequestMap[K]['args'], signal?: AbortSignal): Promise<RequestMap[K]['result']>;
  control(action: 'pause' | 'resume' | 'cancel'): void;
  /** No indexing work for the next `ms` (the user types). */
  hold(ms: number): void;
  /** How long indexing must still wait (ms; Infinity while paused or a request is in flight). */
  readonly held: number;
  /** A request (a completion) is in flight: no indexing work until the handle is disposed. */
  requestStarted(): Disposable;
  /** Closes the database, then ends the thread or process. */
  close(): Promise<void>;
}
