// How long the index thread works between two looks at the hold, step by step, over a full pass
// (this thread alone, no helper: the helper runs the same fileRows steps). A hold (a keystroke, a
// completion in flight) that begins while the thread works is seen only at its next look; until
// then the thread stays runnable, and an idle-class thread that is runnable on the CPU the host
// thread wants is given that CPU for up to a tick whenever the host has run ahead of it (Linux's
// fair class: README, eleventh round). So what a request pays is the work left to the next look
// at a random moment of the pass: Σ gap² / (2 Σ gap) of the gaps' CPU time (a renewal process's
// mean residual), dominated by the longest steps, which this lists.
// CPU time of the process (getrusage), with the index's process's flags so that V8's other
// thread only collects garbage and WebAssembly runs on its baseline code as there:
// `--switch N`: the build is not measured; after it `--updates K` single-file updates (200 by
// default, each its own transaction, no upkeep between them, as bench:index-scale's rounds),
// then N files change and the pass over the index that holds them all is (a branch switch), with
// the log's largest size during it; then the idle upkeep's merge steps after it, each timed.
//   node --no-wasm-dynamic-tiering --no-wasm-tier-up --no-concurrent-recompilation --v8-pool-size=1 --max-semi-space-size=2 --import tsx bench/index/holdLooks.ts [--files 1000] [--switch N [--updates K]] [--json]
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { IndexBuilder } from '../../src/core/index/indexBuilder';
import { IndexStore } from '../../src/core/index/indexStore';
import { silentLogger } from '../../src/core/logger';
import { seededRandom } from '../../src/core/seededRandom';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { flag, option } from '../commandLine';
import { makeScaleWorkspace } from './scaleWorkspace';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The look's place: the innermost frame of the index's own code that is not the look itself. */
function place(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(2).map((line) => line.trim());
  const own = frames.find((f) => /core\/index\//.test(f) && !/get held|giveWay|interrupt|indexHold/.test(f));
  return own?.replace(/^at (async )?/, '').replace(/\(.*core\/index\//, '(') ?? 'elsewhere';
}

interface Step {
  count: number;
  ms: number;
  squares: number;
  max: number;
}

/** Appends a word to one line of the file (its content, size and time change). */
function editFile(file: string, random: () => number): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = Math.floor(random() * lines.length);
  lines[at] = `${lines[at]} edited`;
  writeFileSync(file, lines.join('\n'));
}

/** The log file's size (bytes). */
function logBytes(dbPath: string): number {
  try {
    return statSync(`${dbPath}-wal`).size;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const files = Number(option('--files') ?? 1000);
  const switchFiles = Number(option('--switch') ?? 0);
  const updates = Number(option('--updates') ?? 200);
  const base = mkdtempSync(join(os.tmpdir(), 'flywheel-hold-looks-'));
  const root = join(base, 'workspace');
  try {
    const workspace = makeScaleWorkspace(root, files);
    const syntax = await SyntaxService.create({ logger: silentLogger });
    const dbPath = join(base, 'index.db');
    const store = IndexStore.open(dbPath, silentLogger);
    const steps = new Map<string, Step>();
    let largestLog = 0;
    let from = 'the pass starting';
    let last = cpuMs();
    const look = (): boolean => {
      const gap = cpuMs() - last;
      const to = place();
      const key = `${from} -> ${to}`;
      const step = steps.get(key) ?? { count: 0, ms: 0, squares: 0, max: 0 };
      step.count++;
      step.ms += gap;
      step.squares += gap * gap;
      step.max = Math.max(step.max, gap);
      steps.set(key, step);
      from = to;
      if (switchFiles) largestLog = Math.max(largestLog, logBytes(dbPath));
      last = cpuMs();
      return false;
    };
    const builder = new IndexBuilder({
      store,
      logger: silentLogger,
      syntax,
      source: {
        stat: async (path) => {
          try {
            const s = statSync(join(root, path));
            return { size: s.size, mtimeMs: s.mtimeMs };
          } catch {
            return undefined;
          }
        },
        read: async (path) => readFileSync(join(root, path)),
      },
      mayIndex: () => true,
      mustWait: look,
      throttle: async () => undefined,
    });
    let start = cpuMs();
    await builder.sync(workspace.paths);
    let total = cpuMs() - start;
    // What the upkeep's steps cost after the measured pass (none unless --switch).
    const upkeep = { steps: 0, ms: 0, max_ms: 0 };
    if (switchFiles) {
      const random = seededRandom(0x5e1f);
      const pick = () => workspace.paths[Math.floor(random() * workspace.paths.length)]!;
      for (let i = 0; i < updates; i++) {
        const path = pick();
        editFile(join(root, path), random);
        store.begin();
        await builder.update(path);
        store.commit();
      }
      const changed = new Set<string>();
      while (changed.size < Math.min(switchFiles, workspace.paths.length)) changed.add(pick());
      for (const path of changed) editFile(join(root, path), random);
      steps.clear();
      from = 'the pass starting';
      largestLog = logBytes(dbPath);
      start = last = cpuMs();
      await builder.sync(workspace.paths);
      total = cpuMs() - start;
      for (let merging = true; merging; ) {
        const before = cpuMs();
        merging = store.mergeStep(32);
        const ms = cpuMs() - before;
        upkeep.steps++;
        upkeep.ms += ms;
        upkeep.max_ms = Math.max(upkeep.max_ms, ms);
      }
    }
    store.close();
    syntax.dispose();
    const all = [...steps.values()];
    const worked = all.reduce((a, s) => a + s.ms, 0);
    const residual = all.reduce((a, s) => a + s.squares, 0) / (2 * worked);
    const rows = [...steps].sort((a, b) => b[1].squares - a[1].squares).slice(0, 12);
    const result = {
      files: workspace.paths.length,
      cpu_ms: Math.round(total),
      looks: all.reduce((a, s) => a + s.count, 0),
      // The mean CPU from a random moment of the pass's work to the thread's next look at the hold.
      residual_ms: Math.round(residual * 100) / 100,
      // With --switch: the log's largest size during the pass, and the upkeep's merge steps after it.
      log_largest_mb: switchFiles ? Math.round((largestLog / 2 ** 20) * 10) / 10 : undefined,
      upkeep: switchFiles ? { steps: upkeep.steps, ms: Math.round(upkeep.ms), max_ms: Math.round(upkeep.max_ms * 10) / 10 } : undefined,
      steps: rows.map(([name, s]) => ({ step: name, count: s.count, ms: Math.round(s.ms), max_ms: Math.round(s.max * 10) / 10, share_of_residual: Math.round((1000 * s.squares) / (2 * worked * residual)) / 1000 })),
      load_average: os.loadavg().map((x) => Math.round(x * 10) / 10),
    };
    if (!flag('--json')) {
      console.log(`${result.files} files, ${result.cpu_ms} ms of CPU, ${result.looks} looks at the hold; from a random moment of the work to the next look: ${result.residual_ms} ms on average (load ${result.load_average[0]})`);
      for (const s of result.steps) console.log(`  ${(100 * s.share_of_residual).toFixed(1).padStart(5)}% of it  ${String(s.count).padStart(6)} gaps ${String(s.ms).padStart(6)} ms, max ${String(s.max_ms).padStart(5)} ms  ${s.step}`);
    }
    console.log(JSON.stringify(result));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

void main();
