// Ollama through its official client: /api/generate for FIM, /api/chat for chat, /api/tags and
// /api/show for what is installed. Each request gets its own client over a fetch bound to the
// caller's AbortSignal (see ollamaFetch.ts), so cancelling closes that request's socket.
import { InflightRequests, type InflightRequest } from './inflightRequests';
import { Ollama, type ShowResponse } from 'ollama';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import { selectFimTemplate } from './fimTemplates';
import { ModelError, abortReason, parseRetryAfterMs, transportReason, type ModelErrorOptions } from './modelError';
import { createOllamaFetch, type OllamaFetchRecord } from './ollamaFetch';
import type {
  ChatRequest, EmbedRequest, EmbedResult, FimRequest, LivenessReport, ModelDetails, ModelEndpoint, ModelInfo, ModelProvider, StreamChunk, UsageStats,
} from './modelTypes';
import { errorMessage } from '../errorMessage';

export interface OllamaProviderOptions {
  readonly logger?: Logger;
  /** For tests and proxies; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

interface OllamaStreamPart {
  readonly done: boolean;
  readonly prompt_eval_count?: number;
  readonly eval_count?: number;
  /** Nanoseconds spent loading the model for this request. */
  readonly load_duration?: number;
}

export class OllamaProvider implements ModelProvider {
  private readonly logger: Logger;
  private readonly baseFetch: typeof fetch;
  private readonly details = new Map<string, ModelDetails>();
  /** Requests in flight, aborted on dispose. */
  private readonly inflight = new InflightRequests();

  constructor(readonly endpoint: ModelEndpoint, options: OllamaProviderOptions = {}) {
    this.logger = options.logger ?? silentLogger;
    this.baseFetch = options.fetch ?? fetch;
  }

  /**
   * With `request.prompt` the rendered template goes out `raw`. Without it the model's own
   * template takes `suffix` when it supports FIM; otherwise we render our template for it.
   */
  async *streamFim(request: FimRequest, signal: AbortSignal): AsyncIterable<StreamChunk> {
    let prompt = request.prompt;
    let stop = request.stop;
    if (prompt === undefined) {
      const details = await this.cachedDetails(this.endpoint.model, signal);
      if (!details.supportsFim) {
        const template = selectFimTemplate(this.endpoint.model, details.template);
        prompt = template.render({ prefix: request.prefix, suffix: request.suffix });
        stop = [...new Set([...stop, ...template.stop])];
      }
    }
    const body = {
      model: this.endpoint.model,
      ...(prompt !== undefined ? { prompt, raw: true } : { prompt: request.prefix, suffix: request.suffix }),
      stream: true as const,
      keep_alive: request.keepAlive,
      options: {
        num_predict: request.maxTokens,
        temperature: request.temperature,
        // An empty list would replace the model's own stop parameters (Ollama merges options over them).
        ...(stop.length > 0 ? { stop: [...stop] } : {}),
        ...(request.numCtx !== undefined ? { num_ctx: request.numCtx } : {}),
      },
    };
    yield* this.stream(signal, (client) => client.generate(body), (part) => (part as { response?: string }).response ?? '');
  }

  async *streamChat(request: ChatRequest, signal: AbortSignal): AsyncIterable<StreamChunk> {
    const options: Record<string, number> = {};
    if (request.maxTokens !== undefined) options.num_predict = request.maxTokens;
    if (request.temperature !== undefined) options.temperature = request.temperature;
    if (request.numCtx !== undefined) options.num_ctx = request.numCtx;
    const body = {
      model: this.endpoint.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      stream: true as const,
      keep_alive: request.keepAlive,
      options,
    };
    yield* this.stream(signal, (client) => client.chat(body), (part) => (part as { message?: { content?: string } }).message?.content ?? '');
  }

  /** /api/embed: every input in one request; inputs longer than the model's context are cut by the server. */
  async embed(request: EmbedRequest, signal: AbortSignal): Promise<EmbedResult> {
    const body = { model: this.endpoint.model, input: [...request.input], truncate: true, keep_alive: request.keepAlive };
    const reply = await this.call(signal, (client) => client.embed(body));
    const vectors = reply.embeddings;
    if (!Array.isArray(vectors) || vectors.length !== request.input.length) {
      throw new ModelError('badResponse', { ...this.context(), detail: `/api/embed returned ${Array.isArray(vectors) ? vectors.length : 'no'} vectors for ${request.input.length} inputs` });
    }
    return { vectors, promptTokens: (reply as { prompt_eval_count?: number }).prompt_eval_count };
  }

  async listModels(signal?: AbortSignal): Promise<ModelInfo[]> {
    const list = await this.call(signal, (client) => client.list());
    return list.models.map((m) => ({ name: m.name, sizeBytes: m.size, family: m.details?.family, ...(m.digest ? { digest: m.digest } : {}) }));
  }

  async describeModel(name: string, signal?: AbortSignal): Promise<ModelDetails> {
    const show = await this.call(signal, (client) => client.show({ model: name }), name);
    return detailsFromShow(name, show);
  }

  /** /api/ps: answers in milliseconds even while the server loads a model or generates. */
  async probe(signal: AbortSignal): Promise<LivenessReport> {
    const running = await this.call(signal, (client) => client.ps());
    const model = this.endpoint.model;
    const named = (name: string) => name === model || name === `${model}:latest`;
    return { modelResident: running.models.some((m) => named(m.name) || named(m.model)) };
  }

  dispose(): void {
    this.inflight.abortAll();
    this.details.clear();
  }

  private async cachedDetails(name: string, signal: AbortSignal): Promise<ModelDetails> {
    const cached = this.details.get(name);
    if (cached) return cached;
    const details = await this.describeModel(name, signal);
    this.details.set(name, details);
    return details;
  }

  private context(model?: string): ModelErrorOptions {
    return { provider: 'ollama', baseUrl: this.endpoint.baseUrl, model: model ?? this.endpoint.model };
  }

  /** One client per request, bound to the request's signal. */
  private client(request: InflightRequest, record: OllamaFetchRecord, model?: string): Ollama {
    return new Ollama({
      host: this.endpoint.baseUrl,
      headers: { ...this.endpoint.headers },
      fetch: createOllamaFetch(request.signal, record, this.context(model), this.baseFetch),
    });
  }

  private async call<T>(signal: AbortSignal | undefined, run: (client: Ollama) => Promise<T>, model?: string): Promise<T> {
    const record: OllamaFetchRecord = {};
    return this.inflight.run(
      signal,
      (request) => run(this.client(request, record, model)),
      (error, request) => this.toModelError(error, signal, request, record, model),
    );
  }

  private async *stream(
    signal: AbortSignal,
    start: (client: Ollama) => Promise<AsyncIterable<unknown>>,
    textOf: (part: unknown) => string,
  ): AsyncIterable<StreamChunk> {
    const request = this.inflight.begin(signal);
    const record: OllamaFetchRecord = {};
    try {
      const parts = await start(this.client(request, record));
      for await (const part of parts) {
        const p = part as OllamaStreamPart;
        const text = textOf(part);
        if (p.done) {
          yield { text, usage: usageOf(p) };
          return;
        }
        if (text) yield { text };
      }
    } catch (error) {
      throw this.toModelError(error, signal, request, record);
    } finally {
      // A consumer who stops iterating early also closes the socket.
      request.end(true);
    }
  }

  private toModelError(
    error: unknown, signal: AbortSignal | undefined, request: InflightRequest, record: OllamaFetchRecord, model?: string,
  ): ModelError {
    const context = { ...this.context(model), cause: error };
    if (signal?.aborted) return new ModelError(abortReason(signal), context);
    if (request.abortedHere) return new ModelError('aborted', context);
    if (ModelError.is(error)) return error;
    const status = (error as { status_code?: unknown }).status_code;
    if (typeof status === 'number') {
      const detail = (error as Error).message;
      const retryAfterMs = parseRetryAfterMs(record.errorHeaders);
      const withStatus = { ...context, status, detail, retryAfterMs };
      if (status === 404) return new ModelError('modelNotFound', withStatus);
      if (status === 401 || status === 403) return new ModelError('unauthorized', withStatus);
      if (status === 429) return new ModelError('rateLimited', withStatus);
      if (status === 413) return new ModelError('contextTooLong', withStatus);
      return new ModelError('server', withStatus);
    }
    const reason = transportReason(error);
    if (reason) return new ModelError(reason, context);
    this.logger.debug(`ollama: unclassified error: ${String(error)}`);
    return new ModelError('badResponse', { ...context, detail: errorMessage(error) });
  }
}

function usageOf(part: OllamaStreamPart): UsageStats {
  const loadMs = typeof part.load_duration === 'number' ? part.load_duration / 1e6 : undefined;
  return { promptTokens: part.prompt_eval_count, completionTokens: part.eval_count, ...(loadMs !== undefined ? { loadMs } : {}) };
}

/** FIM support and context length from /api/show. */
export function detailsFromShow(name: string, show: ShowResponse): ModelDetails {
  const template = typeof show.template === 'string' ? show.template : undefined;
  const capabilities: unknown[] = Array.isArray(show.capabilities) ? show.capabilities : [];
  const supportsFim = (template?.includes('.Suffix') ?? false) || capabilities.includes('insert');
  const named = capabilities.filter((c): c is string => typeof c === 'string');
  return { name, template, contextLength: contextLengthOf(show), supportsFim, ...(named.length > 0 ? { capabilities: named } : {}) };
}

function contextLengthOf(show: ShowResponse): number | undefined {
  const info = (show.model_info ?? {}) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(info)) {
    if (key.endsWith('.context_length') && typeof value === 'number' && value > 0) return value;
  }
  const match = /(?:^|\n)\s*num_ctx\s+(\d+)/.exec(show.parameters ?? '');
  return match ? Number(match[1]) : undefined;
}
