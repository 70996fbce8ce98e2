// The way from the editor to every model. It takes a prompt the guard has cleared, picks the
// endpoint (the role's ordered list, skipping ones that just failed, refusing ones off this
// machine under "local only" or when the prompt is not cleared for them), waits its turn on
// the server, applies phase timeouts and safe retries, falls back before any token was
// delivered, and measures the call. Each call is announced as an event: the feedback log and
// the audit trail subscribe; the gateway knows neither.
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import { ModelMetrics, type CallRecord } from './callMetrics';
import { isLocalEndpoint, safeOrigin } from './endpointLocality';
import { HttpTransport } from './httpTransport';
import { embedWithEndpoint, normalizeModelError, safeHost, streamFromEndpoint } from './modelGatewayAttempt';
import type { GatewayEndpoint, GenerationRole, ModelGatewayConfig, ModelRole, ProviderFactory } from './modelGatewayConfig';
import { GatewayEvents, strictnessSent, type GatewayEvent, type ModelCallEvent } from './modelGatewayEvents';
import type { CatalogSource } from './modelCatalog';
import { ModelError } from './modelError';
import type { LocalModels } from './ollamaDiscovery';
import type { ModelDetails, ModelEndpoint, ModelInfo, ModelProvider, StreamChunk } from './modelTypes';
import { promptTexts, withPromptTexts, type ClearedPrompt, type PromptBody, type StreamBody } from './outgoingPrompt';
import { OllamaProvider } from './ollamaProvider';
import { OpenAIProvider } from './openaiProvider';
import { defaultPhaseTimeouts } from './phaseTimeouts';
import { RequestScheduler, defaultSchedulerLimits } from './requestScheduler';
import { defaultRetryOptions } from './retryPolicy';

export interface ResolvedModel {
  readonly endpoint: GatewayEndpoint;
  readonly details: ModelDetails;
  readonly local: boolean;
}

export interface ModelGatewayDeps {
  readonly logger: Logger;
  readonly providerFactory?: ProviderFactory;
  readonly metrics?: ModelMetrics;
  /**
   * Finds local models for the roles whose list is empty (Ollama discovery chooses one per role),
   * so a user with Ollama running needs no configuration at all.
   */
  readonly discoverLocal?: (signal: AbortSignal) => Promise<LocalModels>;
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

export class ModelGateway implements Disposable, CatalogSource {
  readonly metrics: ModelMetrics;
  readonly scheduler: RequestScheduler;
  private readonly events = new GatewayEvents();
  private readonly providers = new Map<string, ModelProvider>();
  private readonly details = new Map<string, ModelDetails>();
  private readonly unhealthyUntil = new Map<string, number>();
  private readonly onCloud = new Set<ModelRole>();
  private readonly loads = new Map<string, number>();
  private transport: HttpTransport;
  private discovered: { at: number; models: Promise<LocalModels | undefined> } | undefined;

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

  /**
   * Looks for Ollama again now (the user started it or pulled a model) and settles when it has
   * looked; whoever listens to discovery hears the result.
   */
  async rediscover(): Promise<void> {
    this.discovered = undefined;
    this.unhealthyUntil.clear();
    if (this.deps.discoverLocal) await this.localModels();
  }

  /**
   * The servers models can come from, each once: every configured one, and the local Ollama
   * that discovery asks (OLLAMA_HOST or the default) when there is discovery.
   */
  async servers(signal: AbortSignal): Promise<GatewayEndpoint[]> {
    const seen = new Map<string, GatewayEndpoint>();
    for (const e of Object.values(this.config.roles).flat()) {
      const key = `${e.provider} ${e.baseUrl}`;
      if (!seen.has(key)) seen.set(key, { ...e, model: '' });
    }
    const local = this.deps.discoverLocal ? await abortable(this.localModels(), signal) : undefined;
    if (local && !seen.has(`ollama ${local.host}`)) seen.set(`ollama ${local.host}`, { provider: 'ollama', baseUrl: local.host, model: '' });
    return [...seen.values()];
  }

  /** The role's configured list, as the gateway holds it (with its API keys: keep it in memory). */
  configured(role: ModelRole): readonly GatewayEndpoint[] {
    return this.endpoints(role);
  }

  /** The endpoint each role asks first now: its configured list's head, or what discovery chose. */
  async firstChoices(signal: AbortSignal): Promise<Partial<Record<ModelRole, GatewayEndpoint>>> {
    const out: Partial<Record<ModelRole, GatewayEndpoint>> = {};
    for (const role of Object.keys(this.config.roles) as ModelRole[]) {
      const configured = this.endpoints(role)[0];
      const found = configured ?? (this.needsDiscovery(role) ? (await abortable(this.localModels(), signal))?.roles[role] : undefined);
      if (found) out[role] = found;
    }
    return out;
  }

  /**
   * Whether an endpoint off this machine may serve `role` now: the guard then prepares the
   * redacted texts. Discovered Ollama is always local.
   */
  mayReachRemote(role: ModelRole): boolean {
    return !this.config.localOnly && this.endpoints(role).some((e) => !isLocalEndpoint(e.baseUrl));
  }

  /** Streams the reply to a prompt the guard has cleared (see promptDoor). */
  stream(prompt: ClearedPrompt, signal: AbortSignal): AsyncIterable<StreamChunk> {
    return this.streamCleared(prompt, signal);
  }

  /**
   * Embeds the texts of a cleared `embed` prompt with the role's first endpoint only: vectors of
   * another model would not compare with the ones stored, so there is no fallback. Scheduled as
   * background work (after completions), with the phase timeouts and retries of every call.
   */
  async embed(prompt: ClearedPrompt, signal: AbortSignal): Promise<number[][]> {
    if (prompt.body.kind !== 'embed') throw new TypeError('embed takes an embed prompt');
    const endpoint = this.endpoints(prompt.role)[0];
    if (!endpoint) throw noEndpoint(prompt.role);
    const local = isLocalEndpoint(endpoint.baseUrl);
    const refusal = this.localOnlyRefusal(endpoint) ?? (local || prompt.remoteTexts ? undefined : refused('notCleared', endpoint));
    if (refusal) throw refusal;
    const sent = local ? promptTexts(prompt.body) : prompt.remoteTexts!;
    const keepAlive = endpoint.provider === 'ollama' ? { keepAlive: this.config.keepAlive ?? '30m' } : {};
    return embedWithEndpoint({
      role: prompt.role, endpoint, provider: this.provider(endpoint), request: { input: sent, ...keepAlive }, signal,
      scheduler: this.scheduler, timeouts: this.timeouts, retry: { ...defaultRetryOptions, ...this.config.retry },
      logger: this.deps.logger, fire: (e) => this.events.fire(e),
      record: (record) => this.record(record, { prompt, endpoint, local, bytes: byteLength(sent), redactions: local ? 0 : (prompt.redactions ?? 0), ...strictnessSent(prompt, local) }),
    });
  }

  /** The endpoint that will serve `role` now, with its details (FIM support, template, context). */
  async resolve(role: ModelRole, signal: AbortSignal): Promise<ResolvedModel> {
    const errors: Error[] = [];
    for (const endpoint of await this.ordered(role, signal)) {
      const refusal = this.localOnlyRefusal(endpoint);
      if (refusal) {
        errors.push(refusal);
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
    const refusal = this.localOnlyRefusal(endpoint);
    if (refusal) throw refusal;
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
    // Nothing of the user's is in it, and it goes to a local endpoint only: there is nothing to clear.
    const body: PromptBody = { kind: 'fim', request: { prefix: '', suffix: '', prompt: '', maxTokens: 1, stop: [], temperature: 0 } };
    for await (const _ of this.streamCleared({ role, purpose: 'warm-up', body, files: [], supersedeKey: 'warm-up' }, signal)) {
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

  private async *streamCleared(prompt: ClearedPrompt, signal: AbortSignal): AsyncGenerator<StreamChunk> {
    const { role, body: promptBody } = prompt;
    if (promptBody.kind === 'embed') throw new TypeError('an embed prompt is sent with embed(), not streamed');
    const texts = promptTexts(prompt.body);
    const order = await this.ordered(role, signal);
    const errors: Error[] = [];
    let failedLocal: ModelEndpoint | undefined;
    for (let i = 0; i < order.length; i++) {
      const endpoint = order[i]!;
      const local = isLocalEndpoint(endpoint.baseUrl);
      if (this.isUnhealthy(endpoint) && local) failedLocal ??= endpoint;
      const refusal = this.localOnlyRefusal(endpoint) ?? (local || prompt.remoteTexts ? undefined : refused('notCleared', endpoint));
      if (refusal) {
        errors.push(refusal);
        continue;
      }
      if (!local && failedLocal && !this.onCloud.has(role)) {
        this.onCloud.add(role);
        this.deps.logger.warn(`${role}: local model ${failedLocal.model} failed; using cloud model ${endpoint.model} at ${new URL(endpoint.baseUrl).host}`);
        this.events.fire({ type: 'switchedToCloud', role, from: failedLocal, to: endpoint });
      }
      const sent = local ? texts : prompt.remoteTexts!;
      const body = withKeepAlive(withPromptTexts(promptBody, sent), this.config.keepAlive ?? '30m', endpoint);
      const redactions = local ? 0 : (prompt.redactions ?? 0);
      let delivered = false;
      try {
        const attempt = streamFromEndpoint({
          role, endpoint, provider: this.provider(endpoint), body, promptTexts: sent, signal, supersedeKey: prompt.supersedeKey,
          scheduler: this.scheduler, timeouts: this.timeouts, retry: { ...defaultRetryOptions, ...this.config.retry },
          logger: this.deps.logger, fire: (e) => this.events.fire(e), loads: this.loads,
          record: (record) => this.record(record, { prompt, endpoint, local, bytes: byteLength(sent), redactions, ...strictnessSent(prompt, local) }),
        });
        for await (const chunk of attempt) {
          if (chunk.text) delivered = true;
          yield chunk;
        }
        this.unhealthyUntil.delete(endpointKey(endpoint));
        if (local && this.onCloud.delete(role)) this.events.fire({ type: 'backToLocal', role, endpoint });
        return;
      } catch (error) {
        if (delivered || signal.aborted || ModelError.is(error, 'aborted')) throw error;
        errors.push(error as Error);
        this.markUnhealthy(endpoint, error as Error);
        if (local) failedLocal ??= endpoint;
        const next = order[i + 1];
        this.deps.logger.warn(`${role}: ${endpoint.model} at ${safeHost(endpoint)} failed: ${(error as Error).message}${next ? `; trying ${next.model}` : ''}`);
        if (next) this.events.fire({ type: 'fellBack', role, from: endpoint, to: next, error: error as Error });
      }
    }
    const error = errors[0] ?? noEndpoint(role);
    this.events.fire({ type: 'error', role, error });
    throw error;
  }

  private record(record: CallRecord, call: Omit<ModelCallEvent, 'type' | 'record'>): void {
    this.metrics.record(record);
    if (record.promptTruncated) {
      this.deps.logger.warn(
        `${record.model}: the server evaluated ${record.tokensIn} prompt tokens but we sent about ${record.promptTokensSent}: it truncated the prompt (context budget too large for num_ctx).`,
      );
    }
    this.events.fire({ type: 'call', record, ...call });
  }

  private localOnlyRefusal(endpoint: ModelEndpoint): ModelError | undefined {
    return this.config.localOnly && !isLocalEndpoint(endpoint.baseUrl) ? refused('localOnly', endpoint) : undefined;
  }

  private endpoints(role: ModelRole): readonly GatewayEndpoint[] {
    return this.config.roles[role] ?? [];
  }

  private async ordered(role: ModelRole, signal: AbortSignal): Promise<GatewayEndpoint[]> {
    let list = [...this.endpoints(role)];
    const invalid = this.config.invalidSettings?.[role];
    // Entries the settings reader refused: say so on every request rather than quietly serving
    // the role from somewhere the user did not ask for.
    if (list.length === 0 && invalid) throw new ModelError('invalidSettings', { detail: invalid });
    if (this.needsDiscovery(role)) {
      const found = await abortable(this.localModels(), signal);
      const endpoint = found?.roles[role];
      if (!endpoint) throw found?.problems[role] ?? noEndpoint(role);
      list = [endpoint];
    }
    if (list.length === 0) throw noEndpoint(role);
    // Endpoints that just failed go last: still tried when nothing else works.
    const healthy = list.filter((e) => !this.isUnhealthy(e));
    return [...healthy, ...list.filter((e) => this.isUnhealthy(e))];
  }

  /** Discovery finds a code model: it answers completions and chat, but embeds nothing. */
  private needsDiscovery(role: ModelRole): role is GenerationRole {
    return role !== 'embedding' && this.endpoints(role).length === 0 && !this.config.invalidSettings?.[role] && this.deps.discoverLocal !== undefined;
  }

  /** Discovery's result, shared for a while: the user may start Ollama or pull a model meanwhile. */
  private localModels(): Promise<LocalModels | undefined> {
    if (!this.discovered || performance.now() - this.discovered.at > DISCOVERY_TTL_MS) {
      // Its own time limit, not the caller's signal: the result is shared for a while, and one
      // keystroke cancelling its request must not leave everyone "no model" until it expires.
      const models = this.deps.discoverLocal!(AbortSignal.timeout(DISCOVERY_TIMEOUT_MS)).catch(() => undefined);
      this.discovered = { at: performance.now(), models };
    }
    return this.discovered.models;
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

/** keep_alive for Ollama, unless the request set its own. */
function withKeepAlive(body: StreamBody, keepAlive: string, endpoint: ModelEndpoint): StreamBody {
  if (endpoint.provider !== 'ollama' || body.request.keepAlive !== undefined) return body;
  return body.kind === 'fim' ? { kind: 'fim', request: { ...body.request, keepAlive } } : { kind: 'chat', request: { ...body.request, keepAlive } };
}

function byteLength(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
}

function refused(reason: 'localOnly' | 'notCleared', endpoint: ModelEndpoint): ModelError {
  return new ModelError(reason, { provider: endpoint.provider, model: endpoint.model, baseUrl: safeOrigin(endpoint.baseUrl) });
}

function endpointKey(endpoint: ModelEndpoint): string {
  return JSON.stringify([endpoint.provider, endpoint.baseUrl, endpoint.model, endpoint.apiKey ?? '', endpoint.headers ?? {}]);
}

function noEndpoint(role: ModelRole): ModelError {
  if (role === 'embedding') {
    return new ModelError('unreachable', { detail: 'no embedding model: set "flywheel.models.embedding" (e.g. Ollama\'s nomic-embed-text); Codebase search uses terms and symbols' });
  }
  return new ModelError('unreachable', { detail: `nothing serves ${role}; start Ollama with a code model, or set "flywheel.models.${role}"` });
}
