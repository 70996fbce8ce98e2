// npm run bench:scale -- [--json] [--sizes 10000,100000,1000000 | 0] [--runs 3] [--soak 10000] [--soak-runs 1] [--seed 1] [--keep]
// Does Flywheel stay fast after a year of use and against a misbehaving server?
//   1. For realistic feedback logs of each size (test/support/feedbackLogGenerator.ts: a year of
//      sessions, several windows, languages and models, written through the real FeedbackStore):
//      opening the Statistics from the index kept beside the log, a full recomputation (the
//      worker's job), the start-up read and the adaptive trigger's training, and peak RSS. Each
//      is measured --runs times, each run in a fresh process; the median is reported with the
//      range.
//   2. A soak: --soak completion requests through the engine against a loopback Ollama with
//      stalls, resets and 429s (scaleSoak.ts); heap growth after GC and sockets left open.
//      --soak-runs repeats it with the next seeds (median heap growth, most sockets left open).
//      --sizes 0 runs the soak alone.
// The machine's load is printed beside the figures: on a shared machine they are upper bounds.
// The last line with --json:
//   {"sizes":[{"events":N,"open_ms":…,"recompute_ms":…,"startup_ms":…,"train_ms":…,"rss_mb":…}],"soak":{"requests":10000,"heap_growth_mb":…,"open_sockets":…}}
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateFeedbackSessions, writeFeedbackLog } from '../../test/support/feedbackLogGenerator';
import { runSoak } from './scaleSoak';

const run = promisify(execFile);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Measured {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly [key: string]: number;
}

async function measure(what: string, dir: string): Promise<Measured> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(__dirname, 'scaleMeasure.ts'), what, dir], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measured;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const spread = (xs: readonly number[]) => `${round(median(xs))} [${round(Math.min(...xs))}–${round(Math.max(...xs))}]`;
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const sizes = (option('--sizes') ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n > 0);
  const soakRuns = Number(option('--soak-runs') ?? 1);
  const runs = Number(option('--runs') ?? 3);
  const soakRequests = Number(option('--soak') ?? 10_000);
  const seed = Number(option('--seed') ?? 1);
  console.log(`bench:scale — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${load()} at start; ${runs} runs per figure, median [min–max]`);
  const baseline = await measure('baseline', tmpdir());
  console.log(`  a measuring process alone (node + tsx loader): ${round(baseline.maxRssMb)} MB RSS`);
  const results: Record<string, number>[] = [];
  const recomputeCpu: number[] = [];
  for (const events of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `flywheel-scale-${events}-`));
    try {
      const started = performance.now();
      const written = await writeFeedbackLog(dir, generateFeedbackSessions({ events, seed }));
      if (written.refused > 0) throw new Error(`the generator made ${written.refused} invalid events`);
      console.log(`\n${written.events} events, ${written.files} files, ${round(written.bytes / (1 << 20))} MB (written in ${round((performance.now() - started) / 1000)} s)`);
      const recompute: Measured[] = [];
      const open: Measured[] = [];
      const startup: Measured[] = [];
      for (let r = 0; r < runs; r++) {
        recompute.push(await measure('recompute', dir)); // leaves the index for `open`
        open.push(await measure('open', dir));
        startup.push(await measure('startup', dir));
      }
      const rss = Math.max(...[...recompute, ...open, ...startup].map((m) => m.maxRssMb));
      console.log(`  open Statistics      ${spread(open.map((m) => m.ms))} ms   (cpu ${spread(open.map((m) => m.cpuMs))} ms)`);
      console.log(`  full recomputation   ${spread(recompute.map((m) => m.ms))} ms   (cpu ${spread(recompute.map((m) => m.cpuMs))} ms; ${recompute[0]!.events} events, ${recompute[0]!.skipped} lines skipped)`);
      console.log(`  start-up read        ${spread(startup.map((m) => m.ms))} ms   (cpu ${spread(startup.map((m) => m.cpuMs))} ms; ${startup[0]!.examples} trigger examples)`);
      console.log(`  trigger training     ${spread(startup.map((m) => m.trainMs))} ms`);
      console.log(`  peak RSS             ${round(rss)} MB (recompute ${spread(recompute.map((m) => m.maxRssMb))} MB); load average now ${load()}`);
      recomputeCpu.push(median(recompute.map((m) => m.cpuMs)));
      results.push({
        events: written.events,
        open_ms: round(median(open.map((m) => m.ms))),
        recompute_ms: round(median(recompute.map((m) => m.ms))),
        startup_ms: round(median(startup.map((m) => m.ms))),
        train_ms: round(median(startup.map((m) => m.trainMs)), 2),
        rss_mb: round(rss),
      });
    } finally {
      if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
      else console.log(`  kept ${dir}`);
    }
  }
  const last = results.at(-1);
  const previous = results.at(-2);
  if (last && previous) {
    const cpuRatio = recomputeCpu.at(-1)! / recomputeCpu.at(-2)!;
    console.log(`\nrecompute ${last.events} / ${previous.events} events: ${round(last.recompute_ms / previous.recompute_ms, 2)}× the time (${round(cpuRatio, 2)}× the cpu) for ${round(last.events / previous.events, 1)}× the events`);
  }

  console.log(`\nsoak: ${soakRequests} completion requests through the engine, one editor, against a loopback Ollama with faults; ${soakRuns} run(s)`);
  const soaks = [];
  for (let r = 0; r < soakRuns; r++) {
    const soak = await runSoak(soakRequests, seed + r);
    console.log(`  seed ${seed + r}: ${soak.seconds} s; faults served ${JSON.stringify(soak.faults)}`);
    console.log(`    outcomes ${JSON.stringify(soak.outcomes)}`);
    console.log(`    heap growth ${soak.heap_growth_mb} MB after GC; ${soak.open_sockets} sockets open after dispose; load average now ${load()}`);
    soaks.push(soak);
  }
  const growth = soaks.map((s) => s.heap_growth_mb);
  const sockets = Math.max(...soaks.map((s) => s.open_sockets));
  if (soakRuns > 1) console.log(`  heap growth ${spread(growth)} MB; at most ${sockets} sockets open after dispose`);
  if (json) {
    console.log(JSON.stringify({ sizes: results, soak: { requests: soakRequests, heap_growth_mb: round(median(growth), 2), open_sockets: sockets } }));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
