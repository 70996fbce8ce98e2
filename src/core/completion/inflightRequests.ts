// At most one completion request in flight per document: starting a newer one aborts the older,
// and the callers' own signals (VS Code's cancellation) abort it too. A request for exactly the
// same text (VS Code asking twice, or asking for what a prefetch is already fetching) joins the
// one in flight instead of starting over; it then ends only when every caller has given up.

export interface InflightRequest<T> {
  readonly signal: AbortSignal;
  /** Hands the outcome to the callers that joined, and releases the slot (if still ours). */
  done(outcome: T): void;
}

interface Entry<T> {
  readonly controller: AbortController;
  readonly key: string | undefined;
  readonly outcome: Promise<T>;
  /** Callers still waiting; a caller without a signal never gives up. */
  callers: number;
}

export class InflightRequests<T> {
  private readonly byUri = new Map<string, Entry<T>>();

  /** The outcome of the request in flight for the same `key`, now also this caller's; else undefined. */
  join(uri: string, key: string, callerSignal?: AbortSignal): Promise<T> | undefined {
    const entry = this.byUri.get(uri);
    if (!entry || entry.key !== key || entry.controller.signal.aborted || callerSignal?.aborted) return undefined;
    this.follow(entry, callerSignal);
    return entry.outcome;
  }

  /** A new request, aborting the one in flight for the document. `key` lets identical requests join it. */
  start(uri: string, callerSignal?: AbortSignal, key?: string): InflightRequest<T> {
    const controller = new AbortController();
    this.byUri.get(uri)?.controller.abort();
    let resolve!: (outcome: T) => void;
    const entry: Entry<T> = { controller, key, outcome: new Promise<T>((r) => (resolve = r)), callers: 0 };
    this.byUri.set(uri, entry);
    this.follow(entry, callerSignal);
    return {
      signal: controller.signal,
      done: (outcome) => {
        resolve(outcome);
        if (this.byUri.get(uri) === entry) this.byUri.delete(uri);
      },
    };
  }

  cancel(uri: string): void {
    this.byUri.get(uri)?.controller.abort();
  }

  cancelAll(): void {
    for (const entry of this.byUri.values()) entry.controller.abort();
    this.byUri.clear();
  }

  private follow(entry: Entry<T>, callerSignal: AbortSignal | undefined): void {
    entry.callers++;
    if (!callerSignal) {
      entry.callers = Number.POSITIVE_INFINITY;
      return;
    }
    const onAbort = () => {
      if (--entry.callers <= 0) entry.controller.abort();
    };
    if (callerSignal.aborted) return onAbort();
    callerSignal.addEventListener('abort', onAbort, { once: true });
    void entry.outcome.then(() => callerSignal.removeEventListener('abort', onAbort));
  }
}
