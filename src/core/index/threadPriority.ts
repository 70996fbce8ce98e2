// The index's threads ask the scheduler for the lowest priority a thread may have, so that on a
// busy machine the editor's threads (the extension host's, where completions run) win every
// contest for a core. Linux keeps a nice value per thread, and a thread may lower its own
// without privileges: the thread finds its id in /proc/thread-self and sets nice 19 on that id
// alone. Nice 19 still leaves a waking editor thread waiting for the rest of an index thread's
// time slice when both cores run index threads (on 2 cores, p95 +5 ms of waiting for a CPU inside
// a completion): Linux's idle scheduling class (SCHED_IDLE) is preempted at once by any normal
// thread, and a core running only such threads counts as free when a waking thread is placed.
// Node has no call for it, so the thread asks `chrt` (util-linux) for it; without chrt nice 19
// stands. macOS and Windows set priority per process through Node (`setpriority` on macOS,
// the process's priority class on Windows): lowering it there would slow the editor too, so
// the index does not, and says so; there the holds (typing, a completion in flight) alone keep
// it out of the way. The index reads files and writes its database with synchronous calls on
// its own threads, so libuv's thread pool (at the process's priority) does none of its work.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { errorMessage } from '../errorMessage';
import { getPriority, setPriority } from 'node:os';

/** The lowest priority (the highest nice value) on Linux. */
export const LOWEST_NICE = 19;

export type ThreadPriority =
  | { readonly lowered: true; readonly threadId: number; readonly nice: number; readonly idleClass: IdleClass }
  | { readonly lowered: false; readonly reason: string };

/** Whether the thread got the idle scheduling class, or why not. */
export type IdleClass = { readonly set: true } | { readonly set: false; readonly reason: string };

/** Linux's number for SCHED_IDLE (sched.h), as /proc/<pid>/task/<tid>/stat reports a policy. */
const SCHED_IDLE = 5;

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
    return { lowered: true, threadId, nice: getPriority(threadId), idleClass: enterIdleClass(threadId) };
  } catch (error) {
    return { lowered: false, reason: `setpriority refused (${errorMessage(error)}); the index yields by its holds alone` };
  }
}

/** Puts the thread in the idle scheduling class (lowering needs no privilege) and reads back that it is there. */
function enterIdleClass(threadId: number): IdleClass {
  try {
    execFileSync('chrt', ['--idle', '--pid', '0', String(threadId)], { stdio: 'ignore', timeout: 5_000 });
  } catch (error) {
    return { set: false, reason: `chrt --idle failed (${errorMessage(error)})` };
  }
  const policy = schedulingPolicy(threadId);
  return policy === SCHED_IDLE ? { set: true } : { set: false, reason: `the kernel reports policy ${policy ?? 'unknown'} after chrt --idle` };
}

/** A thread of this process's scheduling policy (field 41 of its stat), or undefined where /proc cannot tell. */
export function schedulingPolicy(threadId: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8');
    // After the command name (in parentheses, which may hold spaces) field 3 comes first.
    const policy = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[38]);
    return Number.isInteger(policy) ? policy : undefined;
  } catch {
    return undefined;
  }
}

/** One line for the log. */
export function describePriority(thread: string, priority: ThreadPriority): string {
  if (!priority.lowered) return `Workspace index: ${thread} thread at normal priority: ${priority.reason}`;
  const idle = priority.idleClass.set ? 'in the idle scheduling class' : `(not in the idle scheduling class: ${priority.idleClass.reason})`;
  return `Workspace index: ${thread} thread ${priority.threadId} runs at nice ${priority.nice} ${idle}`;
}

/**
 * Lowers every thread of this process, for the index's own process (indexProcess.ts): its V8
 * platform threads (garbage collection and compilation for every isolate of the process, the
 * index's included) and libuv's pool run the index's work too, and in the extension host's
 * process they ran at the editor's priority. On Linux each thread gets nice 19 and the idle
 * class (`chrt --all-tasks`); threads started later inherit both from the thread that starts
 * them. Elsewhere the process as a whole is lowered (it is not the editor's). Never throws;
 * returns one line for the log.
 */
export function lowerThisProcess(platform: NodeJS.Platform = process.platform): string {
  if (platform !== 'linux') {
    try {
      setPriority(process.pid, LOWEST_NICE);
      return `Workspace index: process ${process.pid} runs at the lowest priority`;
    } catch (error) {
      return `Workspace index: process ${process.pid} at normal priority (${errorMessage(error)}); the index yields by its holds alone`;
    }
  }
  let tids: number[];
  try {
    tids = readdirSync('/proc/self/task').map(Number);
    for (const tid of tids) setPriority(tid, LOWEST_NICE);
  } catch (error) {
    return `Workspace index: process ${process.pid} at normal priority (${errorMessage(error)}); the index yields by its holds alone`;
  }
  try {
    execFileSync('chrt', ['--idle', '--all-tasks', '--pid', '0', String(process.pid)], { stdio: 'ignore', timeout: 5_000 });
  } catch (error) {
    return `Workspace index: process ${process.pid} runs at nice ${LOWEST_NICE} (not in the idle scheduling class: chrt --idle failed (${errorMessage(error)}))`;
  }
  const notIdle = tids.filter((tid) => schedulingPolicy(tid) !== SCHED_IDLE);
  return notIdle.length === 0
    ? `Workspace index: process ${process.pid} runs at nice ${LOWEST_NICE} in the idle scheduling class, its ${tids.length} threads and those it starts`
    : `Workspace index: process ${process.pid} runs at nice ${LOWEST_NICE}; threads ${notIdle.join(', ')} not in the idle scheduling class`;
}
