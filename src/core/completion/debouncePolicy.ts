// How long to wait after a keystroke before asking the model. The wait the user feels is this
// delay plus the model's time, so it stays at the floor (~75 ms) while the model starts answering
// quickly: a request the next keystroke makes useless is aborted at once, and what it cost the
// model is its prompt processing, which its first-token time measures (generation stops with the
// connection, so a long line to write costs nothing extra when aborted). It grows where wasted
// requests are dear: a model slow to start (and one still loading, not yet measured, starts at
// the initial delay); then we wait a little longer than the typist's rhythm, so a burst of keys
// fires once at its end.

export interface DebounceOptions {
  /** Before the model's speed is known. */
  readonly initialMs: number;
  /** The floor, for a fast, idle model. */
  readonly minMs: number;
  readonly maxMs: number;
}

/**
 * Gaps longer than this are pauses (a word thought over), not typing rhythm: keys within a word
 * come 100-300 ms apart, and counting half-second pauses in stretched the debounce to its cap.
 */
const PAUSE_MS = 500;
/** Weight of the newest sample in the moving averages. */
const ALPHA = 0.25;
/** A model whose first token comes within this counts as fast. */
const FAST_MODEL_MS = 500;

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

  /** The model's time to its first token for one completion (request to first token). */
  recordLatency(ms: number): void {
    if (Number.isFinite(ms) && ms >= 0) this.latencyMs = average(this.latencyMs, ms);
  }

  /** The debounce for the next request. */
  delayMs(): number {
    const { initialMs, minMs, maxMs } = this.options;
    if (this.latencyMs === undefined) return Math.round(clamp(initialMs, minMs, maxMs));
    if (this.latencyMs <= FAST_MODEL_MS) return minMs;
    // +15 ms per 100 ms over the fast mark, and at least the typist's rhythm.
    const delay = Math.max(minMs + (this.latencyMs - FAST_MODEL_MS) * 0.15, (this.typingIntervalMs ?? 0) * 1.15);
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
