// A provider's requests in flight. Each one listens to its caller's signal and to one of the
// provider's own, so that disposing the provider (its endpoint left the settings) aborts them
// all, and so that a stream the consumer stops reading closes its socket.

export interface InflightRequest {
  /** Aborts with the caller's signal, on `abortAll`, and on `end(true)`. */
  readonly signal: AbortSignal;
  /** Aborted by the provider itself, not by the caller (tells an error from a stop). */
  readonly abortedHere: boolean;
  /** Call in `finally`; `abort`: close what is still open (a stream left early). */
  end(abort?: boolean): void;
}

export class InflightRequests {
  private readonly controllers = new Set<AbortController>();

  begin(callerSignal: AbortSignal | undefined): InflightRequest {
    const local = new AbortController();
    this.controllers.add(local);
    return {
      signal: callerSignal ? AbortSignal.any([callerSignal, local.signal]) : local.signal,
      get abortedHere() {
        return local.signal.aborted;
      },
      end: (abort = false) => {
        if (abort) local.abort();
        this.controllers.delete(local);
      },
    };
  }

  /** Runs one request; what it throws is turned into the provider's error while it is still in flight. */
  async run<T>(callerSignal: AbortSignal | undefined, work: (request: InflightRequest) => Promise<T>, toError: (error: unknown, request: InflightRequest) => Error): Promise<T> {
    const request = this.begin(callerSignal);
    try {
      return await work(request);
    } catch (error) {
      throw toError(error, request);
    } finally {
      request.end();
    }
  }

  abortAll(): void {
    for (const controller of this.controllers) controller.abort();
    this.controllers.clear();
  }
}
