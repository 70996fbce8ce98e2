// One measurement of bench:scale in a process of its own, so its peak RSS is its own and no
// warm cache of an earlier step helps it:  scaleMeasure.ts <what> <log dir>  prints one JSON
// line {ms, cpuMs, maxRssMb, ...}.
//   recompute  the worker's job: read the whole log into a fresh index and save it
//   open       the Statistics view's job once the index exists: load it, read what is new, render
//   startup    what activation reads of the log (the adaptive trigger's recent sample, when it has
//              no saved state yet), then the trigger's training on it (train_ms)
//   baseline   nothing: the process's own RSS (node + the TypeScript loader)
import { renderStatisticsPage } from '../../media/stats/statsPage';
import { AdaptiveTrigger } from '../../src/core/feedback/adaptiveTrigger';
import { StatisticsService } from '../../src/core/feedback/statisticsService';
import { updateStatisticsIndex } from '../../src/core/feedback/statisticsIndex';
import { readRecentTriggerExamples } from '../../src/core/feedback/triggerHistory';

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

async function main(): Promise<void> {
  const [what, dir] = process.argv.slice(2);
  let result: Record<string, unknown>;
  if (what === 'recompute') {
    const { value, ms, cpuMs } = await timed(() => updateStatisticsIndex(dir!, { rebuild: true }));
    result = { ms, cpuMs, events: value.statistics.events, files: value.files, skipped: value.corruptLines + value.invalidLines };
  } else if (what === 'open') {
    const { value, ms, cpuMs } = await timed(async () => {
      const report = await new StatisticsService({ dir: dir! }).open();
      const html = renderStatisticsPage(report.statistics, { nonce: 'n', cspSource: 'c', footer: [] });
      return { report, html };
    });
    result = { ms, cpuMs, events: value.report.statistics.events, htmlBytes: value.html.length };
  } else if (what === 'startup') {
    const read = await timed(() => readRecentTriggerExamples(dir!));
    const train = await timed(() => {
      const trigger = new AdaptiveTrigger({});
      trigger.learnFrom(read.value);
      return trigger.exampleCount;
    });
    result = { ms: read.ms, cpuMs: read.cpuMs, examples: read.value.length, trainMs: train.ms, trainCpuMs: train.cpuMs };
  } else if (what === 'baseline') {
    result = { ms: 0, cpuMs: 0 };
  } else throw new Error(`unknown measurement ${what}`);
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
