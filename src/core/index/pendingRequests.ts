// Requests to the index (a worker thread, or the index's own process) matched with their
// responses by id. A request whose caller aborts resolves no further (the index finishes it
// anyway: SQLite work cannot be interrupted halfway, and is short).
import type { RequestMap, RequestName } from './indexProtocol';

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

export class PendingRequests {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `send` posts the request; `onSettled` is told whenever one leaves the table (to unref the channel when none is left). */
  constructor(private readonly onSettled: () => void) {}

  get size(): number {
    return this.pending.size;
  }

  add<K extends RequestName>(send: (id: number) => void, signal?: AbortSignal): Promise<RequestMap[K]['result']> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        this.onSettled();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as RequestMap[K]['result']);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      });
      send(id);
    });
  }

  /** A response came: settles its request (one the caller gave up on is ignored). */
  settle(response: { readonly id: number } & ({ readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: string })): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    this.onSettled();
    if (response.ok) pending.resolve(response.result);
    else pending.reject(new Error(response.error));
  }

  failAll(error: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }
}
