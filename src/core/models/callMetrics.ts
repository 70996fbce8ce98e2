// What each model call cost and how fast it was: time to first token, time per output token,
// tokens in and out (the server's counts when it reports them, else our estimate), an estimated
// price, and whether the server silently cut the prompt. Kept per model for p50/p95.
import { estimateTokens } from '../tokenEstimator';
import type { ModelEndpoint, StreamChunk, UsageStats } from './modelTypes';

export type CallRole = 'completion' | 'chat' | 'refactor' | 'embedding';
export type CallOutcome = 'ok' | 'aborted' | 'error';

/** Prices in US dollars per 1000 tokens, from the endpoint's settings. */
export interface ModelPrice {
  readonly pricePer1kInput?: number;
  readonly pricePer1kOutput?: number;
}

export interface CallRecord {
  readonly role: CallRole;
  readonly provider: string;
  readonly model: string;
  readonly baseUrl: string;
  readonly outcome: CallOutcome;
  readonly errorKind?: string;
  readonly ttftMs?: number;
  readonly tpotMs?: number;
  readonly totalMs: number;
  readonly tokensIn: number;
  readonly tokensOut: number;
  /** True when tokensIn/tokensOut are the server's counts. */
  readonly countedByServer: boolean;
  readonly estimatedCostUsd?: number;
  /** The server evaluated far fewer prompt tokens than we sent: it truncated the prompt. */
  readonly promptTruncated: boolean;
  readonly promptTokensSent: number;
}

/** Measures one call; `finish` turns it into a record. */
export class CallMeter {
  private readonly started: number;
  private firstAt: number | undefined;
  private lastAt: number | undefined;
  private text = '';
  private usage: UsageStats | undefined;
  private readonly promptEstimate: number;

  constructor(
    private readonly role: CallRole,
    private readonly endpoint: ModelEndpoint,
    promptTexts: readonly string[],
    private readonly price: ModelPrice = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    this.promptEstimate = promptTexts.reduce((sum, t) => sum + estimateTokens(t), 0);
  }

  get deliveredText(): boolean {
    return this.firstAt !== undefined;
  }

  chunk(chunk: StreamChunk): void {
    if (chunk.text) {
      const t = this.now();
      this.firstAt ??= t;
      this.lastAt = t;
      this.text += chunk.text;
    }
    if (chunk.usage) this.usage = { ...this.usage, ...definedOnly(chunk.usage) };
  }

  finish(outcome: CallOutcome, errorKind?: string): CallRecord {
    const end = this.now();
    const serverIn = this.usage?.promptTokens;
    const serverOut = this.usage?.completionTokens;
    const tokensIn = serverIn ?? this.promptEstimate;
    const tokensOut = serverOut ?? estimateTokens(this.text);
    const ttftMs = this.firstAt === undefined ? undefined : this.firstAt - this.started;
    const tpotMs =
      this.firstAt !== undefined && this.lastAt !== undefined && tokensOut > 1 ? (this.lastAt - this.firstAt) / (tokensOut - 1) : undefined;
    const { pricePer1kInput: pin, pricePer1kOutput: pout } = this.price;
    const estimatedCostUsd = pin === undefined && pout === undefined ? undefined : ((pin ?? 0) * tokensIn + (pout ?? 0) * tokensOut) / 1000;
    return {
      role: this.role,
      provider: this.endpoint.provider,
      model: this.endpoint.model,
      baseUrl: this.endpoint.baseUrl,
      outcome,
      ...(errorKind ? { errorKind } : {}),
      ttftMs,
      tpotMs,
      totalMs: end - this.started,
      tokensIn,
      tokensOut,
      countedByServer: serverIn !== undefined || serverOut !== undefined,
      estimatedCostUsd,
      promptTruncated: serverIn !== undefined && isTruncated(this.promptEstimate, serverIn),
      promptTokensSent: this.promptEstimate,
    };
  }
}

/**
 * Our estimate leans high by 10-20%; a server count under 60% of it (and short by more than a
 * few dozen tokens) means the server dropped part of the prompt (Ollama cuts to num_ctx).
 */
export function isTruncated(estimatedPromptTokens: number, serverPromptTokens: number): boolean {
  return serverPromptTokens < estimatedPromptTokens * 0.6 && estimatedPromptTokens - serverPromptTokens > 48;
}

function definedOnly(usage: UsageStats): UsageStats {
  return {
    ...(usage.promptTokens !== undefined ? { promptTokens: usage.promptTokens } : {}),
    ...(usage.completionTokens !== undefined ? { completionTokens: usage.completionTokens } : {}),
  };
}

export interface ModelMetricsSummary {
  readonly model: string;
  readonly provider: string;
  readonly baseUrl: string;
  readonly calls: number;
  readonly errors: number;
  readonly ttftP50?: number;
  readonly ttftP95?: number;
  readonly tpotP50?: number;
  readonly tpotP95?: number;
  readonly tokensIn: number;
  readonly tokensOut: number;
  readonly estimatedCostUsd: number;
  readonly truncatedPrompts: number;
}

/** The last `window` calls per model, summarised for the metrics view. */
export class ModelMetrics {
  private readonly byModel = new Map<string, CallRecord[]>();
  private readonly listeners = new Set<(record: CallRecord) => void>();

  constructor(private readonly window = 500) {}

  record(record: CallRecord): void {
    const key = `${record.provider} ${record.baseUrl} ${record.model}`;
    const list = this.byModel.get(key) ?? [];
    list.push(record);
    if (list.length > this.window) list.splice(0, list.length - this.window);
    this.byModel.set(key, list);
    for (const listener of this.listeners) listener(record);
  }

  onDidRecord(listener: (record: CallRecord) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  summary(): ModelMetricsSummary[] {
    return [...this.byModel.values()].map((records) => {
      const first = records[0]!;
      const ttft = records.map((r) => r.ttftMs).filter((v): v is number => v !== undefined);
      const tpot = records.map((r) => r.tpotMs).filter((v): v is number => v !== undefined);
      return {
        model: first.model,
        provider: first.provider,
        baseUrl: first.baseUrl,
        calls: records.length,
        errors: records.filter((r) => r.outcome === 'error').length,
        ttftP50: percentile(ttft, 50),
        ttftP95: percentile(ttft, 95),
        tpotP50: percentile(tpot, 50),
        tpotP95: percentile(tpot, 95),
        tokensIn: records.reduce((s, r) => s + r.tokensIn, 0),
        tokensOut: records.reduce((s, r) => s + r.tokensOut, 0),
        estimatedCostUsd: records.reduce((s, r) => s + (r.estimatedCostUsd ?? 0), 0),
        truncatedPrompts: records.filter((r) => r.promptTruncated).length,
      };
    });
  }
}

/** Nearest-rank percentile; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
