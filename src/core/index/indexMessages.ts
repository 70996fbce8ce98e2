// What the index says to the host, read the same whether it runs as a thread or as a process of its own.
import type { Logger } from '../logger';
import type { PendingRequests } from './pendingRequests';
import type { WorkerToHost } from './indexProtocol';

export interface IndexListener {
  readonly logger: Logger;
  readonly onProgress?: (done: number, total: number) => void;
}

/** An answer settles its request; progress and log lines go to the listener. */
export function receiveIndexMessage(message: WorkerToHost, pending: PendingRequests, listener: IndexListener): void {
  switch (message.kind) {
    case 'response':
      pending.settle(message);
      return;
    case 'progress':
      listener.onProgress?.(message.done, message.total);
      return;
    case 'log':
      listener.logger[message.level](message.message);
      return;
  }
}
