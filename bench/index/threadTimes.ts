// CPU time of the threads of this process by priority (Linux /proc/self/task): the index's two
// threads run at nice 19 (they lower their own); the host's thread is the process's main one;
// every other thread (V8's garbage collector and compiler helpers, which serve every isolate of
// the process, the index's included, and libuv's thread pool) runs at the process's priority.
// CPU comes from each thread's schedstat (nanoseconds), its nice value from its stat.
import { readdirSync, readFileSync } from 'node:fs';

export type ThreadClass = 'main' | 'lowered' | 'other';

/** Each living thread's CPU time (ms) and class, now. Empty where /proc is not there (not Linux). */
export function threadSnapshot(): Map<number, { cpuMs: number; cls: ThreadClass; nice: number }> {
  const out = new Map<number, { cpuMs: number; cls: ThreadClass; nice: number }>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const cpuMs = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // After the command name (in parentheses, which may hold spaces) field 3 is first; nice is field 19.
      const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      const cls: ThreadClass = Number(tid) === process.pid ? 'main' : nice > 0 ? 'lowered' : 'other';
      out.set(Number(tid), { cpuMs, cls, nice });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/** CPU time (ms) of the given threads now (one small read each: cheaper than a whole snapshot). */
export function threadsCpuMs(tids: Iterable<number>): number {
  let ms = 0;
  for (const tid of tids) {
    try {
      ms += Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    } catch {
      // the thread ended (the helper ends with its pass)
    }
  }
  return ms;
}

/** The threads at a lowered priority now (the index's own). */
export function loweredThreads(): number[] {
  return [...threadSnapshot()].filter(([, t]) => t.cls === 'lowered').map(([tid]) => tid);
}

/** CPU (ms) used by each class between two snapshots, over the threads alive in both. */
export function cpuBetween(before: ReturnType<typeof threadSnapshot>, after: ReturnType<typeof threadSnapshot>): Record<ThreadClass, number> {
  const used: Record<ThreadClass, number> = { main: 0, lowered: 0, other: 0 };
  for (const [tid, a] of after) {
    const b = before.get(tid);
    if (b) used[a.cls] += a.cpuMs - b.cpuMs;
  }
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
}

/** CPU by class over a run, sampled while threads live (the helper thread ends with its pass). */
export class ThreadTimes {
  private readonly first = threadSnapshot();
  private readonly seen = new Map<number, { startMs: number; cpuMs: number; cls: ThreadClass; nice: number }>();

  sample(): void {
    for (const [tid, t] of threadSnapshot()) {
      const s = this.seen.get(tid);
      // The latest class: a thread lowers its own priority once it runs.
      if (s) Object.assign(s, { cpuMs: t.cpuMs, cls: t.cls, nice: t.nice });
      else this.seen.set(tid, { startMs: this.first.get(tid)?.cpuMs ?? 0, ...t });
    }
  }

  report(): ThreadCpu | undefined {
    this.sample();
    if (this.seen.size === 0) return undefined;
    const used: Record<ThreadClass, number> = { main: 0, lowered: 0, other: 0 };
    const nice = new Set<number>();
    let lowered = 0;
    let busiest = 0;
    for (const s of this.seen.values()) {
      used[s.cls] += s.cpuMs - s.startMs;
      if (s.cls === 'lowered') {
        lowered++;
        nice.add(s.nice);
        busiest = Math.max(busiest, s.cpuMs - s.startMs);
      }
    }
    const r = (ms: number) => Math.round(ms / 10) / 100;
    return { main_s: r(used.main), lowered_s: r(used.lowered), lowered_threads: lowered, lowered_nice: [...nice], lowered_max_s: r(busiest), other_s: r(used.other) };
  }
}
