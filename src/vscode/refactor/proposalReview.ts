// One proposal under review: the diff editor (original vs proposed, as virtual documents),
// the reply streaming into it, and the user's decision. Accepting writes one undoable
// WorkspaceEdit, and only into the document version the request was made from.
import * as vscode from 'vscode';
import type { FeedbackEventBase, FeedbackSink, RefactorAccepted, RefactorRejected, RefactorShown } from '../../core/feedback/feedbackEvents';
import type { TrackRequest } from '../../core/feedback/retentionTracker';
import type { Logger } from '../../core/logger';
import { applyHunks, describeHunk } from '../../core/refactor/hunks';
import type { RefactorAction } from '../../core/refactor/refactorActions';
import type { RefactorProposal } from '../../core/refactor/refactorRequest';
import { checkApplicable } from '../../core/refactor/versionCheck';
import type { ProposalDocuments } from './proposalDocuments';

/** Where an accepted proposal goes. */
export type ReviewDestination =
  /** Replace `range` of an open document, at `version`. */
  | { readonly kind: 'range'; readonly document: vscode.TextDocument; readonly version: number; readonly range: vscode.Range }
  /** Create a file (tests in the project's convention). */
  | { readonly kind: 'newFile'; readonly uri: vscode.Uri; readonly languageId: string }
  /** Open a new untitled document. */
  | { readonly kind: 'untitled'; readonly languageId: string };

export interface ReviewDeps {
  readonly documents: ProposalDocuments;
  readonly logger: Logger;
  readonly feedback?: FeedbackSink;
  readonly retention?: { track(request: TrackRequest): void };
}

export interface ReviewParams {
  readonly action: RefactorAction;
  readonly suggestionId: string;
  readonly destination: ReviewDestination;
  /** The replaced text as it was ('\n' line ends); '' for new files. */
  readonly original: string;
  /** The document around the range (for the diff's context); the range is [prefix, prefix+original). */
  readonly before: string;
  readonly after: string;
  readonly fileName: string;
  readonly relativePath?: string;
  readonly languageId: string;
}

type Body<T> = Omit<T, keyof FeedbackEventBase>;
type RefactorEventBody = Body<RefactorShown> | Body<RefactorAccepted> | Body<RefactorRejected>;

export type ReviewOutcome = 'accepted' | 'rejected' | 'failed' | 'cancelled';

export class ProposalReview implements vscode.Disposable {
  readonly originalUri: vscode.Uri;
  readonly proposedUri: vscode.Uri;
  private proposal: RefactorProposal | undefined;
  private state: 'streaming' | 'ready' | 'closed' = 'streaming';
  private stale = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<ReviewOutcome>();
  /** Fires once, when the review ends for any reason. */
  readonly onDidClose = this.closed.event;
  private readonly staleChanged = new vscode.EventEmitter<void>();
  /** Fires when the target document changes under the proposal. */
  readonly onDidBecomeStale = this.staleChanged.event;

  constructor(
    private readonly deps: ReviewDeps,
    readonly params: ReviewParams,
  ) {
    this.originalUri = deps.documents.createUri('original', params.fileName);
    this.proposedUri = deps.documents.createUri('proposed', params.fileName);
    deps.documents.set(this.originalUri, this.wholeText(params.original));
    deps.documents.set(this.proposedUri, this.wholeText(params.original));
    const destination = params.destination;
    if (destination.kind === 'range') {
      this.disposables.push(
        vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === destination.document && e.contentChanges.length > 0) this.markStale();
        }),
      );
    }
    this.disposables.push(
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        // Closing the preview tab is a Reject (and stops a stream that is still running).
        if (this.state !== 'closed' && e.closed.some((tab) => this.isOurTab(tab))) this.finish(this.state === 'ready' ? 'rejected' : 'cancelled');
      }),
    );
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  get isOpen(): boolean {
    return this.state !== 'closed';
  }

  /** The target document changed after the request: the proposal can no longer be applied. */
  get isStale(): boolean {
    return this.stale;
  }

  get hunkCount(): number {
    return this.proposal?.hunks.length ?? 0;
  }

  async show(title: string): Promise<void> {
    await vscode.commands.executeCommand('vscode.diff', this.originalUri, this.proposedUri, title, { preview: false });
  }

  /** The proposal so far, while the reply streams. */
  update(proposed: string): void {
    if (this.state === 'streaming') this.deps.documents.set(this.proposedUri, this.wholeText(proposed), 80);
  }

  /** The complete proposal: the review now waits for Accept or Reject. */
  ready(proposal: RefactorProposal, metrics: { ttftMs?: number; totalMs: number }): void {
    if (this.state !== 'streaming' || proposal.proposed === undefined) return;
    this.proposal = proposal;
    this.state = 'ready';
    this.deps.documents.set(this.proposedUri, this.wholeText(proposal.proposed));
    this.record({
      kind: 'refactor.shown',
      action: this.params.action.id,
      hunks: proposal.hunks.length,
      ttftMs: metrics.ttftMs,
      totalMs: metrics.totalMs,
      completionChars: proposal.proposed.length,
      text: { completion: proposal.proposed },
    });
  }

  /** Accepts every hunk, or the chosen ones. Resolves to whether anything was written. */
  async accept(hunkIndexes?: readonly number[]): Promise<boolean> {
    const proposal = this.proposal;
    if (this.state !== 'ready' || !proposal || proposal.proposed === undefined) return false;
    if (proposal.syntax === 'errors' || proposal.extracted.truncated) {
      const choice = await vscode.window.showWarningMessage(
        `${proposal.warnings.join(' ')} Apply it anyway?`,
        { modal: true },
        'Apply Anyway',
      );
      if (choice !== 'Apply Anyway' || this.state !== 'ready') return false;
    }
    const text = hunkIndexes ? applyHunks(proposal.original, proposal.hunks, hunkIndexes) : proposal.proposed;
    const destination = this.params.destination;
    const edit = new vscode.WorkspaceEdit();
    let written: { uri: vscode.Uri; start: number; text: string } | undefined;
    if (destination.kind === 'range') {
      const document = destination.document;
      const check = checkApplicable(
        { version: destination.version, rangeText: this.params.original, fileName: this.params.fileName },
        {
          version: document.isClosed ? undefined : document.version,
          rangeText: document.isClosed ? undefined : document.getText(destination.range).replace(/\r\n/g, '\n'),
        },
      );
      if (!check.ok) {
        this.deps.logger.info(`refactor: not applied (${check.reason}) to ${this.params.fileName}`);
        void vscode.window.showWarningMessage(`Flywheel: ${check.message}`);
        this.finish('failed');
        return false;
      }
      const eolText = document.eol === vscode.EndOfLine.CRLF ? text.replace(/\n/g, '\r\n') : text;
      edit.replace(document.uri, destination.range, eolText);
      written = { uri: document.uri, start: document.offsetAt(destination.range.start), text: eolText };
    } else if (destination.kind === 'newFile') {
      edit.createFile(destination.uri, { ignoreIfExists: false });
      edit.insert(destination.uri, new vscode.Position(0, 0), text);
      written = { uri: destination.uri, start: 0, text };
    }

    if (destination.kind === 'untitled') {
      const document = await vscode.workspace.openTextDocument({ language: destination.languageId, content: text });
      await vscode.window.showTextDocument(document);
    } else if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Flywheel: the editor refused the edit to ${this.params.fileName}; nothing was written.`);
      this.finish('failed');
      return false;
    }
    this.record({ kind: 'refactor.accepted', action: this.params.action.id, hunksAccepted: hunkIndexes?.length ?? proposal.hunks.length, hunksTotal: proposal.hunks.length });
    if (written) {
      this.deps.retention?.track({
        kind: 'refactor',
        suggestionId: this.params.suggestionId,
        uri: written.uri.toString(),
        start: written.start,
        insertedText: written.text,
        language: this.params.languageId,
        path: this.params.relativePath,
        action: this.params.action.id,
      });
    }
    this.finish('accepted');
    if (destination.kind === 'newFile') await vscode.window.showTextDocument(destination.uri);
    return true;
  }

  /** Asks which hunks to take (all preselected), then accepts those. */
  async acceptSomeHunks(): Promise<boolean> {
    const proposal = this.proposal;
    if (this.state !== 'ready' || !proposal) return false;
    if (proposal.hunks.length <= 1) return this.accept();
    const firstLine = this.params.before.split('\n').length - 1;
    const items = proposal.hunks.map((hunk) => ({
      label: `$(diff) ${describeHunk(hunk, firstLine)}`,
      detail: [...hunk.removed.map((l) => `− ${l.trim()}`), ...hunk.added.map((l) => `+ ${l.trim()}`)].slice(0, 3).join('   '),
      picked: true,
      index: hunk.index,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: `Flywheel: accept which changes of ${this.params.action.title}?`,
      placeHolder: 'Untick the changes to leave out, then press Enter',
      ignoreFocusOut: true,
    });
    if (!picked || this.state !== 'ready') return false;
    if (picked.length === 0) {
      this.reject();
      return false;
    }
    return this.accept(picked.map((p) => p.index));
  }

  reject(): void {
    if (this.state === 'closed') return;
    this.finish(this.state === 'ready' ? 'rejected' : 'cancelled');
  }

  private markStale(): void {
    if (this.stale) return;
    this.stale = true;
    this.staleChanged.fire();
    void vscode.window.showWarningMessage(
      `Flywheel: ${this.params.fileName} changed after the request was made, so this proposal can no longer be applied. Run the action again on the current code.`,
    );
  }

  private finish(outcome: ReviewOutcome): void {
    if (this.state === 'closed') return;
    const wasReady = this.state === 'ready';
    this.state = 'closed';
    if (outcome === 'rejected' || (outcome === 'failed' && wasReady)) this.record({ kind: 'refactor.rejected', action: this.params.action.id });
    void this.closeTabs();
    this.closed.fire(outcome);
    this.dispose();
  }

  private async closeTabs(): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => this.isOurTab(tab));
    if (tabs.length) await vscode.window.tabGroups.close(tabs, true);
    this.deps.documents.delete(this.originalUri);
    this.deps.documents.delete(this.proposedUri);
  }

  private isOurTab(tab: vscode.Tab): boolean {
    const input = tab.input;
    return input instanceof vscode.TabInputTextDiff && input.modified.toString() === this.proposedUri.toString();
  }

  private wholeText(rangeText: string): string {
    return this.params.before + rangeText + this.params.after;
  }

  private record(event: RefactorEventBody): void {
    this.deps.feedback?.record({ ...event, suggestionId: this.params.suggestionId, language: this.params.languageId, path: this.params.relativePath });
  }

  dispose(): void {
    if (this.state !== 'closed') this.finish('cancelled');
    for (const d of this.disposables.splice(0)) d.dispose();
    this.closed.dispose();
    this.staleChanged.dispose();
  }
}
