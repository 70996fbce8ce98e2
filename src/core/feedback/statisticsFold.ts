// Folds log events into a StatisticsAggregate one at a time, in the order they were written.
// A suggestion's fate arrives in several events (shown, accepted or rejected, retention minutes
// later), so each suggestion still open is kept as a story: an event takes the story's share
// out of the aggregate, changes the story, and puts the new share back. Stories are forgotten
// once their window has seen nothing of them for a long while, or once the window is gone, so
// the fold's memory is bounded by recent activity, never by the size of the log, and its state
// can be saved and resumed.
import type { FeedbackEvent, RejectReason, RetentionInterval, ReviewOrigin } from './feedbackEvents';
import { RETENTION_INTERVALS_SEC } from './feedbackEvents';
import { addToHistogram } from './latencyHistogram';
import {
  COMPLETION_LATENCY_FIELDS, COST_UNIT, SHARE_UNIT, tallyOf, type CompletionLatencyField, type RetentionSums, type StatisticsAggregate,
} from './statisticsAggregate';

/**
 * Events of one suggestion further apart than this start a new story. Retention is measured
 * up to 10 minutes after acceptance; hours cover a suggestion left on screen over lunch.
 */
export const STORY_HORIZON_MS = 6 * 60 * 60 * 1000;

interface CompletionStory {
  day: string;
  language: string;
  model: string;
  /** Has a shown, accepted, partial or rejected event, not only retention. */
  seen: boolean;
  accepted: boolean;
  partial: boolean;
  rejected: RejectReason | null;
  readonly latency: Partial<Record<CompletionLatencyField, number>>;
  /** Kept share × SHARE_UNIT per retention interval; null until measured. */
  readonly retention: (number | null)[];
  lastTs: number;
  readonly series: string;
}

interface ReviewStory {
  origin: ReviewOrigin;
  shown: boolean;
  accepted: boolean;
  rejected: boolean;
  readonly retention: (number | null)[];
  lastTs: number;
  readonly series: string;
}

/** What a fold carries from one batch of events to the next: the open stories and each window's clock. */
export interface FoldState {
  readonly completions: Record<string, CompletionStory>;
  readonly reviews: Record<string, ReviewStory>;
  /** Newest event time seen per series (one series per window). */
  readonly clocks: Record<string, number>;
}

export function localDay(ts: number): string {
  const d = new Date(ts);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const intervalIndex = new Map<RetentionInterval, number>(RETENTION_INTERVALS_SEC.map((at, i) => [at, i]));

function keptShare(distance: number): number {
  return Math.round((1 - distance) * SHARE_UNIT);
}

function applyRetention(into: RetentionSums, retention: readonly (number | null)[], sign: number): void {
  for (let i = 0; i < retention.length; i++) {
    const kept = retention[i];
    if (kept === null || kept === undefined) continue;
    into.count[i] += sign;
    into.kept[i] += sign * kept;
  }
}

/** One window's open stories and the newest event time seen in it. */
interface SeriesState {
  clock: number;
  readonly completions: Map<string, CompletionStory>;
  readonly reviews: Map<string, ReviewStory>;
}

export class StatisticsFold {
  /** Open stories by suggestion id, for the events that continue them. */
  private readonly completions = new Map<string, CompletionStory>();
  private readonly reviews = new Map<string, ReviewStory>();
  /** The same stories by window, so a window's stories are swept or ended without a scan of all. */
  private readonly series = new Map<string, SeriesState>();

  constructor(state?: FoldState) {
    for (const [id, s] of Object.entries(state?.completions ?? {})) this.adopt(this.completions, 'completions', id, s);
    for (const [id, s] of Object.entries(state?.reviews ?? {})) this.adopt(this.reviews, 'reviews', id, s);
    for (const [name, clock] of Object.entries(state?.clocks ?? {})) this.seriesState(name).clock = clock;
  }

  /** Stories still open, for tests and the memory bound. */
  get openStories(): number {
    return this.completions.size + this.reviews.size;
  }

  /** Adds one event (from a file of `series`) to `into`. */
  add(e: FeedbackEvent, into: StatisticsAggregate, series: string): void {
    into.events++;
    const state = this.seriesState(series);
    if (state.clock < e.ts) state.clock = e.ts;
    switch (e.kind) {
      case 'completion.shown':
      case 'completion.accepted':
      case 'completion.partiallyAccepted':
      case 'completion.rejected':
      case 'completion.retention': {
        const s = this.completionStory(e, series);
        applyCompletion(s, -1, into);
        if (e.kind === 'completion.shown') {
          // The shown event is the authority on when and where the suggestion lived.
          s.day = localDay(e.ts);
          s.language = e.language ?? s.language;
          s.model = e.model ?? s.model;
          for (const field of COMPLETION_LATENCY_FIELDS) if (e[field] !== undefined) s.latency[field] = e[field];
        } else if (e.kind === 'completion.accepted') s.accepted = true;
        else if (e.kind === 'completion.partiallyAccepted') s.partial = true;
        else if (e.kind === 'completion.rejected') s.rejected = e.reason;
        else s.retention[intervalIndex.get(e.atSec)!] = keptShare(e.distance);
        if (e.kind !== 'completion.retention') s.seen = true;
        s.lastTs = Math.max(s.lastTs, e.ts);
        applyCompletion(s, +1, into);
        break;
      }
      case 'chat.thumbsUp':
      case 'chat.thumbsDown':
      case 'chat.copy':
      case 'chat.insert':
      case 'chat.apply':
      case 'chat.regenerate':
        into.chat[e.kind.slice(5) as keyof StatisticsAggregate['chat']]++;
        break;
      case 'review.shown':
      case 'review.accepted':
      case 'review.rejected':
      case 'review.retention': {
        const s = this.reviewStory(e.suggestionId, e.ts, series, e.origin);
        applyReview(s, -1, into);
        // Retention may not say where the proposal came from: the story's other events do.
        if (e.origin) s.origin = e.origin;
        if (e.kind === 'review.shown') s.shown = true;
        else if (e.kind === 'review.accepted') {
          s.accepted = true;
          into.reviews[s.origin].hunksAccepted += e.hunksAccepted;
          into.reviews[s.origin].hunksTotal += e.hunksTotal;
        } else if (e.kind === 'review.rejected') s.rejected = true;
        else s.retention[intervalIndex.get(e.atSec)!] = keptShare(e.distance);
        s.lastTs = Math.max(s.lastTs, e.ts);
        applyReview(s, +1, into);
        break;
      }
      case 'model.call': {
        const c = into.calls;
        c.count++;
        if (e.outcome === 'error') c.errors++;
        if (e.outcome === 'aborted') c.aborted++;
        c.tokensIn += e.tokensIn ?? 0;
        c.tokensOut += e.tokensOut ?? 0;
        c.cost += Math.round((e.estimatedCostUsd ?? 0) * COST_UNIT);
        if (e.ttftMs !== undefined) addToHistogram(c.ttftMs, e.ttftMs);
        if (e.tpotMs !== undefined) addToHistogram(c.tpotMs, e.tpotMs);
        break;
      }
    }
  }

  /**
   * Forgets the stories of `series` that its window has moved on well past. Which stories are
   * dropped, and when, never changes a result: a later event of a dropped story would be past
   * the horizon, so it would start a new story anyway.
   */
  sweep(series: string): void {
    const state = this.series.get(series);
    if (!state) return;
    const stale = (s: { lastTs: number }) => state.clock - s.lastTs > 2 * STORY_HORIZON_MS;
    for (const [id, s] of state.completions) if (stale(s)) this.forget(this.completions, state.completions, id, s);
    for (const [id, s] of state.reviews) if (stale(s)) this.forget(this.reviews, state.reviews, id, s);
    if (state.completions.size + state.reviews.size === 0) this.series.delete(series);
  }

  /** A window that will write no more: its open stories are done. */
  endSeries(series: string): void {
    const state = this.series.get(series);
    if (!state) return;
    for (const [id, s] of state.completions) this.forget(this.completions, state.completions, id, s);
    for (const [id, s] of state.reviews) this.forget(this.reviews, state.reviews, id, s);
    this.series.delete(series);
  }

  /** Series with open stories. */
  openSeries(): Set<string> {
    return new Set([...this.series].filter(([, s]) => s.completions.size + s.reviews.size > 0).map(([name]) => name));
  }

  state(): FoldState {
    const clocks: Record<string, number> = {};
    for (const [name, s] of this.series) if (s.completions.size + s.reviews.size > 0) clocks[name] = s.clock;
    return { completions: Object.fromEntries(this.completions), reviews: Object.fromEntries(this.reviews), clocks };
  }

  private seriesState(name: string): SeriesState {
    let state = this.series.get(name);
    if (!state) {
      state = { clock: -Infinity, completions: new Map(), reviews: new Map() };
      this.series.set(name, state);
    }
    return state;
  }

  private adopt<S extends { series: string }>(byId: Map<string, S>, kind: 'completions' | 'reviews', id: string, story: S): void {
    const previous = byId.get(id);
    if (previous) (this.series.get(previous.series)?.[kind] as unknown as Map<string, S> | undefined)?.delete(id);
    byId.set(id, story);
    (this.seriesState(story.series)[kind] as unknown as Map<string, S>).set(id, story);
  }

  private forget<S>(byId: Map<string, S>, inSeries: Map<string, S>, id: string, story: S): void {
    inSeries.delete(id);
    if (byId.get(id) === story) byId.delete(id);
  }

  private completionStory(e: FeedbackEvent & { suggestionId: string }, series: string): CompletionStory {
    const open = this.completions.get(e.suggestionId);
    if (open && e.ts - open.lastTs <= STORY_HORIZON_MS) return open;
    const s: CompletionStory = {
      day: localDay(e.ts), language: e.language ?? 'unknown', model: e.model ?? 'unknown',
      seen: false, accepted: false, partial: false, rejected: null,
      latency: {}, retention: RETENTION_INTERVALS_SEC.map(() => null), lastTs: e.ts, series,
    };
    this.adopt(this.completions, 'completions', e.suggestionId, s);
    return s;
  }

  private reviewStory(id: string, ts: number, series: string, origin: ReviewOrigin | undefined): ReviewStory {
    const open = this.reviews.get(id);
    if (open && ts - open.lastTs <= STORY_HORIZON_MS) return open;
    const s: ReviewStory = {
      origin: origin ?? 'refactor', shown: false, accepted: false, rejected: false, retention: RETENTION_INTERVALS_SEC.map(() => null), lastTs: ts, series,
    };
    this.adopt(this.reviews, 'reviews', id, s);
    return s;
  }
}

/**
 * A story's share of the aggregate, added (sign 1) or taken out (−1). Days keep counts only:
 * latency is shown overall, by language and by model, and a histogram for each of 365 days
 * would make the saved statistics ten times larger.
 */
function applyCompletion(s: CompletionStory, sign: number, into: StatisticsAggregate): void {
  if (!s.seen) return; // retention alone (its shown event pruned) is not a suggestion shown
  const day = tallyOf(into.byDay, s.day);
  for (const t of [into.completions, day, tallyOf(into.byLanguage, s.language), tallyOf(into.byModel, s.model)]) {
    t.shown += sign;
    if (s.accepted) t.accepted += sign;
    else if (s.partial) t.partial += sign;
    if (s.rejected && !s.accepted) {
      t.rejected += sign;
      t.rejectedBy[s.rejected] += sign;
    }
    if (s.accepted || s.partial) applyRetention(t.retention, s.retention, sign);
    if (t === day) continue;
    for (const field of COMPLETION_LATENCY_FIELDS) {
      const value = s.latency[field];
      if (value !== undefined) addToHistogram(t.latency[field], value, sign);
    }
  }
}

function applyReview(s: ReviewStory, sign: number, into: StatisticsAggregate): void {
  const r = into.reviews[s.origin];
  if (s.shown || s.accepted || s.rejected) r.shown += sign;
  if (s.accepted) r.accepted += sign;
  if (s.rejected) r.rejected += sign;
  applyRetention(r.retention, s.retention, sign);
}
