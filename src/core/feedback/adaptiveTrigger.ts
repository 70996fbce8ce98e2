// Decides whether a completion is worth requesting, from the user's own shown/accepted history
// (the approach Copilot calls a contextual filter). Neutral until it has seen enough, and
// calibrated so that it keeps nearly every suggestion the user would have accepted.
import type { FeedbackEvent, TriggerFeatures } from './feedbackEvents';
import { LogisticModel, type LabelledExample } from './logisticModel';
import { FEATURE_COUNT, featureVector } from './triggerFeatures';

export interface AdaptiveTriggerOptions {
  /** flywheel.completion.adaptiveTrigger; when false every request goes ahead. */
  readonly enabled?: boolean;
  /** Labelled examples needed before it decides anything (default 150). */
  readonly minExamples?: number;
  /** …of which at least this many accepted and this many not (default 15). */
  readonly minPerClass?: number;
  /** Share of past accepted suggestions the threshold must keep (default 0.97). */
  readonly keepAccepted?: number;
  /** The threshold never goes above this probability (default 0.5). */
  readonly maxThreshold?: number;
  /** Retrain after this many new examples (default 50). */
  readonly retrainEvery?: number;
  /** Keep at most this many recent examples (default 5000). */
  readonly window?: number;
}

export interface TriggerDecision {
  readonly request: boolean;
  /** Predicted chance of acceptance; undefined while neutral or off. */
  readonly probability?: number;
  readonly threshold?: number;
}

export interface TriggerExample {
  readonly ts: number;
  readonly features: TriggerFeatures;
  readonly accepted: boolean;
}

/** Shown completions that carry features, labelled by whether they were (partly) accepted. */
export function triggerExamplesFromLog(events: readonly FeedbackEvent[]): TriggerExample[] {
  const accepted = new Set<string>();
  for (const e of events) {
    if (e.kind === 'completion.accepted' || e.kind === 'completion.partiallyAccepted') accepted.add(e.suggestionId);
  }
  const examples: TriggerExample[] = [];
  for (const e of events) {
    if (e.kind === 'completion.shown' && e.features) {
      examples.push({ ts: e.ts, features: e.features, accepted: accepted.has(e.suggestionId) });
    }
  }
  return examples.sort((a, b) => a.ts - b.ts);
}

export class AdaptiveTrigger {
  private readonly examples: LabelledExample[] = [];
  private model: LogisticModel | undefined;
  private threshold = 0;
  private sinceTraining = 0;
  private enabled: boolean;

  constructor(private readonly options: AdaptiveTriggerOptions = {}) {
    this.enabled = options.enabled ?? true;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
  }

  /** True once it has learned enough to skip anything. */
  get isActive(): boolean {
    return this.enabled && this.model !== undefined;
  }

  get exampleCount(): number {
    return this.examples.length;
  }

  shouldRequest(features: TriggerFeatures): TriggerDecision {
    if (!this.enabled || !this.model) return { request: true };
    const probability = this.model.predict(featureVector(features));
    return { request: probability >= this.threshold, probability, threshold: this.threshold };
  }

  /** Learns from one suggestion's fate; retrains in batches. */
  observe(features: TriggerFeatures, accepted: boolean): void {
    this.examples.push({ x: featureVector(features), y: accepted ? 1 : 0 });
    const window = this.options.window ?? 5000;
    if (this.examples.length > window) this.examples.splice(0, this.examples.length - window);
    if (++this.sinceTraining >= (this.options.retrainEvery ?? 50)) this.retrain();
  }

  /** Loads a history (e.g. the log read at start-up) and trains once. */
  learnFrom(examples: readonly TriggerExample[]): void {
    for (const e of examples) this.examples.push({ x: featureVector(e.features), y: e.accepted ? 1 : 0 });
    const window = this.options.window ?? 5000;
    if (this.examples.length > window) this.examples.splice(0, this.examples.length - window);
    this.retrain();
  }

  retrain(): void {
    this.sinceTraining = 0;
    const positives = this.examples.filter((e) => e.y === 1);
    const negatives = this.examples.length - positives.length;
    const minPerClass = this.options.minPerClass ?? 15;
    if (this.examples.length < (this.options.minExamples ?? 150) || positives.length < minPerClass || negatives < minPerClass) {
      this.model = undefined;
      return;
    }
    const model = new LogisticModel(FEATURE_COUNT);
    model.fit(this.examples);
    // Calibrate on the accepted examples: skip only below what the lowest few percent scored.
    const scores = positives.map((e) => model.predict(e.x)).sort((a, b) => a - b);
    const keep = this.options.keepAccepted ?? 0.97;
    const cut = scores[Math.floor((1 - keep) * scores.length)] ?? 0;
    this.threshold = Math.min(cut, this.options.maxThreshold ?? 0.5);
    this.model = model;
  }
}
