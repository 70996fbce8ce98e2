// Time limits by phase of one model request. A request moves through
//   connect -> load (connected, no response yet: Ollama loading the model) -> first token
//   (headers in, no text yet) -> streaming,
// and each phase has its own limit, plus one for the whole call. A cold Ollama start is not a
// timeout: after `loadNoticeMs` in the load phase the tracker reports "loading model" and keeps
// waiting until `loadMs`.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Disposable } from '../disposable';
import { ModelError } from './modelError';
import type { ModelEndpoint } from './modelTypes';

export interface PhaseTimeouts {
  /** TCP (and TLS) connection. */
  readonly connectMs: number;
  /** Connected, waiting for the response to start: a model being loaded into memory. */
  readonly loadMs: number;
  /** Response started, waiting for the first token; for a cloud endpoint also the wait for the response. */
  readonly firstTokenMs: number;
  /** The whole call, from dispatch to the last token. */
  readonly totalMs: number;
  /** How long the load phase runs before "loading model" is reported. */
  readonly loadNoticeMs: number;
}

export const defaultPhaseTimeouts: PhaseTimeouts = {
  connectMs: 5_000,
  loadMs: 180_000,
  firstTokenMs: 30_000,
  totalMs: 600_000,
  loadNoticeMs: 1_500,
};

export type RequestPhase = 'connect' | 'load' | 'firstToken' | 'streaming' | 'done';

export interface PhaseTrackerOptions {
  readonly endpoint: ModelEndpoint;
  readonly timeouts: PhaseTimeouts;
  /** Whether the server may load a model before answering (Ollama, local servers). */
  readonly mayLoadModel: boolean;
  /** The caller's signal; the tracker's own signal follows it. */
  readonly signal: AbortSignal;
  readonly onLoading?: () => void;
}

/** Follows one call through its phases and aborts it with a timeout when a phase overruns. */
export class PhaseTracker implements Disposable {
  private readonly controller = new AbortController();
  private phaseTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly totalTimer: ReturnType<typeof setTimeout>;
  private readonly unlink: () => void;
  private current: RequestPhase = 'connect';
  private loadingReported = false;
  /** The timeout that ended the call, when one did, and its phase. */
  timeoutError: ModelError | undefined;
  timedOutIn: 'connect' | 'load' | 'firstToken' | 'total' | undefined;

  constructor(private readonly options: PhaseTrackerOptions) {
    const follow = () => this.controller.abort(options.signal.reason);
    if (options.signal.aborted) follow();
    options.signal.addEventListener('abort', follow, { once: true });
    this.unlink = () => options.signal.removeEventListener('abort', follow);
    this.totalTimer = setTimeout(() => this.fail('total', options.timeouts.totalMs), options.timeouts.totalMs);
    this.enter('connect');
  }

  /** Pass this to the provider: it aborts on the caller's signal and on any phase timeout. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get phase(): RequestPhase {
    return this.current;
  }

  /** True once the server was seen loading the model for this call. */
  get wasLoading(): boolean {
    return this.loadingReported;
  }

  /** An HTTP request of this call was sent (a call may make several: /api/show, then generate). */
  requestStarted(): void {
    if (this.current !== 'streaming' && this.current !== 'done') this.enter('connect');
  }

  /** The request is on a connected socket. */
  connected(): void {
    if (this.current === 'connect') this.enter('load');
  }

  /** Response headers arrived. */
  responseStarted(): void {
    if (this.current === 'connect' || this.current === 'load') this.enter('firstToken');
  }

  /** The first piece of text arrived: from here only the total limit applies. */
  firstToken(): void {
    if (this.current !== 'streaming' && this.current !== 'done') this.enter('streaming');
  }

  dispose(): void {
    this.current = 'done';
    clearTimeout(this.phaseTimer);
    clearTimeout(this.totalTimer);
    this.unlink();
  }

  private enter(phase: RequestPhase): void {
    this.current = phase;
    clearTimeout(this.phaseTimer);
    this.phaseTimer = undefined;
    const t = this.options.timeouts;
    if (phase === 'connect') {
      // undici enforces connectMs on the socket itself; this is the backstop (proxies, TLS).
      this.arm(t.connectMs + 1_000, () => this.fail('connect', t.connectMs));
    } else if (phase === 'load') {
      if (!this.options.mayLoadModel) {
        this.arm(t.firstTokenMs, () => this.fail('firstToken', t.firstTokenMs));
      } else {
        const notice = Math.min(t.loadNoticeMs, t.loadMs);
        this.arm(notice, () => {
          this.loadingReported = true;
          this.options.onLoading?.();
          this.arm(Math.max(0, t.loadMs - notice), () => this.fail('load', t.loadMs));
        });
      }
    } else if (phase === 'firstToken') {
      this.arm(t.firstTokenMs, () => this.fail('firstToken', t.firstTokenMs));
    }
  }

  private arm(ms: number, fire: () => void): void {
    clearTimeout(this.phaseTimer);
    this.phaseTimer = setTimeout(fire, ms);
  }

  private fail(phase: 'connect' | 'load' | 'firstToken' | 'total', ms: number): void {
    if (this.current === 'done' || this.controller.signal.aborted) return;
    const what = {
      connect: 'no connection',
      load: 'the model did not finish loading',
      firstToken: 'no first token',
      total: 'the reply did not finish',
    }[phase];
    const e = this.options.endpoint;
    this.timeoutError = new ModelError('timeout', {
      provider: e.provider,
      model: e.model,
      baseUrl: e.baseUrl,
      detail: `${what} within ${formatMs(ms)} (${phase} timeout)`,
    });
    this.timedOutIn = phase;
    this.controller.abort(this.timeoutError);
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`;
}

// The HTTP layer finds the tracker of the call it serves here, so one shared fetch (and
// connection pool) serves every call while each call still sees its own phases.
const trackers = new AsyncLocalStorage<PhaseTracker>();

export function runWithTracker<T>(tracker: PhaseTracker, fn: () => T): T {
  return trackers.run(tracker, fn);
}

export function currentTracker(): PhaseTracker | undefined {
  return trackers.getStore();
}
