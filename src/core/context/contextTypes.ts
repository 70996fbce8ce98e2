// The data the context engine hands to prompt builders and to "Show Last Completion Prompt".

/** Where a snippet came from: the name of the retriever that proposed it (`similarCode`). */
export type ContextSourceName = string;

/** A piece of workspace text chosen for the prompt. */
export interface ContextSnippet {
  /** Workspace-relative path of the file the text comes from. */
  readonly path: string;
  readonly text: string;
  readonly source: ContextSourceName;
  /** Fused score (reciprocal-rank fusion); higher is more relevant. */
  readonly score: number;
  /** Zero-based first line of `text` in its file. */
  readonly startLine: number;
  /** Estimated tokens of the snippet as placed in the prompt (text + path header). */
  readonly tokens: number;
}

/**
 * `pattern`: code like the cursor's, whose next line a model may copy (similar code).
 * `background`: what the code around the cursor works with in general, not a name the line is
 * about to use (outlines of types, modules and the enclosing scope; headers of frequent names):
 * it gives way to patterns up to their floor of the budget (tokenBudget.ts). Candidates without
 * a role (definitions of the names near the cursor, pending imports…) never give way to patterns.
 */
export type ContextRole = 'pattern' | 'background';

/** A snippet proposed by one source, before fusion. Sources list them best first. */
export interface ContextCandidate {
  readonly path: string;
  readonly text: string;
  readonly source: ContextSourceName;
  /** The source's own score (BM25, proximity, recency…), for the debug record. */
  readonly sourceScore: number;
  readonly startLine: number;
  readonly endLine: number;
  /** Why it was proposed, e.g. "definition of Queue (imported from ./queue)". */
  readonly reason?: string;
  /** Its lines are spread over `startLine..endLine` (member signatures), not that whole range: no overlap with other candidates. */
  readonly scattered?: boolean;
  /** The name whose definition it is: never redundant while no snippet placed before defines that name. */
  readonly defines?: string;
  /** Code whose lines are much like the cursor's: kept for its shape even when it adds no name (unless every line of it is placed already). */
  readonly keepForShape?: boolean;
  /**
   * The line of its text a model would copy from it (a similar chunk's line after the one aligned
   * with the cursor's): when a snippet placed before it shows that line already, it is redundant.
   */
  readonly copyLine?: number;
  /** What it is for, when that decides who gives way in a full budget (see `ContextRole`). */
  readonly role?: ContextRole;
  /**
   * Its text made to fit about `maxTokens` by choosing again what to leave out (an outline's
   * members ranked for the cursor), for when the packer has less room than the text needs;
   * without it the packer keeps the text's first lines.
   */
  readonly fitTo?: (maxTokens: number) => string | undefined;
}

/** `redundant`: every name in it is already in the prompt or in a snippet placed before it, or every line of it (or its `copyLine`) is in a snippet placed before it. */
export type DropReason = 'duplicate' | 'budget' | 'excluded' | 'overlapsCursor' | 'redundant';

/** One candidate in the debug record, kept or dropped. */
export interface ContextDebugEntry {
  readonly path: string;
  readonly source: ContextSourceName;
  readonly sourceScore: number;
  readonly score: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly tokens: number;
  readonly kept: boolean;
  readonly dropped?: DropReason;
  readonly reason?: string;
}

export interface ContextDebugRecord {
  readonly documentPath: string;
  readonly languageId: string;
  readonly budgetTokens: number;
  /** False when the document could not be parsed in time (text windows only). */
  readonly parsed: boolean;
  /** Milliseconds per stage (the signal, each retriever by name, fusion) and in total. */
  readonly timings: Readonly<Record<string, number>>;
  /** Per retriever: its time, how many candidates it proposed and how many made it into the prompt. */
  readonly sources: Readonly<Record<string, SourceStats>>;
  readonly candidates: readonly ContextDebugEntry[];
  /** First-time work done within the request, in characters processed (see workBudget.ts). */
  readonly workUnits?: number;
}

export interface SourceStats {
  readonly ms: number;
  readonly candidates: number;
  readonly kept: number;
  /** The error it failed with (the others' candidates are used all the same). */
  readonly failed?: string;
}

export interface ContextResult {
  /** Most relevant first. */
  readonly snippets: readonly ContextSnippet[];
  readonly totalTokens: number;
  readonly debug: ContextDebugRecord;
}
