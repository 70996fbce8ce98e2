// The index worker thread's entry: builds the IndexService and answers the host's messages.
// Everything slow (reading files, parsing, SQLite writes and searches) happens here, off the
// extension host's thread; a full pass also hands files to a helper thread (rowsWorker.ts). The
// thread runs at the lowest priority the platform gives one thread (threadPriority.ts) and
// waits while the host holds it (typing, a completion in flight: indexHold.ts, shared memory).
import { errorMessage } from '../errorMessage';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../logger';
import { SyntaxService } from '../syntax/syntaxService';
import { IndexHold } from './indexHold';
import type { HostToWorker, RequestMap, WorkerToHost } from './indexProtocol';
import { IndexService } from './indexService';
import { describePriority, lowerThisThreadPriority } from './threadPriority';

const port = parentPort;
if (!port) throw new Error('indexWorker runs as a worker thread');
const post = (message: WorkerToHost): void => port.postMessage(message);

const logger: Logger = {
  trace: () => undefined,
  debug: (message) => post({ kind: 'log', level: 'debug', message }),
  info: (message) => post({ kind: 'log', level: 'info', message }),
  warn: (message) => post({ kind: 'log', level: 'warn', message }),
  error: (message) => post({ kind: 'log', level: 'warn', message: message instanceof Error ? message.message : message }),
};

logger.info(describePriority('index', lowerThisThreadPriority()));
const hold = new IndexHold((workerData as { hold: SharedArrayBuffer }).hold);

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
    // In a worker thread these are this thread's own (the process's RSS is shared with the host).
    const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    return { heapUsed, heapTotal, external, arrayBuffers, heapLimit: getHeapStatistics().heap_size_limit };
  },
  rebuild: (s) => s.rebuild(),
  close: (s) => s.close(),
};

port.on('message', (message: HostToWorker) => {
  void service.then(async (s) => {
    if (message.kind === 'control') return s.control(message.action);
    try {
      const handler = handlers[message.name] as (s: IndexService, args: unknown) => unknown;
      post({ kind: 'response', id: message.id, ok: true, result: await handler(s, message.args) });
    } catch (error) {
      post({ kind: 'response', id: message.id, ok: false, error: errorMessage(error) });
    }
  });
});
