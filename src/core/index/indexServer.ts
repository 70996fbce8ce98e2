// What the index thread does with the host's messages, wherever it runs: the main thread of the
// index's own process (indexProcess.ts, as the extension runs it) or a worker thread of the host's
// process (indexWorker.ts: benches' `--index-thread`, tests). It builds the IndexService (with its
// helper thread's script beside this one) and answers each request with one response; progress
// and log lines go out as events.
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { errorMessage } from '../errorMessage';
import type { Logger } from '../logger';
import { SyntaxService } from '../syntax/syntaxService';
import type { IndexHold } from './indexHold';
import type { HostToWorker, RequestMap, WorkerToHost } from './indexProtocol';
import { IndexService } from './indexService';

export interface IndexServer {
  /** Answers one message of the host's (a request, or Pause/Resume/Cancel). */
  receive(message: HostToWorker): void;
  /** Closes the database (the host went). */
  close(): Promise<void>;
}

export function indexLogger(post: (message: WorkerToHost) => void): Logger {
  return {
    trace: () => undefined,
    debug: (message) => post({ kind: 'log', level: 'debug', message }),
    info: (message) => post({ kind: 'log', level: 'info', message }),
    warn: (message) => post({ kind: 'log', level: 'warn', message }),
    error: (message) => post({ kind: 'log', level: 'warn', message: message instanceof Error ? message.message : message }),
  };
}

type Handlers = { [K in keyof RequestMap]: (s: IndexService, args: RequestMap[K]['args']) => RequestMap[K]['result'] | Promise<RequestMap[K]['result']> };

const handlers: Handlers = {
  open: (s, a) => s.open(a),
  setPolicy: (s, a) => s.setPolicy(a.policy, a.roots),
  sync: (s, a) => s.sync(a.paths),
  update: (s, a) => s.update(a.paths),
  remove: (s, a) => s.remove(a.paths),
  search: (s, a) => s.search(a.query, a.limit, a.vector),
  definitions: (s, a) => s.definitions(a.names, a.perName),
  pendingEmbeddings: (s, a) => s.pendingEmbeddings(a.limit, a.model),
  putVectors: (s, a) => s.putVectors(a.model, a.vectors),
  stats: (s) => s.stats(),
  memory: () => {
    // This thread's heap; the process's RSS only where the process is the index's own (a worker thread shares it with the host).
    const { heapUsed, heapTotal, external, arrayBuffers, rss } = process.memoryUsage();
    return { heapUsed, heapTotal, external, arrayBuffers, heapLimit: getHeapStatistics().heap_size_limit, ...(isMainThread ? { processRss: rss } : {}) };
  },
  rebuild: (s) => s.rebuild(),
  close: (s) => s.close(),
};

export function serveIndex(post: (message: WorkerToHost) => void, logger: Logger, hold: IndexHold): IndexServer {
  let lastProgress = 0;
  const syntax = SyntaxService.create({ logger }).catch((error: unknown) => {
    logger.warn(`Workspace index: tree-sitter unavailable, files are indexed as text: ${errorMessage(error)}`);
    return undefined;
  });
  // The helper thread's script beside this one: the bundle's, or the source under tsx (tests).
  const rowsWorker = { path: __filename.endsWith('.ts') ? join(__dirname, 'rowsWorker.ts') : join(__dirname, 'indexRowsWorker.js') };
  const service = syntax.then(
    (s) =>
      new IndexService({
        syntax: s,
        logger,
        rowsWorker,
        hold,
        onProgress: ({ done, total }) => {
          // At most ten progress messages a second, and always the last.
          const now = Date.now();
          if (done === total || now - lastProgress >= 100) {
            lastProgress = now;
            post({ kind: 'progress', done, total });
          }
        },
      }),
  );
  return {
    receive: (message) =>
      void service.then(async (s) => {
        if (message.kind === 'control') return s.control(message.action);
        try {
          const handler = handlers[message.name] as (s: IndexService, args: unknown) => unknown;
          post({ kind: 'response', id: message.id, ok: true, result: await handler(s, message.args) });
        } catch (error) {
          post({ kind: 'response', id: message.id, ok: false, error: errorMessage(error) });
        }
      }),
    close: () => service.then((s) => s.close()),
  };
}
