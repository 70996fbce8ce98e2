// What the log says: acceptance, partial acceptance, retention and latency, overall and by
// language, model and day; plus chat, proposed-edit reviews and model-call tallies. The numbers are read off
// a StatisticsAggregate (kept incrementally beside the log, see statisticsIndex.ts);
// computeFeedbackStatistics folds a list of events for tests and small logs.
import { RETENTION_INTERVALS_SEC, REVIEW_ORIGINS, type FeedbackEvent, type RetentionInterval, type ReviewOrigin } from './feedbackEvents';
import { histogramCount, histogramPercentiles, type Histogram } from './latencyHistogram';
import {
  COST_UNIT, SHARE_UNIT, emptyAggregate, isEmptyTally, type CompletionTally, type RetentionSums, type ReviewTally, type StatisticsAggregate,
} from './statisticsAggregate';
import { StatisticsFold } from './statisticsFold';

export { localDay } from './statisticsFold';

export type RejectionCause = 'escape' | 'typedOver' | 'replaced';

/** Percentiles are read from a histogram: within 1.6 % of the exact value (exact under 64 ms). */
export interface LatencySummary {
  readonly count: number;
  readonly p50?: number;
  readonly p95?: number;
}

export interface RetentionSummary {
  readonly count: number;
  /** Mean of 1 − distance: the share of accepted text still there. */
  readonly meanRetained?: number;
}

export interface CompletionSummary {
  readonly shown: number;
  readonly accepted: number;
  readonly partiallyAccepted: number;
  readonly rejected: number;
  readonly rejectedBy: Readonly<Record<RejectionCause, number>>;
  /** accepted ÷ shown */
  readonly acceptanceRate?: number;
  /** suggestions partly but not fully accepted ÷ shown */
  readonly partialRate?: number;
  readonly retention: Readonly<Record<RetentionInterval, RetentionSummary>>;
  readonly ttftMs: LatencySummary;
  readonly totalMs: LatencySummary;
  /** Keystroke to ghost text: what the user waited (totalMs is the model's part). */
  readonly ghostMs: LatencySummary;
}

export interface ReviewSummary {
  readonly shown: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly hunksAccepted: number;
  readonly hunksTotal: number;
  readonly acceptanceRate?: number;
  readonly retention: Readonly<Record<RetentionInterval, RetentionSummary>>;
}

export interface FeedbackStatistics {
  readonly events: number;
  readonly completions: CompletionSummary;
  readonly byLanguage: Readonly<Record<string, CompletionSummary>>;
  readonly byModel: Readonly<Record<string, CompletionSummary>>;
  /** Keyed by local date YYYY-MM-DD, in date order. Counts and retention only (no latency). */
  readonly byDay: Readonly<Record<string, CompletionSummary>>;
  readonly chat: Readonly<Record<'thumbsUp' | 'thumbsDown' | 'copy' | 'insert' | 'apply' | 'regenerate', number>>;
  /** Proposed edits (chat's Apply, refactors) by where they came from. */
  readonly reviews: Readonly<Record<ReviewOrigin, ReviewSummary>>;
  readonly modelCalls: {
    readonly count: number;
    readonly errors: number;
    readonly aborted: number;
    readonly tokensIn: number;
    readonly tokensOut: number;
    readonly estimatedCostUsd: number;
    readonly ttftMs: LatencySummary;
    readonly tpotMs: LatencySummary;
  };
}

function latency(h: Histogram): LatencySummary {
  const [p50, p95] = histogramPercentiles(h, [50, 95]);
  return { count: histogramCount(h), p50, p95 };
}

function ratio(a: number, b: number): number | undefined {
  return b > 0 ? a / b : undefined;
}

function retentionOf(sums: RetentionSums): Record<RetentionInterval, RetentionSummary> {
  const out = {} as Record<RetentionInterval, RetentionSummary>;
  RETENTION_INTERVALS_SEC.forEach((at, i) => {
    const n = sums.count[i] ?? 0;
    out[at] = n > 0 ? { count: n, meanRetained: (sums.kept[i] ?? 0) / n / SHARE_UNIT } : { count: 0 };
  });
  return out;
}

function summarize(t: CompletionTally): CompletionSummary {
  return {
    shown: t.shown,
    accepted: t.accepted,
    partiallyAccepted: t.partial,
    rejected: t.rejected,
    rejectedBy: { ...t.rejectedBy },
    acceptanceRate: ratio(t.accepted, t.shown),
    partialRate: ratio(t.partial, t.shown),
    retention: retentionOf(t.retention),
    ttftMs: latency(t.latency.ttftMs),
    totalMs: latency(t.latency.totalMs),
    ghostMs: latency(t.latency.ghostMs),
  };
}

/** Groups with something in them, the most shown first (days: in date order). */
function groups(tallies: Map<string, CompletionTally>, byDate = false): Record<string, CompletionSummary> {
  const kept = [...tallies].filter(([, t]) => !isEmptyTally(t));
  if (byDate) kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  else kept.sort(([a, x], [b, y]) => y.shown - x.shown || (a < b ? -1 : 1));
  return Object.fromEntries(kept.map(([key, t]) => [key, summarize(t)]));
}

export function statisticsFromAggregate(a: StatisticsAggregate): FeedbackStatistics {
  const c = a.calls;
  return {
    events: a.events,
    completions: summarize(a.completions),
    byLanguage: groups(a.byLanguage),
    byModel: groups(a.byModel),
    byDay: groups(a.byDay, true),
    chat: { ...a.chat },
    reviews: Object.fromEntries(REVIEW_ORIGINS.map((origin) => [origin, reviewSummary(a.reviews[origin])])) as Record<ReviewOrigin, ReviewSummary>,
    modelCalls: {
      count: c.count,
      errors: c.errors,
      aborted: c.aborted,
      tokensIn: c.tokensIn,
      tokensOut: c.tokensOut,
      estimatedCostUsd: c.cost / COST_UNIT,
      ttftMs: latency(c.ttftMs),
      tpotMs: latency(c.tpotMs),
    },
  };
}

function reviewSummary(r: ReviewTally): ReviewSummary {
  return {
    shown: r.shown,
    accepted: r.accepted,
    rejected: r.rejected,
    hunksAccepted: r.hunksAccepted,
    hunksTotal: r.hunksTotal,
    acceptanceRate: ratio(r.accepted, r.shown),
    retention: retentionOf(r.retention),
  };
}

/** The statistics of a list of events, in the order given (as they were written). */
export function computeFeedbackStatistics(events: readonly FeedbackEvent[]): FeedbackStatistics {
  const aggregate = emptyAggregate();
  const fold = new StatisticsFold();
  for (const e of events) fold.add(e, aggregate, '');
  return statisticsFromAggregate(aggregate);
}
