// Time limits by phase of one model request. A request moves through
//   connect -> response (connected, no answer yet) -> first token (headers in, no text yet)
//   -> streaming,
// and each phase has its own limit, plus one for the whole call. In the response phase a server
// that may load a model (Ollama, a local server) is asked whether it is alive (Ollama's /api/ps)
// once the wait passes `loadNoticeMs`: alive means "loading model" and the wait goes on until
// `loadMs`; silent means the server is stuck, and the call fails at once instead of waiting out
// the load limit. While streaming, a silence longer than `idleMs` ends the call.
//
// Apart from the limits, the tracker says when the call has been quiet for `idleMs` in any
// phase (onQuiet) and when it stirs again (onActive): the scheduler then stops counting it
// against its server's slots, so one stalled request never holds up another for longer.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Disposable } from '../disposable';
import { ModelError, formatDuration, type TimeoutPhase } from './modelError';
import type { LivenessReport, ModelEndpoint } from './modelTypes';

export interface PhaseTimeouts {
  /** TCP (and TLS) connection; also how long a liveness probe may take. */
  readonly connectMs: number;
  /** Connected, the server alive but not answering yet: a model being loaded into memory. */
  readonly loadMs: number;
  /** Response started, waiting for the first token; for a cloud endpoint also the wait for the response. */
  readonly firstTokenMs: number;
  /** Streaming: the longest silence between two pieces of the reply. */
  readonly idleMs: number;
  /** The whole call, from dispatch to the last token. */
  readonly totalMs: number;
  /** How long the response phase runs before the server is probed and "loading model" reported. */
  readonly loadNoticeMs: number;
}

export const defaultPhaseTimeouts: PhaseTimeouts = {
  connectMs: 5_000,
  loadMs: 180_000,
  firstTokenMs: 30_000,
  idleMs: 20_000,
  totalMs: 600_000,
  loadNoticeMs: 1_500,
};

/** How often a server that is loading a model is asked again whether it is still alive. */
const REPROBE_EVERY_MS = 10_000;

export type RequestPhase = 'connect' | 'response' | 'firstToken' | 'streaming' | 'done';

/** Asks the server a cheap question (Ollama /api/ps, /v1/models) on its own connection. */
export type LivenessProbe = (signal: AbortSignal) => Promise<LivenessReport>;

export interface PhaseTrackerOptions {
  readonly endpoint: ModelEndpoint;
  readonly timeouts: PhaseTimeouts;
  /** Whether the server may load a model before answering (Ollama, local servers). */
  readonly mayLoadModel: boolean;
  /** The caller's signal; the tracker's own signal follows it. */
  readonly signal: AbortSignal;
  readonly probe?: LivenessProbe;
  /** How long the last load of this model took, for the load-timeout message. */
  readonly lastLoadMs?: number;
  readonly onLoading?: (report: LivenessReport) => void;
  /** No sign of life for `idleMs` (any phase). */
  readonly onQuiet?: () => void;
  /** A sign of life after onQuiet. */
  readonly onActive?: () => void;
}

/** Follows one call through its phases and aborts it with a timeout when a phase overruns. */
export class PhaseTracker implements Disposable {
  private readonly controller = new AbortController();
  private phaseTimer: ReturnType<typeof setTimeout> | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly totalTimer: ReturnType<typeof setTimeout>;
  private readonly unlink: () => void;
  private current: RequestPhase = 'connect';
  private responseSince = 0;
  private loadingReported = false;
  private quiet = false;
  /** The liveness probe in flight, dropped when the phase moves on. */
  private probing: AbortController | undefined;
  /** The timeout that ended the call, when one did, and its phase. */
  timeoutError: ModelError | undefined;
  timedOutIn: TimeoutPhase | undefined;

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
    if (this.current === 'connect') this.enter('response');
  }

  /** Response headers arrived. */
  responseStarted(): void {
    if (this.current === 'connect' || this.current === 'response') this.enter('firstToken');
  }

  /** The first piece of text arrived: from here the idle and total limits apply. */
  firstToken(): void {
    if (this.current !== 'streaming' && this.current !== 'done') this.enter('streaming');
  }

  /** Bytes or a chunk arrived. */
  activity(): void {
    if (this.current === 'done') return;
    if (this.current === 'streaming') this.armPhase(this.options.timeouts.idleMs, () => this.fail('idle', this.options.timeouts.idleMs));
    this.stir();
  }

  /** The error for a connection the transport gave up on (undici's connect timeout), in this call's words. */
  connectFailure(cause: unknown): ModelError {
    const e = this.options.endpoint;
    const ms = this.options.timeouts.connectMs;
    return new ModelError('unreachable', {
      provider: e.provider, model: e.model, baseUrl: e.baseUrl, cause,
      detail: `no connection within ${formatDuration(ms)} (connect timeout)`,
      timeout: { phase: 'connect', limitMs: ms },
    });
  }

  dispose(): void {
    this.current = 'done';
    this.probing?.abort();
    clearTimeout(this.phaseTimer);
    clearTimeout(this.quietTimer);
    clearTimeout(this.totalTimer);
    this.unlink();
  }

  private enter(phase: RequestPhase): void {
    this.current = phase;
    this.probing?.abort();
    this.probing = undefined;
    const t = this.options.timeouts;
    this.stir();
    if (phase === 'connect') {
      // undici enforces connectMs on the socket itself; this is the backstop (proxies, TLS).
      this.armPhase(t.connectMs + 1_000, () => this.fail('connect', t.connectMs));
    } else if (phase === 'response') {
      this.responseSince = performance.now();
      if (!this.options.mayLoadModel) this.armPhase(t.firstTokenMs, () => this.fail('firstToken', t.firstTokenMs));
      else this.armPhase(Math.min(t.loadNoticeMs, t.loadMs), () => this.checkAlive());
    } else if (phase === 'firstToken') {
      this.armPhase(t.firstTokenMs, () => this.fail('firstToken', t.firstTokenMs));
    } else if (phase === 'streaming') {
      this.armPhase(t.idleMs, () => this.fail('idle', t.idleMs));
    }
  }

  /** Still no answer: a live server is loading the model (wait on), a silent one is stuck (fail). */
  private checkAlive(): void {
    const t = this.options.timeouts;
    const probe = this.options.probe;
    const loadLeft = () => Math.max(0, t.loadMs - (performance.now() - this.responseSince));
    if (!probe) {
      this.reportLoading({});
      this.armPhase(loadLeft(), () => this.fail('load', t.loadMs));
      return;
    }
    // Its own connection, outside this call's phases: the probe is not the request being timed.
    const probing = (this.probing = new AbortController());
    const signal = AbortSignal.any([probing.signal, this.controller.signal, AbortSignal.timeout(t.connectMs)]);
    const asked = trackers.exit(() => probe(signal));
    // The load limit keeps running while the probe is out.
    this.armPhase(loadLeft(), () => this.fail('load', t.loadMs));
    asked.then(
      (report) => {
        if (this.probing !== probing) return; // the phase moved on meanwhile
        this.probing = undefined;
        this.reportLoading(report);
        const left = loadLeft();
        if (left <= REPROBE_EVERY_MS) this.armPhase(left, () => this.fail('load', t.loadMs));
        else this.armPhase(REPROBE_EVERY_MS, () => this.checkAlive());
      },
      () => {
        if (this.probing === probing) this.fail('response', Math.round(performance.now() - this.responseSince));
      },
    );
  }

  private reportLoading(report: LivenessReport): void {
    if (this.loadingReported) return;
    this.loadingReported = true;
    this.options.onLoading?.(report);
  }

  private armPhase(ms: number, fire: () => void): void {
    clearTimeout(this.phaseTimer);
    this.phaseTimer = setTimeout(fire, ms);
  }

  /** A sign of life: restarts the quiet clock, and ends a quiet spell. */
  private stir(): void {
    clearTimeout(this.quietTimer);
    if (this.current === 'done') return;
    if (this.quiet) {
      this.quiet = false;
      this.options.onActive?.();
    }
    this.quietTimer = setTimeout(() => {
      this.quiet = true;
      this.options.onQuiet?.();
    }, this.options.timeouts.idleMs);
  }

  private fail(phase: TimeoutPhase, ms: number): void {
    if (this.current === 'done' || this.controller.signal.aborted) return;
    const what: Record<TimeoutPhase, string> = {
      connect: 'no connection',
      response: 'connected but no answer, and the server did not answer a liveness probe either',
      load: 'the model did not finish loading',
      firstToken: 'no first token',
      idle: 'nothing more arrived',
      total: 'the reply did not finish',
    };
    const e = this.options.endpoint;
    this.timeoutError = new ModelError('timeout', {
      provider: e.provider,
      model: e.model,
      baseUrl: e.baseUrl,
      detail: `${what[phase]} within ${formatDuration(ms)} (${phase} timeout)`,
      timeout: { phase, limitMs: ms, ...(phase === 'load' && this.options.lastLoadMs !== undefined ? { lastLoadMs: this.options.lastLoadMs } : {}) },
    });
    this.timedOutIn = phase;
    this.controller.abort(this.timeoutError);
  }
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
