// When a failed model request may be tried again, and after how long. Only where it is safe:
// the connection never got through, or the server said "busy" (503) or "slow down" (429,
// honouring Retry-After up to a bound). Never once a token was delivered: the gateway does not
// even ask then.
import { isLocalEndpoint } from './endpointLocality';
import { ModelError } from './modelError';
import type { ModelEndpoint } from './modelTypes';

export interface RetryOptions {
  /** Attempts per endpoint, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call moves on (or fails). */
  readonly maxRetryAfterMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 4_000,
  maxRetryAfterMs: 10_000,
};

/**
 * Milliseconds to wait before attempt `attempt + 1`, or undefined for "don't retry".
 * `attempt` counts from 1 (the attempt that just failed).
 */
export function retryDelayMs(
  error: unknown, attempt: number, endpoint: ModelEndpoint, options: RetryOptions = defaultRetryOptions, random = Math.random,
): number | undefined {
  if (attempt >= options.maxAttempts || !ModelError.is(error)) return undefined;
  const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)) * (0.5 + random() / 2);
  switch (error.reason) {
    case 'unreachable':
      // Nothing listens on a loopback port: retrying only delays the fallback.
      if (isLocalEndpoint(endpoint.baseUrl) && causeCode(error) === 'ECONNREFUSED') return undefined;
      return backoff;
    case 'rateLimited':
      if (error.retryAfterMs === undefined) return backoff;
      return error.retryAfterMs <= options.maxRetryAfterMs ? error.retryAfterMs : undefined;
    case 'server':
      if (error.status !== 503) return undefined;
      if (error.retryAfterMs !== undefined) return error.retryAfterMs <= options.maxRetryAfterMs ? error.retryAfterMs : undefined;
      return backoff;
    default:
      return undefined;
  }
}

/** The first error code in the cause chain (ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT, …). */
export function causeCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && !seen.has(e) && seen.size < 8; e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    // AggregateError (happy eyeballs: ::1 and 127.0.0.1 both refused) keeps codes in `errors`.
    const inner = (e as { errors?: unknown[] }).errors;
    const innerCode = Array.isArray(inner) ? (inner[0] as { code?: unknown } | undefined)?.code : undefined;
    if (typeof innerCode === 'string') return innerCode;
  }
  return undefined;
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleepWithSignal(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
