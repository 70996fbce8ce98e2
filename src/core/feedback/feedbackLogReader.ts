// Reads the JSONL log back: every valid event, and a count of what had to be skipped.
import { join } from 'node:path';
import type { FeedbackEvent } from './feedbackEvents';
import { nodeFeedbackFileSystem, type FeedbackFileSystem } from './feedbackFileSystem';
import { parseFeedbackLine } from './feedbackLineReader';

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
