// Whom the host thread waited behind for a CPU, from the kernel's scheduler events: which tasks
// ran on the CPU the host thread was waiting for, from its wakeup (or preemption) until it ran,
// summed by kind: the index's threads (priority 139: nice 19 or the idle class), the host
// process's other threads (V8's platform threads, libuv's pool: normal priority), other
// processes. Waits are split by whether an index thread ran in the second before (the bench's
// 'indexing' blocks) or not ('off'); and the waits of wakeups onto a CPU that was running an
// index thread at that moment (how soon an idle-class thread gives the CPU up).
//   perf sched record -a -o /tmp/sched.data -- npm run bench:completion -- --indexing --files 5000 --pairs 4 --block 30 --json | tail -1 > /tmp/run.json
//   perf script -i /tmp/sched.data -F comm,pid,tid,cpu,time,event,trace | npx tsx bench/index/hostWaits.ts --host "$(node -p 'require("/tmp/run.json").host_pid')"
import { createInterface } from 'node:readline';
import { option } from '../commandLine';

const host = Number(option('--host'));
if (!Number.isInteger(host)) throw new Error('--host PID: the bench process (host_pid in its JSON)');

type Condition = 'off' | 'indexing';
const EVENT = /^\s*(\S.*?)\s+(\d+)\/(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:(sched_\w+):\s+(.*)$/;
const INDEX_PRIO = '139';
const running = new Map<number, { tid: number; since: number }>();
const segments = new Map<number, { tid: number; start: number; end: number }[]>();
const processOf = new Map<number, number>();
const prio = new Map<number, string>();
const behind: Record<Condition, Map<string, number>> = { off: new Map(), indexing: new Map() };
const waits: Record<Condition, number[]> = { off: [], indexing: [] };
const ontoIndex: Record<Condition, number[]> = { off: [], indexing: [] };
let waiting: { since: number; ontoIndex: boolean } | undefined;
let lastIndexRun = -Infinity;

function kind(tid: number): string {
  if (prio.get(tid) === INDEX_PRIO) return 'the index (priority 139)';
  const pid = processOf.get(tid);
  if (pid === host) return 'the host process, normal priority';
  return pid === undefined ? 'unknown' : 'other processes';
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
      if (f.prev_prio === INDEX_PRIO || f.next_prio === INDEX_PRIO) lastIndexRun = t;
      const current = running.get(cpu);
      if (current) {
        const list = segments.get(cpu) ?? [];
        list.push({ tid: current.tid, start: current.since, end: t });
        if (list.length > 400) list.splice(0, 200);
        segments.set(cpu, list);
      }
      running.set(cpu, { tid: next, since: t });
      if (prev === host && f.prev_state!.startsWith('R')) waiting = { since: t, ontoIndex: false };
      if (next === host && waiting) {
        const condition: Condition = t - lastIndexRun < 1 ? 'indexing' : 'off';
        waits[condition].push(t - waiting.since);
        if (waiting.ontoIndex) ontoIndex[condition].push(t - waiting.since);
        for (const s of segments.get(cpu) ?? []) {
          const overlap = Math.min(s.end, t) - Math.max(s.start, waiting.since);
          if (overlap > 0 && s.tid !== 0) behind[condition].set(kind(s.tid), (behind[condition].get(kind(s.tid)) ?? 0) + overlap);
        }
        waiting = undefined;
      }
    } else if (name === 'sched_wakeup' && Number(f.pid) === host) {
      const target = running.get(Number(f.target_cpu));
      waiting = { since: t, ontoIndex: target !== undefined && prio.get(target.tid) === INDEX_PRIO };
    }
}

report();
}

const ms = (s: number) => (s * 1000).toFixed(3);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

function report(): void {
  for (const condition of ['off', 'indexing'] as const) {
    const xs = waits[condition];
    const total = xs.reduce((a, b) => a + b, 0);
    console.log(`${condition}: the host thread waited ${xs.length} times, ${ms(total)} ms in all; p50 ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))} ms`);
    for (const [k, s] of [...behind[condition]].sort((a, b) => b[1] - a[1])) console.log(`  behind ${k.padEnd(36)} ${ms(s).padStart(10)} ms (${((100 * s) / total).toFixed(1)}%)`);
    const o = ontoIndex[condition];
    console.log(`  woken onto a CPU running an index thread: ${o.length} times, waited p50 ${ms(quantile(o, 0.5))}, p95 ${ms(quantile(o, 0.95))}, max ${ms(Math.max(0, ...o))} ms`);
  }
}

void main();
