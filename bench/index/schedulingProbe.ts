// Does CPU that a nice-19 thread of the process takes in the typing pauses make the host
// thread's timers wake later, against the same CPU in a process of its own session (its own
// autogroup, niced as a group)? A typist's rhythm (120-250 ms gaps, a 1-3 s pause one time in
// four); at each keystroke the burner is held (shared memory for the thread, SIGSTOP for the
// process), a 75 ms timer (the debounce) is awaited and how late it woke is recorded, then
// 10 ms of work (the request) and the hold ends. Blocks of the three modes alternate.
//   node --import tsx bench/index/schedulingProbe.ts [blocks] [keystrokes per block]
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';

const BUSY = 'const busy = (ms) => { const t = performance.now() + ms; while (performance.now() < t); };';
/** The thread: lowers its own priority (Linux keeps one per thread), works in 5 ms slices unless held. */
const THREAD = `${BUSY}
const { workerData } = require('node:worker_threads');
const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
try { require('node:os').setPriority(tid, 19); } catch {}
const cells = new Int32Array(workerData);
for (;;) { if (Atomics.load(cells, 0)) Atomics.wait(cells, 0, 1, 50); else busy(5); }`;
/** The process: its own session (detached), the session's group and itself at nice 19. */
const PROCESS = `${BUSY}
try { require('node:fs').writeFileSync('/proc/self/autogroup', '19'); } catch {}
require('node:os').setPriority(0, 19);
for (;;) busy(5);`;

type Mode = 'none' | 'thread' | 'process';
const MODES: readonly Mode[] = ['none', 'thread', 'process'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // the request's own work
  }
};

async function main(blocks: number, perBlock: number): Promise<void> {
  const random = seededRandom(7);
  const late: Record<Mode, number[]> = { none: [], thread: [], process: [] };
  for (let b = 0; b < blocks; b++) {
    for (const mode of b % 2 ? [...MODES].reverse() : MODES) {
      const cells = new Int32Array(new SharedArrayBuffer(4));
      const worker = mode === 'thread' ? new Worker(THREAD, { eval: true, workerData: cells.buffer }) : undefined;
      const child: ChildProcess | undefined = mode === 'process' ? spawn(process.execPath, ['-e', PROCESS], { detached: true, stdio: 'ignore' }) : undefined;
      await sleep(300);
      const hold = (on: boolean) => {
        Atomics.store(cells, 0, on ? 1 : 0);
        Atomics.notify(cells, 0);
        child?.kill(on ? 'SIGSTOP' : 'SIGCONT');
      };
      for (let i = 0; i < perBlock; i++) {
        await sleep(random() < 0.25 ? 1_000 + random() * 2_000 : 120 + random() * 130);
        hold(true);
        const due = performance.now() + 75;
        await sleep(75);
        late[mode].push(performance.now() - due);
        busy(10);
        hold(false);
      }
      await worker?.terminate();
      child?.kill('SIGKILL');
    }
  }
  for (const mode of MODES) {
    const xs = late[mode];
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`${mode.padEnd(8)} n ${xs.length}: timer late p50 ${percentile(xs, 50)?.toFixed(2)} p90 ${percentile(xs, 90)?.toFixed(2)} p95 ${percentile(xs, 95)?.toFixed(2)} mean ${mean.toFixed(2)} ms`);
  }
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
}

void main(Number(process.argv[2] ?? 4), Number(process.argv[3] ?? 30));
