// Runs statisticsWorker.ts in a worker thread and waits for it: progress as it reads, the
// thread terminated on abort. The caller says where the worker's code is (the bundle ships
// dist/statisticsWorker.js; tests run the TypeScript source through tsx).
import { Worker } from 'node:worker_threads';

export interface StatisticsWorkerRequest {
  readonly dir: string;
  readonly rebuild: boolean;
}

export type StatisticsWorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly events: number }
  | { readonly type: 'error'; readonly message: string };

export interface StatisticsWorkerScript {
  readonly path: string;
  /** e.g. ['--import', 'tsx'] to run the TypeScript source. */
  readonly execArgv?: readonly string[];
}

export function runStatisticsWorker(
  script: StatisticsWorkerScript,
  request: StatisticsWorkerRequest,
  options: { readonly onProgress?: (done: number, total: number) => void; readonly signal?: AbortSignal } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    options.signal?.throwIfAborted();
    const worker = new Worker(script.path, { workerData: request, execArgv: [...(script.execArgv ?? [])] });
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
      void worker.terminate();
    };
    const onAbort = () => finish(options.signal?.reason instanceof Error ? options.signal.reason : new Error('aborted'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: StatisticsWorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.done, message.total);
      else if (message.type === 'done') finish();
      else finish(new Error(message.message));
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(code === 0 ? new Error('the statistics worker stopped without an answer') : new Error(`the statistics worker exited with code ${code}`)));
  });
}
