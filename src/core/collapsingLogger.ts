// A warning said over and over (a server that fails on every keystroke) buries everything else
// in the log. A warning or error said again, with nothing but debug and trace lines written
// since, is held back and counted for a while; said again after that, it carries the count. A
// line that comes back after another one is news (Ollama up, down, up again) and is always
// written. Info lines are never held back: the audit trail writes one per call sent off this
// machine, and every one must be there.
import type { Logger } from './logger';

export interface CollapsingLoggerOptions {
  /** How long a repeated line is held back after it was written. */
  readonly quietMs?: number;
  readonly now?: () => number;
}

interface Written {
  readonly at: number;
  /** `linesWritten` right after it was written: unchanged means nothing else was said since. */
  readonly mark: number;
  heldBack: number;
}

const defaultQuietMs = 60_000;
/** Lines remembered at most; the oldest are forgotten first (a forgotten line is simply written). */
const maxRemembered = 200;

export function collapsingLogger(inner: Logger, options: CollapsingLoggerOptions = {}): Logger {
  const quietMs = options.quietMs ?? defaultQuietMs;
  const now = options.now ?? (() => performance.now());
  const written = new Map<string, Written>();
  /** Info, warning and error lines written (debug lines come with every request: they are not news). */
  let linesWritten = 0;

  const write = (level: 'warn' | 'error') => (message: string | Error, ...args: unknown[]) => {
    const text = message instanceof Error ? message.message : message;
    const key = `${level} ${text}${args.length > 0 ? ` ${safeJson(args)}` : ''}`;
    const t = now();
    const last = written.get(key);
    if (last && last.mark === linesWritten && t - last.at < quietMs) {
      last.heldBack++;
      return;
    }
    linesWritten++;
    written.delete(key); // re-inserted last: the map's order is the order lines were written
    written.set(key, { at: t, mark: linesWritten, heldBack: 0 });
    if (written.size > maxRemembered) written.delete(written.keys().next().value!);
    const repeats = last?.heldBack ? ` (repeated ${last.heldBack} more ${last.heldBack === 1 ? 'time' : 'times'} before this)` : '';
    if (level === 'error' && message instanceof Error && !repeats) inner.error(message, ...args);
    else inner[level](`${text}${repeats}`, ...args);
  };

  return {
    trace: (message, ...args) => inner.trace(message, ...args),
    debug: (message, ...args) => inner.debug(message, ...args),
    info: (message, ...args) => {
      linesWritten++;
      inner.info(message, ...args);
    },
    warn: write('warn'),
    error: write('error'),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
