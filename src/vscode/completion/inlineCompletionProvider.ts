// The VS Code side of inline completions: turns a keystroke into a core request (a plain
// snapshot plus an AbortSignal bridged from the CancellationToken) and the engine's result
// into ghost text whose acceptance is reported back.
import * as vscode from 'vscode';
import type { CompletionOutcome, CompletionRequestOptions, CompletionResult } from '../../core/completion/completionTypes';
import type { DocumentSnapshot } from '../../core/documentSnapshot';
import type { Logger } from '../../core/logger';
import { toAbortSignal } from '../abortSignal';
import { documentLength, snapshotOf } from '../snapshot';
import type { CompletionStatusBar } from './completionStatusBar';
import type { LastChangeTracker } from './lastChangeTracker';
import { errorMessage, errorForLog } from '../../core/errorMessage';

/** The engine as this adapter uses it. */
export interface CompletionSource {
  complete(document: DocumentSnapshot, options: CompletionRequestOptions): Promise<CompletionOutcome>;
}

/** Told about each suggestion we hand to VS Code and what became of it (the feedback log). */
export interface SuggestionListener {
  onProvided(result: CompletionResult, document: vscode.TextDocument, position: vscode.Position): void;
}

export const acceptedCommand = 'flywheel.completionAccepted';

export interface InlineProviderOptions {
  readonly source: CompletionSource;
  readonly status: CompletionStatusBar;
  readonly lastChanges: LastChangeTracker;
  readonly logger: Logger;
  /** Read per request (enabled may be set per language): enabled, snoozed, size limit. */
  readonly settings: (document: vscode.TextDocument) => { enabled: boolean; snoozedUntil?: number; maxFileChars: number };
  readonly listener?: SuggestionListener;
  /** The adaptive trigger: false when a suggestion here is unlikely to be wanted (automatic only). */
  readonly gate?: (document: vscode.TextDocument, position: vscode.Position) => boolean;
}

export class FlywheelInlineCompletionProvider implements vscode.InlineCompletionItemProvider {
  constructor(private readonly options: InlineProviderOptions) {}

  async provideInlineCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.InlineCompletionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.InlineCompletionItem[] | undefined> {
    const { source, status, lastChanges, logger, settings, listener, gate } = this.options;
    const explicit = context.triggerKind === vscode.InlineCompletionTriggerKind.Invoke;
    const current = settings(document);
    if (!current.enabled && !explicit) return undefined;
    if (!explicit && current.snoozedUntil !== undefined && Date.now() < current.snoozedUntil) return undefined;
    // While the suggest widget is open its item owns the cursor; two suggestions would fight.
    if (context.selectedCompletionInfo && !explicit) return undefined;
    // Measure the length without copying the text: a multi-megabyte file is skipped cheaply.
    if (documentLength(document) > current.maxFileChars) return undefined;
    if (!explicit && gate && !gate(document, position)) return undefined;

    const abort = toAbortSignal(token);
    try {
      const snapshot = snapshotOf(document, position);
      const outcome = await source.complete(snapshot, {
        signal: abort.signal,
        trigger: explicit ? 'explicit' : 'automatic',
        lastChange: lastChanges.lastChange(document.uri),
      });
      if (outcome.kind === 'error') {
        logger.warn(`Completion failed: ${errorMessage(outcome.error)}`);
        return undefined;
      }
      if (outcome.kind !== 'completion' || token.isCancellationRequested) return undefined;
      const result = outcome.result;
      status.set({ kind: 'idle', model: result.model, lastLatencyMs: result.latency.totalMs });
      const range = new vscode.Range(document.positionAt(result.range.start), document.positionAt(result.range.end));
      const item = new vscode.InlineCompletionItem(result.text, range, {
        title: 'Accept Flywheel completion',
        command: acceptedCommand,
        arguments: [result.id],
      });
      listener?.onProvided(result, document, position);
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
