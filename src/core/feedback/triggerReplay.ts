// Replays users' histories through the adaptive trigger as if live: each user starts from a fresh
// trigger (the shipped prior), each suggestion is judged before its fate is known, and only a
// suggestion the trigger let through teaches it (a skipped one would never have been seen).
// Compared with always triggering and with a fixed rule, micro-averaged over users.
import { AdaptiveTrigger, type AdaptiveTriggerOptions, type TriggerExample } from './adaptiveTrigger';
import { ruleSkips } from './triggerRule';

export interface Shares {
  /** Share of accepted suggestions still requested. */
  readonly acceptedKept: number;
  /** Share of rejected suggestions skipped. */
  readonly rejectedSkipped: number;
}

export interface UserReplay {
  readonly examples: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly acceptedKept: number;
  readonly rejectedSkipped: number;
  /** Suggestions seen before the trigger could first skip anything. */
  readonly warmup: number;
  /** The probability the trigger gave each suggestion when it decided, and the fate. */
  readonly scores: Float64Array;
  readonly labels: Uint8Array;
  readonly rule: { readonly acceptedKept: number; readonly rejectedSkipped: number };
}

export interface ReplaySummary extends Shares {
  readonly users: number;
  readonly examples: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Mean over users of their warm-up. */
  readonly warmup: number;
  /** Area under the ROC curve of the decision-time probabilities (pooled). */
  readonly auc: number;
  /** Rejected skipped when the pooled probabilities are cut to keep these shares of accepts. */
  readonly curve: ReadonlyArray<{ readonly kept: number; readonly rejectedSkipped: number }>;
  /** The fixed rule: skip after `)`, `]`, `}` or while typing mid-word under 150 ms. */
  readonly rule: Shares;
}

/** One user's history, oldest first, from a fresh trigger. */
export function replayUser(examples: readonly TriggerExample[], options: AdaptiveTriggerOptions = {}): UserReplay {
  const trigger = new AdaptiveTrigger(options);
  const scores = new Float64Array(examples.length);
  const labels = new Uint8Array(examples.length);
  let accepted = 0;
  let acceptedKept = 0;
  let rejectedSkipped = 0;
  let ruleKept = 0;
  let ruleSkipped = 0;
  let warmup = -1;
  let previousTs: number | undefined;
  for (const [i, example] of examples.entries()) {
    // A log without the field: the gap since the previous suggestion stands in for it.
    const features =
      example.features.msSinceOutcome === undefined && previousTs !== undefined
        ? { ...example.features, msSinceOutcome: Math.max(0, example.ts - previousTs) }
        : example.features;
    previousTs = example.ts;
    if (warmup < 0 && trigger.isActive) warmup = i;
    const decision = trigger.shouldRequest(features);
    scores[i] = decision.probability ?? 1;
    labels[i] = example.accepted ? 1 : 0;
    const skippedByRule = ruleSkips(features);
    if (example.accepted) {
      accepted++;
      if (decision.request) acceptedKept++;
      if (!skippedByRule) ruleKept++;
    } else {
      if (!decision.request) rejectedSkipped++;
      if (skippedByRule) ruleSkipped++;
    }
    if (decision.request) trigger.observe(features, example.accepted);
  }
  return {
    examples: examples.length,
    accepted,
    rejected: examples.length - accepted,
    acceptedKept,
    rejectedSkipped,
    warmup: warmup < 0 ? examples.length : warmup,
    scores,
    labels,
    rule: { acceptedKept: ruleKept, rejectedSkipped: ruleSkipped },
  };
}

export const CURVE_POINTS = [0.99, 0.95, 0.9] as const;

/** Micro-averaged shares (every suggestion of every user counts once), pooled AUC and curve. */
export function summarizeReplays(replays: readonly UserReplay[]): ReplaySummary {
  const sum = (pick: (r: UserReplay) => number) => replays.reduce((n, r) => n + pick(r), 0);
  const accepted = sum((r) => r.accepted);
  const rejected = sum((r) => r.rejected);
  const share = (part: number, whole: number, empty: number) => (whole > 0 ? part / whole : empty);
  const scores = new Float64Array(accepted + rejected);
  const labels = new Uint8Array(accepted + rejected);
  let at = 0;
  for (const r of replays) {
    scores.set(r.scores, at);
    labels.set(r.labels, at);
    at += r.examples;
  }
  return {
    users: replays.length,
    examples: accepted + rejected,
    accepted,
    rejected,
    acceptedKept: share(sum((r) => r.acceptedKept), accepted, 1),
    rejectedSkipped: share(sum((r) => r.rejectedSkipped), rejected, 0),
    warmup: replays.length > 0 ? sum((r) => r.warmup) / replays.length : 0,
    auc: rocAuc(scores, labels),
    curve: CURVE_POINTS.map((kept) => ({ kept, rejectedSkipped: skippedAtKept(scores, labels, kept) })),
    rule: { acceptedKept: share(sum((r) => r.rule.acceptedKept), accepted, 1), rejectedSkipped: share(sum((r) => r.rule.rejectedSkipped), rejected, 0) },
  };
}

/** Mann–Whitney AUC: the chance an accepted suggestion scored above a rejected one (ties half). */
export function rocAuc(scores: Float64Array, labels: Uint8Array): number {
  const order = [...scores.keys()].sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && scores[order[j]] === scores[order[i]]) j++;
    const midRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        rankSum += midRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Share of rejected skipped by the lowest cut of `scores` that keeps at least `kept` of the accepted. */
export function skippedAtKept(scores: Float64Array, labels: Uint8Array, kept: number): number {
  const order = [...scores.keys()].sort((a, b) => scores[a] - scores[b]);
  const positives = labels.reduce((n, y) => n + y, 0);
  const negatives = labels.length - positives;
  if (negatives === 0) return 0;
  const allowedLost = Math.floor((1 - kept) * positives + 1e-9);
  let lost = 0;
  let skipped = 0;
  let best = 0;
  for (let i = 0; i < order.length; ) {
    // Skip whole groups of equal score: a threshold cannot split a tie.
    let j = i;
    let groupLost = 0;
    let groupSkipped = 0;
    while (j < order.length && scores[order[j]] === scores[order[i]]) {
      if (labels[order[j]] === 1) groupLost++;
      else groupSkipped++;
      j++;
    }
    if (lost + groupLost > allowedLost) break;
    lost += groupLost;
    skipped += groupSkipped;
    best = skipped;
    i = j;
  }
  return best / negatives;
}
