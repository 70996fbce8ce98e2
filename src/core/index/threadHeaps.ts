// The V8 heap limits of the index's threads (the index thread: the main thread of the index's
// own process, indexProcessClient.ts, or a worker, indexClient.ts; its helper, rowsHelper.ts).
// Their garbage is short-lived texts and rows; left to V8's defaults, sized for a whole process
// with gigabytes to use, their heaps held several times what was live.
import type { ResourceLimits } from 'node:worker_threads';

/**
 * Young generations: at V8's default (tens of MB) the index thread's heap held 58-82 MB at the
 * peak of a 10,000-file build for ~12 MB live. The helper holds one file at a time: smaller still.
 */
const INDEX_YOUNG_MB = 8;
const HELPER_YOUNG_MB = 4;

/**
 * The old generation, at most: not a bound the threads come near (the index thread's live heap
 * is ~12 MB; rows live on disk), but at or below 256 MB V8 treats the heap as a small device's
 * and lets the old generation grow to ~1.3x what was live at the last full collection before the
 * next, where with the process's default (gigabytes) it lets it grow to ~4x: between two full
 * collections the index thread's heap went from 15 to 56 MB, nearly all of it garbage.
 */
const OLD_GENERATION_MB = 256;

export function indexThreadLimits(thread: 'index' | 'helper'): ResourceLimits {
  return { maxYoungGenerationSizeMb: thread === 'index' ? INDEX_YOUNG_MB : HELPER_YOUNG_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB };
}

/**
 * The same limits for the index's own process, whose main thread is the index thread (a main
 * thread takes them as V8 flags, not resourceLimits). A process's flags override its workers'
 * resourceLimits (measured: with a 2 MB semi-space a worker asking for an 8 MB young generation
 * got a 4 MB new space), so the helper gets the index thread's young generation there. A semi-space
 * of 4 MB gives the 8 MB new space that a worker's 8 MB young generation gives (v8.getHeapSpaceStatistics).
 */
export function indexProcessHeapFlags(): string[] {
  return [`--max-old-space-size=${OLD_GENERATION_MB}`, `--max-semi-space-size=${INDEX_YOUNG_MB / 2}`];
}
