// The life of one inline suggestion, from ghost text to its fate: accepted, partly accepted, or
// rejected (Escape, typed over, replaced). What the user did on purpose counts however briefly the
// ghost text was visible (Tab, Escape); what merely happened to it (typed over, replaced, cursor
// moved away) counts only once it was visible ≥ 750 ms, long enough to have been read. Pure: the
// editor adapter feeds it plain changes and calls.
import type { Disposable } from '../disposable';
import type { FeedbackClock, TimerHandle } from './feedbackClock';
import type { FeedbackSink, FeedbackText, RejectReason, SuggestionOutcome, TriggerFeatures } from './feedbackEvents';
import type { TextChange } from './textChange';

export const VISIBLE_THRESHOLD_MS = 750;
/** A mismatching edit waits this long for the accept command that may follow it (Tab's edit can differ from the ghost text). */
export const TYPED_OVER_GRACE_MS = 150;

/** A suggestion handed to the editor, as plain data. */
export interface ShownSuggestion {
  readonly id: string;
  readonly uri: string;
  /** The replaced range; the ghost text starts at `start`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly language?: string;
  readonly model?: string;
  readonly provider?: string;
  /** Workspace-relative path (the store hashes it when the user asked). */
  readonly path?: string;
  readonly ttftMs?: number;
  readonly totalMs?: number;
  /** From the keystroke to the ghost text on screen. */
  readonly ghostMs?: number;
  readonly promptTokens?: number;
  readonly promptChars?: number;
  readonly features?: TriggerFeatures;
  /** Prompt text around the cursor; the store drops it unless storeText is on. */
  readonly prefix?: string;
  readonly suffix?: string;
  /** The suggest widget's selected item that `text` starts with: the widget's text, not the model's. */
  readonly selectedText?: string;
  /** Characters of `text` the document already holds at `start` (the word the widget's item replaces). */
  readonly typedChars?: number;
}

/** Where accepted text goes next: the retention tracker. */
export interface AcceptedTextSink {
  track(request: { kind: 'completion'; suggestionId: string; uri: string; start: number; insertedText: string; language?: string; model?: string; provider?: string; path?: string }): void;
}

export interface CompletionOutcomesOptions {
  readonly sink: FeedbackSink;
  readonly clock: FeedbackClock;
  readonly retention?: AcceptedTextSink;
  /** Called once per suggestion that counted as shown, with whether it was (partly) accepted. */
  readonly onSettled?: (suggestion: ShownSuggestion, accepted: boolean) => void;
}

interface Active {
  readonly item: ShownSuggestion;
  readonly shownAt: number;
  /** How much of `item.text` the document now holds at `start` (typed through or accepted). */
  consumed: number;
  partialRecorded: number;
  shownRecorded: boolean;
  /** Document text known to come right before `item.start` (learned from a continuation that starts earlier). */
  lead: string;
  /** A typed-over verdict waiting out the grace period. */
  pending?: TimerHandle;
  /** When the user typed over it: visibility ends there, not when the verdict lands. */
  endedAt?: number;
}

const BRACKET_PAIRS = ['()', '[]', '{}', '""', "''", '``', '<>'];
/** Alternatives remembered per document (VS Code keeps a few candidates to cycle through). */
const MAX_ALTERNATIVES = 8;

export class CompletionOutcomes implements Disposable {
  private readonly active = new Map<string, Active>(); // by uri
  private readonly aliases = new Map<string, string>(); // continuation id -> original id
  /** Results VS Code got while another suggestion stayed on screen: not shown unless the user cycles to one. */
  private readonly alternatives = new Map<string, { item: ShownSuggestion; at: number }>(); // by id
  private last: SuggestionOutcome = 'none';
  private lastAccepted: ShownSuggestion | undefined;

  constructor(private readonly options: CompletionOutcomesOptions) {}

  /** The previous suggestion's fate, a feature of the adaptive trigger. */
  get lastOutcome(): SuggestionOutcome {
    return this.last;
  }

  shown(item: ShownSuggestion): void {
    const current = this.active.get(item.uri);
    if (current && (current.item.id === item.id || this.isContinuation(current, item))) {
      if (current.item.id !== item.id) this.aliases.set(item.id, current.item.id);
      if (item.start < current.item.start) current.lead = item.text.slice(0, current.item.start - item.start);
      return;
    }
    if (current && !current.pending && item.selectedText === undefined) {
      // VS Code keeps a visible suggestion that is still valid at the cursor and only offers a
      // newer result as an alternative (Alt+] shows it): nothing is replaced until one is taken.
      this.offer(item);
      return;
    }
    // Beside the suggest widget VS Code shows only ghost text that extends the selected item: a
    // result for another item takes the place of the one on screen.
    if (current) this.reject(current, current.pending ? 'typedOver' : 'replaced');
    this.dropAlternatives(item.uri);
    this.active.set(item.uri, this.activate(item, this.options.clock.now()));
  }

  accepted(id: string): void {
    const entry = this.find(id) ?? this.takeAlternative(id);
    if (!entry) return;
    this.end(entry);
    this.recordShown(entry, true);
    entry.consumed = entry.item.text.length;
    const { item } = entry;
    this.lastAccepted = item;
    this.options.sink.record({
      kind: 'completion.accepted',
      ...this.base(item),
      completionChars: item.text.length,
      multiline: item.text.includes('\n'),
      text: this.textOf(item),
    });
    this.options.retention?.track({ kind: 'completion', suggestionId: item.id, uri: item.uri, start: item.start, insertedText: item.text, ...this.context(item) });
    this.settle(entry, true);
  }

  /** VS Code's accept-next-word/line; `acceptedLength` counts from the suggestion's start. */
  partiallyAccepted(id: string, acceptedLength: number): void {
    const entry = this.find(id);
    if (!entry) return;
    entry.consumed = Math.max(entry.consumed, Math.min(acceptedLength, entry.item.text.length));
    this.recordPartial(entry, acceptedLength);
  }

  /** Escape is the user's explicit verdict: a rejection however briefly the ghost text was visible. */
  dismissed(id: string, reason: RejectReason): void {
    const entry = this.find(id);
    if (entry) this.reject(entry, reason, reason === 'escape');
  }

  /** The active suggestion of a document, if any (e.g. for an Escape handler). */
  activeId(uri: string): string | undefined {
    return this.active.get(uri)?.item.id;
  }

  /** The suggestion on screen in a document (not one being typed over), else the one last accepted. */
  onScreenOrAccepted(uri: string): { readonly item: ShownSuggestion; readonly state: 'on screen' | 'accepted' } | undefined {
    const entry = this.active.get(uri);
    if (entry && !entry.pending) return { item: entry.item, state: 'on screen' };
    return this.lastAccepted && { item: this.lastAccepted, state: 'accepted' };
  }

  /**
   * A document changed. Typing that matches the ghost text keeps it alive (a multi-character
   * match is a partial acceptance); anything else at or around it is typing over it.
   */
  documentChanged(uri: string, changes: readonly TextChange[]): void {
    const entry = this.active.get(uri);
    if (!entry || entry.pending || changes.length === 0) return;
    const { item } = entry;
    if (changes.length > 1) return this.typedOver(entry);
    const change = withoutLead(changes[0], item.start, entry.lead);
    const rel = change.offset - item.start;
    const replaceable = Math.max(entry.consumed, item.end - item.start);
    if (rel < 0 || rel > entry.consumed || rel + change.deletedLength > replaceable) return this.typedOver(entry);
    let inserted = change.insertedText;
    const expected = item.text.slice(rel);
    // An auto-closed pair: the user typed the opener the ghost text starts with.
    if (inserted.length === 2 && BRACKET_PAIRS.includes(inserted) && !expected.startsWith(inserted) && expected.startsWith(inserted[0])) {
      inserted = inserted[0];
    }
    const typed = item.text.slice(0, entry.consumed);
    const next = typed.slice(0, rel) + inserted + typed.slice(Math.min(typed.length, rel + change.deletedLength));
    if (next.length <= entry.consumed && change.deletedLength > 0 && inserted.length === 0) return this.typedOver(entry);
    if (!item.text.startsWith(next)) return this.typedOver(entry);
    entry.consumed = next.length;
    // Accepting the widget's item inserts the widget's text, not ours.
    const ownFrom = item.selectedText?.length ?? 0;
    if (inserted.length >= 2 && next.length > ownFrom && next.length < item.text.length) this.recordPartial(entry, next.length);
  }

  /** The cursor moved: away from the ghost text it disappears, without a verdict. */
  cursorMoved(uri: string, offset: number): void {
    const entry = this.active.get(uri);
    if (!entry || entry.pending) return;
    if (offset === entry.item.start + entry.consumed) return;
    this.abandon(entry);
  }

  /** The editor lost the document (switched away, closed): the suggestion is gone. */
  documentLeft(uri: string): void {
    const entry = this.active.get(uri);
    if (entry) this.abandon(entry);
    this.dropAlternatives(uri);
  }

  dispose(): void {
    for (const entry of [...this.active.values()]) this.abandon(entry);
    this.aliases.clear();
    this.alternatives.clear();
    this.lastAccepted = undefined;
  }

  /**
   * The same ghost text served again: the rest of the visible suggestion at the cursor (after
   * typing, or asked twice), possibly as an edit that starts earlier (extending the widget's item).
   */
  private isContinuation(current: Active, item: ShownSuggestion): boolean {
    const cursor = current.item.start + current.consumed;
    const typed = item.typedChars ?? 0;
    return item.start + typed === cursor && item.text.slice(typed) === current.item.text.slice(current.consumed);
  }

  private activate(item: ShownSuggestion, shownAt: number): Active {
    const typed = Math.min(item.typedChars ?? 0, item.text.length);
    return { item, shownAt, consumed: typed, partialRecorded: 0, shownRecorded: false, lead: '' };
  }

  private offer(item: ShownSuggestion): void {
    this.alternatives.set(item.id, { item, at: this.options.clock.now() });
    const ofDocument = [...this.alternatives].filter(([, a]) => a.item.uri === item.uri);
    for (const [id] of ofDocument.slice(0, Math.max(0, ofDocument.length - MAX_ALTERNATIVES))) this.alternatives.delete(id);
  }

  /** The user cycled to an alternative and accepted it: the suggestion that was on screen was replaced. */
  private takeAlternative(id: string): Active | undefined {
    const alternative = this.alternatives.get(id);
    if (!alternative) return undefined;
    const { item, at } = alternative;
    this.alternatives.delete(id);
    const current = this.active.get(item.uri);
    if (current) this.reject(current, 'replaced');
    const entry = this.activate(item, at);
    this.active.set(item.uri, entry);
    return entry;
  }

  private dropAlternatives(uri: string): void {
    for (const [id, a] of this.alternatives) if (a.item.uri === uri) this.alternatives.delete(id);
  }

  private find(id: string): Active | undefined {
    const original = this.aliases.get(id) ?? id;
    for (const entry of this.active.values()) if (entry.item.id === original) return entry;
    return undefined;
  }

  private typedOver(entry: Active): void {
    entry.endedAt = this.options.clock.now();
    entry.pending?.cancel();
    entry.pending = this.options.clock.setTimer(() => this.reject(entry, 'typedOver'), TYPED_OVER_GRACE_MS);
  }

  private end(entry: Active): void {
    entry.pending?.cancel();
    if (this.active.get(entry.item.uri) === entry) {
      this.active.delete(entry.item.uri);
      this.dropAlternatives(entry.item.uri); // offered beside it, gone with it
    }
    for (const [alias, original] of this.aliases) if (original === entry.item.id) this.aliases.delete(alias);
  }

  private visibleMs(entry: Active): number {
    return Math.max(0, (entry.endedAt ?? this.options.clock.now()) - entry.shownAt);
  }

  private isVisibleEnough(entry: Active): boolean {
    return this.visibleMs(entry) >= VISIBLE_THRESHOLD_MS;
  }

  /** Records `shown` once, stamped with when it appeared and how long it stayed. */
  private recordShown(entry: Active, force: boolean): boolean {
    if (entry.shownRecorded) return true;
    if (!force && !this.isVisibleEnough(entry)) return false;
    entry.shownRecorded = true;
    const { item } = entry;
    this.options.sink.record({
      kind: 'completion.shown',
      ...this.base(item),
      ts: entry.shownAt,
      visibleMs: this.visibleMs(entry),
      ...(item.ttftMs !== undefined && { ttftMs: item.ttftMs }),
      ...(item.totalMs !== undefined && { totalMs: item.totalMs }),
      ...(item.ghostMs !== undefined && { ghostMs: item.ghostMs }),
      ...(item.promptTokens !== undefined && { promptTokens: item.promptTokens }),
      ...(item.promptChars !== undefined && { promptChars: item.promptChars }),
      completionChars: item.text.length,
      multiline: item.text.includes('\n'),
      ...(item.features !== undefined && { features: item.features }),
      text: this.textOf(item),
    });
    return true;
  }

  private recordPartial(entry: Active, acceptedLength: number): void {
    if (acceptedLength <= entry.partialRecorded) return;
    this.recordShown(entry, true);
    entry.partialRecorded = acceptedLength;
    this.options.sink.record({ kind: 'completion.partiallyAccepted', ...this.base(entry.item), acceptedLength, completionChars: entry.item.text.length });
  }

  private reject(entry: Active, reason: RejectReason, explicit = false): void {
    this.end(entry);
    if (entry.partialRecorded > 0) return this.settle(entry, true);
    if (!this.recordShown(entry, explicit)) return; // never really seen: no verdict either
    this.options.sink.record({ kind: 'completion.rejected', ...this.base(entry.item), reason });
    this.settle(entry, false);
  }

  private abandon(entry: Active): void {
    this.end(entry);
    if (entry.partialRecorded > 0) return this.settle(entry, true);
    if (this.recordShown(entry, false)) this.settle(entry, false);
  }

  private settle(entry: Active, accepted: boolean): void {
    this.last = accepted ? 'accepted' : 'rejected';
    try {
      this.options.onSettled?.(entry.item, accepted);
    } catch {
      // A learner's failure must not disturb the editor.
    }
  }

  /** The prompt around the suggestion and the suggestion itself (the store drops it unless storeText is on). */
  private textOf(item: ShownSuggestion): FeedbackText {
    return {
      ...(item.prefix !== undefined && { prefix: item.prefix }),
      ...(item.suffix !== undefined && { suffix: item.suffix }),
      completion: item.text,
    };
  }

  private context(item: ShownSuggestion) {
    return {
      ...(item.language !== undefined && { language: item.language }),
      ...(item.model !== undefined && { model: item.model }),
      ...(item.provider !== undefined && { provider: item.provider }),
      ...(item.path !== undefined && { path: item.path }),
    };
  }

  private base(item: ShownSuggestion) {
    return { suggestionId: item.id, ...this.context(item) };
  }
}

/**
 * A change that starts in text known to precede the suggestion and rewrites it with the same
 * characters (the suggest widget replacing the word it completes), as the change it amounts to
 * at the suggestion's start.
 */
function withoutLead(change: TextChange, start: number, lead: string): TextChange {
  const before = start - change.offset;
  if (before <= 0 || before > lead.length || change.deletedLength < before) return change;
  const rewritten = lead.slice(lead.length - before);
  if (!change.insertedText.startsWith(rewritten)) return change;
  return { offset: start, deletedLength: change.deletedLength - before, insertedText: change.insertedText.slice(before) };
}
