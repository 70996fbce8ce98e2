// One endpoint's share of a gateway call: wait for a slot on its server, send with phase
// timeouts, measure, and retry where safe — never once a token was delivered.
import type { Logger } from '../logger';
import { CallMeter, type CallOutcome, type CallRecord } from './callMetrics';
import { isLocalEndpoint } from './endpointLocality';
import { tlsFailureOf } from './httpTransport';
import type { GatewayEndpoint, ModelRole } from './modelGatewayConfig';
import type { GatewayEvent } from './modelGatewayEvents';
import { ModelError, formatDuration } from './modelError';
import type { EmbedRequest, ModelEndpoint, ModelProvider, StreamChunk } from './modelTypes';
import type { StreamBody } from './outgoingPrompt';
import { PhaseTracker, runWithTracker, type PhaseTimeouts } from './phaseTimeouts';
import type { RequestScheduler } from './requestScheduler';
import { causeCode, retryDelayMs, sleepWithSignal, type RetryOptions } from './retryPolicy';

export interface AttemptContext {
  readonly role: ModelRole;
  readonly endpoint: GatewayEndpoint;
  readonly provider: ModelProvider;
  /** The request as sent (texts redacted for an endpoint off this machine). */
  readonly body: StreamBody;
  /** The texts as sent, for the prompt-token estimate. */
  readonly promptTexts: readonly string[];
  readonly signal: AbortSignal;
  readonly supersedeKey?: string;
  readonly scheduler: RequestScheduler;
  readonly timeouts: PhaseTimeouts;
  readonly retry: RetryOptions;
  readonly logger: Logger;
  readonly fire: (event: GatewayEvent) => void;
  readonly record: (record: CallRecord) => void;
  /** How long each model last took to load (Ollama's load_duration), by loadKey. */
  readonly loads: Map<string, number>;
}

export async function* streamFromEndpoint(c: AttemptContext): AsyncGenerator<StreamChunk> {
  const { endpoint, role, signal } = c;
  for (let attempt = 1; ; attempt++) {
    const priority = role === 'completion' ? 'high' : 'low';
    const supersede = role === 'completion' ? (c.supersedeKey ?? 'completion') : undefined;
    const release = await c.scheduler.acquire(serverKey(endpoint), priority, signal, supersede);
    const tracker = new PhaseTracker({
      endpoint,
      timeouts: c.timeouts,
      mayLoadModel: endpoint.provider === 'ollama' || isLocalEndpoint(endpoint.baseUrl),
      signal,
      probe: c.provider.probe && ((s) => c.provider.probe!(s)),
      lastLoadMs: c.loads.get(loadKey(endpoint)),
      onLoading: () => c.fire({ type: 'loadingModel', role, endpoint }),
      // A stalled request lends its slot; Stop and every timeout give it back at once.
      onQuiet: () => release.quiet(),
      onActive: () => release.active(),
    });
    tracker.signal.addEventListener('abort', release, { once: true });
    const meter = new CallMeter(role, endpoint, c.promptTexts, endpoint);
    let outcome: CallOutcome = 'aborted';
    let errorKind: string | undefined;
    let waitMs = 0;
    let finished = false;
    const iterable = c.body.kind === 'fim' ? c.provider.streamFim(c.body.request, tracker.signal) : c.provider.streamChat(c.body.request, tracker.signal);
    const iterator = iterable[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await runWithTracker(tracker, () => iterator.next());
        if (next.done) break;
        tracker.activity();
        const first = next.value.text !== '' && !meter.deliveredText;
        meter.chunk(next.value);
        noteLoad(c, endpoint, next.value.usage?.loadMs);
        if (first) {
          tracker.firstToken();
          if (tracker.wasLoading) c.fire({ type: 'modelLoaded', role, endpoint });
        }
        yield next.value;
      }
      finished = true;
      outcome = 'ok';
      return;
    } catch (raw) {
      finished = true;
      const failure = failedAttempt(raw, tracker, endpoint);
      ({ outcome, errorKind } = failure);
      if (meter.deliveredText || signal.aborted) throw failure.error;
      waitMs = retryWait(c, failure, attempt);
    } finally {
      // A consumer that stops early (first newline of a single-line completion) closes the stream.
      if (!finished) await iterator.return?.().catch(() => undefined);
      if (outcome === 'aborted' && meter.deliveredText && !signal.aborted) outcome = 'ok';
      tracker.dispose();
      release();
      c.record(meter.finish(outcome, errorKind));
    }
    await backOff(waitMs, signal, endpoint);
  }
}

export interface EmbedAttemptContext extends Omit<AttemptContext, 'body' | 'promptTexts' | 'supersedeKey' | 'loads'> {
  readonly request: EmbedRequest;
}

/** One endpoint's embedding call: a background slot, phase timeouts, measured, retried where safe. */
export async function embedWithEndpoint(c: EmbedAttemptContext): Promise<number[][]> {
  const { endpoint, role, signal } = c;
  for (let attempt = 1; ; attempt++) {
    const release = await c.scheduler.acquire(serverKey(endpoint), 'low', signal);
    const tracker = new PhaseTracker({
      endpoint,
      timeouts: c.timeouts,
      mayLoadModel: endpoint.provider === 'ollama' || isLocalEndpoint(endpoint.baseUrl),
      signal,
      onLoading: () => c.fire({ type: 'loadingModel', role, endpoint }),
    });
    const meter = new CallMeter(role, endpoint, c.request.input, endpoint);
    let outcome: CallOutcome = 'aborted';
    let errorKind: string | undefined;
    let waitMs = 0;
    try {
      const result = await runWithTracker(tracker, () => c.provider.embed(c.request, tracker.signal));
      meter.chunk({ text: '', usage: { promptTokens: result.promptTokens, completionTokens: 0 } });
      outcome = 'ok';
      return result.vectors;
    } catch (raw) {
      const failure = failedAttempt(raw, tracker, endpoint);
      ({ outcome, errorKind } = failure);
      if (signal.aborted) throw failure.error;
      waitMs = retryWait(c, failure, attempt);
    } finally {
      tracker.dispose();
      release();
      c.record(meter.finish(outcome, errorKind));
    }
    await backOff(waitMs, signal, endpoint);
  }
}

interface AttemptFailure {
  readonly error: Error;
  readonly outcome: CallOutcome;
  readonly errorKind: string;
}

/** What a failed attempt was: the error to report and how the call is recorded. */
function failedAttempt(raw: unknown, tracker: PhaseTracker, endpoint: ModelEndpoint): AttemptFailure {
  const error = normalizeModelError(raw, tracker, endpoint);
  return {
    error,
    outcome: ModelError.is(error, 'aborted') ? 'aborted' : 'error',
    errorKind: ModelError.is(error) ? (error.status ? `http_${error.status}` : error.reason) : 'unknown',
  };
}

/** How long to wait before the next attempt (logged); throws the failure's error when there is none. */
function retryWait(c: Pick<AttemptContext, 'role' | 'endpoint' | 'retry' | 'logger'>, failure: AttemptFailure, attempt: number): number {
  const waitMs = retryDelayMs(failure.error, attempt, c.endpoint, c.retry);
  if (waitMs === undefined) throw failure.error;
  c.logger.info(`${c.role}: ${c.endpoint.model} at ${safeHost(c.endpoint)}: ${failure.errorKind}; retry ${attempt} in ${Math.round(waitMs)} ms`);
  return waitMs;
}

/** The pause between attempts; Stop during it ends the call as aborted. */
async function backOff(waitMs: number, signal: AbortSignal, endpoint: ModelEndpoint): Promise<void> {
  try {
    await sleepWithSignal(waitMs, signal);
  } catch {
    throw new ModelError('aborted', { provider: endpoint.provider, model: endpoint.model, baseUrl: endpoint.baseUrl });
  }
}

/** The error to report: our own timeout, the real TLS failure, or the provider's ModelError. */
export function normalizeModelError(raw: unknown, tracker: PhaseTracker | undefined, endpoint: ModelEndpoint): Error {
  if (tracker?.timeoutError) return tracker.timeoutError;
  if (tracker && ModelError.is(raw, 'unreachable') && causeCode(raw) === 'UND_ERR_CONNECT_TIMEOUT') return tracker.connectFailure(raw);
  const tls = tlsFailureOf(raw);
  const context = { provider: endpoint.provider, model: endpoint.model, baseUrl: endpoint.baseUrl, cause: raw };
  if (tls) return new ModelError('unreachable', { ...context, detail: `TLS: ${tls}. For a self-signed certificate set "flywheel.models.caFile".` });
  if (raw instanceof Error) return raw;
  return new ModelError('badResponse', { ...context, detail: String(raw) });
}

/** A load long enough to be a real one (not a resident model's ~1 ms) is remembered and logged. */
function noteLoad(c: AttemptContext, endpoint: ModelEndpoint, loadMs: number | undefined): void {
  if (loadMs === undefined || loadMs < 500) return;
  c.loads.set(loadKey(endpoint), loadMs);
  c.logger.info(`${endpoint.model} at ${safeHost(endpoint)} loaded into memory in ${formatDuration(loadMs)}`);
}

function loadKey(endpoint: ModelEndpoint): string {
  return `${serverKey(endpoint)} ${endpoint.model}`;
}

/** Requests are scheduled per server: one Ollama serves every model it has. */
export function serverKey(endpoint: ModelEndpoint): string {
  try {
    return new URL(endpoint.baseUrl).origin;
  } catch {
    return endpoint.baseUrl;
  }
}

export function safeHost(endpoint: ModelEndpoint): string {
  try {
    return new URL(endpoint.baseUrl).host;
  } catch {
    return '(invalid URL)';
  }
}
