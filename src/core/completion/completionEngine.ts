// The completion pipeline, in the order the data flows: prefilter → cache → debounce (during which
// the model, the multi-line decision and the prompt with its context are prepared) → stream (stop
// early) → post-process → cache. One request in flight per document: a newer call aborts the
// older one, and every abort reaches the HTTP request. Nothing throws out of here: failures are typed outcomes.
import { randomUUID } from 'node:crypto';
import type { Disposable } from '../disposable';
import { snapCursorToLineEnd, type DocumentSnapshot } from '../documentSnapshot';
import type { Logger } from '../logger';
import { silentLogger } from '../logger';
import type { OutgoingPrompt } from '../models/outgoingPrompt';
import { estimateTokens } from '../tokenEstimator';
import { findBlockEnd } from './blockTruncation';
import { CompletionCache } from './completionCache';
import type { CompletionClock } from './completionClock';
import { systemClock } from './completionClock';
import { defaultCompletionConfig } from './completionTypes';
import type {
  FileExclusion,
  CompletionConfig, CompletionModel, CompletionOutcome, CompletionRequestOptions, CompletionResult, LastChange, StageTimings,
} from './completionTypes';
import { DebouncePolicy } from './debouncePolicy';
import { globMatcher } from '../guard/ignoreRules';
import { defaultPathPolicy } from '../guard/pathPolicy';
import { InflightRequests } from './inflightRequests';
import { PendingPrefetches, settledUnlessAborted } from './pendingPrefetch';
import { postprocessCompletion } from './postprocess';
import type { PromptRecord, TokenCounter } from './promptBuilder';
import { prefilter } from './prefilter';
import { PromptHistory } from './promptHistory';
import { promptSource } from './promptSource';
import { prepareRequest, type CompletionSyntax, type ContextSource, type PreparationDeps } from './requestPreparation';
import { readCompletionStream } from './streamReader';
import { isAbortError } from '../models/modelError';

export interface CompletionEngineDeps {
  /** The model for this request, or undefined when none is configured/available. */
  readonly getModel: (signal: AbortSignal) => Promise<CompletionModel | undefined>;
  /**
   * Snippets within `budgetTokens`, most relevant first. `visible` is the part of the document
   * the prompt shows verbatim (prefix and suffix windows), which snippets need not repeat.
   */
  readonly getContext?: ContextSource;
  readonly syntax?: CompletionSyntax;
  readonly config?: Partial<CompletionConfig>;
  readonly logger?: Logger;
  readonly clock?: CompletionClock;
  readonly countTokens?: TokenCounter;
  /** Files never completed; default: the guard's secret-file defaults + config.excludeGlobs. */
  readonly isExcluded?: FileExclusion;
  /**
   * Called as each request starts; the handle is disposed when it ends. Background work (the
   * workspace index) waits meanwhile, so it never shares the CPU with a request.
   */
  readonly holdBackground?: () => Disposable;
}

/** A change older than this (a pause in typing) is not the keystroke behind a request. */
const KEYSTROKE_AGE_LIMIT_MS = 1_000;

export class CompletionEngine implements Disposable {
  private config: CompletionConfig;
  private isExcluded: FileExclusion;
  private readonly cache: CompletionCache;
  private readonly debounce: DebouncePolicy;
  private readonly inflight = new InflightRequests<CompletionOutcome>();
  private readonly prefetches = new PendingPrefetches();
  private readonly listeners = new Set<(outcome: CompletionOutcome) => void>();
  private readonly logger: Logger;
  private readonly clock: CompletionClock;
  private readonly preparation: PreparationDeps;
  private last: PromptRecord | undefined;
  private readonly prompts = new PromptHistory();
  private modelName: string | undefined;
  private providerName: string | undefined;

  constructor(private readonly deps: CompletionEngineDeps) {
    this.config = { ...defaultCompletionConfig, ...deps.config };
    this.isExcluded = deps.isExcluded ?? ownExclusion(this.config.excludeGlobs);
    this.cache = new CompletionCache({ capacity: this.config.cacheSize });
    this.debounce = new DebouncePolicy(this.config.debounce);
    this.logger = deps.logger ?? silentLogger;
    this.clock = deps.clock ?? systemClock;
    this.preparation = {
      getModel: deps.getModel, getContext: deps.getContext, syntax: deps.syntax,
      countTokens: deps.countTokens ?? estimateTokens, logger: this.logger,
    };
  }

  /** The suggestion for the cursor of `doc`, or undefined (skipped, cancelled, empty, failed). */
  async provideCompletion(doc: DocumentSnapshot, options: CompletionRequestOptions): Promise<CompletionResult | undefined> {
    const outcome = await this.complete(doc, options);
    return outcome.kind === 'completion' ? outcome.result : undefined;
  }

  /** Like provideCompletion, with the typed reason when there is no suggestion. */
  async complete(snapshot: DocumentSnapshot, options: CompletionRequestOptions): Promise<CompletionOutcome> {
    const background = this.deps.holdBackground?.();
    try {
      return await this.completeHeld(snapshot, options);
    } finally {
      background?.dispose();
    }
  }

  private async completeHeld(snapshot: DocumentSnapshot, options: CompletionRequestOptions): Promise<CompletionOutcome> {
    const doc = snapCursorToLineEnd(snapshot);
    // Asked again for the very same text (VS Code asks twice; a prefetch is already on it): wait for that answer.
    const key = options.trigger === 'automatic' ? requestKey(doc) : undefined;
    const joined = key === undefined ? undefined : this.inflight.join(doc.uri, key, options.signal);
    if (joined) return joined;
    // Typed on while the prefetch runs: its answer (then in the cache) may cover what was typed.
    const prefetch = key === undefined || options.prefetch ? undefined : this.prefetches.typedAhead(doc);
    if (prefetch && !(await settledUnlessAborted(prefetch, options.signal))) return { kind: 'cancelled', timings: {} };
    const request = this.inflight.start(doc.uri, options.signal, key);
    const timings: StageTimings = {};
    const started = this.clock.now();
    let outcome: CompletionOutcome;
    try {
      outcome = await this.run(doc, options, request.signal, timings);
    } catch (error) {
      outcome = request.signal.aborted || isAbortError(error)
        ? { kind: 'cancelled', timings }
        : { kind: 'error', error, timings };
      if (outcome.kind === 'error') this.logger.warn(`completion failed: ${describe(error)}`);
    }
    request.done(outcome);
    timings.total = this.clock.now() - started;
    this.logger.debug(`completion ${outcome.kind}${'reason' in outcome ? ` (${outcome.reason})` : ''} ${formatTimings(timings)}`);
    for (const listener of this.listeners) {
      try {
        listener(outcome);
      } catch (error) {
        this.logger.error(`completion outcome listener failed: ${describe(error)}`);
      }
    }
    return outcome;
  }

  private async run(doc: DocumentSnapshot, options: CompletionRequestOptions, signal: AbortSignal, timings: StageTimings): Promise<CompletionOutcome> {
    const clock = this.clock;
    const config = this.config;
    const automatic = options.trigger === 'automatic';
    let t = clock.now();
    const sinceKeystroke = keystrokeAge(options.lastChange);
    if (automatic && !options.prefetch) this.debounce.recordKeystroke(t - sinceKeystroke);
    if (sinceKeystroke > 0) timings.editorWait = sinceKeystroke;

    const skip = prefilter({ doc, trigger: options.trigger, lastChange: options.lastChange, now: clock.wallNow() }, config, this.isExcluded);
    timings.prefilter = lap();
    if (skip) return { kind: 'skipped', reason: skip, timings };

    // A notebook cell is completed with the whole notebook around it (and cached by it).
    const source = promptSource(doc);
    const shown = source.document;
    // An explicit request (Alt+\, cycling to the next suggestion) asks the model anew.
    if (this.modelName !== undefined && automatic) {
      const hit = this.cache.get({ text: shown.text, offset: shown.offset, model: this.modelName });
      timings.cache = lap();
      if (hit) {
        const result = resultAt(doc, hit.replace ?? 0, {
          text: hit.text, multiline: hit.multiline, model: this.modelName, ...(this.providerName !== undefined && { provider: this.providerName }),
          latency: { totalMs: 0 }, promptTokens: 0, reason: 'cache', cached: true,
        });
        this.prompts.alias(result.id, hit.origin);
        return { kind: 'completion', result, timings };
      }
    }

    // What is left of the debounce after the editor's own wait since the keystroke. The prompt is
    // prepared meanwhile (the next keystroke aborts that work too), so the request leaves when the
    // wait ends rather than after it plus the preparation.
    const left = automatic && !options.prefetch ? this.debounce.delayMs() - sinceKeystroke : 0;
    const debounced = left > 0 ? clock.sleep(left, signal).catch(() => undefined) : undefined;
    const prepared = await prepareRequest(doc, source, config, this.preparation, signal, timings, lap);
    if (!prepared) return { kind: 'no-model', timings };
    const { model, multiline, around, parseWindow, fimTokens, stop, record } = prepared;
    this.modelName = model.endpoint.model;
    this.providerName = model.endpoint.provider;
    await debounced;
    signal.throwIfAborted();
    if (debounced) timings.debounce = lap(); // the part of the wait the preparation did not fill
    this.last = record;

    // Generate: our own controller, so stopping early closes this request's connection.
    const stream = new AbortController();
    const onAbort = () => stream.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const scope = { prefix: around.prefix, suffix: around.suffix };
    const suggestionId = randomUUID();
    const prompt: OutgoingPrompt = {
      role: 'completion', purpose: 'completion', body: { kind: 'fim', request: record.request }, files: record.files,
      suggestionId, languageId: doc.languageId, supersedeKey: 'completion',
    };
    const requested = clock.now();
    let read;
    try {
      read = await readCompletionStream(model.stream(prompt, stream.signal), {
        multiline,
        maxLines: config.maxLines,
        controller: stream,
        stop,
        now: () => clock.now(),
        blockEnd: multiline
          ? (text, final) => findBlockEnd(scope, text, final, parseWindow)
          : undefined,
      });
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    signal.throwIfAborted();
    const totalMs = clock.now() - requested;
    timings.generate = lap();
    timings.firstToken = read.firstTokenMs;
    timings.streamChecks = read.checkMs;
    // What an aborted request costs the model is its start (prompt processing), not the line it writes.
    this.debounce.recordLatency(read.firstTokenMs ?? totalMs);

    const processed = postprocessCompletion({
      text: read.text, prefix: around.prefix, suffix: around.suffix, multiline,
      maxLines: config.maxLines, specialTokens: fimTokens?.specialTokens, eol: around.eol, languageId: doc.languageId,
    });
    timings.postprocess = lap();
    if (!processed.ok) return { kind: 'dropped', reason: processed.reason, timings };
    const promptTokens = read.usage?.promptTokens ?? record.tokens.total;
    const result = resultAt(doc, processed.replace, {
      text: processed.text, multiline, model: model.endpoint.model, provider: model.endpoint.provider, latency: { firstTokenMs: read.firstTokenMs, totalMs },
      promptTokens, reason: read.reason, cached: false,
    }, suggestionId);
    this.cache.put({ text: shown.text, offset: shown.offset, model: model.endpoint.model }, { text: processed.text, multiline, replace: processed.replace, origin: result.id });
    this.prompts.remember(result.id, record);
    return { kind: 'completion', result, timings };

    function lap(): number {
      const now = clock.now();
      const elapsed = now - t;
      t = now;
      return elapsed;
    }
  }

  /** A suggestion for this text is cached: the rest of one the user is typing through, served without a request. */
  hasCached(doc: DocumentSnapshot): boolean {
    if (this.prefetches.typedAhead(snapCursorToLineEnd(doc))) return true;
    const shown = promptSource(doc).document;
    return this.modelName !== undefined && this.cache.get({ text: shown.text, offset: shown.offset, model: this.modelName }) !== undefined;
  }

  /**
   * Asks now, without a debounce, for the suggestion the user will want next (after an accept),
   * so it is cached, or in flight to be joined, when the editor asks.
   */
  prefetch(doc: DocumentSnapshot): void {
    this.prefetches.add(snapCursorToLineEnd(doc), this.complete(doc, { trigger: 'automatic', prefetch: true }));
  }

  /** Exactly what the last request sent. */
  lastPrompt(): PromptRecord | undefined {
    return this.last;
  }

  /** Exactly what was sent for the request behind a recent suggestion (cached ones included). */
  promptFor(suggestionId: string): PromptRecord | undefined {
    return this.prompts.get(suggestionId);
  }

  /** Called with every outcome (status bar, statistics). */
  onOutcome(listener: (outcome: CompletionOutcome) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Applies new settings; the cache survives unless the exclusions changed. */
  updateConfig(config: Partial<CompletionConfig>): void {
    const next = { ...this.config, ...config };
    if (!this.deps.isExcluded && next.excludeGlobs !== this.config.excludeGlobs) {
      this.isExcluded = ownExclusion(next.excludeGlobs);
    }
    this.config = next;
  }

  /** Snoozes automatic completions until `untilEpochMs` (undefined resumes). */
  snooze(untilEpochMs: number | undefined): void {
    this.config = { ...this.config, snoozedUntil: untilEpochMs };
  }

  /** The debounce the next automatic request will wait (ms). */
  get debounceMs(): number {
    return this.debounce.delayMs();
  }

  /** Aborts the request in flight for a document (closed, or the editor lost focus). */
  cancel(uri: string): void {
    this.inflight.cancel(uri);
  }

  clearCache(): void {
    this.cache.clear();
  }

  dispose(): void {
    this.inflight.cancelAll();
    this.prefetches.clear();
    this.listeners.clear();
    this.cache.clear();
    this.prompts.clear();
  }
}

/** Requests with equal keys would send the same prompt and get the same answer at the same offsets. */
function requestKey(doc: DocumentSnapshot): string {
  const { text, offset } = doc;
  return `${doc.uri}\u0000${doc.version}\u0000${offset}\u0000${text.length}\u0000${text.slice(Math.max(0, offset - 2_000), offset + 500)}`;
}

/** Without the editor's guard: the secret-file defaults and the completion's own globs. */
function ownExclusion(globs: readonly string[]): FileExclusion {
  const matches = globMatcher(globs);
  return (path) => matches(path) || !defaultPathPolicy.mayRead(path);
}

// `replace`: characters after the cursor the text takes the place of (an auto-closed bracket).
function resultAt(
  doc: DocumentSnapshot, replace: number, fields: Omit<CompletionResult, 'id' | 'range'>, id: string = randomUUID(),
): CompletionResult {
  return { id, range: { start: doc.offset, end: doc.offset + replace }, ...fields };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * How long ago the keystroke behind this request was (0 when unknown). A change older than a
 * typing pause did not ask for it (a cursor move did): that request waits a whole debounce.
 */
function keystrokeAge(lastChange: LastChange | undefined): number {
  const age = lastChange?.ageMs;
  return age !== undefined && age >= 0 && age < KEYSTROKE_AGE_LIMIT_MS ? age : 0;
}

function formatTimings(timings: StageTimings): string {
  return Object.entries(timings)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${(v as number).toFixed(1)}ms`)
    .join(' ');
}
