// The side of the index worker thread that starts it: sends typed requests and matches their
// responses, forwards progress and log events; the holds (typing, a completion in flight) go to
// the thread through shared memory. The index as a thread of the host's process: benches'
// `--index-thread` and tests (the extension runs it in a process of its own, through
// IndexProcessClient). If the thread dies, every pending request fails and the next one starts a new thread.
import { Worker } from 'node:worker_threads';
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import { IndexHold } from './indexHold';
import { PendingRequests } from './pendingRequests';
import { receiveIndexMessage } from './indexMessages';
import { indexThreadLimits } from './threadHeaps';
import type { HostToWorker, IndexConnection, RequestMap, RequestName, WorkerToHost } from './indexProtocol';

export interface IndexClientOptions {
  /** The worker's script: dist/indexWorker.js in the bundle, the .ts source under tsx. */
  readonly workerPath: string;
  /** Node options of the thread (tests run the .ts source with `--require tsx/cjs`). */
  readonly execArgv?: readonly string[];
  readonly logger: Logger;
  readonly onProgress?: (done: number, total: number) => void;
  /** Told when the thread stopped without being asked to (the index then starts again on demand). */
  readonly onExit?: (error: Error) => void;
}

export class IndexClient implements IndexConnection {
  private worker: Worker | undefined;
  private readonly pending = new PendingRequests(() => {
    if (this.pending.size === 0) this.worker?.unref();
  });
  private disposed = false;
  /** Shared with every index thread this client starts (a restarted worker gets the same). */
  private readonly holds = new IndexHold();

  constructor(private readonly options: IndexClientOptions) {}

  request<K extends RequestName>(name: K, args: RequestMap[K]['args'], signal?: AbortSignal): Promise<RequestMap[K]['result']> {
    if (this.disposed) return Promise.reject(new Error('the workspace index is closed'));
    return this.pending.add<K>((id) => {
      this.post({ kind: 'request', id, name, args });
      this.worker?.ref();
    }, signal);
  }

  control(action: 'pause' | 'resume' | 'cancel'): void {
    if (this.worker) this.post({ kind: 'control', action });
  }

  /** No indexing work for the next `ms` (the user types). Written to shared memory: the worker is not woken. */
  hold(ms: number): void {
    this.holds.holdFor(ms);
  }

  /** How long indexing must still wait (ms; Infinity while paused): what the worker threads see. */
  get held(): number {
    return this.holds.remainingMs();
  }

  /** A request (a completion) is in flight: no indexing work until the handle is disposed. */
  requestStarted(): Disposable {
    return this.holds.begin();
  }

  /** Asks the worker to close the database, then ends the thread. */
  async close(): Promise<void> {
    if (!this.worker || this.disposed) return;
    await Promise.race([this.request('close', {}).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    this.dispose();
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.pending.failAll(new Error('the workspace index is closed'));
    void worker?.terminate();
  }

  private post(message: HostToWorker): void {
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerPath, {
      workerData: { hold: this.holds.forThread() },
      resourceLimits: indexThreadLimits('index'),
      ...(this.options.execArgv ? { execArgv: [...this.options.execArgv] } : {}),
    });
    // Only a request in flight keeps the process alive on the worker's account.
    worker.unref();
    worker.on('message', (message: WorkerToHost) => this.receive(message));
    worker.on('error', (error) => this.options.logger.warn(`Workspace index worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const error = new Error(`the workspace index worker stopped (exit code ${code})`);
      this.pending.failAll(error);
      if (!this.disposed) this.options.onExit?.(error);
    });
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerToHost): void {
    receiveIndexMessage(message, this.pending, this.options);
  }
}
