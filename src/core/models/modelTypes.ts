// The shapes every model provider speaks, whatever the wire format behind it.
import type { Disposable } from '../disposable';

export type ProviderKind = 'ollama' | 'openai';

/** One configured model on one endpoint. */
export interface ModelEndpoint {
  readonly provider: ProviderKind;
  /** e.g. http://127.0.0.1:11434 for Ollama, https://api.example.com/v1 for OpenAI-compatible. */
  readonly baseUrl: string;
  readonly model: string;
  /** Extra HTTP headers sent with every request (custom gateways, org ids). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Read from SecretStorage by the shell; never from settings, never logged. */
  readonly apiKey?: string;
  /** The model's context window in tokens, when known (Ollama: from /api/show). */
  readonly contextLength?: number;
}

/** Counts reported by the server (Ollama's prompt_eval_count/eval_count, OpenAI's usage). */
export interface UsageStats {
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  /** How long the server spent loading the model for this request (Ollama's load_duration). */
  readonly loadMs?: number;
}

/** What a liveness probe learned; the probe rejects when the server does not answer. */
export interface LivenessReport {
  /** The model is in the server's memory already (Ollama /api/ps); undefined when unknown. */
  readonly modelResident?: boolean;
}

/** A fill-in-the-middle request. `prompt` is set when we render our own FIM template (raw). */
export interface FimRequest {
  readonly prefix: string;
  readonly suffix: string;
  /** A fully rendered FIM prompt; when absent the provider sends prefix + suffix natively. */
  readonly prompt?: string;
  readonly maxTokens: number;
  readonly stop: readonly string[];
  readonly temperature: number;
  /** Ollama num_ctx: the context the server should allocate for this prompt. */
  readonly numCtx?: number;
  /** Ollama keep_alive, e.g. "30m". */
  readonly keepAlive?: string;
}

export type ChatRole = 'system' | 'user' | 'assistant';
export interface ChatMessage {
  readonly role: ChatRole;
  readonly content: string;
}

export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  readonly maxTokens?: number;
  readonly temperature?: number;
  readonly numCtx?: number;
  readonly keepAlive?: string;
}

/** A piece of a streamed reply; the last one carries `usage` when the server reported it. */
export interface StreamChunk {
  readonly text: string;
  readonly usage?: UsageStats;
}

export interface ModelInfo {
  readonly name: string;
  readonly sizeBytes?: number;
  readonly family?: string;
  /** Changes when the model is pulled again (Ollama), so what /api/show said can be kept until then. */
  readonly digest?: string;
}

export interface ModelDetails {
  readonly name: string;
  /** The model's prompt template (Ollama), used to decide whether it supports `suffix`. */
  readonly template?: string;
  readonly contextLength?: number;
  readonly supportsFim: boolean;
  /** What the server says the model can do (Ollama 0.6+: "completion", "insert", "tools", "embedding"…). */
  readonly capabilities?: readonly string[];
}

/**
 * A model server behind one wire format. Every call takes an AbortSignal and passes it to the
 * HTTP request, so aborting closes the connection and the server stops generating.
 */
export interface ModelProvider extends Disposable {
  readonly endpoint: ModelEndpoint;
  streamFim(request: FimRequest, signal: AbortSignal): AsyncIterable<StreamChunk>;
  streamChat(request: ChatRequest, signal: AbortSignal): AsyncIterable<StreamChunk>;
  listModels(signal?: AbortSignal): Promise<ModelInfo[]>;
  describeModel(name: string, signal?: AbortSignal): Promise<ModelDetails>;
  /**
   * A cheap question on its own connection (Ollama /api/ps, /v1/models), asked while a request
   * waits for its answer: does the server still answer at all, and is the model in memory?
   */
  probe?(signal: AbortSignal): Promise<LivenessReport>;
}
