// Stage 4 (generate): reads the model's stream and stops it as soon as we have what we need.
// Stopping early aborts the request's AbortController, so the HTTP connection closes and the
// server stops generating: single-line at the first newline; multi-line at the end of the
// block it opened (checked at each line boundary), a line cap, a stop token or runaway repetition.
import type { StreamChunk, UsageStats } from '../models/modelTypes';
import type { CompletionStopReason } from './completionTypes';
import { fenceClosed, singleLineEnd, visibleText } from './postprocess';
import { findRepetition } from './repetitionGuard';
import { countNewlines, firstLines } from '../textLines';

export interface StreamReadOptions {
  readonly multiline: boolean;
  readonly maxLines: number;
  /** Hard cap on characters, in case a model never emits a newline. */
  readonly maxChars?: number;
  /** The controller whose signal the provider got: aborted when we stop early. */
  readonly controller: AbortController;
  /** Block-end check for multi-line mode: index to cut the visible text at, or undefined. */
  readonly blockEnd?: (text: string, final: boolean) => number | undefined;
  /** Strings that end the completion if the server lets them through. */
  readonly stop?: readonly string[];
  readonly now: () => number;
}

export interface StreamReadResult {
  /** The visible text (no <think> block, no leading fence), cut where we stopped. */
  readonly text: string;
  readonly reason: CompletionStopReason;
  /** Ms from the start of reading to the first chunk with text. */
  readonly firstTokenMs?: number;
  readonly usage?: UsageStats;
  /** Ms spent in our own checks (not waiting for the model). */
  readonly checkMs: number;
}

const DEFAULT_MAX_CHARS = 8_000;

export async function readCompletionStream(stream: AsyncIterable<StreamChunk>, options: StreamReadOptions): Promise<StreamReadResult> {
  const started = options.now();
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  let raw = '';
  let firstTokenMs: number | undefined;
  let usage: UsageStats | undefined;
  let checkMs = 0;
  let checkedLines = 0;
  let stopped: { text: string; reason: CompletionStopReason } | undefined;

  const check = (final: boolean): { text: string; reason: CompletionStopReason } | undefined => {
    const visible = visibleText(raw);
    const stopAt = firstStop(visible, options.stop);
    if (stopAt !== undefined) return { text: visible.slice(0, stopAt), reason: 'stop-token' };
    if (fenceClosed(raw)) return { text: visible, reason: 'stop-token' };
    if (!options.multiline) {
      // A line break before any code may lead to the next line (see singleLineEnd): read on.
      const end = singleLineEnd(visible, true);
      const awaitingNextLine = !final && visible.slice(0, end).trim() === '' && visible.indexOf('\n', visible.indexOf('\n') + 1) === -1;
      if (end < visible.length && !awaitingNextLine) return { text: visible.slice(0, end), reason: 'newline' };
    } else {
      const lines = countNewlines(visible);
      if (lines > checkedLines || final) {
        checkedLines = lines;
        const repetition = findRepetition(visible);
        if (repetition !== undefined) return { text: visible.slice(0, repetition), reason: 'repetition' };
        const cut = options.blockEnd?.(visible, final);
        if (cut !== undefined) return { text: visible.slice(0, cut), reason: 'block-end' };
        if (lines >= options.maxLines) return { text: firstLines(visible, options.maxLines), reason: 'max-lines' };
      }
    }
    if (visible.length > maxChars) return { text: visible.slice(0, maxChars), reason: 'max-chars' };
    return undefined;
  };

  const iterator = stream[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = next.value;
      if (chunk.usage) usage = chunk.usage;
      if (chunk.text === '') continue;
      firstTokenMs ??= options.now() - started;
      raw += chunk.text;
      const t0 = options.now();
      stopped = check(false);
      checkMs += options.now() - t0;
      if (stopped) break;
    }
  } finally {
    if (stopped) {
      // Close the connection first so the server stops, then release the iterator.
      options.controller.abort();
      void iterator.return?.().catch(() => undefined);
    }
  }
  if (!stopped) {
    const t0 = options.now();
    stopped = check(true);
    checkMs += options.now() - t0;
  }
  return { text: stopped?.text ?? visibleText(raw), reason: stopped?.reason ?? 'done', firstTokenMs, usage, checkMs };
}

function firstStop(text: string, stops: readonly string[] | undefined): number | undefined {
  let first: number | undefined;
  for (const stop of stops ?? []) {
    if (stop === '') continue;
    const at = text.indexOf(stop);
    if (at !== -1 && (first === undefined || at < first)) first = at;
  }
  return first;
}
