// The V8 heap limits of the index's threads (the index thread: the main thread of the index's
// own process, indexProcessClient.ts, or a worker, indexClient.ts; its helper, rowsHelper.ts).
// Their garbage is short-lived texts and rows; left to V8's defaults, sized for a whole process
// with gigabytes to use, their heaps held several times what was live. And the index's own
// process's V8 flags: those limits, and what V8's own threads may do there.
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
 * - Nothing compiled on that thread: it cannot see a hold, and compiling was most of what it did
 *   inside the host's (perf: four fifths of its samples, two thirds of them the WebAssembly of
 *   SQLite and tree-sitter tiered up to TurboFan, the rest hot JavaScript). WebAssembly stays on
 *   its baseline code (Liftoff: `--no-wasm-tier-up` alone still tiers up hot functions, dynamic
 *   tiering does that), and JavaScript is optimized on the thread that runs it, which stops
 *   between steps when the host holds it. The platform thread is left collecting garbage
 *   (inside 100-127 holds of 40 ms at 2,000 files: 23 ms in all, against 213-277); the index's
 *   process peaks 12-19 MB lower (the compiler's malloc arenas). A cost in throughput is not
 *   shown: the drop first read as one compared two builds, and on one build, idle, these flags did
 *   more files per CPU second than tiering (bench/index/README.md, eleventh round's idle section).
 */
export function indexProcessFlags(): string[] {
  return [
    `--max-old-space-size=${OLD_GENERATION_MB}`,
    `--max-semi-space-size=${PROCESS_SEMI_SPACE_MB}`,
    '--v8-pool-size=1',
    '--no-wasm-dynamic-tiering',
    '--no-wasm-tier-up',
    '--no-concurrent-recompilation',
  ];
}
