// CPU time of each thread of this process during a run, by priority (Linux /proc/self/task):
// the index's two threads run at nice 19 and say so; the host's thread is the process's main
// one; every other thread (V8's garbage collector and compiler helpers, which serve every
// isolate of the process, the index's included, and libuv's thread pool) runs at the process's
// priority. Threads are sampled while they live (the helper thread ends with its pass).
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common build). */
const TICKS_PER_S = 100;

interface Seen {
  /** The latest seen (a thread lowers its own priority once it runs). */
  nice: number;
  readonly startTicks: number;
  ticks: number;
}

export interface ThreadCpu {
  /** The main thread (the extension host's in the product). */
  readonly main_s: number;
  /** Threads at a lowered priority (the index's own), and how many there were. */
  readonly lowered_s: number;
  readonly lowered_threads: number;
  readonly lowered_nice: number[];
  /** Every other thread at the process's priority (V8's helpers, libuv's pool). */
  readonly other_s: number;
}

export class ThreadTimes {
  private readonly seen = new Map<number, Seen>();
  private readonly existing = new Map<number, number>();

  /** Threads alive now count from what they had already used. */
  constructor() {
    for (const [tid, t] of read()) this.existing.set(tid, t.ticks);
  }

  sample(): void {
    for (const [tid, t] of read()) {
      const s = this.seen.get(tid);
      if (s) {
        s.ticks = t.ticks;
        s.nice = t.nice;
      } else this.seen.set(tid, { nice: t.nice, startTicks: this.existing.get(tid) ?? 0, ticks: t.ticks });
    }
  }

  /** Undefined where /proc is not there (not Linux). */
  report(): ThreadCpu | undefined {
    this.sample();
    if (this.seen.size === 0) return undefined;
    let main = 0;
    let lowered = 0;
    let other = 0;
    const nice = new Set<number>();
    let loweredThreads = 0;
    for (const [tid, s] of this.seen) {
      const used = (s.ticks - s.startTicks) / TICKS_PER_S;
      if (tid === process.pid) main += used;
      else if (s.nice > 0) {
        lowered += used;
        loweredThreads++;
        nice.add(s.nice);
      } else other += used;
    }
    const r = (x: number) => Math.round(x * 100) / 100;
    return { main_s: r(main), lowered_s: r(lowered), lowered_threads: loweredThreads, lowered_nice: [...nice], other_s: r(other) };
  }
}

function read(): Map<number, { ticks: number; nice: number }> {
  const out = new Map<number, { ticks: number; nice: number }>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // After the command name (in parentheses, which may hold spaces): state is field 3, utime 14, stime 15, nice 19.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), { ticks: Number(fields[11]) + Number(fields[12]), nice: Number(fields[16]) });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}
