// The completion engine's public shapes: what the editor adapter passes in and gets back.
// Plain data only, so the VS Code adapter, the CLI and the tests speak the same language.
import type { FimTemplate } from '../models/fimTemplates';
import type { ModelDetails, ModelEndpoint, StreamChunk } from '../models/modelTypes';
import type { OutgoingPrompt } from '../models/outgoingPrompt';

export type CompletionTrigger = 'automatic' | 'explicit';

/** The kind of the document's last edit, as the adapter saw it (VS Code's TextDocumentChangeReason + text). */
export type LastChangeKind = 'insert' | 'delete' | 'undo' | 'redo' | 'paste' | 'other';

export interface LastChange {
  readonly kind: LastChangeKind;
  /**
   * ms from the change to this request. The editor waits before it asks (VS Code: 50 ms after
   * typing) and a busy host adds more; the debounce counts from the change, not from the request.
   */
  readonly ageMs?: number;
}

export type MultilineSetting = 'auto' | 'single' | 'multi';

/** Plain settings; the adapter reads `flywheel.completion.*` and passes this object. */
export interface CompletionConfig {
  /** Extra gitignore-style globs of files that never get completions (on top of the secret-file defaults). */
  readonly excludeGlobs: readonly string[];
  /** Documents longer than this (UTF-16 code units) are skipped. */
  readonly maxFileChars: number;
  /** A cursor line longer than this is minified or generated: skipped on automatic triggers. */
  readonly maxLineChars: number;
  readonly multiline: MultilineSetting;
  /** Line cap of a multi-line completion. */
  readonly maxLines: number;
  /** Output token cap (num_predict) for multi-line and single-line requests. */
  readonly maxTokens: number;
  readonly maxTokensSingleLine: number;
  readonly temperature: number;
  /** Prompt budget cap, in tokens, whatever the model's context allows. */
  readonly maxPromptTokens: number;
  /** The context (num_ctx) to use when the model does not report one, and the most we ask for. */
  readonly contextLength: number;
  /** Share of the prompt budget for the text after the cursor. */
  readonly suffixShare: number;
  /** Share of the prompt budget for snippets of other files. */
  readonly contextShare: number;
  /** Ollama keep_alive, e.g. "30m". */
  readonly keepAlive?: string;
  /** Epoch ms until which automatic completions are snoozed. */
  readonly snoozedUntil?: number;
  readonly cacheSize: number;
  readonly debounce: { readonly initialMs: number; readonly minMs: number; readonly maxMs: number };
}

export const defaultCompletionConfig: CompletionConfig = {
  excludeGlobs: [],
  maxFileChars: 4_000_000,
  maxLineChars: 1_000,
  multiline: 'auto',
  maxLines: 16,
  maxTokens: 256,
  maxTokensSingleLine: 64,
  temperature: 0.2,
  maxPromptTokens: 2_048,
  contextLength: 4_096,
  suffixShare: 0.2,
  contextShare: 0.3,
  cacheSize: 200,
  debounce: { initialMs: 100, minMs: 75, maxMs: 300 },
};

/** A snippet of another file offered by the context engine, most relevant first. */
export interface ContextSnippet {
  readonly path: string;
  readonly text: string;
}

/** The model the engine streams from; the gateway resolves it per request. */
export interface CompletionModel {
  readonly endpoint: ModelEndpoint;
  readonly details?: ModelDetails;
  /** Our FIM template; undefined (or details.supportsFim) sends prefix/suffix natively. */
  readonly template?: FimTemplate;
  /** True to let the server apply the model's own FIM template (Ollama `suffix`). */
  readonly nativeFim?: boolean;
  /** Sends the prompt through the one door (the guard clears it, the gateway streams the reply). */
  stream(prompt: OutgoingPrompt, signal: AbortSignal): AsyncIterable<StreamChunk>;
}

export interface CompletionRequestOptions {
  readonly signal?: AbortSignal;
  readonly trigger: CompletionTrigger;
  readonly lastChange?: LastChange;
  /** Asked ahead of the user (after an accept): no debounce, and not a keystroke of their rhythm. */
  readonly prefetch?: boolean;
}

/** Why a stream stopped or a result was produced. */
export type CompletionStopReason =
  | 'done'
  | 'newline'
  | 'block-end'
  | 'max-lines'
  | 'repetition'
  | 'stop-token'
  | 'max-chars'
  | 'cache';

export interface CompletionResult {
  readonly id: string;
  /** Text to insert, with the document's line endings. */
  readonly text: string;
  /** UTF-16 offsets in the document to replace; usually [offset, offset]. */
  readonly range: { readonly start: number; readonly end: number };
  readonly multiline: boolean;
  readonly model: string;
  /** The endpoint's provider kind ('ollama', 'openai'), for the feedback log. */
  readonly provider?: string;
  readonly latency: { readonly firstTokenMs?: number; readonly totalMs: number };
  readonly promptTokens: number;
  readonly reason?: CompletionStopReason;
  /** True when served from the cache (incl. typed-ahead). */
  readonly cached: boolean;
}

export type SkipReason =
  | 'invalid-offset'
  | 'excluded-file'
  | 'too-large'
  | 'binary'
  | 'long-line'
  | 'mid-word'
  | 'after-delete'
  | 'snoozed';

export type DropReason = 'empty' | 'duplicates-suffix';

/** Every way a request ends; `provideCompletion` maps it to a result or undefined. */
export type CompletionOutcome =
  | { readonly kind: 'completion'; readonly result: CompletionResult; readonly timings: StageTimings }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly timings: StageTimings }
  | { readonly kind: 'dropped'; readonly reason: DropReason; readonly timings: StageTimings }
  | { readonly kind: 'no-model'; readonly timings: StageTimings }
  | { readonly kind: 'cancelled'; readonly timings: StageTimings }
  | { readonly kind: 'error'; readonly error: unknown; readonly timings: StageTimings };

/** Milliseconds spent per stage of one request (absent when the stage did not run). */
export interface StageTimings {
  /** From the keystroke (the document's change) to the editor asking: VS Code's own wait, not ours. */
  editorWait?: number;
  prefilter?: number;
  cache?: number;
  debounce?: number;
  /** Resolving the model (the gateway; /api/show on first use). */
  model?: number;
  context?: number;
  prompt?: number;
  multiline?: number;
  /** From the request to the first streamed chunk (the model's time). */
  firstToken?: number;
  /** Reading the stream, including the model's time. */
  generate?: number;
  /** Our own work while streaming: stop checks, block truncation. */
  streamChecks?: number;
  postprocess?: number;
  total?: number;
}

/** True when the file at this workspace-relative (or absolute) path must not be completed. */
export type FileExclusion = (path: string) => boolean;
