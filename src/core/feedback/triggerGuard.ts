// The per-user guard that keeps the trigger from harming. It decides the threshold below which a
// suggestion is skipped, per user: the share of this user's accepts that a threshold would skip
// must stay under 1 - keepTarget. How many accepts lie below a threshold is estimated from the
// model's probabilities of recent decisions, recalibrated by what the user actually did with the
// suggestions shown (Platt scaling, fitted online: accepted ~ a·logit(p) + b, starting at a = 1,
// b = 0). A line, not a histogram, because the contexts that matter are the skipped ones, which
// are seldom seen again: when the user accepts more than predicted at the low end of what is
// shown, the fitted line carries that into the skipped range, and the threshold falls. It backs
// off when kept accepts fall.
// The budget is spent on the fixed rule's contexts first (triggerRule.ts: public knowledge of
// where skipping is cheap), lowest predicted first, then what is left on the rest: a user the
// rule suits has its skips before any other, one it does not suit (who accepts after `)`) is
// spared them.
// It also
//  - opens only once the user has rejected a few suggestions: a user who accepts everything is
//    never throttled;
//  - lets a small random share of would-be skips through as probes: a skipped suggestion teaches
//    nothing otherwise, and the low range must keep being checked.
import { seededRandom } from '../seededRandom';
import { BayesianLogistic, type BayesianLogisticState } from './bayesianLogistic';

export interface TriggerGuardOptions {
  /** Rejections seen before anything is skipped (default 3). */
  readonly minRejections?: number;
  /** Share of would-be skips requested anyway (default 0.05). */
  readonly exploration?: number;
  /** Share of the user's accepts the trigger must keep (default 0.95). */
  readonly keepTarget?: number;
  /**
   * Share of accepts held back from the budget (default 0.03). A threshold is the highest of many
   * candidates a noisy estimate allows, so its estimated cost sits on the optimistic side, and
   * contexts once skipped are seen again only through probes: on replays where the prior is
   * wrong about them, kept accepts run 2-3 points below the aim.
   */
  readonly thresholdMargin?: number;
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
  /** The recalibration line's weights: [b, a]. */
  readonly calibration?: BayesianLogisticState;
  /** The decision histogram of the rule's contexts (counts, mass), kept apart from the rest. */
  readonly ruleCounts?: number[];
  readonly ruleMass?: number[];
}

/** Probability bins of the decision histogram (width 0.01 up to 0.5; the last holds the rest). */
const BINS = 51;
const BIN_WIDTH = 0.01;
/**
 * The recalibration's prior: b (a shift of the base rate; the model's own bias follows that
 * too) sd 0.5, a (the model's confidence, the one that can be wrong in the skipped range) sd 0.3.
 */
const CALIBRATION_PRIOR = { mean: Float64Array.of(0, 1), precision: Float64Array.of(4, 11) };
/** Probabilities are clamped to this distance from 0 and 1 before their log-odds are taken. */
const EPSILON = 1e-4;

export class TriggerGuard {
  private rejections: number;
  private readonly counts: Float64Array;
  private readonly mass: Float64Array;
  private readonly calibration: BayesianLogistic;
  private readonly point = new Float64Array(2);
  private readonly ruleCounts: Float64Array;
  private readonly ruleMass: Float64Array;
  private readonly random: () => number;
  private readonly decay: number;
  private cachedThreshold = 0;
  private cachedRuleThreshold = 0;
  private dirty = true;
  private readonly expected = new Float64Array(BINS);
  private readonly ruleExpected = new Float64Array(BINS);

  constructor(
    private readonly options: TriggerGuardOptions = {},
    state?: TriggerGuardState,
  ) {
    const restore = (values: number[] | undefined, length: number) => (values && values.length === length ? Float64Array.from(values) : new Float64Array(length));
    this.rejections = state?.rejections ?? 0;
    this.counts = restore(state?.counts, BINS);
    this.mass = restore(state?.mass, BINS);
    this.calibration = new BayesianLogistic(CALIBRATION_PRIOR, options.memory ?? 300, state?.calibration?.mean.length === 2 ? state.calibration : undefined);
    this.ruleCounts = restore(state?.ruleCounts, BINS);
    this.ruleMass = restore(state?.ruleMass, BINS);
    this.random = seededRandom(options.seed ?? 0x5eed);
    this.decay = 1 - 1 / Math.max(1, options.memory ?? 300);
  }

  /** False until the user has rejected enough suggestions for a skip to be worth anything. */
  get open(): boolean {
    return this.rejections >= (this.options.minRejections ?? 3);
  }

  /** Remembers the probability of one decision, and whether the rule would skip it; the threshold follows the recent ones. */
  noteDecision(probability: number, rule = false): void {
    const { counts, mass, ruleCounts, ruleMass, decay } = this;
    for (let i = 0; i < BINS; i++) {
      counts[i] *= decay;
      mass[i] *= decay;
      ruleCounts[i] *= decay;
      ruleMass[i] *= decay;
    }
    const bin = Math.min(BINS - 1, Math.floor(probability / BIN_WIDTH));
    (rule ? ruleCounts : counts)[bin] += 1;
    (rule ? ruleMass : mass)[bin] += probability;
    this.dirty = true;
  }

  /** Estimated accepts among `count` decisions of mean probability `mass / count`: the model's mean, corrected by outcomes. */
  private expectedAccepts(count: number, mass: number): number {
    if (count <= 0) return 0;
    const predicted = mass / count;
    // Averaged over the line's uncertainty: unsure, the estimate leans toward accepts lost.
    return count * this.calibration.predictAveraged(this.encode(predicted));
  }

  /** Below this probability, a suggestion where the rule fires is skipped; 0 while closed. */
  get ruleThreshold(): number {
    this.refresh();
    return this.cachedRuleThreshold;
  }

  /** Below this probability, any other suggestion is skipped; 0 while closed. */
  get threshold(): number {
    this.refresh();
    return this.cachedThreshold;
  }

  /**
   * Spends the budget of accepts on the rule's contexts first, lowest predicted first (the rule
   * is public knowledge of where skipping is cheap), then what is left on the rest the same way.
   */
  private refresh(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.cachedThreshold = 0;
    this.cachedRuleThreshold = 0;
    if (!this.open) return;
    const keep = this.options.keepTarget ?? 0.95;
    const margin = this.options.thresholdMargin ?? 0.03;
    const max = this.options.maxThreshold ?? 0.5;
    const { expected, ruleExpected } = this;
    let total = 0;
    for (let i = 0; i < BINS; i++) {
      total += ruleExpected[i] = this.expectedAccepts(this.ruleCounts[i], this.ruleMass[i]);
      total += expected[i] = this.expectedAccepts(this.counts[i], this.mass[i]);
    }
    if (total <= 0) return;
    const search = (bins: Float64Array, budget: number, missed: number): { threshold: number; missed: number } => {
      let threshold = 0;
      for (let i = 0; i < BINS - 1 && (i + 1) * BIN_WIDTH <= max + 1e-9; i++) {
        if (missed + bins[i] > budget) break;
        missed += bins[i];
        threshold = (i + 1) * BIN_WIDTH;
      }
      return { threshold, missed };
    };
    const rule = search(ruleExpected, (1 - keep - margin) * total, 0);
    this.cachedRuleThreshold = rule.threshold;
    this.cachedThreshold = search(expected, (1 - keep - margin) * total, rule.missed).threshold;
  }

  /** A would-be skip: true when it should be requested anyway, as a probe. */
  probe(): boolean {
    return this.random() < (this.options.exploration ?? 0.05);
  }

  /** One shown suggestion's fate, with the probability the model gave it. */
  record(accepted: boolean, probability: number): void {
    if (!accepted) this.rejections++;
    this.calibration.update(this.encode(probability), accepted);
    this.dirty = true;
  }

  private encode(probability: number): Float64Array {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, probability));
    this.point[0] = 1;
    this.point[1] = Math.log(p / (1 - p));
    return this.point;
  }

  toState(): TriggerGuardState {
    return {
      rejections: this.rejections,
      counts: [...this.counts],
      mass: [...this.mass],
      calibration: this.calibration.toState(),
      ruleCounts: [...this.ruleCounts],
      ruleMass: [...this.ruleMass],
    };
  }
}
