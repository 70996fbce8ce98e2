// The index's own process (started by IndexProcessClient from the extension host, as editors
// start language servers): a relay between the host and the index worker thread, which it
// starts (IndexClient) and which does all the work (indexWorker.ts, with its helper thread).
// Why a process: in the extension host's process the index's garbage collection and compilation
// ran on V8's platform threads, which serve every isolate of a process at the process's
// priority; here every thread of the process, those included, is lowered (threadPriority.ts:
// the idle scheduling class on Linux), so none of the index's work competes with the editor's.
// The holds the host keeps (typing, a completion in flight) arrive as messages and are copied
// into the shared memory the index's threads read; this thread does nothing else, so it hears
// them at once. When the host goes (the channel closes) the index closes its database and the
// process ends; when the worker thread dies, the process ends and the host starts it again.
import { join } from 'node:path';
import { errorMessage } from '../errorMessage';
import type { Logger } from '../logger';
import { IndexClient } from './indexClient';
import type { HostToProcess, ProcessToHost, RequestName } from './indexProtocol';
import { lowerThisProcess } from './threadPriority';

const send = process.send?.bind(process);
if (!send) throw new Error('indexProcess runs as a child process with an IPC channel');
// Once the host has gone (the channel closed), what is left to say is dropped: the process is ending.
const post = (message: ProcessToHost): void => {
  if (process.connected) send(message, undefined, undefined, () => undefined);
};

const logger: Logger = {
  trace: () => undefined,
  debug: (message) => post({ kind: 'log', level: 'debug', message }),
  info: (message) => post({ kind: 'log', level: 'info', message }),
  warn: (message) => post({ kind: 'log', level: 'warn', message }),
  error: (message) => post({ kind: 'log', level: 'warn', message: message instanceof Error ? message.message : message }),
};

// Before the worker starts: threads inherit the priority of the thread that starts them.
const priority = lowerThisProcess();
// The worker's script beside this one: the bundle's, or the source under tsx (tests; the thread
// inherits this process's Node options, which carry tsx there).
const workerPath = join(__dirname, __filename.endsWith('.ts') ? 'indexWorker.ts' : 'indexWorker.js');
const client = new IndexClient({
  workerPath,
  logger,
  onProgress: (done, total) => post({ kind: 'progress', done, total }),
  onExit: (error) => {
    logger.warn(`Workspace index: ${error.message}`);
    process.exit(1);
  },
});

process.on('message', (message: HostToProcess) => {
  switch (message.kind) {
    case 'hold':
      client.mirrorHold(message.state);
      return;
    case 'control':
      client.control(message.action);
      return;
    case 'request':
      client.request(message.name as RequestName, message.args as never).then(
        (result) => post({ kind: 'response', id: message.id, ok: true, result: message.name === 'memory' ? { ...(result as object), processRss: process.memoryUsage.rss() } : result }),
        (error: unknown) => post({ kind: 'response', id: message.id, ok: false, error: errorMessage(error) }),
      );
      return;
  }
});
process.on('disconnect', () => void client.close().finally(() => process.exit(0)));
post({ kind: 'ready', priority });
