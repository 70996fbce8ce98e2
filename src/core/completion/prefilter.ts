// Stage 1: decide, before any work, whether this keystroke deserves a completion. Every check
// reads only the cursor's neighbourhood, so it costs the same on a 5 MB file as on a small one.
import type { DocumentSnapshot } from '../documentSnapshot';
import type { CompletionConfig, CompletionTrigger, FileExclusion, LastChange, SkipReason } from './completionTypes';
import { indexOfBounded, lineAround, splitsSurrogatePair } from './textWindow';

export interface PrefilterInput {
  readonly doc: DocumentSnapshot;
  readonly trigger: CompletionTrigger;
  readonly lastChange?: LastChange;
  /** Epoch ms, for the snooze. */
  readonly now: number;
}

/** How far around the cursor we look for NUL bytes, besides the start of the file. */
const BINARY_PROBE_CHARS = 8_192;

const IDENTIFIER_CHAR = /^[\p{L}\p{N}_$]/u;

/** The reason to skip this request, or undefined to go on. */
export function prefilter(
  input: PrefilterInput,
  config: Pick<CompletionConfig, 'maxFileChars' | 'maxLineChars' | 'snoozedUntil'>,
  isExcluded: FileExclusion,
): SkipReason | undefined {
  const { doc, trigger } = input;
  const { text, offset } = doc;
  const automatic = trigger === 'automatic';
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return 'invalid-offset';
  // The editor never puts the cursor inside a code point: a snapshot that does is stale. (A
  // cursor between CR and LF was already moved to the line end: snapCursorToLineEnd.)
  if (splitsSurrogatePair(text, offset)) return 'invalid-offset';
  if (isExcluded(doc.relativePath)) return 'excluded-file';
  if (text.length > config.maxFileChars) return 'too-large';
  if (looksBinary(text, offset)) return 'binary';
  if (automatic && config.snoozedUntil !== undefined && input.now < config.snoozedUntil) return 'snoozed';
  if (automatic && (input.lastChange?.kind === 'delete' || input.lastChange?.kind === 'undo')) return 'after-delete';
  if (automatic && isLongLine(text, offset, config.maxLineChars)) return 'long-line';
  if (automatic && IDENTIFIER_CHAR.test(text.slice(offset, offset + 2))) return 'mid-word';
  return undefined;
}

/** NUL in the first 8k characters (git's test) or near the cursor. */
export function looksBinary(text: string, offset: number): boolean {
  if (indexOfBounded(text, 0, 0, Math.min(text.length, BINARY_PROBE_CHARS)) !== -1) return true;
  const from = Math.max(BINARY_PROBE_CHARS, offset - BINARY_PROBE_CHARS);
  return indexOfBounded(text, 0, from, Math.min(text.length, offset + BINARY_PROBE_CHARS)) !== -1;
}

/** The cursor's line is longer than `max` (minified or generated code). */
export function isLongLine(text: string, offset: number, max: number): boolean {
  const line = lineAround(text, offset, max);
  return line.clipped || line.end - line.start > max;
}
