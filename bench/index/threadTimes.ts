// CPU time of the threads of this process by priority (Linux /proc/<pid>/task): the index's
// threads lower their own priority (nice 19, the idle scheduling class); the host's thread is
// the process's main one; every other thread of the process (V8's platform threads, garbage
// collection and compilation for every isolate of the process, the index's included when it runs
// as a thread here; libuv's thread pool) runs at the process's priority. When the index runs in a
// process of its own (indexProcess.ts), that process's threads are read too, as 'index process'.
// CPU and the wait for a CPU come from each thread's schedstat (nanoseconds), its nice value and
// scheduling policy from its stat.
import { readdirSync, readFileSync } from 'node:fs';

export type ThreadClass = 'main' | 'lowered' | 'other' | 'process';

export interface ThreadSample {
  readonly cpuMs: number;
  /** Time runnable, waiting for a CPU (ms). */
  readonly waitMs: number;
  readonly cls: ThreadClass;
  readonly nice: number;
  /** Linux's scheduling policy (0 normal, 3 batch, 5 idle). */
  readonly policy: number;
  /** The process the thread belongs to. */
  readonly pid: number;
}

/** Linux's SCHED_IDLE. */
const SCHED_IDLE = 5;

/**
 * Each living thread's CPU time, wait and class, now, of this process and of `processes` (the
 * index's own, read as class 'process'). Empty where /proc is not there (not Linux).
 */
export function threadSnapshot(processes: readonly number[] = []): Map<number, ThreadSample> {
  const out = new Map<number, ThreadSample>();
  for (const pid of [process.pid, ...processes]) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const [cpu, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        // After the command name (in parentheses, which may hold spaces) field 3 is first; nice is field 19, policy 41.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const nice = Number(fields[16]);
        const policy = Number(fields[38]);
        const cls: ThreadClass = pid !== process.pid ? 'process' : Number(tid) === process.pid ? 'main' : nice > 0 || policy === SCHED_IDLE ? 'lowered' : 'other';
        out.set(Number(tid), { cpuMs: cpu / 1e6, waitMs: wait / 1e6, cls, nice, policy, pid });
      } catch {
        // the thread ended between the listing and the read
      }
    }
  }
  return out;
}

/** CPU time (ms) of the given threads now (one small read each: cheaper than a whole snapshot); `pid/tid` pairs from loweredThreads. */
export function threadsCpuMs(threads: Iterable<string>): number {
  let ms = 0;
  for (const thread of threads) {
    try {
      const [pid, tid] = thread.split('/');
      ms += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    } catch {
      // the thread ended (the helper ends with its pass)
    }
  }
  return ms;
}

/** The index's threads now, as `pid/tid`: those at a lowered priority here, and every thread of `processes`. */
export function loweredThreads(processes: readonly number[] = []): string[] {
  return [...threadSnapshot(processes)].filter(([, t]) => t.cls === 'lowered' || t.cls === 'process').map(([tid, t]) => `${t.pid}/${tid}`);
}

/** CPU and wait (ms) of each thread alive in both snapshots, between them. */
export function threadsBetween(before: ReturnType<typeof threadSnapshot>, after: ReturnType<typeof threadSnapshot>): Map<number, ThreadSample> {
  const out = new Map<number, ThreadSample>();
  for (const [tid, a] of after) {
    const b = before.get(tid);
    if (b) out.set(tid, { ...a, cpuMs: a.cpuMs - b.cpuMs, waitMs: a.waitMs - b.waitMs });
  }
  return out;
}

/** CPU (ms) used by each class between two snapshots, over the threads alive in both. */
export function cpuBetween(before: ReturnType<typeof threadSnapshot>, after: ReturnType<typeof threadSnapshot>): Record<ThreadClass, number> {
  const used: Record<ThreadClass, number> = { main: 0, lowered: 0, other: 0, process: 0 };
  for (const t of threadsBetween(before, after).values()) used[t.cls] += t.cpuMs;
  return used;
}

export interface ThreadCpu {
  readonly main_s: number;
  /** Threads at a lowered priority (the index's own), how many, and at which nice values. */
  readonly lowered_s: number;
  readonly lowered_threads: number;
  readonly lowered_nice: number[];
  /**
   * The busiest lowered thread's CPU: the shortest a build can take on a machine with a core
   * free for each index thread (the other threads' CPU on top, shared among the cores).
   */
  readonly lowered_max_s: number;
  /** Every other thread, at the process's priority. */
  readonly other_s: number;
  /** Every thread of the index's own process (all lowered; its index threads also count in lowered_*). */
  readonly process_s: number;
}

/** CPU by class over a run, sampled while threads live (the helper thread ends with its pass). */
export class ThreadTimes {
  private readonly first = threadSnapshot();
  private readonly seen = new Map<number, { startMs: number; cpuMs: number; cls: ThreadClass; nice: number }>();

  /** `processes`: the index's own process, when it has one (its threads count as the index's). */
  sample(processes: readonly number[] = []): void {
    for (const [tid, t] of threadSnapshot(processes)) {
      const s = this.seen.get(tid);
      // The latest class: a thread lowers its own priority once it runs.
      if (s) Object.assign(s, { cpuMs: t.cpuMs, cls: t.cls, nice: t.nice });
      else this.seen.set(tid, { startMs: this.first.get(tid)?.cpuMs ?? 0, cpuMs: t.cpuMs, cls: t.cls, nice: t.nice });
    }
  }

  /** `processes` as for sample (read before the index's process ends). */
  report(processes: readonly number[] = []): ThreadCpu | undefined {
    this.sample(processes);
    if (this.seen.size === 0) return undefined;
    const used: Record<ThreadClass, number> = { main: 0, lowered: 0, other: 0, process: 0 };
    const nice = new Set<number>();
    let lowered = 0;
    let busiest = 0;
    for (const s of this.seen.values()) {
      used[s.cls] += s.cpuMs - s.startMs;
      if (s.cls === 'process' && s.nice > 0) used.lowered += s.cpuMs - s.startMs;
      if (s.cls === 'lowered' || (s.cls === 'process' && s.nice > 0)) {
        lowered++;
        nice.add(s.nice);
        busiest = Math.max(busiest, s.cpuMs - s.startMs);
      }
    }
    const r = (ms: number) => Math.round(ms / 10) / 100;
    return { main_s: r(used.main), lowered_s: r(used.lowered), lowered_threads: lowered, lowered_nice: [...nice], lowered_max_s: r(busiest), other_s: r(used.other), process_s: r(used.process) };
  }
}
