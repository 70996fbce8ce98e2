// Reads the JSONL log back: every valid event (the dataset export), or only the newest ones a
// caller needs (start-up), with a count of what had to be skipped.
import { join } from 'node:path';
import type { FeedbackEvent } from './feedbackEvents';
import { nodeFeedbackFileSystem, type FeedbackFileSystem } from './feedbackFileSystem';
import { forEachLine, parseFeedbackLine } from './feedbackLineReader';

export const FEEDBACK_FILE_PATTERN = /^events-.*\.jsonl$/;

export interface FeedbackLog {
  /** Valid events, oldest first. */
  readonly events: FeedbackEvent[];
  /** Lines that were not JSON (e.g. truncated by a crash mid-write). */
  readonly corruptLines: number;
  /** Lines that were JSON but not a valid event of a version we read. */
  readonly invalidLines: number;
  readonly files: string[];
}

export interface ParsedLines {
  readonly events: FeedbackEvent[];
  readonly corrupt: number;
  readonly invalid: number;
}

export function parseFeedbackLines(content: string): ParsedLines {
  const events: FeedbackEvent[] = [];
  let corrupt = 0;
  let invalid = 0;
  for (const line of content.split('\n')) {
    const parsed = parseFeedbackLine(line);
    if (parsed === undefined) continue;
    if (parsed.ok) events.push(parsed.event);
    else if (parsed.corrupt) corrupt++;
    else invalid++;
  }
  return { events, corrupt, invalid };
}

/** The log files in a directory, oldest name first; [] when the directory does not exist. */
export async function listFeedbackFiles(dir: string, fs: FeedbackFileSystem = nodeFeedbackFileSystem): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter((name) => FEEDBACK_FILE_PATTERN.test(name)).sort();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

export async function readFeedbackLog(dir: string, fs: FeedbackFileSystem = nodeFeedbackFileSystem): Promise<FeedbackLog> {
  const files = await listFeedbackFiles(dir, fs);
  const events: FeedbackEvent[] = [];
  let corruptLines = 0;
  let invalidLines = 0;
  for (const name of files) {
    let content: string;
    try {
      content = await fs.readFile(join(dir, name));
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') continue; // removed while we listed
      throw error;
    }
    const parsed = parseFeedbackLines(content);
    for (const e of parsed.events) events.push(e);
    corruptLines += parsed.corrupt;
    invalidLines += parsed.invalid;
  }
  // Several windows write their own files; stable sort keeps each file's order for equal times.
  events.sort((a, b) => a.ts - b.ts);
  return { events, corruptLines, invalidLines, files };
}

export interface RecentFeedbackOptions {
  /**
   * Cheap test on the raw line before it is parsed (e.g. its kind); lines it refuses are never
   * parsed. Default: every line.
   */
  readonly mayKeep?: (line: string) => boolean;
  /** Which parsed events to keep. */
  readonly keep: (event: FeedbackEvent) => boolean;
  /** Stop once the events kept so far (newest files first) are enough. */
  readonly enough: (kept: readonly FeedbackEvent[]) => boolean;
}

/**
 * The newest events of the log, reading files newest first and stopping as soon as `enough`
 * says so: what start-up needs costs the same after a year as on day one. Oldest first.
 */
export async function readRecentFeedback(dir: string, options: RecentFeedbackOptions): Promise<FeedbackLog> {
  const files = await listFeedbackFiles(dir);
  const batches: FeedbackEvent[][] = [];
  const kept: FeedbackEvent[] = [];
  const read: string[] = [];
  let corruptLines = 0;
  let invalidLines = 0;
  for (let i = files.length - 1; i >= 0 && !options.enough(kept); i--) {
    const name = files[i]!;
    const batch: FeedbackEvent[] = [];
    try {
      const result = await forEachLine(join(dir, name), { from: 0 }, (line) => {
        if (options.mayKeep && !options.mayKeep(line)) return;
        const parsed = parseFeedbackLine(line);
        if (parsed === undefined) return;
        if (!parsed.ok) {
          if (parsed.corrupt) corruptLines++;
          else invalidLines++;
        } else if (options.keep(parsed.event)) batch.push(parsed.event);
      });
      corruptLines += result.oversized;
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') continue; // pruned while we listed
      throw error;
    }
    read.push(name);
    batches.push(batch);
    kept.push(...batch);
  }
  const events = batches.reverse().flat().sort((a, b) => a.ts - b.ts);
  return { events, corruptLines, invalidLines, files: read.reverse() };
}
