// Runs the registered retrievers for one request, each timed and counted, fuses their rankings
// (reciprocal rank, see rankFusion.ts) and packs the result into the token budget. Retrievers run
// one after another, not concurrently: they share one work budget, and running them in a fixed
// order is what makes a counted budget give the same context on every run. A retriever that
// fails is logged and left out; the others' candidates are used all the same.
import type { Disposable } from '../disposable';
import { toLf } from '../lineEndings';
import type { Logger } from '../logger';
import type { ContextRetriever, RetrievalBudget } from './contextRetriever';
import type { ContextCandidate, ContextDebugEntry, ContextSnippet, SourceStats } from './contextTypes';
import type { ExclusionPredicate } from './contextWorkspace';
import { fuseCandidates } from './rankFusion';
import type { RetrievalSignal } from './retrievalSignal';
import { packIntoBudget } from './tokenBudget';
import type { TokenEstimator } from './tokenBudget';
import { errorMessage } from '../errorMessage';

export interface MixResult {
  readonly snippets: ContextSnippet[];
  readonly totalTokens: number;
  readonly candidates: ContextDebugEntry[];
  readonly sources: Record<string, SourceStats>;
  /** Milliseconds per retriever (by name) and for fusion and packing. */
  readonly timings: Record<string, number>;
}

export interface MixerOptions {
  readonly estimate: TokenEstimator;
  /** Files never proposed, whatever a retriever returns. */
  readonly isExcluded: ExclusionPredicate;
  readonly logger: Logger;
}

/**
 * The whitespace every non-blank line of `text` starts with, taken off: it tells the model
 * nothing (a method's body shown alone) and costs tokens on every line of the snippet.
 */
export function withoutCommonIndent(text: string): string {
  const lines = text.split('\n');
  let common: string | undefined;
  for (const line of lines) {
    if (!line.trim()) continue;
    const lead = /^[ \t]*/.exec(line)![0];
    let n = 0;
    if (common === undefined) n = lead.length;
    else while (n < common.length && common[n] === lead[n]) n++;
    common = lead.slice(0, n);
    if (!common) return text;
  }
  if (!common) return text;
  const indent = common;
  // A blank line may hold less whitespace than the rest: it becomes empty.
  return lines.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())).join('\n');
}

/** A candidate's text as the prompt shows it: LF lines, common indentation taken off. */
function asPlaced(text: string): string {
  return withoutCommonIndent(toLf(text));
}

function placedFit(fitTo: ContextCandidate['fitTo']): ContextCandidate['fitTo'] {
  return fitTo && ((maxTokens) => {
    const text = fitTo(maxTokens);
    return text === undefined ? undefined : asPlaced(text);
  });
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export class ContextMixer {
  private readonly retrievers: ContextRetriever[] = [];

  constructor(
    retrievers: readonly ContextRetriever[],
    private readonly options: MixerOptions,
  ) {
    for (const retriever of retrievers) this.register(retriever);
  }

  /** Adds a source; it runs after those registered before it. Disposing the result removes it. */
  register(retriever: ContextRetriever): Disposable {
    if (this.retrievers.some((r) => r.name === retriever.name)) throw new Error(`a context retriever named ${retriever.name} is registered already`);
    this.retrievers.push(retriever);
    return {
      dispose: () => {
        const i = this.retrievers.indexOf(retriever);
        if (i >= 0) this.retrievers.splice(i, 1);
      },
    };
  }

  get names(): readonly string[] {
    return this.retrievers.map((r) => r.name);
  }

  async mix(signal: RetrievalSignal, budget: RetrievalBudget): Promise<MixResult> {
    const timings: Record<string, number> = {};
    const sources: Record<string, { ms: number; candidates: number; kept: number; failed?: string }> = {};
    const lists: { weight: number; candidates: ContextCandidate[] }[] = [];
    for (const retriever of this.retrievers) {
      signal.abort?.throwIfAborted();
      const started = performance.now();
      let candidates: ContextCandidate[] = [];
      let failed: string | undefined;
      try {
        const found = await retriever.retrieve(signal, budget);
        // Snippets go into a prompt of LF lines (a CR would end up inside a comment block).
        candidates = found.filter((c) => !this.options.isExcluded(c.path)).map((c) => ({ ...c, text: asPlaced(c.text), source: retriever.name, fitTo: placedFit(c.fitTo), role: c.role ?? retriever.role }));
      } catch (error) {
        if (signal.abort?.aborted) throw error;
        failed = errorMessage(error);
        this.options.logger.debug(`context: ${retriever.name} failed: ${failed}`);
      }
      const ms = round(performance.now() - started);
      timings[retriever.name] = ms;
      sources[retriever.name] = failed === undefined ? { ms, candidates: candidates.length, kept: 0 } : { ms, candidates: 0, kept: 0, failed };
      lists.push({ weight: retriever.weight, candidates });
    }
    signal.abort?.throwIfAborted();
    const started = performance.now();
    const packed = packIntoBudget(fuseCandidates(lists), budget.tokens, this.options.estimate, { named: signal.named });
    for (const snippet of packed.snippets) {
      const stats = sources[snippet.source];
      if (stats) stats.kept++;
    }
    timings.fusion = round(performance.now() - started);
    return { snippets: packed.snippets, totalTokens: packed.totalTokens, candidates: packed.debug, sources, timings };
  }
}
