// The one door between the editor and every model. For each request it picks the endpoint
// (the role's ordered list, skipping ones that just failed), asks the guard what may leave,
// waits its turn on the server, applies phase timeouts and safe retries, falls back before
// any token was delivered, and measures the call.
import type { Disposable } from '../disposable';
import type { FeedbackSink } from '../feedback/feedbackEvents';
import { EgressRefusedError, type EgressGuard } from '../guard/egressGuard';
import type { Logger } from '../logger';
import { ModelMetrics, type CallRecord } from './callMetrics';
import { isLocalEndpoint } from './endpointLocality';
import { HttpTransport } from './httpTransport';
import { modelCallEvent, normalizeModelError, safeHost, streamFromEndpoint, type CallMeta, type RequestKind } from './modelGatewayAttempt';
import type { GatewayEndpoint, ModelGatewayConfig, ModelRole, ProviderFactory } from './modelGatewayConfig';
import { GatewayEvents, type GatewayEvent } from './modelGatewayEvents';
import { ModelError } from './modelError';
import type { ChatRequest, FimRequest, ModelDetails, ModelEndpoint, ModelInfo, ModelProvider, StreamChunk } from './modelTypes';
import { OllamaProvider } from './ollamaProvider';
import { OpenAIProvider } from './openaiProvider';
import { defaultPhaseTimeouts } from './phaseTimeouts';
import { RequestScheduler, defaultSchedulerLimits } from './requestScheduler';
import { defaultRetryOptions } from './retryPolicy';

export type { CallMeta } from './modelGatewayAttempt';

export interface ResolvedModel {
  readonly endpoint: GatewayEndpoint;
  readonly details: ModelDetails;
  readonly local: boolean;
}

export interface ModelGatewayDeps {
  readonly guard: EgressGuard;
  readonly logger: Logger;
  readonly providerFactory?: ProviderFactory;
  readonly feedbackSink?: FeedbackSink;
  readonly metrics?: ModelMetrics;
  /**
   * Finds a local model when a role's list is empty (Ollama discovery: a FIM-capable code model,
   * which also answers chat), so a user with Ollama running needs no configuration at all.
   */
  readonly discoverLocal?: (signal: AbortSignal) => Promise<GatewayEndpoint | undefined>;
}

export const defaultProviderFactory: ProviderFactory = (endpoint, fetch, logger) =>
  endpoint.provider === 'ollama' ? new OllamaProvider(endpoint, { fetch, logger }) : new OpenAIProvider(endpoint, { fetch, logger });

const DISCOVERY_TTL_MS = 30_000;
const DISCOVERY_TIMEOUT_MS = 5_000;

/** Waits for `promise` unless `signal` aborts first. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export class ModelGateway implements Disposable {
  readonly metrics: ModelMetrics;
  readonly scheduler: RequestScheduler;
  private readonly events = new GatewayEvents();
  private readonly providers = new Map<string, ModelProvider>();
  private readonly details = new Map<string, ModelDetails>();
  private readonly unhealthyUntil = new Map<string, number>();
  private readonly onCloud = new Set<ModelRole>();
  private readonly loads = new Map<string, number>();
  private transport: HttpTransport;
  private discovered: { at: number; endpoint: Promise<GatewayEndpoint | undefined> } | undefined;

  constructor(private config: ModelGatewayConfig, private deps: ModelGatewayDeps) {
    this.metrics = deps.metrics ?? new ModelMetrics();
    this.scheduler = new RequestScheduler({ ...defaultSchedulerLimits, ...config.scheduler });
    this.transport = new HttpTransport({ connectTimeoutMs: this.timeouts.connectMs, ...config.transport });
  }

  readonly onDidChangeState = (listener: (event: GatewayEvent) => void): Disposable => this.events.on(listener);

  /** Swaps the configuration; providers of endpoints that changed are disposed. */
  updateConfig(config: ModelGatewayConfig): void {
    const transportChanged = JSON.stringify(config.transport ?? {}) !== JSON.stringify(this.config.transport ?? {});
    this.config = config;
    if (transportChanged) {
      this.transport.dispose();
      this.transport = new HttpTransport({ connectTimeoutMs: this.timeouts.connectMs, ...config.transport });
      this.disposeProviders(() => true);
    } else {
      const keep = new Set(Object.values(config.roles).flat().map(endpointKey));
      this.disposeProviders((key) => !keep.has(key));
    }
    this.unhealthyUntil.clear();
    this.discovered = undefined;
  }

  /** Looks for Ollama again on the next request (the user started it or pulled a model). */
  rediscover(): void {
    this.discovered = undefined;
    this.unhealthyUntil.clear();
  }

  updateGuard(guard: EgressGuard): void {
    this.deps = { ...this.deps, guard };
  }

  streamFim(role: ModelRole, request: FimRequest, signal: AbortSignal, meta: CallMeta): AsyncIterable<StreamChunk> {
    return this.stream(role, 'fim', request, signal, meta);
  }

  streamChat(role: ModelRole, request: ChatRequest, signal: AbortSignal, meta: CallMeta): AsyncIterable<StreamChunk> {
    return this.stream(role, 'chat', request, signal, meta);
  }

  /** The endpoint that will serve `role` now, with its details (FIM support, template, context). */
  async resolve(role: ModelRole, signal: AbortSignal): Promise<ResolvedModel> {
    const errors: Error[] = [];
    for (const endpoint of await this.ordered(role, signal)) {
      const refusal = this.deps.guard.endpointRefusal(endpoint);
      if (refusal) {
        errors.push(new EgressRefusedError('local-only', refusal));
        continue;
      }
      try {
        return { endpoint, details: await this.describe(endpoint, signal), local: isLocalEndpoint(endpoint.baseUrl) };
      } catch (error) {
        if (signal.aborted) throw error;
        errors.push(normalizeModelError(error, undefined, endpoint));
        this.markUnhealthy(endpoint, errors[errors.length - 1]!);
      }
    }
    throw errors[0] ?? noEndpoint(role);
  }

  /** What an endpoint really has (/api/tags, /v1/models), for the model picker. */
  async listModels(endpoint: ModelEndpoint, signal: AbortSignal): Promise<ModelInfo[]> {
    const refusal = this.deps.guard.endpointRefusal(endpoint);
    if (refusal) throw new EgressRefusedError('local-only', refusal);
    try {
      return await this.provider(endpoint).listModels(signal);
    } catch (error) {
      throw normalizeModelError(error, undefined, endpoint);
    }
  }

  /** Loads the role's first local Ollama model into memory (keep_alive keeps it there). */
  async warmUp(role: ModelRole, signal: AbortSignal): Promise<boolean> {
    // Only a local Ollama first in line is warmed: nothing goes to a cloud endpoint unasked.
    const first = (await this.ordered(role, signal))[0];
    if (!first || first.provider !== 'ollama' || !isLocalEndpoint(first.baseUrl)) return false;
    const resolved = await this.resolve(role, signal);
    if (!resolved.local || resolved.endpoint.provider !== 'ollama') return false;
    const request: FimRequest = { prefix: '', suffix: '', prompt: '', maxTokens: 1, stop: [], temperature: 0 };
    for await (const _ of this.stream(role, 'fim', request, signal, { files: [], supersedeKey: 'warm-up' })) {
      // an empty prompt makes Ollama load the model and answer at once
    }
    return true;
  }

  dispose(): void {
    this.disposeProviders(() => true);
    this.transport.dispose();
    this.events.dispose();
  }

  private get timeouts() {
    return { ...defaultPhaseTimeouts, ...this.config.timeouts };
  }

  private async *stream(role: ModelRole, kind: RequestKind, request: FimRequest | ChatRequest, signal: AbortSignal, meta: CallMeta): AsyncGenerator<StreamChunk> {
    const texts = kind === 'fim' ? fimTexts(request as FimRequest) : (request as ChatRequest).messages.map((m) => m.content);
    const order = await this.ordered(role, signal);
    const errors: Error[] = [];
    let failedLocal: ModelEndpoint | undefined;
    for (let i = 0; i < order.length; i++) {
      const endpoint = order[i]!;
      if (this.isUnhealthy(endpoint) && isLocalEndpoint(endpoint.baseUrl)) failedLocal ??= endpoint;
      const decision = this.deps.guard.mayLeave(endpoint, { texts, files: meta.files });
      if (!decision.allowed) {
        const refusal = new EgressRefusedError(decision.reason, decision.message, decision.files);
        if (decision.reason === 'ignored-file') throw refusal; // no endpoint may get it
        errors.push(refusal);
        continue;
      }
      if (!decision.local && failedLocal && !this.onCloud.has(role)) {
        this.onCloud.add(role);
        this.deps.logger.warn(`${role}: local model ${failedLocal.model} failed; using cloud model ${endpoint.model} at ${new URL(endpoint.baseUrl).host}`);
        this.events.fire({ type: 'switchedToCloud', role, from: failedLocal, to: endpoint });
      }
      const sendable = withTexts(kind, request, decision.texts, this.config.keepAlive ?? '30m', endpoint);
      let delivered = false;
      try {
        const attempt = streamFromEndpoint({
          role, kind, endpoint, provider: this.provider(endpoint), request: sendable, promptTexts: decision.texts, signal, meta,
          scheduler: this.scheduler, timeouts: this.timeouts, retry: { ...defaultRetryOptions, ...this.config.retry },
          logger: this.deps.logger, fire: (e) => this.events.fire(e), record: (r, m) => this.record(r, m), loads: this.loads,
        });
        for await (const chunk of attempt) {
          if (chunk.text) delivered = true;
          yield chunk;
        }
        this.unhealthyUntil.delete(endpointKey(endpoint));
        if (decision.local && this.onCloud.delete(role)) this.events.fire({ type: 'backToLocal', role, endpoint });
        return;
      } catch (error) {
        if (delivered || signal.aborted || ModelError.is(error, 'aborted')) throw error;
        errors.push(error as Error);
        this.markUnhealthy(endpoint, error as Error);
        if (decision.local) failedLocal ??= endpoint;
        const next = order[i + 1];
        this.deps.logger.warn(`${role}: ${endpoint.model} at ${safeHost(endpoint)} failed: ${(error as Error).message}${next ? `; trying ${next.model}` : ''}`);
        if (next) this.events.fire({ type: 'fellBack', role, from: endpoint, to: next, error: error as Error });
      }
    }
    const error = errors[0] ?? noEndpoint(role);
    this.events.fire({ type: 'error', role, error });
    throw error;
  }

  private record(record: CallRecord, meta: CallMeta): void {
    this.metrics.record(record);
    if (record.promptTruncated) {
      this.deps.logger.warn(
        `${record.model}: the server evaluated ${record.tokensIn} prompt tokens but we sent about ${record.promptTokensSent}: it truncated the prompt (context budget too large for num_ctx).`,
      );
    }
    this.deps.feedbackSink?.record(modelCallEvent(record, meta));
  }

  private async ordered(role: ModelRole, signal: AbortSignal): Promise<GatewayEndpoint[]> {
    let list = [...this.config.roles[role]];
    if (list.length === 0 && this.deps.discoverLocal) {
      if (!this.discovered || performance.now() - this.discovered.at > DISCOVERY_TTL_MS) {
        // Its own time limit, not the caller's signal: the result is shared for a while, and one
        // keystroke cancelling its request must not leave everyone "no model" until it expires.
        const endpoint = this.deps.discoverLocal(AbortSignal.timeout(DISCOVERY_TIMEOUT_MS)).catch(() => undefined);
        this.discovered = { at: performance.now(), endpoint };
      }
      const found = await abortable(this.discovered.endpoint, signal);
      list = found ? [found] : [];
    }
    if (list.length === 0) throw noEndpoint(role);
    // Endpoints that just failed go last: still tried when nothing else works.
    const healthy = list.filter((e) => !this.isUnhealthy(e));
    return [...healthy, ...list.filter((e) => this.isUnhealthy(e))];
  }

  private async describe(endpoint: ModelEndpoint, signal: AbortSignal): Promise<ModelDetails> {
    const key = endpointKey(endpoint);
    const cached = this.details.get(key);
    if (cached) return cached;
    const details = await this.provider(endpoint).describeModel(endpoint.model, signal);
    const withContext = { ...details, contextLength: endpoint.contextLength ?? details.contextLength };
    this.details.set(key, withContext);
    return withContext;
  }

  private provider(endpoint: ModelEndpoint): ModelProvider {
    const key = endpointKey(endpoint);
    let provider = this.providers.get(key);
    if (!provider) {
      provider = (this.deps.providerFactory ?? defaultProviderFactory)(endpoint, this.transport.fetch, this.deps.logger);
      this.providers.set(key, provider);
    }
    return provider;
  }

  private disposeProviders(which: (key: string) => boolean): void {
    for (const [key, provider] of this.providers) {
      if (!which(key)) continue;
      provider.dispose();
      this.providers.delete(key);
      this.details.delete(key);
    }
  }

  private isUnhealthy(endpoint: ModelEndpoint): boolean {
    return (this.unhealthyUntil.get(endpointKey(endpoint)) ?? 0) > performance.now();
  }

  private markUnhealthy(endpoint: ModelEndpoint, error: Error): void {
    if (!ModelError.is(error) || error.reason === 'aborted' || error.reason === 'contextTooLong' || error.reason === 'badResponse') return;
    const ms = error.reason === 'rateLimited' && error.retryAfterMs !== undefined ? error.retryAfterMs : (this.config.unhealthyForMs ?? 15_000);
    this.unhealthyUntil.set(endpointKey(endpoint), performance.now() + ms);
  }
}

function fimTexts(request: FimRequest): string[] {
  return request.prompt !== undefined ? [request.prefix, request.suffix, request.prompt] : [request.prefix, request.suffix];
}

/** The request with the guard's (possibly redacted) texts put back, and keep_alive for Ollama. */
function withTexts(kind: RequestKind, request: FimRequest | ChatRequest, texts: readonly string[], keepAlive: string, endpoint: ModelEndpoint): FimRequest | ChatRequest {
  const keep = endpoint.provider === 'ollama' ? { keepAlive: request.keepAlive ?? keepAlive } : {};
  if (kind === 'fim') {
    const fim = request as FimRequest;
    return { ...fim, ...keep, prefix: texts[0]!, suffix: texts[1]!, ...(fim.prompt !== undefined ? { prompt: texts[2]! } : {}) };
  }
  const chat = request as ChatRequest;
  return { ...chat, ...keep, messages: chat.messages.map((m, i) => ({ role: m.role, content: texts[i]! })) };
}

function endpointKey(endpoint: ModelEndpoint): string {
  return JSON.stringify([endpoint.provider, endpoint.baseUrl, endpoint.model, endpoint.apiKey ?? '', endpoint.headers ?? {}]);
}

function noEndpoint(role: ModelRole): ModelError {
  return new ModelError('unreachable', { detail: `no model for ${role}: start Ollama with a code model, or set "flywheel.models.${role}"` });
}
