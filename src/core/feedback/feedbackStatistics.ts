// What the log says: acceptance, partial acceptance, retention and latency, overall and by
// language, model and day; plus chat, proposed-edit reviews and model-call tallies. Pure: events in, numbers out.
import { RETENTION_INTERVALS_SEC, REVIEW_ORIGINS, type FeedbackEvent, type RetentionInterval, type ReviewOrigin } from './feedbackEvents';

export type RejectionCause = 'escape' | 'typedOver' | 'replaced';

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
  /** Keyed by local date YYYY-MM-DD, in date order. */
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

/** One completion suggestion's story, joined from its events. */
interface Story {
  language: string;
  model: string;
  day: string;
  /** Has a shown, accepted or rejected event, not only retention. */
  seen: boolean;
  accepted: boolean;
  partial: boolean;
  rejected?: RejectionCause;
  ttftMs?: number;
  totalMs?: number;
  retention: Map<RetentionInterval, number>;
}

export function localDay(ts: number): string {
  const d = new Date(ts);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Nearest-rank percentile of an unsorted list; undefined when empty. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

function latency(values: number[]): LatencySummary {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95) };
}

function ratio(a: number, b: number): number | undefined {
  return b > 0 ? a / b : undefined;
}

function retentionOf(stories: Iterable<{ retention: Map<RetentionInterval, number> }>): Record<RetentionInterval, RetentionSummary> {
  const sums = new Map<RetentionInterval, { n: number; kept: number }>();
  for (const s of stories) {
    for (const [at, distance] of s.retention) {
      const acc = sums.get(at) ?? { n: 0, kept: 0 };
      acc.n++;
      acc.kept += 1 - distance;
      sums.set(at, acc);
    }
  }
  const out = {} as Record<RetentionInterval, RetentionSummary>;
  for (const at of RETENTION_INTERVALS_SEC) {
    const acc = sums.get(at);
    out[at] = acc ? { count: acc.n, meanRetained: acc.kept / acc.n } : { count: 0 };
  }
  return out;
}

function summarize(stories: Story[]): CompletionSummary {
  const rejectedBy: Record<RejectionCause, number> = { escape: 0, typedOver: 0, replaced: 0 };
  let accepted = 0;
  let partial = 0;
  let rejected = 0;
  const ttft: number[] = [];
  const total: number[] = [];
  for (const s of stories) {
    if (s.accepted) accepted++;
    else if (s.partial) partial++;
    if (s.rejected && !s.accepted) {
      rejected++;
      rejectedBy[s.rejected]++;
    }
    if (s.ttftMs !== undefined) ttft.push(s.ttftMs);
    if (s.totalMs !== undefined) total.push(s.totalMs);
  }
  return {
    shown: stories.length,
    accepted,
    partiallyAccepted: partial,
    rejected,
    rejectedBy,
    acceptanceRate: ratio(accepted, stories.length),
    partialRate: ratio(partial, stories.length),
    retention: retentionOf(stories.filter((s) => s.accepted || s.partial)),
    ttftMs: latency(ttft),
    totalMs: latency(total),
  };
}

function groupBy(stories: Story[], key: (s: Story) => string, sortKeys = false): Record<string, CompletionSummary> {
  const groups = new Map<string, Story[]>();
  for (const s of stories) {
    const k = key(s);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const keys = [...groups.keys()];
  if (sortKeys) keys.sort();
  return Object.fromEntries(keys.map((k) => [k, summarize(groups.get(k)!)]));
}

export function computeFeedbackStatistics(events: readonly FeedbackEvent[]): FeedbackStatistics {
  const stories = new Map<string, Story>();
  const story = (e: FeedbackEvent & { suggestionId: string }, seen = true): Story => {
    let s = stories.get(e.suggestionId);
    if (!s) {
      s = { language: e.language ?? 'unknown', model: e.model ?? 'unknown', day: localDay(e.ts), seen: false, accepted: false, partial: false, retention: new Map() };
      stories.set(e.suggestionId, s);
    }
    s.seen ||= seen;
    return s;
  };
  const chat = { thumbsUp: 0, thumbsDown: 0, copy: 0, insert: 0, apply: 0, regenerate: 0 };
  const reviews = new Map(REVIEW_ORIGINS.map((origin) => [origin, new ReviewTally()]));
  const reviewOrigin = new Map<string, ReviewOrigin>();
  const calls = { count: 0, errors: 0, aborted: 0, tokensIn: 0, tokensOut: 0, estimatedCostUsd: 0 };
  const callTtft: number[] = [];
  const callTpot: number[] = [];

  for (const e of events) {
    switch (e.kind) {
      case 'completion.shown': {
        const s = story(e);
        // The shown event is the authority on when and where the suggestion lived.
        s.day = localDay(e.ts);
        s.language = e.language ?? s.language;
        s.model = e.model ?? s.model;
        s.ttftMs = e.ttftMs ?? s.ttftMs;
        s.totalMs = e.totalMs ?? s.totalMs;
        break;
      }
      case 'completion.accepted':
        story(e).accepted = true;
        break;
      case 'completion.partiallyAccepted':
        story(e).partial = true;
        break;
      case 'completion.rejected':
        story(e).rejected = e.reason;
        break;
      case 'completion.retention':
        story(e, false).retention.set(e.atSec, e.distance);
        break;
      case 'chat.thumbsUp':
      case 'chat.thumbsDown':
      case 'chat.copy':
      case 'chat.insert':
      case 'chat.apply':
      case 'chat.regenerate':
        chat[e.kind.slice(5) as keyof typeof chat]++;
        break;
      case 'review.shown':
      case 'review.accepted':
      case 'review.rejected':
        reviewOrigin.set(e.suggestionId, e.origin);
        reviews.get(e.origin)!.add(e);
        break;
      case 'review.retention': {
        const origin = e.origin ?? reviewOrigin.get(e.suggestionId) ?? 'refactor';
        reviews.get(origin)!.retain(e.suggestionId, e.atSec, e.distance);
        break;
      }
      case 'model.call':
        calls.count++;
        if (e.outcome === 'error') calls.errors++;
        if (e.outcome === 'aborted') calls.aborted++;
        calls.tokensIn += e.tokensIn ?? 0;
        calls.tokensOut += e.tokensOut ?? 0;
        calls.estimatedCostUsd += e.estimatedCostUsd ?? 0;
        if (e.ttftMs !== undefined) callTtft.push(e.ttftMs);
        if (e.tpotMs !== undefined) callTpot.push(e.tpotMs);
        break;
    }
  }

  // A story made only of retention events (its shown event pruned) is not a suggestion shown.
  const all = [...stories.values()].filter((s) => s.seen);
  return {
    events: events.length,
    completions: summarize(all),
    byLanguage: groupBy(all, (s) => s.language),
    byModel: groupBy(all, (s) => s.model),
    byDay: groupBy(all, (s) => s.day, true),
    chat,
    reviews: Object.fromEntries([...reviews].map(([origin, tally]) => [origin, tally.summary()])) as Record<ReviewOrigin, ReviewSummary>,
    modelCalls: { ...calls, ttftMs: latency(callTtft), tpotMs: latency(callTpot) },
  };
}

/** One origin's proposals: ids by fate, hunk counts, and retention of what was written. */
class ReviewTally {
  private readonly shown = new Set<string>();
  private readonly accepted = new Set<string>();
  private readonly rejected = new Set<string>();
  private readonly retention = new Map<string, { retention: Map<RetentionInterval, number> }>();
  private hunksAccepted = 0;
  private hunksTotal = 0;

  add(e: Extract<FeedbackEvent, { kind: 'review.shown' | 'review.accepted' | 'review.rejected' }>): void {
    if (e.kind === 'review.shown') this.shown.add(e.suggestionId);
    else if (e.kind === 'review.rejected') this.rejected.add(e.suggestionId);
    else {
      this.accepted.add(e.suggestionId);
      this.hunksAccepted += e.hunksAccepted;
      this.hunksTotal += e.hunksTotal;
    }
  }

  retain(suggestionId: string, atSec: RetentionInterval, distance: number): void {
    const r = this.retention.get(suggestionId) ?? { retention: new Map() };
    r.retention.set(atSec, distance);
    this.retention.set(suggestionId, r);
  }

  summary(): ReviewSummary {
    const shown = new Set([...this.shown, ...this.accepted, ...this.rejected]).size;
    return {
      shown,
      accepted: this.accepted.size,
      rejected: this.rejected.size,
      hunksAccepted: this.hunksAccepted,
      hunksTotal: this.hunksTotal,
      acceptanceRate: ratio(this.accepted.size, shown),
      retention: retentionOf(this.retention.values()),
    };
  }
}
