// The per-user guard that keeps the trigger from harming. It decides the threshold below which a
// suggestion is skipped, per user: the share of this user's accepts that a threshold would skip
// must stay under 1 - keepTarget. How many accepts lie below a threshold is estimated from the
// model's probabilities of recent decisions, corrected by what the user actually did with shown
// suggestions of the same predicted range (histogram-binning calibration, Zadrozny & Elkan,
// KDD 2002, with the model's own probability as the prior of each bin). So when suggestions the
// model rated low are accepted anyway, the threshold falls: it backs off when kept accepts fall.
// It also
//  - opens only once the user has rejected a few suggestions: a user who accepts everything is
//    never throttled;
//  - lets a small random share of would-be skips through as probes: a skipped suggestion teaches
//    nothing otherwise, and the low range must keep being checked.
import { seededRandom } from '../seededRandom';

export interface TriggerGuardOptions {
  /** Rejections seen before anything is skipped (default 3). */
  readonly minRejections?: number;
  /** Share of would-be skips requested anyway (default 0.05). */
  readonly exploration?: number;
  /**
   * Share of the user's accepts the trigger aims to keep (default 0.98). The goal is 0.95; the
   * estimate runs 2-3 points optimistic on replays (the highest threshold a noisy estimate
   * allows sits on its optimistic side), so the aim is set that much above.
   */
  readonly keepTarget?: number;
  /** Never skip a suggestion predicted at least this likely to be accepted (default 0.5). */
  readonly maxThreshold?: number;
  /** About how many recent decisions the guard's counts are made of (default 300). */
  readonly memory?: number;
  readonly seed?: number;
}

export interface TriggerGuardState {
  readonly rejections: number;
  readonly counts: number[];
  readonly mass: number[];
  readonly seen: number[];
  readonly seenAccepted: number[];
}

/** Probability bins of the decision histogram (width 0.01 up to 0.5; the last holds the rest). */
const BINS = 51;
const BIN_WIDTH = 0.01;
/** Calibration bins (upper edges): outcomes are too few for the fine bins. */
const CALIBRATION_EDGES = [0.05, 0.1, 0.15, 0.2, 0.3, 0.5, Infinity];
/** The model's probability counts as this many outcomes in each calibration bin. */
const PRIOR_WEIGHT = 5;

function calibrationBin(probability: number): number {
  let i = 0;
  while (probability >= CALIBRATION_EDGES[i]) i++;
  return i;
}

export class TriggerGuard {
  private rejections: number;
  private readonly counts: Float64Array;
  private readonly mass: Float64Array;
  private readonly seen: Float64Array;
  private readonly seenAccepted: Float64Array;
  private readonly random: () => number;
  private readonly decay: number;
  private cachedThreshold = 0;
  private dirty = true;
  private readonly expected = new Float64Array(BINS);

  constructor(
    private readonly options: TriggerGuardOptions = {},
    state?: TriggerGuardState,
  ) {
    const restore = (values: number[] | undefined, length: number) => (values && values.length === length ? Float64Array.from(values) : new Float64Array(length));
    this.rejections = state?.rejections ?? 0;
    this.counts = restore(state?.counts, BINS);
    this.mass = restore(state?.mass, BINS);
    this.seen = restore(state?.seen, CALIBRATION_EDGES.length);
    this.seenAccepted = restore(state?.seenAccepted, CALIBRATION_EDGES.length);
    this.random = seededRandom(options.seed ?? 0x5eed);
    this.decay = 1 - 1 / Math.max(1, options.memory ?? 300);
  }

  /** False until the user has rejected enough suggestions for a skip to be worth anything. */
  get open(): boolean {
    return this.rejections >= (this.options.minRejections ?? 3);
  }

  /** Remembers the probability of one decision; the threshold follows the recent ones. */
  noteDecision(probability: number): void {
    const { counts, mass, decay } = this;
    for (let i = 0; i < BINS; i++) {
      counts[i] *= decay;
      mass[i] *= decay;
    }
    const bin = Math.min(BINS - 1, Math.floor(probability / BIN_WIDTH));
    counts[bin] += 1;
    mass[bin] += probability;
    this.dirty = true;
  }

  /** Estimated acceptance of the decisions in fine bin `i`: the model's mean, corrected by outcomes. */
  private expectedAccepts(i: number): number {
    if (this.counts[i] <= 0) return 0;
    const predicted = this.mass[i] / this.counts[i];
    const c = calibrationBin(predicted);
    const rate = (this.seenAccepted[c] + PRIOR_WEIGHT * predicted) / (this.seen[c] + PRIOR_WEIGHT);
    return this.counts[i] * rate;
  }

  /** The highest threshold whose skips cost at most 1 - keepTarget of the expected accepts; 0 while closed. */
  get threshold(): number {
    if (!this.open) return 0;
    if (!this.dirty) return this.cachedThreshold;
    const keep = this.options.keepTarget ?? 0.98;
    const max = this.options.maxThreshold ?? 0.5;
    const expected = this.expected;
    let total = 0;
    for (let i = 0; i < BINS; i++) total += expected[i] = this.expectedAccepts(i);
    let missed = 0;
    let threshold = 0;
    for (let i = 0; i < BINS - 1 && (i + 1) * BIN_WIDTH <= max + 1e-9; i++) {
      missed += expected[i];
      if (total <= 0 || missed > (1 - keep) * total) break;
      threshold = (i + 1) * BIN_WIDTH;
    }
    this.cachedThreshold = threshold;
    this.dirty = false;
    return threshold;
  }

  /** A would-be skip: true when it should be requested anyway, as a probe. */
  probe(): boolean {
    return this.random() < (this.options.exploration ?? 0.05);
  }

  /** One shown suggestion's fate, with the probability the model gave it. */
  record(accepted: boolean, probability: number): void {
    if (!accepted) this.rejections++;
    for (let i = 0; i < this.seen.length; i++) {
      this.seen[i] *= this.decay;
      this.seenAccepted[i] *= this.decay;
    }
    const c = calibrationBin(probability);
    this.seen[c] += 1;
    if (accepted) this.seenAccepted[c] += 1;
    this.dirty = true;
  }

  toState(): TriggerGuardState {
    return { rejections: this.rejections, counts: [...this.counts], mass: [...this.mass], seen: [...this.seen], seenAccepted: [...this.seenAccepted] };
  }
}
