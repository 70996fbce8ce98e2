// Whom the host thread waited behind for a CPU, from the kernel's scheduler events: which tasks
// ran on the CPU the host thread was waiting for, from its wakeup (or preemption) until it ran,
// summed by kind: the index's threads (priority 139: nice 19 or the idle class), the host
// process's other threads (V8's platform threads, libuv's pool: normal priority), other
// processes by command (the kernel's own threads too). Waits are split by whether an index
// thread ran in the second before (the bench's 'indexing' blocks) or not ('off'); the waits of
// wakeups onto a CPU that was running an index thread at that moment (how soon an idle-class
// thread gives the CPU up); and the index's stints inside the host's waits, by thread and by how
// they ended: taken off the CPU while runnable (the scheduler gave the idle class its share:
// Linux's fair class weighs an idle-class thread 3 against a normal thread's 1,024, and once the
// host has run ahead of it on the CPU they share, the index is the one eligible thread until a
// tick or its slice ends) or asleep (it looked at the hold, or waited for a read or a write).
// `perf sched record` writes sched_waking, `perf record -e sched:sched_wakeup` sched_wakeup: both are read.
// With `--requests FILE` (the bench's `--samples FILE`, perf recording on CLOCK_MONOTONIC) only
// waits that began inside a request count.
//   perf record -e sched:sched_switch -e sched:sched_waking -a -k CLOCK_MONOTONIC -o /tmp/sched.data -- npm run bench:completion -- --indexing --files 5000 --pairs 4 --block 30 --json --samples /tmp/requests.jsonl | tail -1 > /tmp/run.json
//   perf script -i /tmp/sched.data -F comm,pid,tid,cpu,time,event,trace | npx tsx bench/index/hostWaits.ts --host "$(node -p 'require("/tmp/run.json").host_pid')" --requests /tmp/requests.jsonl
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { option } from '../commandLine';

const host = Number(option('--host'));
if (!Number.isInteger(host)) throw new Error('--host PID: the bench process (host_pid in its JSON)');

type Condition = 'off' | 'indexing';
interface Segment {
  readonly tid: number;
  readonly start: number;
  readonly end: number;
  /** How the task left the CPU: R (taken off while runnable), S or D (asleep), … */
  readonly state: string;
}
const EVENT = /^\s*(\S.*?)\s+(\d+)\/(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:(sched_\w+):\s+(.*)$/;
const INDEX_PRIO = '139';
const running = new Map<number, { tid: number; since: number }>();
const segments = new Map<number, Segment[]>();
const processOf = new Map<number, number>();
const prio = new Map<number, string>();
const comm = new Map<number, string>();
const behind: Record<Condition, Map<string, number>> = { off: new Map(), indexing: new Map() };
const waits: Record<Condition, number[]> = { off: [], indexing: [] };
const ontoIndex: Record<Condition, number[]> = { off: [], indexing: [] };
const stints: Record<Condition, Map<string, { count: number; ms: number }>> = { off: new Map(), indexing: new Map() };
let waiting: { since: number } | undefined;
let lastIndexRun = -Infinity;

/** Requests as [start, end] on CLOCK_MONOTONIC (s), from the bench's trace (requestTrace.ts). */
const requests = (() => {
  const file = option('--requests');
  if (!file) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { start: number; end: number; originUs: number })
    .map((r) => [(r.originUs + r.start * 1000) / 1e6, (r.originUs + r.end * 1000) / 1e6] as const)
    .sort((a, b) => a[0] - b[0]);
})();
const insideRequest = (t: number): boolean => {
  if (!requests) return true;
  let lo = 0;
  let hi = requests.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = requests[mid]!;
    if (t < start) hi = mid - 1;
    else if (t > end) lo = mid + 1;
    else return true;
  }
  return false;
};

function kind(tid: number): string {
  if (prio.get(tid) === INDEX_PRIO) return 'the index (priority 139)';
  const pid = processOf.get(tid);
  if (pid === host) return 'the host process, normal priority';
  if (pid === undefined) return 'unknown';
  // A kernel thread's command without its CPU and worker numbers (kworker, jbd2, ksoftirqd).
  return `other processes: ${(comm.get(tid) ?? '?').split('/')[0]}`;
}

/** The index's own thread (its process's main thread), or another of that process (its helper, V8's, libuv's: ids vary with what else forks). */
function indexThread(tid: number): string {
  return tid === processOf.get(tid) ? 'the index thread' : 'another index thread';
}

function hostRan(cpu: number, t: number): void {
  if (!waiting) return;
  const since = waiting.since;
  waiting = undefined;
  if (!insideRequest(since)) return;
  const condition: Condition = t - lastIndexRun < 1 ? 'indexing' : 'off';
  waits[condition].push(t - since);
  const list = segments.get(cpu) ?? [];
  const atWake = list.find((s) => s.start <= since && since < s.end);
  if (atWake && prio.get(atWake.tid) === INDEX_PRIO) ontoIndex[condition].push(t - since);
  for (const s of list) {
    const overlap = Math.min(s.end, t) - Math.max(s.start, since);
    if (overlap <= 0 || s.tid === 0) continue;
    behind[condition].set(kind(s.tid), (behind[condition].get(kind(s.tid)) ?? 0) + overlap);
    if (prio.get(s.tid) !== INDEX_PRIO) continue;
    const ended = s.state.startsWith('R') ? 'taken off while runnable' : `asleep (${s.state})`;
    const key = `${indexThread(s.tid)}, ${s.start >= since ? 'picked while the host waited' : 'running as the host woke'}, ${ended}`;
    const stint = stints[condition].get(key) ?? { count: 0, ms: 0 };
    stint.count++;
    stint.ms += overlap * 1000;
    stints[condition].set(key, stint);
  }
}

async function main(): Promise<void> {
  for await (const line of createInterface({ input: process.stdin })) {
    const m = EVENT.exec(line);
    if (!m) continue;
    const [, , pid, tid, cpuText, timeText, name, rest] = m;
    const cpu = Number(cpuText);
    const t = Number(timeText);
    processOf.set(Number(tid), Number(pid));
    const f = Object.fromEntries([...rest!.matchAll(/(\w+)=(\S+)/g)].map((x) => [x[1], x[2]]));
    if (name === 'sched_switch') {
      const prev = Number(f.prev_pid);
      const next = Number(f.next_pid);
      prio.set(prev, f.prev_prio!);
      prio.set(next, f.next_prio!);
      comm.set(prev, f.prev_comm!);
      comm.set(next, f.next_comm!);
      if (f.prev_prio === INDEX_PRIO || f.next_prio === INDEX_PRIO) lastIndexRun = t;
      const current = running.get(cpu);
      if (current) {
        const list = segments.get(cpu) ?? [];
        list.push({ tid: current.tid, start: current.since, end: t, state: f.prev_state! });
        if (list.length > 400) list.splice(0, 200);
        segments.set(cpu, list);
      }
      running.set(cpu, { tid: next, since: t });
      if (prev === host && f.prev_state!.startsWith('R')) waiting = { since: t };
      if (next === host) hostRan(cpu, t);
    } else if ((name === 'sched_waking' || name === 'sched_wakeup') && Number(f.pid) === host) {
      // Where the host will run is known when it runs (the CPU of the switch to it).
      waiting ??= { since: t };
    }
  }
  report();
}

const ms = (s: number) => (s * 1000).toFixed(3);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

function report(): void {
  if (requests) console.log(`waits that began inside one of ${requests.length} requests`);
  for (const condition of ['off', 'indexing'] as const) {
    const xs = waits[condition];
    const total = xs.reduce((a, b) => a + b, 0);
    console.log(`${condition}: the host thread waited ${xs.length} times, ${ms(total)} ms in all; p50 ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))} ms`);
    for (const [k, s] of [...behind[condition]].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  behind ${k.padEnd(36)} ${ms(s).padStart(10)} ms (${((100 * s) / total).toFixed(1)}%)`);
    const o = ontoIndex[condition];
    console.log(`  woken onto a CPU running an index thread: ${o.length} times, waited p50 ${ms(quantile(o, 0.5))}, p95 ${ms(quantile(o, 0.95))}, max ${ms(Math.max(0, ...o))} ms`);
    for (const [k, s] of [...stints[condition]].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  the index inside the host's waits: ${k}: ${s.count} stints, ${s.ms.toFixed(1)} ms`);
  }
}

void main();
