// How long to wait after a keystroke before asking the model. It starts near 100 ms and adapts:
// a fast typist's next key usually comes within their usual interval, so we wait a little longer
// than that; a slow model makes wasted requests expensive, so we wait more; a fast one, less.

export interface DebounceOptions {
  readonly initialMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

/** Gaps longer than this are pauses, not typing rhythm. */
const PAUSE_MS = 1_000;
/** Weight of the newest sample in the moving averages. */
const ALPHA = 0.25;

export class DebouncePolicy {
  private lastKeystroke: number | undefined;
  private typingIntervalMs: number | undefined;
  private latencyMs: number | undefined;

  constructor(private readonly options: DebounceOptions) {}

  /** A keystroke at `at` (ms, any monotonic clock). */
  recordKeystroke(at: number): void {
    if (this.lastKeystroke !== undefined) {
      const gap = at - this.lastKeystroke;
      if (gap > 0 && gap < PAUSE_MS) this.typingIntervalMs = average(this.typingIntervalMs, gap);
    }
    this.lastKeystroke = at;
  }

  /** The model's time for one completion (request to last token). */
  recordLatency(ms: number): void {
    if (Number.isFinite(ms) && ms >= 0) this.latencyMs = average(this.latencyMs, ms);
  }

  /** The debounce for the next request. */
  delayMs(): number {
    const { initialMs, minMs, maxMs } = this.options;
    // Slightly longer than the typist's rhythm, so a burst of keys fires once at its end.
    let delay = this.typingIntervalMs === undefined ? initialMs : clamp(this.typingIntervalMs * 1.15, minMs, initialMs * 2);
    // A slow model costs more per wasted request; a fast one invites eagerness.
    if (this.latencyMs !== undefined) delay += clamp((this.latencyMs - 400) * 0.1, -50, 120);
    return Math.round(clamp(delay, minMs, maxMs));
  }

  get typingInterval(): number | undefined {
    return this.typingIntervalMs;
  }

  get latency(): number | undefined {
    return this.latencyMs;
  }
}

function average(current: number | undefined, sample: number): number {
  return current === undefined ? sample : current + ALPHA * (sample - current);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
