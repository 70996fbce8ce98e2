// The statistics computed the plainest way, as a reference for the incremental ones: every
// suggestion's events joined by id over the whole list, every latency kept, exact nearest-rank
// percentiles. Slow and memory-hungry on purpose; only for small test logs.
import { RETENTION_INTERVALS_SEC, type FeedbackEvent, type RejectReason } from '../../../src/core/feedback/feedbackEvents';
import { localDay } from '../../../src/core/feedback/feedbackStatistics';

interface Story {
  language: string;
  model: string;
  day: string;
  seen: boolean;
  accepted: boolean;
  partial: boolean;
  rejected?: RejectReason;
  ttft?: number;
  total?: number;
  ghost?: number;
  retention: Map<number, number>;
}

export interface NaiveSummary {
  shown: number;
  accepted: number;
  partial: number;
  rejected: number;
  rejectedBy: Record<RejectReason, number>;
  retention: Record<number, { count: number; mean?: number }>;
  ttftP50?: number;
  ttftP95?: number;
  totalP50?: number;
  ghostP50?: number;
  ghostP95?: number;
}

function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

function summarize(stories: Story[]): NaiveSummary {
  const rejectedBy: Record<RejectReason, number> = { escape: 0, typedOver: 0, replaced: 0 };
  const retention: NaiveSummary['retention'] = {};
  for (const at of RETENTION_INTERVALS_SEC) {
    const kept = stories.filter((s) => (s.accepted || s.partial) && s.retention.has(at)).map((s) => 1 - s.retention.get(at)!);
    retention[at] = kept.length ? { count: kept.length, mean: kept.reduce((a, b) => a + b, 0) / kept.length } : { count: 0 };
  }
  for (const s of stories) if (s.rejected && !s.accepted) rejectedBy[s.rejected]++;
  const ttft = stories.flatMap((s) => (s.ttft === undefined ? [] : [s.ttft]));
  const total = stories.flatMap((s) => (s.total === undefined ? [] : [s.total]));
  const ghost = stories.flatMap((s) => (s.ghost === undefined ? [] : [s.ghost]));
  return {
    shown: stories.length,
    accepted: stories.filter((s) => s.accepted).length,
    partial: stories.filter((s) => !s.accepted && s.partial).length,
    rejected: stories.filter((s) => s.rejected && !s.accepted).length,
    rejectedBy,
    retention,
    ttftP50: percentile(ttft, 50),
    ttftP95: percentile(ttft, 95),
    totalP50: percentile(total, 50),
    ghostP50: percentile(ghost, 50),
    ghostP95: percentile(ghost, 95),
  };
}

function groupBy(stories: Story[], key: (s: Story) => string): Record<string, NaiveSummary> {
  const groups: Record<string, Story[]> = {};
  for (const s of stories) (groups[key(s)] ??= []).push(s);
  return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, summarize(v)]));
}

function reviewTally() {
  return { shown: new Set<string>(), accepted: new Set<string>(), rejected: new Set<string>(), hunksAccepted: 0 };
}

export function naiveStatistics(events: readonly FeedbackEvent[]) {
  const stories = new Map<string, Story>();
  const chat = { thumbsUp: 0, thumbsDown: 0, copy: 0, insert: 0, apply: 0, regenerate: 0 };
  const reviews = { chat: reviewTally(), refactor: reviewTally() };
  const calls = { count: 0, errors: 0, aborted: 0, tokensIn: 0, tokensOut: 0, cost: 0, ttft: [] as number[] };
  for (const e of events) {
    if (e.kind.startsWith('completion.')) {
      const c = e as Extract<FeedbackEvent, { kind: `completion.${string}` }>;
      let s = stories.get(c.suggestionId);
      if (!s) stories.set(c.suggestionId, (s = { language: c.language ?? 'unknown', model: c.model ?? 'unknown', day: localDay(c.ts), seen: false, accepted: false, partial: false, retention: new Map() }));
      if (c.kind !== 'completion.retention') s.seen = true;
      if (c.kind === 'completion.shown') {
        s.day = localDay(c.ts);
        s.language = c.language ?? s.language;
        s.model = c.model ?? s.model;
        s.ttft = c.ttftMs ?? s.ttft;
        s.total = c.totalMs ?? s.total;
        s.ghost = c.ghostMs ?? s.ghost;
      } else if (c.kind === 'completion.accepted') s.accepted = true;
      else if (c.kind === 'completion.partiallyAccepted') s.partial = true;
      else if (c.kind === 'completion.rejected') s.rejected = c.reason;
      else if (c.kind === 'completion.retention') s.retention.set(c.atSec, c.distance);
    } else if (e.kind.startsWith('chat.')) chat[e.kind.slice(5) as keyof typeof chat]++;
    else if (e.kind === 'review.shown') reviews[e.origin].shown.add(e.suggestionId);
    else if (e.kind === 'review.accepted') {
      reviews[e.origin].accepted.add(e.suggestionId);
      reviews[e.origin].hunksAccepted += e.hunksAccepted;
    } else if (e.kind === 'review.rejected') reviews[e.origin].rejected.add(e.suggestionId);
    else if (e.kind === 'model.call') {
      calls.count++;
      if (e.outcome === 'error') calls.errors++;
      if (e.outcome === 'aborted') calls.aborted++;
      calls.tokensIn += e.tokensIn ?? 0;
      calls.tokensOut += e.tokensOut ?? 0;
      calls.cost += e.estimatedCostUsd ?? 0;
      if (e.ttftMs !== undefined) calls.ttft.push(e.ttftMs);
    }
  }
  const seen = [...stories.values()].filter((s) => s.seen);
  return {
    completions: summarize(seen),
    byLanguage: groupBy(seen, (s) => s.language),
    byModel: groupBy(seen, (s) => s.model),
    byDay: groupBy(seen, (s) => s.day),
    chat,
    reviews: Object.fromEntries(Object.entries(reviews).map(([origin, r]) => [origin, {
      shown: new Set([...r.shown, ...r.accepted, ...r.rejected]).size,
      accepted: r.accepted.size,
      rejected: r.rejected.size,
      hunksAccepted: r.hunksAccepted,
    }])),
    calls: { ...calls, ttftP50: percentile(calls.ttft, 50) },
  };
}
