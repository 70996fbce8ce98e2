// The index as a worker thread of the host's process (benches' `--index-thread`, tests; the
// extension runs it in a process of its own: indexProcess.ts). Everything slow (reading files,
// parsing, SQLite writes and searches) happens here, off the host's thread; a full pass also
// hands files to a helper thread (rowsWorker.ts). The thread runs at the lowest priority the
// platform gives one thread (threadPriority.ts) and waits while the host holds it (typing, a
// completion in flight: indexHold.ts, shared memory the host writes).
import { parentPort, workerData } from 'node:worker_threads';
import { IndexHold, type HoldForThread } from './indexHold';
import type { HostToWorker, WorkerToHost } from './indexProtocol';
import { indexLogger, serveIndex } from './indexServer';
import { describePriority, lowerThisThreadPriority } from './threadPriority';

const port = parentPort;
if (!port) throw new Error('indexWorker runs as a worker thread');
const post = (message: WorkerToHost): void => port.postMessage(message);
const logger = indexLogger(post);

logger.info(describePriority('index', lowerThisThreadPriority()));
const server = serveIndex(post, logger, IndexHold.fromThread((workerData as { hold: HoldForThread }).hold));
port.on('message', (message: HostToWorker) => server.receive(message));
