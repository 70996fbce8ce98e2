// The index thread's side of its helper thread (rowsWorker.ts): hands it a file's text, gets the
// file's rows back. Started for a full pass with enough files to index and ended after it (an
// idle helper would only hold memory); a helper that fails or dies fails its requests, and the
// index thread computes those rows itself. A hold (typing, a completion in flight, Pause)
// reaches the helper through memory shared with the host and the index thread (indexHold.ts),
// not as a message: a message would wait behind the files already handed to it, and the helper
// must stop after the file under way, as the index thread does.
import { Worker } from 'node:worker_threads';
import type { Disposable } from '../disposable';
import type { FileRows } from './fileRows';
import type { IndexHold } from './indexHold';
import { indexThreadLimits } from './threadHeaps';
import type { ThreadPriority } from './threadPriority';

export interface RowsRequest {
  readonly id: number;
  readonly path: string;
  readonly text: string;
  readonly parseTimeoutMs: number;
}

export type RowsResponse = { readonly id: number; readonly ok: true; readonly rows: FileRows } | { readonly id: number; readonly ok: false; readonly error: string };

/** The helper's first message: the priority it got. */
export interface RowsStarted {
  readonly started: ThreadPriority;
}

export interface RowsWorkerScript {
  /** dist/indexRowsWorker.js in the bundle, rowsWorker.ts under tsx. */
  readonly path: string;
  /** Node options of the thread (default: the index thread's own, which carry tsx in tests). */
  readonly execArgv?: readonly string[];
}

export class RowsHelper implements Disposable {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (rows: FileRows) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | undefined;

  /** `onStarted` is told the priority the thread got. */
  constructor(script: RowsWorkerScript, hold: IndexHold, onStarted?: (priority: ThreadPriority) => void) {
    this.worker = new Worker(script.path, {
      workerData: { hold: hold.forThread() },
      resourceLimits: indexThreadLimits('helper'),
      ...(script.execArgv ? { execArgv: [...script.execArgv] } : {}),
    });
    this.worker.on('message', (response: RowsResponse | RowsStarted) => {
      if ('started' in response) return onStarted?.(response.started);
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if (response.ok) pending.resolve(response.rows);
      else pending.reject(new Error(response.error));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the index helper thread stopped (exit code ${code})`)));
  }

  /** Requests handed out and not answered yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Whether the helper can take work (it has not failed). */
  get usable(): boolean {
    return this.failure === undefined;
  }

  rows(path: string, text: string, parseTimeoutMs: number): Promise<FileRows> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, path, text, parseTimeoutMs } satisfies RowsRequest);
    });
  }

  dispose(): void {
    this.fail(new Error('the index helper thread was ended'));
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
