// Time as the engine sees it, injectable so tests run without real waiting.

export interface CompletionClock {
  /** Monotonic milliseconds, for latencies and stage timings. */
  now(): number;
  /** Epoch milliseconds, for the snooze. */
  wallNow(): number;
  /** Resolves after `ms`, or rejects with an AbortError when `signal` aborts first. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: CompletionClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(abortError());
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  },
};

export function abortError(): Error {
  return new DOMException('The operation was aborted.', 'AbortError');
}
