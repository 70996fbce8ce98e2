// Time as the engine sees it, injectable so tests run without real waiting.
import { sleepWithSignal } from '../models/retryPolicy';

export interface CompletionClock {
  /** Monotonic milliseconds, for latencies and stage timings. */
  now(): number;
  /** Epoch milliseconds, for the snooze. */
  wallNow(): number;
  /** Resolves after `ms`, or rejects with the signal's reason (an AbortError) when it aborts first. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: CompletionClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  sleep: sleepWithSignal,
};
