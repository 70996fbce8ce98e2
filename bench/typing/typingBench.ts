// npm run bench:typing -- [--json] [--tasks N] [--lines K] [--seed S] [--corpus DIR]
//                         [--first-token-ms 150] [--token-ms 20] [--key-ms 170]
// The packaged extension in code-server with VS Code's default editor settings, a loopback
// "oracle" Ollama that streams each file's true continuation, and a typist who types real lines
// of a real repository (the Python standard library by default; --corpus DIR for another, e.g.
// node_modules/<package>) at a human pace with pauses, pressing Tab only when the ghost text shown
// is exactly what comes next. Reports, with bootstrap intervals: the share of lines on which
// ghost text appeared; keystroke-to-ghost time, each ghost text paired with the request whose
// reply it shows (found by its text in what the oracle wrote) and that request's model time
// beside it, the gap between their medians, and the overhead that is not the model's, split into
// key → request and reply → ghost, with the engine's stage timings; the wait after an accept for
// the prefetched next suggestion (from the Tab, or from Enter after it); the share of characters
// accepted rather than typed, wrong accepts (Tab inserting anything but what was shown), accepts
// that left the cursor short of the text's end, and model requests per 100 keystrokes. Writes the
// notes and every appearance and request (bench-typing-raw-seedN.json) beside the screenshots.
// The last line is JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { armInlineSuggestions, openFile, packageFlywheelVsix, screenshotDir, startSession, type Session } from '../../test/e2e/harness';
import { waitUntil } from '../../test/e2e/harness/waitUntil';
import { percentile } from '../../src/core/models/callMetrics';
import { seededRandom } from '../../src/core/seededRandom';
import { flag, option } from '../commandLine';
import { installGhostRecorder, markLine, takeAppearances, type GhostAppearance } from './ghostProbe';
import { pairWithCalls, stageMedians, waitParts } from './latencyBreakdown';
import { OracleOllamaServer, type OracleCall } from './oracleOllama';
import { humanPace, Typist, type TaskResult } from './typist';
import { defaultCorpusRoot, loadTypingTasks, type TypingTask } from './typingCorpus';

interface RunResult {
  readonly tasks: readonly TypingTask[];
  readonly results: readonly TaskResult[];
  readonly appearances: readonly GhostAppearance[];
  readonly calls: readonly OracleCall[];
  readonly requests: number;
  /** The extension's log (debug level): the engine's stage timings per completion. */
  readonly log: string;
}

async function main(): Promise<void> {
  const json = flag('--json');
  const seed = Number(option('--seed') ?? '1');
  const root = option('--corpus') || defaultCorpusRoot();
  const tasks = loadTypingTasks({ root, tasks: Number(option('--tasks') ?? '10'), linesPerTask: Number(option('--lines') ?? '6'), seed });
  const timing = { firstTokenMs: Number(option('--first-token-ms') ?? '150'), perTokenMs: Number(option('--token-ms') ?? '20') };
  const pace = { ...humanPace, keyMs: Number(option('--key-ms') ?? String(humanPace.keyMs)) };
  const loadBefore = loadavg()[0]!;
  const run = await runTasks(tasks, timing, pace, seed);
  const loadAfter = loadavg()[0]!;
  report(run, { root, seed, timing, pace, load: [loadBefore, loadAfter], json });
}

async function runTasks(tasks: readonly TypingTask[], timing: { firstTokenMs: number; perTokenMs: number }, pace: typeof humanPace, seed: number): Promise<RunResult> {
  const oracle = await new OracleOllamaServer(timing).listen();
  let session: Session | undefined;
  try {
    session = await startSession({
      name: 'bench-typing',
      extensionVsix: packageFlywheelVsix(),
      // Nothing of the editor's settings is changed: VS Code's defaults, as a user has them.
      machineSettings: { 'flywheel.models.completion': [{ provider: 'ollama', baseUrl: oracle.url, model: 'qwen2.5-coder:1.5b' }] },
      env: { OLLAMA_HOST: oracle.url },
      // Debug level: the engine logs each completion's stage timings, read back for the breakdown.
      args: ['--log', 'debug'],
      workspaceFiles: Object.fromEntries(tasks.map((t) => [t.fileName, t.startText])),
      waitForExtensions: ['flywheel.flywheel'],
    });
    const { page, server } = session;
    await installGhostRecorder(page);
    const random = seededRandom(seed * 7919 + 1);
    const results: TaskResult[] = [];
    const appearances: GhostAppearance[] = [];
    let requestsAtStart = 0;
    let requests = 0;
    for (const [index, task] of tasks.entries()) {
      let typist: Typist | undefined;
      oracle.know(task.trueText, () => typist?.position ?? task.regionStart);
      await openFile(page, task.fileName);
      await waitUntil(`${task.fileName} active`, async () => (await server.bridge.activeEditor())?.path.endsWith(`/${task.fileName}`));
      // Go to Line, as a person would (a selection set through the API reaches the renderer later than keys).
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`:${task.startText.slice(0, task.regionStart).split('\n').length}`);
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout: 10_000 });
      await waitUntil('the cursor on the region', () => server.bridge.evaluate((vscode, offset) =>
        vscode.window.activeTextEditor!.document.offsetAt(vscode.window.activeTextEditor!.selection.active) === offset, task.regionStart));
      // VS Code creates the inline-suggestion controller lazily; make it now, then hide what it asked for.
      await armInlineSuggestions(server.bridge);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await page.keyboard.press('Escape');
      await markLine(page, index, -1);
      await takeAppearances(page); // whatever arming showed is not the typist's
      requestsAtStart = oracle.generationCount();
      typist = new Typist(page, server.bridge, random, pace, (line) => markLine(page, index, line));
      results.push(await typist.type(task));
      requests += oracle.generationCount() - requestsAtStart;
      await markLine(page, index, -1);
      // Taken per task: the next task's start clears the recorder.
      appearances.push(...(await takeAppearances(page)));
    }
    return { tasks, results, appearances, calls: oracle.calls, requests, log: server.readLog('flywheel.flywheel/Flywheel.log') };
  } finally {
    await session?.stop();
    await oracle.close();
  }
}

interface ReportOptions {
  readonly root: string;
  readonly seed: number;
  readonly timing: { firstTokenMs: number; perTokenMs: number };
  readonly pace: typeof humanPace;
  readonly load: readonly [number, number];
  readonly json: boolean;
}

function report(run: RunResult, options: ReportOptions): void {
  const lines = run.results.flatMap((r, task) => r.lines.map((line, index) => ({ ...line, task, index }))).filter((l) => !l.blank);
  const shownOn = new Set(run.appearances.map((a) => `${a.task}:${a.line}`));
  const ghostShown: number[] = lines.map((l) => (shownOn.has(`${l.task}:${l.index}`) || l.acceptedChars > 0 ? 1 : 0));
  // A ghost text that came 10 s after the key was not waited for: the typist had paused.
  const timely = run.appearances.filter((a) => a.afterKeyMs < 10_000);
  const paired = pairWithCalls(timely, run.calls);
  const afterKeys = waitParts(paired.filter((p) => p.appearance.after === 'key'));
  const afterTabs = waitParts(paired.filter((p) => p.appearance.after === 'tab'));
  // The goal's comparison: ghost texts a model request worked on after their key (made then, or
  // under way), after a typed key or an accept, beside that request's model time. A ghost text
  // from the cache had no model time to wait for: all of its wait is ours, reported apart.
  const made = waitParts(paired.filter((p) => p.timing === 'fresh' || p.timing === 'underway'));
  const cached = waitParts(paired.filter((p) => p.timing === 'earlier'));
  const unpaired = paired.filter((p) => !p.call).length;
  const stages = stageMedians(run.log);
  const keys = run.results.reduce((sum, r) => sum + r.keys, 0);
  const chars = lines.reduce((sum, l) => sum + l.chars, 0);
  const accepted = lines.reduce((sum, l) => sum + Math.min(l.chars, l.acceptedChars), 0);
  const wrong = run.results.reduce((sum, r) => sum + r.wrongAccepts, 0);
  const tabs = run.results.reduce((sum, r) => sum + r.tabs, 0);
  const cursorShort = run.results.reduce((sum, r) => sum + r.cursorShort, 0);
  const corrections = run.results.reduce((sum, r) => sum + r.corrections, 0);
  const random = seededRandom(options.seed);
  const rate = ghostShown.reduce((a, b) => a + b, 0) / Math.max(1, ghostShown.length);
  const rateCi = bootstrap(ghostShown, (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length), random);
  const quantiles = (xs: readonly number[]) => ({
    p50: percentile(xs, 50), p95: percentile(xs, 95),
    p50Ci: bootstrap(xs, (ys) => percentile(ys, 50) ?? NaN, random), p95Ci: bootstrap(xs, (ys) => percentile(ys, 95) ?? NaN, random),
  });
  const ghost = quantiles(afterKeys.ghost);
  const madeGhost = quantiles(made.pairedGhost);
  const model = quantiles(made.model);
  const overhead = quantiles(made.overhead);
  const cachedGhost = quantiles(cached.pairedGhost);
  // The goal compares the two medians: resample the pairs, not each side on its own.
  const pairs = made.pairedGhost.map((g, i) => [g, made.model[i]!] as const);
  const medianGap = (xs: readonly (readonly [number, number])[]) => (percentile(xs.map(([g]) => g), 50) ?? NaN) - (percentile(xs.map(([, m]) => m), 50) ?? NaN);
  const gap = { p50: pairs.length > 0 ? medianGap(pairs) : NaN, ci: bootstrap(pairs, medianGap, random) };
  const tab = quantiles(afterTabs.ghost);
  const allModelP50 = percentile(run.calls.filter((c) => c.satisfied).map((c) => c.ms), 50);
  const acceptedRate = accepted / Math.max(1, chars);
  const perLineAccepted = lines.map((l) => [Math.min(l.chars, l.acceptedChars), l.chars] as const);
  const acceptedCi = bootstrap(perLineAccepted, (xs) => xs.reduce((a, [x]) => a + x, 0) / Math.max(1, xs.reduce((a, [, n]) => a + n, 0)), random);
  const per100 = (100 * run.requests) / Math.max(1, keys);

  const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const ci = ([lo, hi]: readonly [number, number], f: (x: number) => string) => `[${f(lo)}, ${f(hi)}]`;
  const both = (q: ReturnType<typeof quantiles>) => `${ms(q.p50)} ${ci(q.p50Ci, ms)} / ${ms(q.p95)} ${ci(q.p95Ci, ms)}`;
  const median = (xs: readonly number[]) => ms(percentile(xs, 50));
  console.log(`typing replay in code-server (VS Code defaults) — corpus ${options.root}, seed ${options.seed}`);
  console.log(`  ${run.tasks.length} regions, ${lines.length} non-blank lines, ${keys} keys; oracle first token ${options.timing.firstTokenMs} ms + ${options.timing.perTokenMs} ms/token; typist ~${options.pace.keyMs} ms/key`);
  console.log(`  machine load (1-min average, ${cpus().length} cores) ${options.load[0].toFixed(1)} before, ${options.load[1].toFixed(1)} after`);
  console.log(`  ghost text shown on lines          ${pct(rate)}  95% CI ${ci(rateCi, pct)}   (goal ≥ 90 %)`);
  console.log(`  p50 [95% CI] / p95 [95% CI]:`);
  const t = { fresh: made.timings.fresh, underway: made.timings.underway, cached: cached.timings.earlier };
  console.log(`  keystroke → ghost                  ${both(ghost)}   over ${afterKeys.ghost.length} appearances after a typed key (the cache's included)`);
  console.log(`  every ghost text after a key or an accept, paired with the request whose reply it shows: ${paired.length - unpaired} of ${paired.length}`);
  console.log(`    made by a request after its key  ${made.pairedGhost.length} (${t.fresh} sent after the key, ${t.underway} under way at it, e.g. the prefetch after Tab)`);
  console.log(`      keystroke → ghost              ${both(madeGhost)}`);
  console.log(`      their requests' model time     ${both(model)}`);
  console.log(`      p50 ghost − p50 model          ${ms(gap.p50)} ${ci(gap.ci, ms)}   (goal ≤ 150 ms)`);
  console.log(`      overhead = ghost − model time after the key ${both(overhead)}`);
  console.log(`        key → request at the server  ${median(made.beforeRequest)} (of ${made.beforeRequest.length} sent after the key);  reply's last token → ghost drawn ${median(made.afterReply)}`);
  console.log(`    from the cache (no model wait)   ${cached.pairedGhost.length}: keystroke → ghost ${both(cachedGhost)}`);
  console.log(`  Tab chain: next ghost (prefetched) ${both(tab)}   over ${afterTabs.ghost.length} appearances after an accept (timed from the last key: the Tab, or Enter after it)`);
  console.log(`  model time p50, every request      ${ms(allModelP50)}   over ${run.calls.filter((c) => c.satisfied).length} answered requests`);
  const stageText = Object.entries(stages.medians).map(([name, v]) => `${name} ${ms(v)}`).join(', ');
  console.log(`  engine stages, median over ${stages.count} completions: ${stageText || '– (no debug log)'}`);
  console.log(`  characters accepted, not typed      ${pct(acceptedRate)}  95% CI ${ci(acceptedCi, pct)}`);
  console.log(`  wrong accepts                       ${wrong} of ${tabs} Tabs   (goal 0)`);
  console.log(`  accepts leaving the cursor short    ${cursorShort}   (the text shown, the cursor before its end)`);
  console.log(`  model requests per 100 keys         ${per100.toFixed(1)}   (${run.requests} requests)`);
  console.log(`  corrections by hand                 ${corrections}`);
  const notes = run.results.flatMap((r, i) => r.notes.map((n) => `${run.tasks[i]!.source}: ${n}`));
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `bench-typing-notes-seed${options.seed}.txt`);
  writeFileSync(file, notes.length > 0 ? notes.join('\n') + '\n' : '');
  if (notes.length > 0) console.log(`  ${notes.length} notes (wrong accepts, corrections) in ${file}`);
  // Every appearance with its request, and every request: for a look at what the figures hide.
  const raw = join(screenshotDir, `bench-typing-raw-seed${options.seed}.json`);
  const pairedAll = paired.map(({ appearance, call, timing }) => ({ ...appearance, timing, call: call && run.calls.indexOf(call) }));
  writeFileSync(raw, JSON.stringify({ appearances: pairedAll, calls: run.calls, tasks: run.tasks.map((t) => t.source) }, null, 1));
  if (options.json) {
    const whole = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : Math.round(x));
    const interval = ([lo, hi]: readonly [number, number]) => [whole(lo), whole(hi)];
    console.log(JSON.stringify({
      lines: lines.length,
      ghost_shown_rate: round(rate),
      keystroke_to_ghost_p50_ms: whole(ghost.p50),
      keystroke_to_ghost_p95_ms: whole(ghost.p95),
      model_ms_p50: whole(model.p50),
      accepted_chars_rate: round(acceptedRate),
      wrong_accepts: wrong,
      requests_per_100_keys: round(per100, 10),
      model_ms_p50_ci_ms: interval(model.p50Ci),
      model_ms_p95_ms: whole(model.p95),
      model_ms_p95_ci_ms: interval(model.p95Ci),
      model_made_samples: made.pairedGhost.length,
      model_made_fresh: t.fresh,
      model_made_underway: t.underway,
      model_made_keystroke_to_ghost_p50_ms: whole(madeGhost.p50),
      model_made_keystroke_to_ghost_p50_ci_ms: interval(madeGhost.p50Ci),
      model_made_keystroke_to_ghost_p95_ms: whole(madeGhost.p95),
      model_made_keystroke_to_ghost_p95_ci_ms: interval(madeGhost.p95Ci),
      ghost_minus_model_p50_ms: whole(gap.p50),
      ghost_minus_model_p50_ci_ms: interval(gap.ci),
      cached_samples: cached.pairedGhost.length,
      cached_keystroke_to_ghost_p50_ms: whole(cachedGhost.p50),
      cached_keystroke_to_ghost_p50_ci_ms: interval(cachedGhost.p50Ci),
      unpaired_samples: unpaired,
      tabs,
      cursor_short_accepts: cursorShort,
      keystroke_to_ghost_samples: afterKeys.ghost.length,
      keystroke_to_ghost_p50_ci_ms: interval(ghost.p50Ci),
      keystroke_to_ghost_p95_ci_ms: interval(ghost.p95Ci),
      overhead_samples: made.overhead.length,
      overhead_p50_ms: whole(overhead.p50),
      overhead_p50_ci_ms: interval(overhead.p50Ci),
      overhead_p95_ms: whole(overhead.p95),
      overhead_p95_ci_ms: interval(overhead.p95Ci),
      key_to_request_p50_ms: whole(percentile(made.beforeRequest, 50)),
      reply_to_ghost_p50_ms: whole(percentile(made.afterReply, 50)),
      tab_to_ghost_samples: afterTabs.ghost.length,
      tab_to_ghost_p50_ms: whole(tab.p50),
      tab_to_ghost_p50_ci_ms: interval(tab.p50Ci),
      tab_to_ghost_p95_ms: whole(tab.p95),
      engine_stage_p50_ms: Object.fromEntries(Object.entries(stages.medians).map(([k, v]) => [k, round(v, 10)])),
      load_1min: options.load.map((x) => round(x, 100)),
    }));
  }
}

/** 95% percentile-bootstrap interval of a statistic over resampled items. */
function bootstrap<T>(items: readonly T[], statistic: (xs: T[]) => number, random: () => number, rounds = 1000): [number, number] {
  if (items.length === 0) return [NaN, NaN];
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample = Array.from({ length: items.length }, () => items[Math.floor(random() * items.length)]!);
    values.push(statistic(sample));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(0.025 * rounds)]!, values[Math.floor(0.975 * rounds)]!];
}

function round(x: number, scale = 10_000): number {
  return Math.round(x * scale) / scale;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
