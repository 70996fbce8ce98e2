// Who gets to talk to a model server next. Ollama serves one request per model at a time, so a
// long chat stream must not hold up completions: each priority class has its own concurrency
// limit per server (a completion runs beside a chat stream), a freed slot goes to a waiting
// completion before waiting chat/refactor work, and a queued completion that a newer one
// superseded, or whose caller gave up, is dropped without ever being sent. A running request
// that has gone quiet (its server silent for the idle limit) stops counting against the limits
// until it stirs again, so a stalled chat does not hold the slot a refactor is waiting for.
import { ModelError } from './modelError';

export type RequestPriority = 'high' | 'low';

export interface SchedulerLimits {
  /** Concurrent completions per server. */
  readonly high: number;
  /** Concurrent chat/refactor requests per server. */
  readonly low: number;
  /** Concurrent requests of both kinds per server. */
  readonly total: number;
}

export const defaultSchedulerLimits: SchedulerLimits = { high: 1, low: 1, total: 2 };

interface Waiter {
  readonly priority: RequestPriority;
  readonly supersedeKey?: string;
  readonly grant: () => void;
  readonly drop: (error: ModelError) => void;
}

interface ServerState {
  /** Requests that count against the limits. */
  readonly running: Record<RequestPriority, number>;
  /** Requests running but stalled: they do not count until they stir. */
  quiet: number;
  readonly queue: Waiter[];
}

/** Call to give the slot back (idempotent); quiet/active lend it out while the request stalls. */
export interface ReleaseSlot {
  (): void;
  /** The request is stalled: its slot may serve others meanwhile. */
  quiet(): void;
  /** The stalled request came back to life: it counts again (possibly above the limit for a while). */
  active(): void;
}

export class RequestScheduler {
  private readonly servers = new Map<string, ServerState>();
  /** Requests dropped from a queue before being sent (superseded or aborted), for tests and metrics. */
  droppedCount = 0;

  constructor(private readonly limits: SchedulerLimits = defaultSchedulerLimits) {}

  /**
   * Resolves with a release function once the request may be sent. Rejects with
   * ModelError('aborted') if the signal aborts or a newer request with the same
   * `supersedeKey` arrives while this one waits.
   */
  acquire(server: string, priority: RequestPriority, signal: AbortSignal, supersedeKey?: string): Promise<ReleaseSlot> {
    const state = this.state(server);
    if (signal.aborted) return Promise.reject(new ModelError('aborted', { detail: 'cancelled before sending' }));
    if (supersedeKey !== undefined) {
      for (const w of state.queue.filter((w) => w.supersedeKey === supersedeKey)) {
        this.remove(state, w);
        this.droppedCount++;
        w.drop(new ModelError('aborted', { detail: 'superseded by a newer request' }));
      }
    }
    if (state.queue.length === 0 && this.fits(state, priority)) return Promise.resolve(this.take(server, state, priority));
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const onAbort = () => {
        this.remove(state, waiter);
        this.droppedCount++;
        reject(new ModelError('aborted', { detail: 'cancelled while queued' }));
      };
      const waiter: Waiter = {
        priority,
        supersedeKey,
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(this.take(server, state, priority));
        },
        drop: (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      state.queue.push(waiter);
      this.pump(state);
    });
  }

  /** Requests running and waiting on one server (for the metrics view and tests). */
  load(server: string): { running: number; stalled: number; queued: number } {
    const state = this.servers.get(server);
    return state
      ? { running: state.running.high + state.running.low, stalled: state.quiet, queued: state.queue.length }
      : { running: 0, stalled: 0, queued: 0 };
  }

  private state(server: string): ServerState {
    let state = this.servers.get(server);
    if (!state) {
      state = { running: { high: 0, low: 0 }, quiet: 0, queue: [] };
      this.servers.set(server, state);
    }
    return state;
  }

  private fits(state: ServerState, priority: RequestPriority): boolean {
    return state.running[priority] < this.limits[priority] && state.running.high + state.running.low < this.limits.total;
  }

  private take(server: string, state: ServerState, priority: RequestPriority): ReleaseSlot {
    state.running[priority]++;
    let released = false;
    let lent = false;
    const settle = () => {
      this.pump(state);
      if (state.running.high + state.running.low + state.quiet === 0 && state.queue.length === 0) this.servers.delete(server);
    };
    const release = (() => {
      if (released) return;
      released = true;
      if (lent) state.quiet--;
      else state.running[priority]--;
      settle();
    }) as ReleaseSlot;
    release.quiet = () => {
      if (released || lent) return;
      lent = true;
      state.running[priority]--;
      state.quiet++;
      this.pump(state);
    };
    release.active = () => {
      if (released || !lent) return;
      lent = false;
      state.quiet--;
      state.running[priority]++;
    };
    return release;
  }

  /** Grants freed slots: waiting completions first, then the rest in arrival order. */
  private pump(state: ServerState): void {
    for (const priority of ['high', 'low'] as const) {
      let next = state.queue.find((w) => w.priority === priority);
      while (next && this.fits(state, priority)) {
        this.remove(state, next);
        next.grant();
        next = state.queue.find((w) => w.priority === priority);
      }
    }
  }

  private remove(state: ServerState, waiter: Waiter): void {
    const i = state.queue.indexOf(waiter);
    if (i >= 0) state.queue.splice(i, 1);
  }
}
