// Reads the extension's feedback log (JSONL in its global storage) as the tests see it on disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoggedEvent {
  readonly v: number;
  readonly kind: string;
  readonly id: string;
  readonly ts: number;
  readonly suggestionId: string;
  readonly text?: { prefix?: string; suffix?: string; completion?: string; final?: string };
  readonly [field: string]: unknown;
}

/** The folder Flywheel logs to in a code-server user-data dir. */
function feedbackLogDir(userDataDir: string): string {
  return join(userDataDir, 'User', 'globalStorage', 'flywheel.flywheel', 'feedback');
}

/** Every event in the log, in file and line order. */
export function readFeedbackLog(userDataDir: string): LoggedEvent[] {
  const dir = feedbackLogDir(userDataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LoggedEvent));
}
