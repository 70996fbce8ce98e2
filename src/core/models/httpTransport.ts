// The one HTTP client under every model provider: an undici dispatcher that trusts an extra CA
// file (self-signed TLS on a remote Ollama behind a reverse proxy), goes through VS Code's
// http.proxy for non-loopback hosts, and reports each request's phases (connected, response
// started) to the PhaseTracker of the call it serves.
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent, Dispatcher, ProxyAgent, fetch as undiciFetch } from 'undici';
import type { Disposable } from '../disposable';
import { isLoopbackHost } from './endpointLocality';
import { currentTracker, type PhaseTracker } from './phaseTimeouts';

export interface HttpTransportOptions {
  /** VS Code's http.proxy, e.g. http://proxy.corp:3128; loopback hosts never use it. */
  readonly proxy?: string;
  /** Hosts that bypass the proxy (VS Code's http.noProxy). */
  readonly noProxy?: readonly string[];
  /** PEM file with extra CA certificates to trust (flywheel.models.caFile). */
  readonly caFile?: string;
  /** PEM text, for tests and callers that already read the file. */
  readonly caPem?: string;
  /** VS Code's http.proxyStrictSSL: false accepts any certificate (not recommended). */
  readonly strictSSL?: boolean;
  readonly connectTimeoutMs?: number;
}

export class HttpTransport implements Disposable {
  private readonly direct: Agent;
  private readonly proxied: ProxyAgent | undefined;

  constructor(private readonly options: HttpTransportOptions = {}) {
    const extraCa = options.caPem ?? (options.caFile ? readFileSync(options.caFile, 'utf8') : undefined);
    // Passing `ca` replaces Node's trust store, so keep the public roots beside the extra CA.
    const tls = {
      ...(extraCa ? { ca: [...rootCertificates, extraCa] } : {}),
      ...(options.strictSSL === false ? { rejectUnauthorized: false } : {}),
    };
    // Our PhaseTracker owns the header/body timeouts; undici's 300 s defaults would cut a long load.
    const timeouts = { headersTimeout: 0, bodyTimeout: 0 };
    this.direct = new Agent({ ...timeouts, connect: { ...tls, timeout: options.connectTimeoutMs ?? 5_000 } });
    this.proxied = options.proxy
      ? new ProxyAgent({ uri: options.proxy, ...timeouts, requestTls: tls, proxyTls: tls })
      : undefined;
  }

  /** The fetch to give the providers; one pool for all of them. */
  readonly fetch: typeof fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const base = this.dispatcherFor(url.hostname);
    const tracker = currentTracker();
    tracker?.requestStarted();
    const dispatcher = tracker ? new TrackingDispatcher(base, tracker) : base;
    // undici's fetch takes the same arguments as the global one, plus the dispatcher.
    return undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), dispatcher }) as unknown as Promise<Response>;
  };

  dispose(): void {
    void this.direct.close().catch(() => undefined);
    void this.proxied?.close().catch(() => undefined);
  }

  private dispatcherFor(hostname: string): Dispatcher {
    if (!this.proxied || isLoopbackHost(hostname)) return this.direct;
    const host = hostname.toLowerCase();
    const bypass = (this.options.noProxy ?? []).some((entry) => {
      const e = entry.trim().toLowerCase().replace(/^\*?\./, '');
      return e !== '' && (host === e || host.endsWith(`.${e}`));
    });
    return bypass ? this.direct : this.proxied;
  }
}

const handlerMethods = [
  'onConnect', 'onResponseStarted', 'onHeaders', 'onData', 'onComplete', 'onError', 'onUpgrade', 'onBodySent',
  'onRequestSent', 'onRequestStart', 'onRequestUpgrade', 'onResponseStart', 'onResponseData', 'onResponseEnd',
  'onResponseError',
] as const;

/** Delegates to the shared pool and tells the tracker when the socket is ready and when the response starts. */
class TrackingDispatcher extends Dispatcher {
  constructor(private readonly base: Dispatcher, private readonly tracker: PhaseTracker) {
    super();
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const target = handler as unknown as Record<string, (...args: unknown[]) => unknown>;
    const wrapped: Record<string, (...args: unknown[]) => unknown> = {};
    for (const name of handlerMethods) {
      if (typeof target[name] !== 'function') continue;
      wrapped[name] = (...args: unknown[]) => {
        if (name === 'onConnect' || name === 'onRequestStart') this.tracker.connected();
        if (name === 'onHeaders' || name === 'onResponseStart') this.tracker.responseStarted();
        if (name === 'onData' || name === 'onResponseData') this.tracker.activity();
        return target[name]!(...args);
      };
    }
    return this.base.dispatch(options, wrapped as unknown as Dispatcher.DispatchHandler);
  }

  override close(): Promise<void> {
    return Promise.resolve(); // the shared pool outlives each call
  }

  override destroy(): Promise<void> {
    return Promise.resolve();
  }
}

const tlsCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED', 'CERT_REJECTED',
  'ERR_SSL_WRONG_VERSION_NUMBER', 'EPROTO',
]);

/**
 * The certificate or TLS failure behind an error, in Node's own words with its code
 * ("self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)"), or undefined if there is none.
 */
export function tlsFailureOf(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && !seen.has(e) && seen.size < 8; e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (tlsCodes.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) {
      return `${(e as Error).message} (${code})`;
    }
  }
  return undefined;
}
