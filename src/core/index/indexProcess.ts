// The index's own process (started by IndexProcessClient from the extension host, as editors
// start language servers): its main thread is the index thread (indexServer.ts), which answers
// the host's requests and, for a full pass, starts its helper thread.
// Why a process: in the extension host's process the index's garbage collection and compilation
// ran on V8's platform threads, which serve every isolate of a process at the process's
// priority; here every thread of the process, those included, is lowered (threadPriority.ts:
// the idle scheduling class on Linux), so none of the index's work competes with the editor's.
// Why on the main thread, not a worker behind it: a second V8 isolate that only relayed messages
// cost memory, and, being idle-class too, it heard a hold only once it got a CPU, while the
// index went on inside the host's requests. The holds the host keeps (typing, a completion in
// flight) are read by the index's threads from the file the host writes (holdFile.ts; its path
// is this process's argument); the host's message that they changed wakes a waiting thread.
// When the host goes (the channel closes) the index closes its database and the process ends.
import { HoldFile } from './holdFile';
import { IndexHold } from './indexHold';
import type { HostToProcess, ProcessToHost } from './indexProtocol';
import { indexLogger, serveIndex } from './indexServer';
import { lowerThisProcess } from './threadPriority';

const send = process.send?.bind(process);
if (!send) throw new Error('indexProcess runs as a child process with an IPC channel');
const holdPath = process.argv[2];
if (!holdPath) throw new Error("indexProcess is given the host's hold file as its argument");
// Once the host has gone (the channel closed), what is left to say is dropped: the process is ending.
const post = (message: ProcessToHost): void => {
  if (process.connected) send(message, undefined, undefined, () => undefined);
};

// Before the helper thread starts: threads inherit the priority of the thread that starts them.
const priority = lowerThisProcess();
const hold = new IndexHold(undefined, HoldFile.open(holdPath));
const server = serveIndex(post, indexLogger(post), hold);

process.on('message', (message: HostToProcess) => {
  if (message.kind === 'hold') hold.wake();
  else server.receive(message);
});
process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
post({ kind: 'ready', priority });
