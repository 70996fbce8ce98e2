// Decides whether a completion is worth requesting (the approach Copilot calls a contextual
// filter). It starts from a prior built from public knowledge of what predicts acceptance
// (triggerPrior.ts), learns the user's own habits from every suggestion they see
// (bayesianLogistic.ts), and skips where the fixed rule fires (triggerRule.ts) or below a
// per-user threshold, only as far as an upper bound on the accepts that costs keeps the target
// share of them (triggerGuard.ts). Its whole memory is a few hundred numbers: it persists as
// a small JSON state, and start-up never needs to read the feedback log.
import { BayesianLogistic, type BayesianLogisticState } from './bayesianLogistic';
import type { FeedbackEvent, TriggerFeatures } from './feedbackEvents';
import { completeFromText } from './triggerFeatures';
import { TriggerGuard, type TriggerGuardOptions, type TriggerGuardState } from './triggerGuard';
import { triggerPrior } from './triggerPrior';
import { rulePart } from './triggerRule';
import { encodeTriggerFeatures, LAYOUT_ID, VECTOR_SIZE, type FeatureGroup } from './triggerVector';

export interface AdaptiveTriggerOptions extends TriggerGuardOptions {
  /** flywheel.completion.adaptiveTrigger; when false every request goes ahead. */
  readonly enabled?: boolean;
  /** Feature groups left out (an ablation in bench:trigger). */
  readonly off?: ReadonlySet<FeatureGroup>;
}

export interface TriggerDecision {
  readonly request: boolean;
  /** Predicted chance of acceptance; undefined while off. */
  readonly probability?: number;
  readonly threshold?: number;
  /** The fixed rule fires here: the threshold is the cap while the guard lets the rule skip, else 0. */
  readonly rule?: boolean;
  /** Below the threshold but requested anyway, to keep learning. */
  readonly probe?: boolean;
}

export interface TriggerExample {
  readonly ts: number;
  readonly features: TriggerFeatures;
  readonly accepted: boolean;
}

/** What a trigger persists between sessions; `layout` changes when the feature vector does. */
export interface AdaptiveTriggerState {
  readonly layout: string;
  readonly examples: number;
  readonly model: BayesianLogisticState;
  readonly guard: TriggerGuardState;
}

/** Shown completions that carry features, labelled by whether they were (partly) accepted, oldest first. */
export function triggerExamplesFromLog(events: readonly FeedbackEvent[]): TriggerExample[] {
  const accepted = new Set<string>();
  for (const e of events) {
    if (e.kind === 'completion.accepted' || e.kind === 'completion.partiallyAccepted') accepted.add(e.suggestionId);
  }
  const examples: TriggerExample[] = [];
  for (const e of events) {
    if (e.kind === 'completion.shown' && e.features) {
      const features = e.text ? completeFromText(e.features, e.text.prefix, e.text.suffix) : e.features;
      examples.push({ ts: e.ts, features, accepted: accepted.has(e.suggestionId) });
    }
  }
  return examples.sort((a, b) => a.ts - b.ts);
}

export class AdaptiveTrigger {
  private model: BayesianLogistic;
  private guard: TriggerGuard;
  private readonly x = new Float64Array(VECTOR_SIZE);
  private enabled: boolean;
  private examples: number;

  constructor(
    private readonly options: AdaptiveTriggerOptions = {},
    state?: AdaptiveTriggerState,
  ) {
    const usable = state !== undefined && state.layout === LAYOUT_ID && state.model.mean.length === VECTOR_SIZE;
    this.model = new BayesianLogistic(triggerPrior(), options.memory, usable ? state.model : undefined);
    this.guard = new TriggerGuard(options, usable ? state.guard : undefined);
    this.examples = usable ? state.examples : 0;
    this.enabled = options.enabled ?? true;
  }

  private get maxThreshold(): number {
    return this.options.maxThreshold ?? 0.5;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  /** Forgets everything learned (the user cleared their log): back to the shipped prior. */
  reset(): void {
    this.model = new BayesianLogistic(triggerPrior(), this.options.memory);
    this.guard = new TriggerGuard(this.options);
    this.examples = 0;
  }

  /** True once it may skip anything (on, and the user has rejected a couple of suggestions). */
  get isActive(): boolean {
    return this.enabled && this.guard.open;
  }

  /** Labelled suggestions learned from, ever (the state keeps counting across sessions). */
  get exampleCount(): number {
    return this.examples;
  }

  /** The model's predicted chance that a suggestion here is accepted. */
  probability(features: TriggerFeatures): number {
    return this.model.predict(encodeTriggerFeatures(features, this.x, this.options.off));
  }

  shouldRequest(features: TriggerFeatures): TriggerDecision {
    if (!this.enabled) return { request: true };
    const probability = this.probability(features);
    const part = rulePart(features);
    this.guard.noteDecision(probability, part);
    // Where the rule fires and the guard lets it, skipped unless the model has learned this user
    // accepts there after all.
    const threshold = part ? (this.guard.skipsRule(part) ? this.maxThreshold : 0) : this.guard.threshold;
    const judged = { probability, threshold, ...(part && { rule: true }) };
    if (probability >= threshold) return { request: true, ...judged };
    if (this.guard.probe()) return { request: true, ...judged, probe: true };
    return { request: false, ...judged };
  }

  /** Learns from one shown suggestion's fate (call it only for suggestions the user saw). */
  observe(features: TriggerFeatures, accepted: boolean): void {
    const x = encodeTriggerFeatures(features, this.x, this.options.off);
    const probability = this.model.predict(x);
    this.guard.record(accepted, probability, rulePart(features));
    this.model.update(x, accepted);
    this.examples++;
  }

  /** Learns from a history, oldest first (e.g. a bounded recent sample of the log, once, when no state exists). */
  learnFrom(examples: readonly TriggerExample[]): void {
    for (const e of examples) {
      this.guard.noteDecision(this.probability(e.features), rulePart(e.features));
      this.observe(e.features, e.accepted);
    }
  }

  toState(): AdaptiveTriggerState {
    return { layout: LAYOUT_ID, examples: this.examples, model: this.model.toState(), guard: this.guard.toState() };
  }
}
