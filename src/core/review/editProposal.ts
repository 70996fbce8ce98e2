// One proposed edit under review, whoever proposed it (chat's Apply, a refactor, later an edit
// suggestion): the document and version it was made from, the text it proposes, the hunks
// between them and the user's decision on each. It writes nothing itself: the editor shell
// writes `replacement()` once every hunk is decided, after `check()` says the document is still
// the one the proposal was made from. The feedback events are recorded here, so every origin
// records the same ones.
import type { FeedbackEventBase, FeedbackSink, ReviewAccepted, ReviewOrigin, ReviewRejected, ReviewShown } from '../feedback/feedbackEvents';
import { keepFinalNewline } from './finalNewline';
import { applyHunks, computeHunks, type Hunk } from './hunks';
import { replacementBetween, type TextReplacement } from './textEdit';
import { checkApplicable, type ApplyCheck, type DocumentState } from './versionCheck';

/**
 * What the proposal is for. A document by URI and version (a file, an untitled buffer, a
 * notebook cell: then `notebook` is set and `path` is the notebook's), never by file path; or a
 * file or untitled buffer that does not exist yet.
 */
export type ProposalTarget =
  | {
      readonly kind: 'document'; readonly uri: string; readonly version: number; readonly languageId: string; readonly label: string; readonly path?: string;
      readonly notebook?: boolean;
    }
  | { readonly kind: 'newFile'; readonly uri: string; readonly languageId: string; readonly label: string; readonly path?: string }
  | { readonly kind: 'untitled'; readonly languageId: string; readonly label: string };

export type HunkDecision = 'pending' | 'kept' | 'discarded';

/** streaming → ready → applied | rejected; a failure to write ends it as rejected too. */
export type ProposalState = 'streaming' | 'ready' | 'applied' | 'rejected';

/** What a proposal is made from: who it is and what it changes, plus where its events go. */
export type EditProposalInit = Pick<EditProposal, 'id' | 'origin' | 'action' | 'title' | 'target' | 'base'> & {
  readonly feedback?: FeedbackSink;
};

export interface ReadyInfo {
  readonly ttftMs?: number;
  readonly totalMs?: number;
  /** Reasons to look twice (several code blocks, a truncated reply, code that does not parse). */
  readonly warnings?: readonly string[];
  /** Asked before anything is written, e.g. "The proposed code does not parse." */
  readonly caution?: string;
}

export class EditProposal {
  /** The suggestion id that ties the feedback events (and the model call) together. */
  readonly id: string;
  readonly origin: ReviewOrigin;
  /** The refactor action id, or "apply" for chat. */
  readonly action: string;
  /** What the user asked for, for titles ("Add Documentation: add"). */
  readonly title: string;
  readonly target: ProposalTarget;
  /** The target's text at `target.version` with '\n' line ends ('' when it does not exist yet). */
  readonly base: string;
  private proposedText: string;
  private currentHunks: readonly Hunk[] = [];
  private decisions: HunkDecision[] = [];
  private currentState: ProposalState = 'streaming';
  private staleSince: number | undefined;
  private warningList: readonly string[] = [];
  private cautionText: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly init: EditProposalInit) {
    this.id = init.id;
    this.origin = init.origin;
    this.action = init.action;
    this.title = init.title;
    this.target = init.target;
    this.base = init.base;
    this.proposedText = init.base;
  }

  get state(): ProposalState {
    return this.currentState;
  }

  get proposed(): string {
    return this.proposedText;
  }

  get hunks(): readonly Hunk[] {
    return this.currentHunks;
  }

  get warnings(): readonly string[] {
    return this.warningList;
  }

  /** Worth a confirmation before writing (the shell asks); undefined when nothing is amiss. */
  get caution(): string | undefined {
    return this.cautionText;
  }

  /** The target changed after the proposal was made: it can be read, never applied. */
  get isStale(): boolean {
    return this.staleSince !== undefined;
  }

  get isOpen(): boolean {
    return this.currentState === 'streaming' || this.currentState === 'ready';
  }

  decision(index: number): HunkDecision {
    return this.decisions[index] ?? 'pending';
  }

  get pendingCount(): number {
    return this.decisions.filter((d) => d === 'pending').length;
  }

  get keptCount(): number {
    return this.decisions.filter((d) => d === 'kept').length;
  }

  /** Calls `listener` after every change of text, state or decision. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The proposal so far, while the reply streams. */
  update(proposed: string): void {
    if (this.currentState !== 'streaming' || keepFinalNewline(this.base, proposed) === this.proposedText) return;
    this.setText(proposed);
    this.changed();
  }

  /** The complete proposal: from now on hunks can be decided. False when it proposes nothing.
   * The target's final newline (or its lack) is kept whatever `proposed` ends with. */
  ready(proposed: string, info: ReadyInfo = {}): boolean {
    if (this.currentState !== 'streaming') return false;
    this.setText(proposed);
    this.warningList = info.warnings ?? [];
    this.cautionText = info.caution;
    if (this.currentHunks.length === 0) {
      this.currentState = 'rejected';
      this.changed();
      return false;
    }
    this.currentState = 'ready';
    this.record({
      kind: 'review.shown',
      hunks: this.currentHunks.length,
      ...(info.ttftMs !== undefined && { ttftMs: info.ttftMs }),
      ...(info.totalMs !== undefined && { totalMs: info.totalMs }),
      completionChars: proposed.length,
      text: { completion: proposed },
    });
    this.changed();
    return true;
  }

  /** Decides one hunk; undefined `decision` takes a decision back. */
  decide(index: number, decision: HunkDecision): void {
    if (this.currentState !== 'ready' || index < 0 || index >= this.decisions.length || this.decisions[index] === decision) return;
    this.decisions[index] = decision;
    this.changed();
  }

  /** Decides every hunk still pending (Accept All / Reject All leave earlier decisions alone). */
  decidePending(decision: Exclude<HunkDecision, 'pending'>): void {
    if (this.currentState !== 'ready') return;
    this.decisions = this.decisions.map((d) => (d === 'pending' ? decision : d));
    this.changed();
  }

  /** Decides every hunk: kept when its index is in `kept`, discarded otherwise. */
  decideAll(kept: Iterable<number>): void {
    if (this.currentState !== 'ready') return;
    const keep = new Set(kept);
    this.decisions = this.currentHunks.map((h) => (keep.has(h.index) ? 'kept' : 'discarded'));
    this.changed();
  }

  /** The target text with the kept hunks applied. */
  result(): string {
    const kept = this.currentHunks.filter((h) => this.decisions[h.index] === 'kept').map((h) => h.index);
    return applyHunks(this.base, this.currentHunks, kept);
  }

  /** The one replacement that writes the kept hunks into the target at its version. */
  replacement(): TextReplacement | undefined {
    return replacementBetween(this.base, this.result());
  }

  /** May the proposal be written into the target as it is now? */
  check(now: DocumentState): ApplyCheck {
    if (this.target.kind !== 'document') return { ok: true };
    return checkApplicable({ version: this.target.version, text: this.base, label: this.target.label }, now);
  }

  markStale(now = Date.now()): void {
    if (this.isStale || !this.isOpen) return;
    this.staleSince = now;
    this.changed();
  }

  /** The kept hunks were written. */
  applied(): void {
    if (this.currentState !== 'ready') return;
    this.currentState = 'applied';
    this.record({ kind: 'review.accepted', hunksAccepted: this.keptCount, hunksTotal: this.currentHunks.length });
    this.changed();
  }

  /** Nothing is written: every hunk discarded, the review closed, a refused write, or cancelled while streaming. */
  rejected(): void {
    if (!this.isOpen) return;
    const wasShown = this.currentState === 'ready';
    this.currentState = 'rejected';
    if (wasShown) this.record({ kind: 'review.rejected', hunksTotal: this.currentHunks.length, reason: this.isStale ? 'stale' : 'rejected' });
    this.changed();
  }

  private setText(proposed: string): void {
    this.proposedText = keepFinalNewline(this.base, proposed);
    this.currentHunks = computeHunks(this.base, this.proposedText);
    this.decisions = this.currentHunks.map(() => 'pending');
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private record(event: RecordedEvent): void {
    const path = this.target.kind === 'untitled' ? undefined : this.target.path;
    this.init.feedback?.record({
      ...event,
      suggestionId: this.id,
      origin: this.origin,
      action: this.action,
      language: this.target.languageId,
      ...(path !== undefined && { path }),
      ...(this.target.kind === 'document' && this.target.notebook && { notebook: true }),
    });
  }
}

type Body<T> = Omit<T, keyof FeedbackEventBase | 'origin' | 'action'>;
type RecordedEvent = Body<ReviewShown> | Body<ReviewAccepted> | Body<ReviewRejected>;
