// The index's threads ask the scheduler for the lowest priority a thread may have, so that on a
// busy machine the editor's threads (the extension host's, where completions run) win every
// contest for a core. Linux keeps a nice value per thread, and a thread may lower its own
// without privileges: the thread finds its id in /proc/thread-self and sets nice 19 on that id
// alone. macOS and Windows set priority per process through Node (`setpriority` on macOS,
// the process's priority class on Windows): lowering it there would slow the editor too, so
// the index does not, and says so; there the holds (typing, a completion in flight) alone keep
// it out of the way. The index reads files and writes its database with synchronous calls on
// its own threads, so libuv's thread pool (at the process's priority) does none of its work.
import { readlinkSync } from 'node:fs';
import { errorMessage } from '../errorMessage';
import { getPriority, setPriority } from 'node:os';

/** The lowest priority (the highest nice value) on Linux. */
export const LOWEST_NICE = 19;

export type ThreadPriority =
  | { readonly lowered: true; readonly threadId: number; readonly nice: number }
  | { readonly lowered: false; readonly reason: string };

/** This thread's id as the kernel knows it (Linux), from /proc/thread-self -> `<pid>/task/<tid>`. */
export function kernelThreadId(): number | undefined {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** Lowers the calling thread's priority where the platform allows it for one thread. Never throws. */
export function lowerThisThreadPriority(platform: NodeJS.Platform = process.platform): ThreadPriority {
  if (platform !== 'linux') {
    return { lowered: false, reason: `on ${platform} priority is per process (lowering it would slow the editor too); the index yields by its holds alone` };
  }
  const threadId = kernelThreadId();
  if (threadId === undefined) return { lowered: false, reason: '/proc/thread-self is not readable; the index yields by its holds alone' };
  try {
    setPriority(threadId, LOWEST_NICE);
    return { lowered: true, threadId, nice: getPriority(threadId) };
  } catch (error) {
    return { lowered: false, reason: `setpriority refused (${errorMessage(error)}); the index yields by its holds alone` };
  }
}

/** One line for the log. */
export function describePriority(thread: string, priority: ThreadPriority): string {
  return priority.lowered
    ? `Workspace index: ${thread} thread ${priority.threadId} runs at nice ${priority.nice}`
    : `Workspace index: ${thread} thread at normal priority: ${priority.reason}`;
}
