// The one interface every context source implements: a budget and a signal in, scored
// candidates with reasons out. The mixer runs the registered retrievers, times and counts each,
// and fuses their rankings; adding a source is writing a retriever and registering it.
import type { ContextCandidate, ContextRole } from './contextTypes';
import type { RetrievalSignal } from './retrievalSignal';
import type { WorkBudget } from './workBudget';

export interface RetrievalBudget {
  /** Tokens all snippets together may take in the prompt (a hint: the mixer packs). */
  readonly tokens: number;
  /** First-time work (reads, parses, indexing) shared by every retriever of the request. */
  readonly work: WorkBudget;
}

export interface ContextRetriever {
  /** Names the source in candidates, timings and the debug record (`similarCode`). */
  readonly name: string;
  /** Its weight in reciprocal-rank fusion: how much its first candidate counts against another source's. */
  readonly weight: number;
  /** The role of its candidates that set none (see `ContextRole`). */
  readonly role?: ContextRole;
  /** Candidates best first; each with `source` set to `name`, a source score and a reason. */
  retrieve(signal: RetrievalSignal, budget: RetrievalBudget): Promise<readonly ContextCandidate[]> | readonly ContextCandidate[];
}
