// Follows accepted text through later edits and records, at 30 s, 2, 5 and 10 minutes, how
// much of it survives: the "edited" part of the flywheel.
import type { Disposable } from '../disposable';
import { normalizedEditDistance } from './editDistance';
import type { FeedbackClock, TimerHandle } from './feedbackClock';
import { RETENTION_INTERVALS_SEC, type FeedbackSink, type RetentionInterval, type ReviewOrigin } from './feedbackEvents';
import { applyChangeToSpan, type TextChange, type TrackedSpan } from './textChange';

export interface TrackRequest {
  readonly kind: 'completion' | 'review';
  readonly suggestionId: string;
  /** The document's URI string, the key `applyChanges` uses. */
  readonly uri: string;
  /** Where the accepted text starts in the document as it is now. */
  readonly start: number;
  readonly insertedText: string;
  readonly language?: string;
  readonly model?: string;
  readonly provider?: string;
  readonly path?: string;
  /** The document is a notebook cell. */
  readonly notebook?: boolean;
  /** For a reviewed edit: where it came from and the refactor action (or "apply"). */
  readonly origin?: ReviewOrigin;
  readonly action?: string;
}

interface Tracked {
  readonly request: TrackRequest;
  readonly seq: number;
  span: TrackedSpan | undefined;
  readonly timers: TimerHandle[];
  remaining: number;
}

export interface RetentionTrackerOptions {
  readonly sink: FeedbackSink;
  readonly clock: FeedbackClock;
  /** Oldest entries are dropped past this many, so memory stays bounded during long sessions. */
  readonly maxTracked?: number;
}

export class RetentionTracker implements Disposable {
  private readonly byUri = new Map<string, Tracked[]>();
  private count = 0;
  private seq = 0;

  constructor(private readonly options: RetentionTrackerOptions) {}

  /** Starts following an accepted range; retention events follow at each interval. */
  track(request: TrackRequest): void {
    const entry: Tracked = {
      request,
      seq: this.seq++,
      span: { start: request.start, text: request.insertedText },
      timers: [],
      remaining: RETENTION_INTERVALS_SEC.length,
    };
    const list = this.byUri.get(request.uri) ?? [];
    list.push(entry);
    this.byUri.set(request.uri, list);
    this.count++;
    for (const atSec of RETENTION_INTERVALS_SEC) {
      entry.timers.push(this.options.clock.setTimer(() => this.measure(entry, atSec), atSec * 1000));
    }
    if (this.count > (this.options.maxTracked ?? 500)) this.dropOldest();
  }

  /** Applies a document's changes in order (each offset relative to the text after the previous). */
  applyChanges(uri: string, changes: readonly TextChange[]): void {
    const list = this.byUri.get(uri);
    if (!list) return;
    for (const entry of list) {
      for (const change of changes) {
        if (!entry.span) break;
        entry.span = applyChangeToSpan(entry.span, change);
      }
    }
  }

  /** A renamed or moved file (or folder, by URI prefix) keeps its tracked ranges. */
  renameDocument(oldUri: string, newUri: string): void {
    for (const uri of [...this.byUri.keys()]) {
      let target: string | undefined;
      if (uri === oldUri) target = newUri;
      else if (uri.startsWith(oldUri.endsWith('/') ? oldUri : `${oldUri}/`)) target = newUri.replace(/\/$/, '') + uri.slice(oldUri.replace(/\/$/, '').length);
      if (target === undefined) continue;
      const list = this.byUri.get(uri)!;
      this.byUri.delete(uri);
      this.byUri.set(target, [...(this.byUri.get(target) ?? []), ...list]);
    }
  }

  /** What a tracked suggestion's range holds now (for tests and the export's final text). */
  current(suggestionId: string): TrackedSpan | undefined {
    for (const list of this.byUri.values()) {
      const entry = list.find((e) => e.request.suggestionId === suggestionId);
      if (entry) return entry.span;
    }
    return undefined;
  }

  get size(): number {
    return this.count;
  }

  dispose(): void {
    for (const list of this.byUri.values()) for (const entry of list) for (const t of entry.timers) t.cancel();
    this.byUri.clear();
    this.count = 0;
  }

  private measure(entry: Tracked, atSec: RetentionInterval): void {
    const { request } = entry;
    const removed = entry.span === undefined;
    const now = entry.span?.text ?? '';
    const common = {
      suggestionId: request.suggestionId,
      ...(request.language !== undefined && { language: request.language }),
      ...(request.model !== undefined && { model: request.model }),
      ...(request.provider !== undefined && { provider: request.provider }),
      ...(request.path !== undefined && { path: request.path }),
      ...(request.notebook && { notebook: true }),
      atSec,
      distance: removed ? 1 : normalizedEditDistance(request.insertedText, now),
      ...(removed && { removed: true }),
      // Dropped by the sink unless the user opted into storing text.
      text: { completion: request.insertedText, final: now },
    };
    if (request.kind === 'completion') this.options.sink.record({ kind: 'completion.retention', ...common });
    else {
      this.options.sink.record({
        kind: 'review.retention',
        ...common,
        ...(request.origin !== undefined && { origin: request.origin }),
        ...(request.action !== undefined && { action: request.action }),
      });
    }
    entry.remaining--;
    if (entry.remaining === 0) this.forget(entry);
  }

  private forget(entry: Tracked): void {
    for (const t of entry.timers) t.cancel();
    for (const [uri, list] of this.byUri) {
      const i = list.indexOf(entry);
      if (i < 0) continue;
      list.splice(i, 1);
      if (list.length === 0) this.byUri.delete(uri);
      this.count--;
      return;
    }
  }

  private dropOldest(): void {
    let oldest: Tracked | undefined;
    for (const list of this.byUri.values()) if (list[0] && (!oldest || list[0].seq < oldest.seq)) oldest = list[0];
    if (oldest) this.forget(oldest);
  }
}
