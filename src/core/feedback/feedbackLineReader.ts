// Reads a log file's lines from a byte offset, a block at a time: memory stays at one block and
// one line whatever the file's size, and reading resumes where it stopped (the statistics keep
// each file's offset). Only whole lines are read: a line still being written waits for its
// newline, unless the caller says the file is finished.
import { open } from 'node:fs/promises';
import { validateFeedbackEvent, type FeedbackEvent } from './feedbackEvents';

const BLOCK_BYTES = 1 << 20;
/** A line longer than this is not an event we wrote: skipped as corrupt, never held in memory. */
export const MAX_LINE_BYTES = 16 << 20;

export interface LineReadOptions {
  /** Byte offset to start at (a line start). */
  readonly from: number;
  /** Byte offset to stop at; default: the file's size when opened. */
  readonly to?: number;
  /** Take a last line without a newline as complete (nobody writes this file any more). */
  readonly finished?: boolean;
  /** Called between blocks with the offset reached; may throw to stop (an abort). */
  readonly onBlock?: (offset: number) => void;
}

export interface LineReadResult {
  /** Offset after the last line read: where the next read starts. */
  readonly end: number;
  /** Lines skipped for being too long. */
  readonly oversized: number;
}

/** A block kept between reads: hundreds of small files must not cost a fresh megabyte each. */
let spareBlock: Buffer | undefined;

/** Calls `onLine` for each whole line in [from, to), without its newline. */
export async function forEachLine(path: string, options: LineReadOptions, onLine: (line: string) => void): Promise<LineReadResult> {
  const handle = await open(path, 'r');
  const block = spareBlock ?? Buffer.allocUnsafe(BLOCK_BYTES);
  spareBlock = undefined;
  try {
    const to = options.to ?? (await handle.stat()).size;
    let position = options.from;
    let lineStart = options.from;
    let pieces: Buffer[] = [];
    let pieceBytes = 0;
    let skipping = false;
    let oversized = 0;
    while (position < to) {
      const { bytesRead } = await handle.read(block, 0, Math.min(BLOCK_BYTES, to - position), position);
      if (bytesRead === 0) break;
      let start = 0;
      for (let newline = block.indexOf(10, 0); newline !== -1 && newline < bytesRead; newline = block.indexOf(10, start)) {
        if (!skipping) {
          const tail = block.subarray(start, newline);
          onLine(pieces.length === 0 ? tail.toString('utf8') : Buffer.concat([...pieces, tail]).toString('utf8'));
        }
        pieces = [];
        pieceBytes = 0;
        skipping = false;
        start = newline + 1;
        lineStart = position + start;
      }
      if (start < bytesRead && !skipping) {
        pieceBytes += bytesRead - start;
        if (pieceBytes > MAX_LINE_BYTES) {
          pieces = [];
          skipping = true;
          oversized++;
        } else pieces.push(Buffer.from(block.subarray(start, bytesRead)));
      }
      position += bytesRead;
      options.onBlock?.(position);
    }
    if (options.finished && position > lineStart) {
      if (!skipping) onLine(Buffer.concat(pieces).toString('utf8'));
      lineStart = position;
    }
    return { end: lineStart, oversized };
  } finally {
    spareBlock = block;
    await handle.close();
  }
}

export type ParsedLine = { ok: true; event: FeedbackEvent } | { ok: false; corrupt: boolean };

/** One log line: an event, or why not (not JSON: corrupt; JSON but not an event we know: invalid). */
export function parseFeedbackLine(line: string): ParsedLine | undefined {
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, corrupt: true };
  }
  const result = validateFeedbackEvent(value);
  return result.ok ? { ok: true, event: result.event } : { ok: false, corrupt: false };
}
