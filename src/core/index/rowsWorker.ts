// The index's helper thread: computes the rows of files the index thread hands it (parse,
// definitions, chunks, words; see fileRows.ts), so that a full pass keeps both cores of a small
// machine busy while the index thread reads, hashes and writes. It reads and writes nothing
// itself, and works only on what it was handed: when the index is held back (typing, a
// completion in flight, Pause), it finishes the file under way and sleeps until the hold ends.
// Lowest thread priority where the platform has one per thread, as the index thread.
import { errorMessage } from '../errorMessage';
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../logger';
import { SyntaxService } from '../syntax/syntaxService';
import { fileRows } from './fileRows';
import { IndexHold, type HoldForThread } from './indexHold';
import type { RowsRequest, RowsResponse, RowsStarted } from './rowsHelper';
import { lowerThisThreadPriority } from './threadPriority';

const port = parentPort;
if (!port) throw new Error('rowsWorker runs as a worker thread');
const hold = IndexHold.fromThread((workerData as { hold: HoldForThread }).hold);
port.postMessage({ started: lowerThisThreadPriority() } satisfies RowsStarted);

const quiet: Logger = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
// Without tree-sitter every request fails, and the index thread computes those rows itself.
const syntax = SyntaxService.create({ logger: quiet });

port.on('message', (request: RowsRequest) => {
  void syntax
    .then((s) => {
      hold.waitWhileHeldSync();
      return fileRows(s, request.path, request.text, request.parseTimeoutMs, hold);
    })
    .then(
      (rows): RowsResponse => ({ id: request.id, ok: true, rows }),
      (error: unknown): RowsResponse => ({ id: request.id, ok: false, error: errorMessage(error) }),
    )
    .then((response) => port.postMessage(response));
});
