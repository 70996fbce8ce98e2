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
/** The index's own process (both its threads: see indexProcessFlags). */
const PROCESS_SEMI_SPACE_MB = 2;

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
 * The index's own process's V8 flags. Its main thread is the index thread: the heap limits the
 * index's threads get, as flags (a main thread takes no resourceLimits). A process's flags
 * override its workers' resourceLimits (measured: with a 2 MB semi-space a worker asking for an
 * 8 MB young generation got a 4 MB new space), so the helper's young generation is this one too.
 * - A 2 MB semi-space (4 MB new space): the index thread's garbage is short-lived texts and rows;
 *   with 4 MB the new space held ~8 MB more at the peak for no more throughput per CPU second.
 * - One V8 platform thread, not Node's four: each of them compiled (the WebAssembly of SQLite
 *   and tree-sitter, hot functions) and collected for both isolates at once, each in a malloc
 *   arena of its own that kept what its compilations had used (arenas 36-62 MB of the process's
 *   peak with four, 12-27 with one; peak RSS 165-184 MB against 139-148 at 2,000 files, no
 *   fewer files per CPU second).
 */
export function indexProcessFlags(): string[] {
  return [`--max-old-space-size=${OLD_GENERATION_MB}`, `--max-semi-space-size=${PROCESS_SEMI_SPACE_MB}`, '--v8-pool-size=1'];
}
