// npm run bench:trigger [-- --count N] [--seed S] [--log DIR] [--json]
// Replays a history through the adaptive trigger (each decision made by a model trained only on
// what came before) and compares it with always triggering. Without --log the history comes
// from the simulated user in userSimulation.ts, whose planted regularities are documented there.
import { triggerExamplesFromLog } from '../../src/core/feedback/adaptiveTrigger';
import { readFeedbackLog } from '../../src/core/feedback/feedbackLogReader';
import { replayTrigger } from '../../src/core/feedback/triggerReplay';
import { simulateUser } from './userSimulation';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const logDir = option('--log');
  const count = Number(option('--count') ?? 4000);
  const seed = Number(option('--seed') ?? 7);
  let source: string;
  let events;
  if (logDir) {
    const log = await readFeedbackLog(logDir);
    events = log.events;
    source = `log ${logDir} (${log.events.length} events, ${log.corruptLines + log.invalidLines} lines skipped)`;
  } else {
    events = simulateUser(count, seed);
    source = `simulated user, ${count} suggestions, seed ${seed}`;
  }
  const examples = triggerExamplesFromLog(events);
  const started = performance.now();
  const result = replayTrigger(examples);
  const ms = performance.now() - started;
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`adaptive trigger replay — ${source}`);
  console.log(`  suggestions with features   ${result.examples} (${result.accepted} accepted, ${result.rejected} not)`);
  console.log(`  neutral warm-up             ${result.warmup} suggestions`);
  console.log(`                              always-trigger   adaptive`);
  console.log(`  accepted kept               100.0 %          ${pct(result.acceptedKeptShare)}`);
  console.log(`  rejected skipped              0.0 %          ${pct(result.rejectedSkippedShare)}`);
  console.log(`  requests saved                0.0 %          ${pct((result.rejectedSkipped + result.accepted - result.acceptedKept) / Math.max(1, result.examples))}`);
  console.log(`  replay time                 ${ms.toFixed(0)} ms`);
  if (json) {
    console.log(JSON.stringify({ rejected_skipped: round(result.rejectedSkippedShare), accepted_kept: round(result.acceptedKeptShare), examples: result.examples, warmup: result.warmup }));
  }
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
