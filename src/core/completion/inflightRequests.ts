// At most one completion request in flight per document: starting a newer one aborts the
// older, and the caller's own signal (VS Code's cancellation) aborts it too.

export interface InflightRequest {
  readonly signal: AbortSignal;
  /** Releases the slot (if still ours) and the link to the caller's signal. */
  done(): void;
}

export class InflightRequests {
  private readonly byUri = new Map<string, AbortController>();

  start(uri: string, callerSignal?: AbortSignal): InflightRequest {
    const controller = new AbortController();
    this.byUri.get(uri)?.abort();
    this.byUri.set(uri, controller);
    const onCallerAbort = () => controller.abort();
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    if (callerSignal?.aborted) controller.abort();
    return {
      signal: controller.signal,
      done: () => {
        callerSignal?.removeEventListener('abort', onCallerAbort);
        if (this.byUri.get(uri) === controller) this.byUri.delete(uri);
      },
    };
  }

  cancel(uri: string): void {
    this.byUri.get(uri)?.abort();
  }

  cancelAll(): void {
    for (const controller of this.byUri.values()) controller.abort();
    this.byUri.clear();
  }
}
