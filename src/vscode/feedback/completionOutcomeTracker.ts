// What the inline completion provider calls to log each suggestion's fate. It turns VS Code
// documents, positions and events into the plain calls of the core CompletionOutcomes, and
// gates requests through the adaptive trigger.
//
// The provider's part, because only the provider sees what VS Code asked for, showed and accepted:
//   before requesting:  if (!tracker.shouldRequest(document, position)) return undefined;
//   on a result:        tracker.onProvided(result, document, position, { selectedText?, ghostMs? })   (or onShown(item))
//   the item's command: { command: 'flywheel.completionAccepted', arguments: [result.id] }
//   if it implements handleDidPartiallyAcceptCompletionItem (proposed API):
//                       tracker.onPartialAccept(item's id, acceptedLength)
// Escape, typing over, replacement and cursor moves are detected here.
import * as vscode from 'vscode';
import type { CompletionResult } from '../../core/completion/completionTypes';
import type { Disposable } from '../../core/disposable';
import type { AdaptiveTrigger } from '../../core/feedback/adaptiveTrigger';
import { CompletionOutcomes, type AcceptedTextSink, type ShownSuggestion } from '../../core/feedback/completionOutcomes';
import { systemClock, type FeedbackClock } from '../../core/feedback/feedbackClock';
import type { FeedbackSink, RejectReason, TriggerFeatures } from '../../core/feedback/feedbackEvents';
import type { ShownDetails } from '../completion/inlineCompletionProvider';
import { LINES_ABOVE, triggerFeaturesAt } from '../../core/feedback/triggerFeatures';
import { toTextChanges } from './retentionBridge';
import { documentLength } from '../snapshot';

export interface CompletionOutcomeTrackerOptions {
  readonly sink: FeedbackSink;
  readonly retention?: AcceptedTextSink;
  readonly trigger?: AdaptiveTrigger;
  readonly clock?: FeedbackClock;
  /** Read per suggestion: whether prompt text is worth copying (the store drops it otherwise). */
  readonly storeText: () => boolean;
  /** The provider kind of the model in use ("ollama", "openai"), when known. */
  readonly provider?: () => string | undefined;
}

/** Characters of prompt text kept around the cursor when storeText is on. */
const PREFIX_CHARS = 4000;
const SUFFIX_CHARS = 2000;
/** Features computed for a request are reused for its result if it comes within this time. */
const FEATURE_TTL_MS = 30_000;

export class CompletionOutcomeTracker implements vscode.Disposable {
  private readonly outcomes: CompletionOutcomes;
  private readonly lastEditAt = new Map<string, number>();
  /** The edit before the last one, per document: the typing pace is their interval. */
  private readonly previousEditAt = new Map<string, number>();
  private lastSettledAt: number | undefined;
  private readonly pendingFeatures = new Map<string, { key: string; features: TriggerFeatures; at: number }>();
  private readonly subscriptions: Disposable[] = [];
  private readonly clock: FeedbackClock;
  private readonly accepted = new vscode.EventEmitter<void>();
  /** After a suggestion was accepted with Tab (e.g. to fetch the next one ahead of the user). */
  readonly onDidAccept = this.accepted.event;

  constructor(private readonly options: CompletionOutcomeTrackerOptions) {
    this.clock = options.clock ?? systemClock;
    this.outcomes = new CompletionOutcomes({
      sink: options.sink,
      clock: this.clock,
      retention: options.retention,
      onSettled: (item, accepted) => {
        this.lastSettledAt = this.clock.now();
        if (item.features) options.trigger?.observe(item.features, accepted);
      },
    });
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        const uri = event.document.uri.toString();
        const previous = this.lastEditAt.get(uri);
        if (previous !== undefined) this.previousEditAt.set(uri, previous);
        this.lastEditAt.set(uri, this.clock.now());
        this.outcomes.documentChanged(uri, toTextChanges(event.contentChanges));
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const document = event.textEditor.document;
        const selection = event.selections[0];
        if (!selection) return;
        const offset = selection.isEmpty ? document.offsetAt(selection.active) : -1;
        this.outcomes.cursorMoved(document.uri.toString(), offset);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        for (const visible of vscode.window.visibleTextEditors) {
          if (visible !== editor) this.outcomes.documentLeft(visible.document.uri.toString());
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const uri = document.uri.toString();
        this.outcomes.documentLeft(uri);
        this.lastEditAt.delete(uri);
        this.previousEditAt.delete(uri);
        this.pendingFeatures.delete(uri);
      }),
    );
  }

  /** The adaptive trigger's verdict for a request here; true while it is off or still learning. */
  shouldRequest(document: vscode.TextDocument, position: vscode.Position): boolean {
    const features = this.featuresFor(document, position);
    this.pendingFeatures.set(document.uri.toString(), { key: featureKey(document, position), features, at: this.clock.now() });
    return this.options.trigger?.shouldRequest(features).request ?? true;
  }

  /** The trigger features at a position, as the log records them. */
  featuresFor(document: vscode.TextDocument, position: vscode.Position): TriggerFeatures {
    // Read the cursor line, a few lines above and offsets only: no copy of a large document per keystroke.
    const uri = document.uri.toString();
    const now = this.clock.now();
    const lastEdit = this.lastEditAt.get(uri);
    const previousEdit = this.previousEditAt.get(uri);
    const line = document.lineAt(position.line).text;
    const above: string[] = [];
    for (let l = Math.max(0, position.line - LINES_ABOVE); l < position.line; l++) above.push(document.lineAt(l).text);
    return triggerFeaturesAt(
      {
        language: document.languageId,
        linePrefix: line.slice(0, position.character),
        lineSuffix: line.slice(position.character),
        above: above.join('\n'),
        hasLineAbove: position.line > 0,
        offset: document.offsetAt(position),
        documentLength: documentLength(document),
      },
      {
        // Never edited since we started watching: as good as a long pause.
        msSinceKeystroke: lastEdit === undefined ? 60_000 : now - lastEdit,
        lastOutcome: this.outcomes.lastOutcome,
        ...(lastEdit !== undefined && previousEdit !== undefined && { keyIntervalMs: lastEdit - previousEdit }),
        ...(this.lastSettledAt !== undefined && { msSinceOutcome: now - this.lastSettledAt }),
      },
    );
  }

  /** Matches the completion provider's SuggestionListener: call when handing a result to VS Code. */
  onProvided(result: CompletionResult, document: vscode.TextDocument, position: vscode.Position, shown: ShownDetails = {}): void {
    const { selectedText, ghostMs } = shown;
    const uri = document.uri.toString();
    const pending = this.pendingFeatures.get(uri);
    const fresh = pending && pending.key === featureKey(document, position) && this.clock.now() - pending.at < FEATURE_TTL_MS;
    this.pendingFeatures.delete(uri);
    const storeText = this.options.storeText();
    const path = document.uri.scheme === 'untitled' ? undefined : vscode.workspace.asRelativePath(document.uri, false);
    const provider = result.provider ?? this.options.provider?.();
    // The edit may start before the cursor (it extends the suggest widget's item over the word typed so far).
    const cursor = document.offsetAt(position);
    const typed = cursor > result.range.start ? document.getText(new vscode.Range(document.positionAt(result.range.start), position)) : '';
    this.onShown({
      id: result.id,
      uri,
      start: result.range.start,
      end: result.range.end,
      text: result.text,
      language: document.languageId,
      model: result.model,
      ...(provider !== undefined && { provider }),
      ...(path !== undefined && { path }),
      ...(result.latency.firstTokenMs !== undefined && { ttftMs: Math.round(result.latency.firstTokenMs) }),
      totalMs: Math.round(result.latency.totalMs),
      ...(ghostMs !== undefined && { ghostMs }),
      promptTokens: result.promptTokens,
      ...(selectedText !== undefined && { selectedText }),
      ...(typed !== '' && result.text.startsWith(typed) && { typedChars: typed.length }),
      features: fresh ? pending.features : this.featuresFor(document, position),
      ...(storeText && {
        prefix: document.getText(new vscode.Range(document.positionAt(Math.max(0, result.range.start - PREFIX_CHARS)), document.positionAt(result.range.start))),
        suffix: document.getText(new vscode.Range(document.positionAt(result.range.end), document.positionAt(result.range.end + SUFFIX_CHARS))),
      }),
    });
  }

  /** A suggestion was handed to VS Code (ghost text); `shown` is logged once it has been visible ≥ 750 ms. */
  onShown(item: ShownSuggestion): void {
    this.outcomes.shown(item);
  }

  /** From the InlineCompletionItem.command (`flywheel.completionAccepted`, arguments [id]). */
  onAccepted(id: string): void {
    this.outcomes.accepted(id);
    this.accepted.fire();
  }

  /** From handleDidPartiallyAcceptCompletionItem, where available; multi-character typed matches are detected anyway. */
  onPartialAccept(id: string, acceptedLength: number): void {
    this.outcomes.partiallyAccepted(id, acceptedLength);
  }

  onDismissed(id: string, reason: RejectReason): void {
    this.outcomes.dismissed(id, reason);
  }

  /** Escape in an editor: rejects that document's visible suggestion, if ours. */
  dismissActive(document: vscode.TextDocument, reason: RejectReason = 'escape'): void {
    const id = this.outcomes.activeId(document.uri.toString());
    if (id !== undefined) this.outcomes.dismissed(id, reason);
  }

  /** For "Show Last Completion Prompt": the suggestion on screen in a document, else the one last accepted. */
  suggestionFor(document: vscode.TextDocument): { id: string; text: string; state: 'on screen' | 'accepted' } | undefined {
    const found = this.outcomes.onScreenOrAccepted(document.uri.toString());
    return found && { id: found.item.id, text: found.item.text, state: found.state };
  }

  get lastOutcome() {
    return this.outcomes.lastOutcome;
  }

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.accepted.dispose();
    this.outcomes.dispose();
    this.lastEditAt.clear();
    this.previousEditAt.clear();
    this.pendingFeatures.clear();
  }
}

function featureKey(document: vscode.TextDocument, position: vscode.Position): string {
  return `${document.version}:${position.line}:${position.character}`;
}
