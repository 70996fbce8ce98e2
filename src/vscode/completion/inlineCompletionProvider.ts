// The VS Code side of inline completions: turns a keystroke into a core request (a plain
// snapshot plus an AbortSignal bridged from the CancellationToken) and the engine's result
// into ghost text whose acceptance is reported back.
import * as vscode from 'vscode';
import type { CompletionOutcome, CompletionRequestOptions, CompletionResult } from '../../core/completion/completionTypes';
import { acceptSelectedItem, editWithSelectedItem, type SelectedItem } from '../../core/completion/selectedItem';
import type { DocumentSnapshot } from '../../core/documentSnapshot';
import type { Logger } from '../../core/logger';
import { toAbortSignal } from '../abortSignal';
import { documentLength, snapshotOf } from '../snapshot';
import type { LastChangeTracker } from './lastChangeTracker';
import { errorMessage, errorForLog } from '../../core/errorMessage';
import { FeedbackCommands } from '../commandIds';

/** The engine as this adapter uses it. */
export interface CompletionSource {
  complete(document: DocumentSnapshot, options: CompletionRequestOptions): Promise<CompletionOutcome>;
  /** A suggestion for this text is cached (the user is typing through the one on screen). */
  hasCached?(document: DocumentSnapshot): boolean;
}

/** Told about each suggestion we hand to VS Code and what became of it (the feedback log). */
export interface SuggestionListener {
  /** `result` as shown: its range and text in the document's offsets. */
  onProvided(result: CompletionResult, document: vscode.TextDocument, position: vscode.Position, shown: ShownDetails): void;
}

export interface ShownDetails {
  /** The suggest widget's selected item that the text starts with, when it extends one. */
  readonly selectedText?: string;
  /** From the document's last change (the keystroke) to handing the ghost text to VS Code. */
  readonly ghostMs?: number;
}

/** A change longer ago than this did not ask for the suggestion (a cursor move or Alt+\ did). */
const KEYSTROKE_HORIZON_MS = 5_000;


export interface InlineProviderOptions {
  readonly source: CompletionSource;
  readonly lastChanges: LastChangeTracker;
  readonly logger: Logger;
  /** Read per request (enabled may be set per language): enabled, snoozed, size limit. */
  readonly settings: (document: vscode.TextDocument) => { enabled: boolean; snoozedUntil?: number; maxFileChars: number };
  readonly listener?: SuggestionListener;
  /** The adaptive trigger: false when a suggestion here is unlikely to be wanted (automatic only). */
  readonly gate?: (document: vscode.TextDocument, position: vscode.Position) => boolean;
  /** Keystroke-to-ghost-text time of a suggestion the model produced (not the cache), beside the model's. */
  readonly onLatency?: (ghostMs: number, modelMs: number) => void;
  /** Asked for explicitly in a file no completion may read (the guard's or the completion's own exclusion): say why. */
  readonly onExcludedAsked?: (document: vscode.TextDocument) => void;
}

export class FlywheelInlineCompletionProvider implements vscode.InlineCompletionItemProvider {
  constructor(private readonly options: InlineProviderOptions) {}

  async provideInlineCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.InlineCompletionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.InlineCompletionItem[] | undefined> {
    const { source, lastChanges, logger, settings, listener, gate, onLatency } = this.options;
    const explicit = context.triggerKind === vscode.InlineCompletionTriggerKind.Invoke;
    const current = settings(document);
    if (!current.enabled && !explicit) return undefined;
    if (!explicit && current.snoozedUntil !== undefined && Date.now() < current.snoozedUntil) return undefined;
    // Measure the length without copying the text: a multi-megabyte file is skipped cheaply.
    if (documentLength(document) > current.maxFileChars) return undefined;

    const abort = toAbortSignal(token);
    try {
      const snapshot = snapshotOf(document, position);
      // With the suggest widget open, complete as if its selected item were accepted, so the
      // ghost text extends what Tab would insert (VS Code shows nothing else beside the widget).
      const selected = context.selectedCompletionInfo && selectedItemOf(document, context.selectedCompletionInfo);
      const request = selected ? acceptSelectedItem(snapshot, selected) : snapshot;
      if (!request) return undefined;
      // The adaptive trigger decides whether to ask the model, not whether to keep what is on screen.
      if (!explicit && gate && !source.hasCached?.(request) && !gate(document, position)) return undefined;
      const outcome = await source.complete(request, {
        signal: abort.signal,
        trigger: explicit ? 'explicit' : 'automatic',
        lastChange: lastChanges.lastChange(document.uri),
      });
      if (outcome.kind === 'error') {
        logger.warn(`Completion failed: ${errorMessage(outcome.error)}`);
        return undefined;
      }
      if (explicit && outcome.kind === 'skipped' && outcome.reason === 'excluded-file') this.options.onExcludedAsked?.(document);
      if (outcome.kind !== 'completion' || token.isCancellationRequested) return undefined;
      const edit = selected ? editWithSelectedItem(selected, outcome.result, request) : { ...outcome.result.range, text: outcome.result.text };
      if (!edit) return undefined;
      const result: CompletionResult = { ...outcome.result, text: edit.text, range: { start: edit.start, end: edit.end } };
      const typedAt = lastChanges.changedAt(document.uri);
      const sinceKeystroke = typedAt === undefined ? undefined : performance.now() - typedAt;
      const ghostMs = sinceKeystroke !== undefined && sinceKeystroke < KEYSTROKE_HORIZON_MS ? Math.round(sinceKeystroke) : undefined;
      if (ghostMs !== undefined && !result.cached) onLatency?.(ghostMs, result.latency.totalMs);
      const range = new vscode.Range(document.positionAt(result.range.start), document.positionAt(result.range.end));
      const item = new vscode.InlineCompletionItem(result.text, range, {
        title: 'Accept Flywheel completion',
        command: FeedbackCommands.completionAccepted,
        arguments: [result.id],
      });
      listener?.onProvided(result, document, position, { ...(selected && { selectedText: selected.text }), ...(ghostMs !== undefined && { ghostMs }) });
      return [item];
    } catch (error) {
      // Never throw into VS Code: a failed completion is just no completion, logged.
      logger.error(errorForLog(error));
      return undefined;
    } finally {
      abort.dispose();
    }
  }
}

function selectedItemOf(document: vscode.TextDocument, info: vscode.SelectedCompletionInfo): SelectedItem {
  return { start: document.offsetAt(info.range.start), end: document.offsetAt(info.range.end), text: info.text };
}
