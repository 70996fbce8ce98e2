// OpenAI-compatible servers (OpenAI, vLLM, llama.cpp server, LM Studio, Ollama's /v1) through the
// official `openai` client: /v1/completions for FIM, chat completions for chat, /v1/models.
// The client never retries (the gateway owns retry policy) and every call carries the signal.
import { InflightRequests, type InflightRequest } from './inflightRequests';
import OpenAI from 'openai';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { ModelError, abortReason, parseRetryAfterMs, transportReason, type ModelErrorOptions } from './modelError';
import type {
  ChatRequest, EmbedRequest, EmbedResult, FimRequest, LivenessReport, ModelDetails, ModelEndpoint, ModelInfo, ModelProvider, StreamChunk, UsageStats,
} from './modelTypes';
import { errorMessage } from '../errorMessage';

/** api.openai.com takes at most four stop sequences; the FIM templates' longer lists are cut. */
const OFFICIAL_MAX_STOP = 4;
/** OpenAI reasoning models, which accept only the default temperature. */
const REASONING_MODEL = /^(o\d|gpt-5)/;

export interface OpenAIProviderOptions {
  readonly logger?: Logger;
  /** For tests and proxies; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Per-request time limit of the client in ms (default: the client's 10 minutes). */
  readonly timeoutMs?: number;
}

/** Local servers need no key, but the client insists on one. */
const placeholderKey = 'not-needed';

interface StreamPart {
  readonly choices?: readonly { readonly finish_reason?: string | null }[];
  readonly usage?: { readonly prompt_tokens?: number; readonly completion_tokens?: number } | null;
}

export class OpenAIProvider implements ModelProvider {
  private readonly client: OpenAI;
  private readonly logger: Logger;
  /** Requests in flight, aborted on dispose. */
  private readonly inflight = new InflightRequests();

  constructor(readonly endpoint: ModelEndpoint, options: OpenAIProviderOptions = {}) {
    this.logger = options.logger ?? silentLogger;
    this.client = new OpenAI({
      baseURL: endpoint.baseUrl,
      apiKey: endpoint.apiKey || placeholderKey,
      // Explicit nulls, so OPENAI_ORG_ID and friends in the environment never leak into requests.
      organization: null,
      project: null,
      webhookSecret: null,
      defaultHeaders: { ...endpoint.headers },
      maxRetries: 0,
      ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      logLevel: 'off',
    });
  }

  /** The official OpenAI API, whose limits differ from other OpenAI-compatible servers'. */
  private get official(): boolean {
    try {
      return new URL(this.endpoint.baseUrl).hostname === 'api.openai.com';
    } catch {
      return false;
    }
  }

  /** `prompt` is the rendered FIM template when given, else prefix + `suffix` for servers that take it. */
  streamFim(request: FimRequest, signal: AbortSignal): AsyncIterable<StreamChunk> {
    const body = {
      model: this.endpoint.model,
      ...(request.prompt !== undefined ? { prompt: request.prompt } : { prompt: request.prefix, suffix: request.suffix }),
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      ...(request.stop.length ? { stop: this.official ? request.stop.slice(0, OFFICIAL_MAX_STOP) : [...request.stop] } : {}),
      stream: true as const,
      stream_options: { include_usage: true },
    };
    return this.stream(signal, (s) => this.client.completions.create(body, { signal: s }), (part) =>
      (part as { choices?: { text?: string }[] }).choices?.[0]?.text ?? '',
    );
  }

  streamChat(request: ChatRequest, signal: AbortSignal): AsyncIterable<StreamChunk> {
    const body = {
      model: this.endpoint.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      // api.openai.com wants max_completion_tokens (its reasoning models reject max_tokens, and
      // any temperature but the default); other OpenAI-compatible servers know max_tokens.
      ...(request.maxTokens !== undefined ? { [this.official ? 'max_completion_tokens' : 'max_tokens']: request.maxTokens } : {}),
      ...(request.temperature !== undefined && !(this.official && REASONING_MODEL.test(this.endpoint.model)) ? { temperature: request.temperature } : {}),
      stream: true as const,
      stream_options: { include_usage: true },
    };
    return this.stream(signal, (s) => this.client.chat.completions.create(body, { signal: s }), (part) =>
      (part as { choices?: { delta?: { content?: string | null } }[] }).choices?.[0]?.delta?.content ?? '',
    );
  }

  /** /v1/embeddings: every input in one request, as floats. */
  async embed(request: EmbedRequest, signal: AbortSignal): Promise<EmbedResult> {
    const reply = await this.call(signal, (s) => this.client.embeddings.create({ model: this.endpoint.model, input: [...request.input], encoding_format: 'float' }, { signal: s }));
    const data = [...(reply.data ?? [])].sort((a, b) => a.index - b.index);
    if (data.length !== request.input.length || data.some((d) => !Array.isArray(d.embedding))) {
      throw new ModelError('badResponse', { ...this.context(), detail: `/v1/embeddings returned ${data.length} vectors for ${request.input.length} inputs` });
    }
    return { vectors: data.map((d) => d.embedding as number[]), promptTokens: reply.usage?.prompt_tokens };
  }

  async listModels(signal?: AbortSignal): Promise<ModelInfo[]> {
    return this.call(signal, async (s) => {
      const models: ModelInfo[] = [];
      for await (const m of this.client.models.list({ signal: s })) models.push({ name: m.id, family: m.owned_by });
      return models;
    });
  }

  /**
   * OpenAI-compatible servers do not say whether a model takes `suffix`, so supportsFim is
   * false (render a template). The context length comes from what some servers add to
   * /v1/models: vLLM's max_model_len, LM Studio's context_length, llama.cpp's meta.n_ctx_train.
   */
  async describeModel(name: string, signal?: AbortSignal): Promise<ModelDetails> {
    const models = await this.call(signal, async (s) => {
      const all: Record<string, unknown>[] = [];
      for await (const m of this.client.models.list({ signal: s })) all.push(m as unknown as Record<string, unknown>);
      return all;
    }, name);
    const model = models.find((m) => m.id === name);
    if (!model && models.length > 0) throw new ModelError('modelNotFound', { ...this.context(name), detail: 'not in /v1/models' });
    return { name, contextLength: model ? contextLengthOf(model) : undefined, supportsFim: false };
  }

  /** /v1/models: a local server that answers it is alive (loading a model, or busy). */
  async probe(signal: AbortSignal): Promise<LivenessReport> {
    await this.call(signal, (s) => this.client.models.list({ signal: s }));
    return {};
  }

  dispose(): void {
    this.inflight.abortAll();
  }

  private context(model?: string): ModelErrorOptions {
    return { provider: 'openai', baseUrl: this.endpoint.baseUrl, model: model ?? this.endpoint.model };
  }

  private async call<T>(signal: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<T>, model?: string): Promise<T> {
    return this.inflight.run(signal, (request) => run(request.signal), (error, request) => this.toModelError(error, signal, request, model));
  }

  private async *stream(
    signal: AbortSignal,
    start: (signal: AbortSignal) => Promise<AsyncIterable<unknown>>,
    textOf: (part: unknown) => string,
  ): AsyncIterable<StreamChunk> {
    const request = this.inflight.begin(signal);
    let finished = false;
    let usage: UsageStats | undefined;
    try {
      const parts = await start(request.signal);
      for await (const part of parts) {
        const p = part as StreamPart;
        if (p.usage) usage = { promptTokens: p.usage.prompt_tokens, completionTokens: p.usage.completion_tokens };
        if (p.choices?.some((c) => c.finish_reason)) finished = true;
        const text = textOf(part);
        if (text) yield { text };
      }
    } catch (error) {
      throw this.toModelError(error, signal, request);
    } finally {
      // A consumer who stops iterating early also closes the socket.
      request.end(true);
    }
    // The client ends the stream quietly on abort and on a connection closed before [DONE].
    if (signal.aborted) throw new ModelError(abortReason(signal), this.context());
    if (!finished) throw new ModelError('badResponse', { ...this.context(), detail: 'the stream ended before the server finished' });
    yield { text: '', usage };
  }

  private toModelError(error: unknown, signal: AbortSignal | undefined, request: InflightRequest, model?: string): ModelError {
    const context = { ...this.context(model), cause: error };
    if (signal?.aborted) return new ModelError(abortReason(signal), context);
    if (request.abortedHere || error instanceof OpenAI.APIUserAbortError) return new ModelError('aborted', context);
    if (ModelError.is(error)) return error;
    if (error instanceof OpenAI.APIConnectionTimeoutError) return new ModelError('timeout', context);
    if (error instanceof OpenAI.APIConnectionError) return new ModelError(transportReason(error) ?? 'unreachable', context);
    if (error instanceof OpenAI.APIError) {
      const status = error.status;
      const code = typeof error.code === 'string' ? error.code : undefined;
      const withStatus = { ...context, status, detail: error.message, retryAfterMs: parseRetryAfterMs(error.headers) };
      if (code === 'context_length_exceeded' || status === 413) return new ModelError('contextTooLong', withStatus);
      if (code === 'model_not_found' || status === 404) return new ModelError('modelNotFound', withStatus);
      if (status === 401 || status === 403) return new ModelError('unauthorized', withStatus);
      if (status === 429) return new ModelError('rateLimited', withStatus);
      return new ModelError('server', withStatus);
    }
    if (error instanceof SyntaxError) return new ModelError('badResponse', { ...context, detail: 'malformed stream event' });
    const reason = transportReason(error);
    if (reason) return new ModelError(reason, context);
    this.logger.debug(`openai: unclassified error: ${String(error)}`);
    return new ModelError('badResponse', { ...context, detail: errorMessage(error) });
  }
}

function contextLengthOf(model: Record<string, unknown>): number | undefined {
  const meta = model.meta as Record<string, unknown> | undefined;
  for (const value of [model.max_model_len, model.context_length, model.context_window, meta?.n_ctx_train]) {
    if (typeof value === 'number' && value > 0) return value;
  }
  return undefined;
}
