// Embeds the index's chunks in the background through the one door out (the host's embedding
// port): batches of chunks still without a vector of the configured model, one request at a
// time, no more often than the rate limit allows, waiting out a server's Retry-After and
// backing off on errors. It resumes where it stopped: what is pending is whatever has no
// vector in the database, so a restart, a crash or a new model simply continues.
import { errorMessage } from '../errorMessage';
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import type { EmbeddingWork } from './indexProtocol';

/** Sends texts to the embedding model (through the guard and the gateway); vectors in order. */
export type EmbedTexts = (texts: readonly string[], files: readonly string[], purpose: string, signal: AbortSignal) => Promise<number[][]>;

export interface EmbeddingQueueDeps {
  readonly model: string;
  readonly embed: EmbedTexts;
  readonly pending: (limit: number, model: string) => Promise<EmbeddingWork[]>;
  readonly store: (model: string, vectors: { chunkId: number; vector: number[] }[]) => Promise<void>;
  readonly logger: Logger;
  /** Requests per minute at most (default 120). */
  readonly requestsPerMinute?: number;
  readonly batchSize?: number;
  readonly onChange?: () => void;
  /** For tests: how to wait, and the clock (ms) the rate limit is counted on (a test's own time, with `sleep`). */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly now?: () => number;
}

export type EmbeddingState = 'idle' | 'running' | 'waiting' | 'failed';

const MAX_BACKOFF_MS = 5 * 60_000;
const FAILURES_BEFORE_GIVING_UP = 5;

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

export class EmbeddingQueue implements Disposable {
  private readonly controller = new AbortController();
  private running: Promise<void> | undefined;
  private again = false;
  private lastRequestAt = 0;
  state: EmbeddingState = 'idle';
  /** The last error, said in the status while embedding is failing. */
  error: string | undefined;
  embedded = 0;

  constructor(private readonly deps: EmbeddingQueueDeps) {}

  get model(): string {
    return this.deps.model;
  }

  /** Something was indexed: embed what is new (a run in progress picks it up). */
  kick(): void {
    if (this.controller.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when nothing is pending or running (tests, the bench). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  dispose(): void {
    this.controller.abort(new Error('embedding stopped'));
  }

  private setState(state: EmbeddingState, error?: string): void {
    this.state = state;
    this.error = error;
    this.deps.onChange?.();
  }

  private async run(): Promise<void> {
    const { signal } = this.controller;
    const sleep = this.deps.sleep ?? defaultSleep;
    const now = this.deps.now ?? Date.now;
    const interval = 60_000 / (this.deps.requestsPerMinute ?? 120);
    let failures = 0;
    try {
      for (;;) {
        const work = await this.deps.pending(this.deps.batchSize ?? 32, this.deps.model);
        if (work.length === 0) break;
        this.setState('running');
        const wait = this.lastRequestAt + interval - now();
        if (wait > 0) await sleep(wait, signal);
        this.lastRequestAt = now();
        try {
          const vectors = await this.deps.embed(work.map((w) => w.text), [...new Set(work.map((w) => w.path))], 'index', signal);
          if (vectors.length !== work.length) throw new Error(`the embedding model returned ${vectors.length} vectors for ${work.length} texts`);
          await this.deps.store(this.deps.model, work.map((w, i) => ({ chunkId: w.chunkId, vector: vectors[i] })));
          this.embedded += work.length;
          failures = 0;
        } catch (error) {
          if (signal.aborted) return;
          failures++;
          const message = errorMessage(error);
          const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs;
          if (failures >= FAILURES_BEFORE_GIVING_UP) {
            this.deps.logger.warn(`Workspace index: embedding with ${this.deps.model} failed ${failures} times; stopped (retrieval uses terms and symbols). Last error: ${message}`);
            this.setState('failed', message);
            return;
          }
          const backoff = retryAfter ?? Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** (failures - 1));
          this.deps.logger.info(`Workspace index: embedding failed (${message}); trying again in ${Math.round(backoff / 1000)} s`);
          this.setState('waiting', message);
          await sleep(backoff, signal);
        }
      }
      this.setState('idle');
    } catch (error) {
      if (!signal.aborted) this.setState('failed', errorMessage(error));
    }
  }
}
