// The numbers behind the statistics, kept as sums so they can be built incrementally and added
// up: per day, language and model, the suggestions shown / accepted / partly accepted / rejected
// (by cause), retention and latency; chat, proposed-edit review and model-call tallies. Every field is an
// integer (kept shares in millionths, cost in nano-dollars), so adding a file's aggregate and
// taking it away again leaves exactly what was there.
import { RETENTION_INTERVALS_SEC, REVIEW_ORIGINS, type RejectReason, type ReviewOrigin } from './feedbackEvents';
import { histogramFromJson, histogramToJson, mergeHistogram, type Histogram } from './latencyHistogram';

/** The latencies a shown suggestion carries, each kept as a histogram. */
export const COMPLETION_LATENCY_FIELDS = ['ttftMs', 'totalMs', 'ghostMs'] as const;
export type CompletionLatencyField = (typeof COMPLETION_LATENCY_FIELDS)[number];

export const CHAT_ACTIONS = ['thumbsUp', 'thumbsDown', 'copy', 'insert', 'apply', 'regenerate'] as const;
export type ChatAction = (typeof CHAT_ACTIONS)[number];

/** Kept shares and money are summed as integers. */
export const SHARE_UNIT = 1_000_000;
export const COST_UNIT = 1_000_000_000;

export interface RetentionSums {
  /** Per interval of RETENTION_INTERVALS_SEC: suggestions measured, and the sum of their kept shares (× SHARE_UNIT). */
  readonly count: number[];
  readonly kept: number[];
}

export interface CompletionTally {
  shown: number;
  accepted: number;
  partial: number;
  rejected: number;
  readonly rejectedBy: Record<RejectReason, number>;
  readonly retention: RetentionSums;
  readonly latency: Record<CompletionLatencyField, Histogram>;
}

/** One origin's proposed edits (chat's Apply, a refactor). */
export interface ReviewTally {
  shown: number;
  accepted: number;
  rejected: number;
  hunksAccepted: number;
  hunksTotal: number;
  readonly retention: RetentionSums;
}

export interface CallTally {
  count: number;
  errors: number;
  aborted: number;
  tokensIn: number;
  tokensOut: number;
  /** × COST_UNIT */
  cost: number;
  readonly ttftMs: Histogram;
  readonly tpotMs: Histogram;
}

export interface StatisticsAggregate {
  /** Valid events read. */
  events: number;
  readonly completions: CompletionTally;
  /** Keyed by local date YYYY-MM-DD. */
  readonly byDay: Map<string, CompletionTally>;
  readonly byLanguage: Map<string, CompletionTally>;
  readonly byModel: Map<string, CompletionTally>;
  readonly chat: Record<ChatAction, number>;
  readonly reviews: Record<ReviewOrigin, ReviewTally>;
  readonly calls: CallTally;
}

const zeros = () => RETENTION_INTERVALS_SEC.map(() => 0);

function emptyRetention(): RetentionSums {
  return { count: zeros(), kept: zeros() };
}

export function emptyCompletionTally(): CompletionTally {
  return {
    shown: 0, accepted: 0, partial: 0, rejected: 0,
    rejectedBy: { escape: 0, typedOver: 0, replaced: 0 },
    retention: emptyRetention(),
    latency: { ttftMs: new Map(), totalMs: new Map(), ghostMs: new Map() },
  };
}

export function emptyAggregate(): StatisticsAggregate {
  return {
    events: 0,
    completions: emptyCompletionTally(),
    byDay: new Map(),
    byLanguage: new Map(),
    byModel: new Map(),
    chat: { thumbsUp: 0, thumbsDown: 0, copy: 0, insert: 0, apply: 0, regenerate: 0 },
    reviews: Object.fromEntries(REVIEW_ORIGINS.map((origin) => [origin, emptyReviewTally()])) as Record<ReviewOrigin, ReviewTally>,
    calls: { count: 0, errors: 0, aborted: 0, tokensIn: 0, tokensOut: 0, cost: 0, ttftMs: new Map(), tpotMs: new Map() },
  };
}

function emptyReviewTally(): ReviewTally {
  return { shown: 0, accepted: 0, rejected: 0, hunksAccepted: 0, hunksTotal: 0, retention: emptyRetention() };
}

/** The tally of one group, made when first needed. */
export function tallyOf(groups: Map<string, CompletionTally>, key: string): CompletionTally {
  let t = groups.get(key);
  if (!t) {
    t = emptyCompletionTally();
    groups.set(key, t);
  }
  return t;
}

function mergeRetention(into: RetentionSums, other: RetentionSums, sign: number): void {
  for (let i = 0; i < into.count.length; i++) {
    into.count[i] += sign * (other.count[i] ?? 0);
    into.kept[i] += sign * (other.kept[i] ?? 0);
  }
}

export function mergeCompletionTally(into: CompletionTally, other: CompletionTally, sign = 1): void {
  into.shown += sign * other.shown;
  into.accepted += sign * other.accepted;
  into.partial += sign * other.partial;
  into.rejected += sign * other.rejected;
  for (const cause of ['escape', 'typedOver', 'replaced'] as const) into.rejectedBy[cause] += sign * other.rejectedBy[cause];
  mergeRetention(into.retention, other.retention, sign);
  for (const field of COMPLETION_LATENCY_FIELDS) mergeHistogram(into.latency[field], other.latency[field], sign);
}

function mergeGroups(into: Map<string, CompletionTally>, other: Map<string, CompletionTally>, sign: number): void {
  for (const [key, tally] of other) mergeCompletionTally(tallyOf(into, key), tally, sign);
}

/** Adds `other` × sign into `into` (sign −1 takes a file's share back out). */
export function mergeAggregate(into: StatisticsAggregate, other: StatisticsAggregate, sign = 1): void {
  into.events += sign * other.events;
  mergeCompletionTally(into.completions, other.completions, sign);
  mergeGroups(into.byDay, other.byDay, sign);
  mergeGroups(into.byLanguage, other.byLanguage, sign);
  mergeGroups(into.byModel, other.byModel, sign);
  for (const action of CHAT_ACTIONS) into.chat[action] += sign * other.chat[action];
  for (const origin of REVIEW_ORIGINS) {
    const r = into.reviews[origin];
    const o = other.reviews[origin];
    r.shown += sign * o.shown;
    r.accepted += sign * o.accepted;
    r.rejected += sign * o.rejected;
    r.hunksAccepted += sign * o.hunksAccepted;
    r.hunksTotal += sign * o.hunksTotal;
    mergeRetention(r.retention, o.retention, sign);
  }
  const c = into.calls;
  const d = other.calls;
  c.count += sign * d.count;
  c.errors += sign * d.errors;
  c.aborted += sign * d.aborted;
  c.tokensIn += sign * d.tokensIn;
  c.tokensOut += sign * d.tokensOut;
  c.cost += sign * d.cost;
  mergeHistogram(c.ttftMs, d.ttftMs, sign);
  mergeHistogram(c.tpotMs, d.tpotMs, sign);
}

/** True when nothing in the tally is counted (a group emptied by a later event or a subtraction). */
export function isEmptyTally(t: CompletionTally): boolean {
  return (
    t.shown === 0 && t.accepted === 0 && t.partial === 0 && t.rejected === 0 &&
    Object.values(t.rejectedBy).every((n) => n === 0) &&
    t.retention.count.every((n) => n === 0) && t.retention.kept.every((n) => n === 0) &&
    COMPLETION_LATENCY_FIELDS.every((field) => t.latency[field].size === 0)
  );
}

// ---- stored form ------------------------------------------------------------------------
// Compact and plain: arrays instead of objects where a record is repeated thousands of times.

type TallyJson = [number, number, number, number, number, number, number, number[], number[], number[], number[], number[]];

function tallyToJson(t: CompletionTally): TallyJson {
  return [
    t.shown, t.accepted, t.partial, t.rejected, t.rejectedBy.escape, t.rejectedBy.typedOver, t.rejectedBy.replaced,
    t.retention.count, t.retention.kept, histogramToJson(t.latency.ttftMs), histogramToJson(t.latency.totalMs),
    histogramToJson(t.latency.ghostMs),
  ];
}

const ints = (x: unknown, length: number): number[] =>
  Array.from({ length }, (_, i) => (Array.isArray(x) && Number.isInteger(x[i]) ? (x[i] as number) : 0));

function tallyFromJson(json: unknown): CompletionTally {
  const a = Array.isArray(json) ? json : [];
  const n = (i: number) => (Number.isInteger(a[i]) ? (a[i] as number) : 0);
  return {
    shown: n(0), accepted: n(1), partial: n(2), rejected: n(3),
    rejectedBy: { escape: n(4), typedOver: n(5), replaced: n(6) },
    retention: { count: ints(a[7], RETENTION_INTERVALS_SEC.length), kept: ints(a[8], RETENTION_INTERVALS_SEC.length) },
    latency: { ttftMs: histogramFromJson(a[9]), totalMs: histogramFromJson(a[10]), ghostMs: histogramFromJson(a[11]) },
  };
}

function groupsToJson(groups: Map<string, CompletionTally>): Record<string, TallyJson> {
  const out: Record<string, TallyJson> = {};
  for (const [key, tally] of groups) if (!isEmptyTally(tally)) out[key] = tallyToJson(tally);
  return out;
}

function groupsFromJson(json: unknown): Map<string, CompletionTally> {
  const groups = new Map<string, CompletionTally>();
  if (json && typeof json === 'object') for (const [key, value] of Object.entries(json)) groups.set(key, tallyFromJson(value));
  return groups;
}

function reviewToJson(r: ReviewTally): unknown[] {
  return [r.shown, r.accepted, r.rejected, r.hunksAccepted, r.hunksTotal, r.retention.count, r.retention.kept];
}

function reviewFromJson(json: unknown): ReviewTally {
  const r = Array.isArray(json) ? json : [];
  const n = (i: number) => (Number.isInteger(r[i]) ? (r[i] as number) : 0);
  return {
    shown: n(0), accepted: n(1), rejected: n(2), hunksAccepted: n(3), hunksTotal: n(4),
    retention: { count: ints(r[5], RETENTION_INTERVALS_SEC.length), kept: ints(r[6], RETENTION_INTERVALS_SEC.length) },
  };
}

export function aggregateToJson(a: StatisticsAggregate): unknown {
  const c = a.calls;
  return {
    events: a.events,
    completions: tallyToJson(a.completions),
    byDay: groupsToJson(a.byDay),
    byLanguage: groupsToJson(a.byLanguage),
    byModel: groupsToJson(a.byModel),
    chat: CHAT_ACTIONS.map((k) => a.chat[k]),
    reviews: Object.fromEntries(REVIEW_ORIGINS.map((origin) => [origin, reviewToJson(a.reviews[origin])])),
    calls: [c.count, c.errors, c.aborted, c.tokensIn, c.tokensOut, c.cost, histogramToJson(c.ttftMs), histogramToJson(c.tpotMs)],
  };
}

export function aggregateFromJson(json: unknown): StatisticsAggregate {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const chat = ints(o.chat, CHAT_ACTIONS.length);
  const reviews = (o.reviews && typeof o.reviews === 'object' ? o.reviews : {}) as Record<string, unknown>;
  const c = Array.isArray(o.calls) ? o.calls : [];
  const n = (a: unknown[], i: number) => (Number.isInteger(a[i]) ? (a[i] as number) : 0);
  return {
    events: Number.isInteger(o.events) ? (o.events as number) : 0,
    completions: tallyFromJson(o.completions),
    byDay: groupsFromJson(o.byDay),
    byLanguage: groupsFromJson(o.byLanguage),
    byModel: groupsFromJson(o.byModel),
    chat: Object.fromEntries(CHAT_ACTIONS.map((k, i) => [k, chat[i]])) as Record<ChatAction, number>,
    reviews: Object.fromEntries(REVIEW_ORIGINS.map((origin) => [origin, reviewFromJson(reviews[origin])])) as Record<ReviewOrigin, ReviewTally>,
    calls: {
      count: n(c, 0), errors: n(c, 1), aborted: n(c, 2), tokensIn: n(c, 3), tokensOut: n(c, 4), cost: n(c, 5),
      ttftMs: histogramFromJson(c[6]), tpotMs: histogramFromJson(c[7]),
    },
  };
}
