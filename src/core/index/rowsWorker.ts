// The index's helper thread: computes the rows of files the index thread hands it (parse,
// definitions, chunks, words; see fileRows.ts), so that a full pass keeps both cores of a small
// machine busy while the index thread reads, hashes and writes. It reads and writes nothing
// itself, and works only on what it was handed: when the index is held back (typing, Pause), it
// finishes the file under way and sleeps until the hold ends. Lowered priority on Linux, as the
// index thread.
import { errorMessage } from '../errorMessage';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../logger';
import { SyntaxService } from '../syntax/syntaxService';
import { fileRows } from './fileRows';
import { HOLD_CELL, WAKE_CELL, type RowsRequest, type RowsResponse } from './rowsHelper';

const port = parentPort;
if (!port) throw new Error('rowsWorker runs as a worker thread');
const shared = (workerData as { shared: SharedArrayBuffer }).shared;
const holdUntil = new BigInt64Array(shared);
const wake = new Int32Array(shared);

/** Sleeps (this thread only) while the index is held back; a new hold or its end wakes it to look again. */
function waitWhileHeld(): void {
  for (let left = Number(Atomics.load(holdUntil, HOLD_CELL)) - Date.now(); left > 0; left = Number(Atomics.load(holdUntil, HOLD_CELL)) - Date.now()) {
    Atomics.wait(wake, WAKE_CELL, 0, Math.min(left, 100));
  }
}

if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch {
    // not allowed here: the index thread hands out work only while it is not held back
  }
}

const quiet: Logger = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
// Without tree-sitter every request fails, and the index thread computes those rows itself.
const syntax = SyntaxService.create({ logger: quiet });

port.on('message', (request: RowsRequest) => {
  void syntax
    .then((s) => {
      waitWhileHeld();
      return fileRows(s, request.path, request.text, request.parseTimeoutMs);
    })
    .then(
      (rows): RowsResponse => ({ id: request.id, ok: true, rows }),
      (error: unknown): RowsResponse => ({ id: request.id, ok: false, error: errorMessage(error) }),
    )
    .then((response) => port.postMessage(response));
});
