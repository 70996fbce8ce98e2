// The one error every model provider throws. Callers branch on `reason`, never on message text;
// the message is written for the user, the original error rides along as `cause`.
import type { ProviderKind } from './modelTypes';

export type ModelErrorReason =
  | 'unreachable'
  | 'modelNotFound'
  | 'unauthorized'
  | 'rateLimited'
  | 'server'
  | 'badResponse'
  | 'aborted'
  | 'timeout'
  | 'contextTooLong'
  /** "flywheel.models.localOnly" forbids this endpoint. */
  | 'localOnly'
  /** The prompt was not cleared by the guard for an endpoint off this machine. */
  | 'notCleared'
  /** The user's flywheel.models entries for the role could not be used; detail says why. */
  | 'invalidSettings';

/** Which limit a timeout ran into (see phaseTimeouts.ts). */
export type TimeoutPhase = 'connect' | 'response' | 'load' | 'firstToken' | 'idle' | 'total';

export interface TimeoutDetails {
  readonly phase: TimeoutPhase;
  readonly limitMs: number;
  /** How long the model's previous load took (Ollama's load_duration), when known. */
  readonly lastLoadMs?: number;
}

export interface ModelErrorOptions {
  readonly provider?: ProviderKind;
  readonly model?: string;
  /** The endpoint's base URL (never contains a key). */
  readonly baseUrl?: string;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** From Retry-After / retry-after-ms, when the server sent one (429, 503). */
  readonly retryAfterMs?: number;
  /** The server's own words or what we saw, for the output channel. */
  readonly detail?: string;
  /** For 'timeout': the phase and its limit, so the message says what was being waited for. */
  readonly timeout?: TimeoutDetails;
  readonly cause?: unknown;
}

export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly reason: ModelErrorReason;
  readonly provider?: ProviderKind;
  readonly model?: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly detail?: string;
  readonly timeout?: TimeoutDetails;

  constructor(reason: ModelErrorReason, options: ModelErrorOptions = {}) {
    super(userMessage(reason, options), options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.provider = options.provider;
    this.model = options.model;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.detail = options.detail;
    this.timeout = options.timeout;
  }

  /** Type guard; with `reason`, also checks the reason. */
  static is(error: unknown, reason?: ModelErrorReason): error is ModelError {
    return error instanceof ModelError && (reason === undefined || error.reason === reason);
  }
}

function userMessage(reason: ModelErrorReason, o: ModelErrorOptions): string {
  const model = o.model ? `"${o.model}"` : 'the model';
  const where = o.baseUrl ?? (o.provider === 'ollama' ? 'Ollama' : 'the model server');
  const detail = o.detail ? ` (${o.detail})` : '';
  switch (reason) {
    case 'unreachable':
      if (o.timeout) return timeoutMessage(o.timeout, model, where, o.provider);
      if (o.provider === 'ollama') return `Cannot reach Ollama at ${where}. Is it running? Start it with \`ollama serve\`.`;
      // No endpoint at all: nothing configured and nothing discovered; the detail says what to set.
      return o.baseUrl ? `Cannot reach the model server at ${where}.${detail}` : `No model server to ask${o.detail ? `: ${o.detail}` : ''}.`;
    case 'modelNotFound':
      return o.provider === 'ollama'
        ? `Model ${model} is not installed in Ollama${o.baseUrl ? ` at ${o.baseUrl}` : ''}. Install it with \`ollama pull ${o.model ?? '<model>'}\`.`
        : `Model ${model} was not found on ${where}.${detail}`;
    case 'unauthorized':
      return `The server at ${where} rejected the API key${o.status ? ` (HTTP ${o.status})` : ''}. Set a valid key with "Flywheel: Set API Key".`;
    case 'rateLimited': {
      const wait = o.retryAfterMs !== undefined ? ` Retry in ${Math.ceil(o.retryAfterMs / 1000)} s.` : '';
      return `The server at ${where} is rate limiting requests.${wait}`;
    }
    case 'server':
      return `The model server at ${where} failed${o.status ? ` with HTTP ${o.status}` : ''}.${detail}`;
    case 'badResponse':
      return `The model server at ${where} sent a reply Flywheel could not read.${detail}`;
    case 'aborted':
      return 'The request was cancelled.';
    case 'timeout':
      return o.timeout ? timeoutMessage(o.timeout, model, where, o.provider) : `The model server at ${where} did not answer in time.`;
    case 'contextTooLong':
      return `The prompt is longer than ${model}'s context window.${detail}`;
    case 'localOnly':
      return `Refused ${model} at ${where}: "flywheel.models.localOnly" allows only endpoints on this machine (localhost, 127.0.0.0/8, ::1).`;
    case 'notCleared':
      return `Not sent to ${model} at ${where}: the prompt was not cleared for an endpoint off this machine (the model settings changed while it was built); try again.`;
    case 'invalidSettings':
      return `${o.detail ?? 'The model settings are invalid.'}`;
  }
}

/** 1.5 s, 250 ms: a limit as people read it. */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}

function timeoutMessage(t: TimeoutDetails, model: string, where: string, provider: ModelErrorOptions['provider']): string {
  const limit = formatDuration(t.limitMs);
  switch (t.phase) {
    case 'connect':
      return `Cannot connect to the model server at ${where}: no connection within ${limit}.`;
    case 'response':
      return `The model server at ${where} accepted the request but is not answering, not even ${provider === 'ollama' ? '/api/ps' : 'a model listing'} (${limit} without a reply). Restart the server.`;
    case 'load': {
      const last = t.lastLoadMs !== undefined ? ` (its last load took ${formatDuration(t.lastLoadMs)})` : '';
      return `${model} was still loading on ${where} after ${limit}${last}. A smaller model loads faster; or raise loadMs in "flywheel.models.timeouts".`;
    }
    case 'firstToken':
      return `The model server at ${where} sent no first token within ${limit}.`;
    case 'idle':
      return `The model server at ${where} stopped sending in the middle of the reply (nothing for ${limit}; idleMs in "flywheel.models.timeouts").`;
    case 'total':
      return `The reply from ${where} did not finish within ${limit}.`;
  }
}

/**
 * Milliseconds to wait from `retry-after-ms` or `Retry-After` (delta-seconds or an HTTP date).
 * Undefined when absent or unreadable.
 */
export function parseRetryAfterMs(headers: { get(name: string): string | null } | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * True for an error that only says the request was cancelled (by the user, a newer request or
 * a consumer that stopped reading): a ModelError('aborted'), or the platform's AbortError from
 * fetch, timers and streams.
 */
export function isAbortError(error: unknown): boolean {
  if (ModelError.is(error, 'aborted')) return true;
  return error instanceof Error && (error.name === 'AbortError' || (error as { code?: unknown }).code === 'ABORT_ERR');
}

/**
 * The reason implied by an aborted signal: 'timeout' for AbortSignal.timeout() or an abort
 * whose reason is a timeout ModelError (the gateway's phase timers), else 'aborted'.
 */
export function abortReason(signal: AbortSignal): 'aborted' | 'timeout' {
  const reason: unknown = signal.reason;
  if (ModelError.is(reason, 'timeout')) return 'timeout';
  return reason instanceof Error && reason.name === 'TimeoutError' ? 'timeout' : 'aborted';
}

const unreachableCodes = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE',
]);

/**
 * Classifies a transport failure from fetch (undici): connection errors are 'unreachable',
 * a body cut off mid-stream is 'badResponse', undici's own timeouts are 'timeout'.
 * Undefined when the error is not a transport failure.
 */
export function transportReason(error: unknown): ModelErrorReason | undefined {
  const chain: unknown[] = [];
  for (let e: unknown = error; e && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  // undici reports a socket closed while the body was being read as TypeError('terminated').
  if (chain.some((e) => e instanceof TypeError && e.message === 'terminated')) return 'badResponse';
  for (const e of chain) {
    const code = (e as { code?: unknown }).code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT') return 'timeout';
    if (typeof code === 'string' && unreachableCodes.has(code)) return 'unreachable';
  }
  if (chain.some((e) => e instanceof TypeError && e.message === 'fetch failed')) return 'unreachable';
  return undefined;
}
