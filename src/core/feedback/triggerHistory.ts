// The adaptive trigger's memory at start-up when it has no persisted state yet (first run after
// an update, or a state of another layout): a bounded recent sample of the log — the newest
// files only, read until enough examples are found — never the whole log.
import { join } from 'node:path';
import { triggerExamplesFromLog, type TriggerExample } from './adaptiveTrigger';
import type { FeedbackEvent } from './feedbackEvents';
import { nodeFeedbackFileSystem, type FeedbackFileSystem } from './feedbackFileSystem';
import { listFeedbackFiles, parseFeedbackLines } from './feedbackLogReader';

const EXAMPLE_KINDS = ['"completion.shown"', '"completion.accepted"', '"completion.partiallyAccepted"'];

/** Examples a trigger without a state learns from (the posterior remembers ~300 anyway). */
export const RECENT_EXAMPLES = 600;

/** The newest `limit` labelled examples, oldest first, reading log files newest first and stopping early. */
export async function readRecentTriggerExamples(dir: string, limit = RECENT_EXAMPLES, fs: FeedbackFileSystem = nodeFeedbackFileSystem): Promise<TriggerExample[]> {
  const files = await listFeedbackFiles(dir, fs);
  // File names sort by when they were started; several windows may write at once, so a file's
  // examples are counted only once the next older file is read (an accept can lag its shown).
  const events: FeedbackEvent[] = [];
  // Each shown suggestion with features makes one example: count them, join them once at the end.
  let shown = 0;
  for (let i = files.length - 1; i >= 0 && shown < limit; i--) {
    let content: string;
    try {
      content = await fs.readFile(join(dir, files[i]));
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') continue;
      throw error;
    }
    // Only the lines that can make an example are parsed: a shown suggestion, or its acceptance.
    const wanted = content.split('\n').filter((line) => EXAMPLE_KINDS.some((kind) => line.includes(kind)));
    for (const e of parseFeedbackLines(wanted.join('\n')).events) {
      events.push(e);
      if (e.kind === 'completion.shown' && e.features) shown++;
    }
  }
  return triggerExamplesFromLog(events).slice(-limit);
}
