// The per-user guard that keeps the trigger from harming. It decides what is skipped, per user,
// so that the share of this user's accepts the skips cost stays under 1 - keepTarget — not on a
// point estimate with a fixed safety margin, but on an upper bound that holds with the stated
// confidence, starts from public data and tightens as the user's own evidence accumulates.
//
// The cost of a skip set is (accepts in it) / (all accepts), from the recent decisions:
//  - where the fixed rule fires (triggerRule.ts), by the user's acceptance rate there: a Beta
//    posterior per part of the rule whose prior is the published rate (10 % after `)`, 7 % after
//    `]`), worth a couple of dozen suggestions. The model's ratings play no part in it: the
//    public evidence is about the contexts as a whole. Each part is skipped whole or not at all,
//    the best backed first, so where the rule's evidence holds the trigger is the rule's equal;
//    a user who accepts there raises the rate and the part is spent no more (back-off);
//  - elsewhere, by the model's ratings kept as a histogram, recalibrated to this user by a line
//    fitted online to what they did with the suggestions shown (Platt scaling, Bayesian:
//    accepted ~ b + a·(logit p - logit 0.3)). A line, because the skipped contexts are seldom
//    seen again: a user who accepts more than predicted at the low end of what is shown tilts
//    it, and that is carried into the skipped range. Ratings too confident is the usual failure,
//    and the skipped range is where it costs, so the skipped bins count at the line's upper bound.
// Skips count at their upper bound (`confidence` for the rule's, the stricter `modelConfidence`
// for the model's), kept suggestions at the mean; the budget goes to
// the rule's parts first, then to the lowest rated of the rest while it lasts.
// It also
//  - opens only once the user has rejected a couple of suggestions: a user who accepts
//    everything is never throttled;
//  - lets a small random share of would-be skips through as probes: a skipped suggestion teaches
//    nothing otherwise, and the skipped range must keep being checked.
import { seededRandom } from '../seededRandom';
import { BayesianLogistic, sigmoid, type BayesianLogisticState } from './bayesianLogistic';
import type { RulePart } from './triggerRule';

export interface TriggerGuardOptions {
  /** Rejections seen before anything is skipped (default 2). */
  readonly minRejections?: number;
  /** Share of would-be skips requested anyway (default 0.05). */
  readonly exploration?: number;
  /** Share of the user's accepts the trigger must keep (default 0.95). */
  readonly keepTarget?: number;
  /** Posterior probability that the cost of the rule's skips stays within the budget (default 0.8). */
  readonly confidence?: number;
  /**
   * The same for the skips outside the rule, on the model's ratings (default 0.95): those rest on
   * the model's extrapolation, not on public data about the contexts, and every replay we have
   * found its low ratings too confident.
   */
  readonly modelConfidence?: number;
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
  /** Decisions where each part of the rule fires (closer, weak), decayed like the histogram. */
  readonly ruleCounts: number[];
  /** The recalibration line's weights: [b, a]. */
  readonly line: BayesianLogisticState;
  /** Shown suggestions in each part's contexts: [closer accepted, closer shown, weak accepted, weak shown] (decayed). */
  readonly rule: number[];
}

/** Probability bins of the decision histogram (width 0.01 up to 0.5; the last holds the rest). */
const BINS = 51;
const BIN_WIDTH = 0.01;
/** The line's ratings are centred on a typical one (30 %): b is the calibrated log-odds there. */
const CENTRE = Math.log(0.3 / 0.7);
/**
 * The recalibration's prior: b (the base rate: the model's own bias follows that too) at 30 %,
 * sd 0.5; a (how much the model's ratings mean for this user, the one that can be wrong in the
 * skipped range) 0.5, sd 0.5: filters of this kind separate accepts from rejects only modestly
 * (AUC 0.6-0.7 in the published replays [CF, ST in triggerPrior.ts]), so ratings far from the
 * average are taken as half as far until the user's outcomes show them to be worth more.
 */
const LINE_PRIOR = { mean: Float64Array.of(CENTRE, 0.5), precision: Float64Array.of(4, 4) };
/**
 * Acceptance in each part of the rule's contexts before any of the user's own outcomes, and how
 * many of their suggestions there that prior is worth. After `)` and `]`: 10 % and 7 % in
 * published telemetry of 21 programmers (35 % overall [ST in triggerPrior.ts]); Beta(1.8, 18.2),
 * sd 0.06, wide enough to cover those two rates and a user unlike them, narrow enough that with
 * these contexts a tenth of the decisions (as in that study) the upper 80 % point (14 %) costs
 * about 4 % of accepts: the rule's strong part is skipped from the first decisions, and a user's
 * own outcomes outweigh the prior after a couple of dozen suggestions there. After `}` and fast
 * mid-word typing, only the direction is public (Copilot's filter weighs `}` -0.71 against `)`
 * -1.00; typed over unread [PF]): 15 %, worth 10 suggestions, so the user's own outcomes decide.
 */
const RULE_PRIORS: Record<RulePart, { readonly rate: number; readonly strength: number }> = {
  closer: { rate: 0.09, strength: 20 },
  weak: { rate: 0.15, strength: 10 },
};
/**
 * A new user's decisions before their own: the study's mix (about one in ten where the rule
 * fires, most after `)` and `]`; the rest accepted 35 % of the time), worth 20 decisions, so
 * that the budget of the first few is not decided by whether a `)` came first. It fades as the
 * user's own decisions come in.
 */
const PRIOR_MIX = { decisions: 20, closer: 0.08, weak: 0.02, rating: 0.35 };
/** The parts in the order the budget is spent on them: the best backed first. */
const RULE_PARTS: readonly RulePart[] = ['closer', 'weak'];
/** Probabilities are clamped to this distance from 0 and 1 before their log-odds are taken. */
const EPSILON = 1e-4;

export class TriggerGuard {
  private rejections: number;
  private readonly counts: Float64Array;
  private readonly mass: Float64Array;
  private readonly ruleCounts: Float64Array;
  private readonly line: BayesianLogistic;
  private readonly rule: Float64Array;
  private readonly point = new Float64Array(2);
  private readonly random: () => number;
  private readonly decay: number;
  private readonly z: number;
  private readonly zModel: number;
  private cachedThreshold = 0;
  private readonly skipsPart = { closer: false, weak: false };
  private dirty = true;

  constructor(
    private readonly options: TriggerGuardOptions = {},
    state?: TriggerGuardState,
  ) {
    const restore = (values: number[] | undefined, length: number) => (values && values.length === length ? Float64Array.from(values) : new Float64Array(length));
    this.rejections = state?.rejections ?? 0;
    this.counts = restore(state?.counts, BINS);
    this.mass = restore(state?.mass, BINS);
    this.ruleCounts = restore(state?.ruleCounts, RULE_PARTS.length);
    if (!state) {
      const { decisions, closer, weak, rating } = PRIOR_MIX;
      const bin = Math.floor(rating / BIN_WIDTH);
      this.counts[bin] = decisions * (1 - closer - weak);
      this.mass[bin] = this.counts[bin] * rating;
      this.ruleCounts[RULE_PARTS.indexOf('closer')] = decisions * closer;
      this.ruleCounts[RULE_PARTS.indexOf('weak')] = decisions * weak;
    }
    this.line = new BayesianLogistic(LINE_PRIOR, options.memory ?? 300, state?.line?.mean.length === 2 ? state.line : undefined);
    this.rule = restore(state?.rule, 2 * RULE_PARTS.length);
    this.random = seededRandom(options.seed ?? 0x5eed);
    this.decay = 1 - 1 / Math.max(1, options.memory ?? 300);
    this.z = normalQuantile(options.confidence ?? 0.8);
    this.zModel = normalQuantile(options.modelConfidence ?? 0.95);
  }

  /** False until the user has rejected enough suggestions for a skip to be worth anything. */
  get open(): boolean {
    return this.rejections >= (this.options.minRejections ?? 2);
  }

  /** Remembers one decision: the model's probability, or the part of the rule that fires there. */
  noteDecision(probability: number, part?: RulePart): void {
    const { counts, mass, ruleCounts, decay } = this;
    for (let i = 0; i < BINS; i++) {
      counts[i] *= decay;
      mass[i] *= decay;
    }
    for (let i = 0; i < ruleCounts.length; i++) ruleCounts[i] *= decay;
    if (part) {
      ruleCounts[RULE_PARTS.indexOf(part)] += 1;
    } else {
      const bin = Math.min(BINS - 1, Math.floor(probability / BIN_WIDTH));
      counts[bin] += 1;
      mass[bin] += probability;
    }
    this.dirty = true;
  }

  /** Whether a suggestion where this part of the rule fires is skipped; false while closed. */
  skipsRule(part: RulePart): boolean {
    this.refresh();
    return this.open && this.skipsPart[part];
  }

  /** Below this probability, any other suggestion is skipped; 0 while closed. */
  get threshold(): number {
    this.refresh();
    return this.open ? this.cachedThreshold : 0;
  }

  /** The user's chance of accepting a suggestion outside the rule's contexts that the model rates `probability`: the line's mean. */
  calibrated(probability: number): number {
    return sigmoid(this.line.score(this.encode(probability)));
  }

  /** The same chance at the line's upper `modelConfidence` bound. */
  upperBound(probability: number): number {
    const x = this.encode(probability);
    return sigmoid(this.line.score(x) + this.zModel * Math.sqrt(this.line.scoreVariance(x)));
  }

  /**
   * The user's acceptance rate in a part of the rule's contexts (the Beta posterior's mean), and
   * its upper `confidence` point (normal approximation). The model's ratings are not used for it:
   * the published rates are about the contexts as a whole.
   */
  ruleRate(part: RulePart): { readonly mean: number; readonly upper: number } {
    const i = RULE_PARTS.indexOf(part);
    const prior = RULE_PRIORS[part];
    const alpha = prior.rate * prior.strength + this.rule[2 * i];
    const n = prior.strength + this.rule[2 * i + 1];
    const mean = alpha / n;
    return { mean, upper: Math.min(1, mean + this.z * Math.sqrt((mean * (1 - mean)) / (n + 1))) };
  }

  /**
   * Spends the budget — keep·(skipped accepts, at their upper bound) ≤ (1 - keep)·(kept accepts,
   * at the mean) — on the rule's parts first, each whole or not at all (the rule's equal where its
   * evidence holds), then on the lowest rated bins of the rest. Computed whether or not the guard
   * is open.
   */
  private refresh(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const keep = this.options.keepTarget ?? 0.95;
    const max = this.options.maxThreshold ?? 0.5;
    const outside = (count: number, mass: number, bound: boolean) => (count <= 0 ? 0 : count * (bound ? this.upperBound(mass / count) : this.calibrated(mass / count)));
    let kept = 0;
    for (let i = 0; i < BINS; i++) kept += outside(this.counts[i], this.mass[i], false);
    for (const [i, part] of RULE_PARTS.entries()) kept += this.ruleCounts[i] * this.ruleRate(part).mean;
    let skipped = 0;
    const fits = (up: number, mean: number) => keep * (skipped + up) <= (1 - keep) * (kept - mean);
    for (const part of RULE_PARTS) this.skipsPart[part] = false;
    for (const [i, part] of RULE_PARTS.entries()) {
      const rate = this.ruleRate(part);
      const up = this.ruleCounts[i] * rate.upper;
      const mean = this.ruleCounts[i] * rate.mean;
      if (!fits(up, mean)) break;
      this.skipsPart[part] = true;
      skipped += up;
      kept -= mean;
    }
    let threshold = 0;
    for (let i = 0; i < BINS - 1 && (i + 1) * BIN_WIDTH <= max + 1e-9; i++) {
      const up = outside(this.counts[i], this.mass[i], true);
      const mean = outside(this.counts[i], this.mass[i], false);
      if (!fits(up, mean)) break;
      skipped += up;
      kept -= mean;
      threshold = (i + 1) * BIN_WIDTH;
    }
    this.cachedThreshold = threshold;
  }

  /** A would-be skip: true when it should be requested anyway, as a probe. */
  probe(): boolean {
    return this.random() < (this.options.exploration ?? 0.05);
  }

  /** One shown suggestion's fate, with the probability the model gave it and the part of the rule that fires there. */
  record(accepted: boolean, probability: number, part?: RulePart): void {
    if (!accepted) this.rejections++;
    if (part) {
      const i = 2 * RULE_PARTS.indexOf(part);
      this.rule[i] = this.rule[i] * this.decay + (accepted ? 1 : 0);
      this.rule[i + 1] = this.rule[i + 1] * this.decay + 1;
    } else {
      this.line.update(this.encode(probability), accepted);
    }
    this.dirty = true;
  }

  private encode(probability: number): Float64Array {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, probability));
    this.point[0] = 1;
    this.point[1] = Math.log(p / (1 - p)) - CENTRE;
    return this.point;
  }

  toState(): TriggerGuardState {
    return {
      rejections: this.rejections,
      counts: [...this.counts],
      mass: [...this.mass],
      ruleCounts: [...this.ruleCounts],
      line: this.line.toState(),
      rule: [...this.rule],
    };
  }
}

/** The standard normal quantile (Abramowitz & Stegun 26.2.23, error under 5e-4). */
export function normalQuantile(p: number): number {
  if (p <= 0 || p >= 1) throw new RangeError(`a probability strictly between 0 and 1, not ${p}`);
  const tail = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(tail));
  const x = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  return p < 0.5 ? -x : x;
}
