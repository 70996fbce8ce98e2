// How late does the host thread wake while the index's two threads use both cores, by the
// scheduling class they ask for: nice 19 (what a thread may lower itself to) against SCHED_IDLE
// (a class the kernel preempts at once for any normal thread, and whose cores count as idle
// when it places a waking thread)? A typist's rhythm (120-250 ms gaps, a 1-3 s pause one time
// in four): the two burners work in 5 ms slices during the gaps; at each keystroke the host
// wakes (how late: `keystroke`), holds them through shared memory, awaits a 75 ms timer (the
// debounce; how late: `debounce`), does 10 ms of work (the request; how long of it the thread
// waited for a CPU: `wait`) and lets them go. Blocks of the three modes alternate.
//   node --import tsx bench/index/schedulingProbe.ts [blocks] [keystrokes per block]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';

type Mode = 'none' | 'nice' | 'idle';
const MODES: readonly Mode[] = ['none', 'nice', 'idle'];
/** A burner: reports its kernel thread id, then works in 5 ms slices unless held. */
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
parentPort.postMessage(Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()));
const cells = new Int32Array(workerData);
const busy = (ms) => { const t = performance.now() + ms; while (performance.now() < t); };
for (;;) { if (Atomics.load(cells, 0)) Atomics.wait(cells, 0, 1, 50); else busy(5); }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** This thread's time waiting for a CPU so far, ms (Linux schedstat: on CPU, waiting, slices). */
const waitedMs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6;

async function burner(mode: Mode, cells: Int32Array): Promise<Worker> {
  const worker = new Worker(THREAD, { eval: true, workerData: cells.buffer });
  const tid = await new Promise<number>((resolve) => worker.once('message', resolve));
  if (mode === 'nice') os.setPriority(tid, 19);
  else execFileSync('chrt', ['--idle', '--pid', '0', String(tid)]);
  return worker;
}

async function main(blocks: number, perBlock: number): Promise<void> {
  const random = seededRandom(7);
  const figures = { keystroke: {} as Record<Mode, number[]>, debounce: {} as Record<Mode, number[]>, wait: {} as Record<Mode, number[]> };
  for (const f of Object.values(figures)) for (const m of MODES) f[m] = [];
  for (let b = 0; b < blocks; b++) {
    for (const mode of b % 2 ? [...MODES].reverse() : MODES) {
      const cells = new Int32Array(new SharedArrayBuffer(4));
      const workers = mode === 'none' ? [] : await Promise.all([burner(mode, cells), burner(mode, cells)]);
      await sleep(300);
      const hold = (on: boolean) => (Atomics.store(cells, 0, on ? 1 : 0), Atomics.notify(cells, 0));
      for (let i = 0; i < perBlock; i++) {
        const gap = random() < 0.25 ? 1_000 + random() * 2_000 : 120 + random() * 130;
        let due = performance.now() + gap;
        await sleep(gap);
        figures.keystroke[mode].push(performance.now() - due);
        hold(true);
        due = performance.now() + 75;
        await sleep(75);
        figures.debounce[mode].push(performance.now() - due);
        const waited = waitedMs();
        const until = performance.now() + 10;
        while (performance.now() < until) {
          // the request's own work (10 ms of wall time; how long of it the thread waited for a CPU is read after)
        }
        figures.wait[mode].push(waitedMs() - waited);
        hold(false);
      }
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  for (const [name, byMode] of Object.entries(figures)) {
    for (const mode of MODES) {
      const xs = byMode[mode];
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      console.log(`${name.padEnd(9)} ${mode.padEnd(4)} n ${xs.length}: p50 ${percentile(xs, 50)?.toFixed(2)} p90 ${percentile(xs, 90)?.toFixed(2)} p95 ${percentile(xs, 95)?.toFixed(2)} mean ${mean.toFixed(2)} ms`);
    }
  }
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
}

void main(Number(process.argv[2] ?? 4), Number(process.argv[3] ?? 30));
