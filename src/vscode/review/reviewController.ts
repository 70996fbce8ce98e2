// The one editor controller for every proposed edit (chat's Apply, refactors): opens a review
// editor per proposal, routes Accept / Reject / Keep / Discard / Choose Changes… from the
// editor title, the CodeLens and the keyboard to it, keeps the context keys for their `when`
// clauses, and writes the kept changes once every change is decided.
import * as vscode from 'vscode';
import type { TrackRequest } from '../../core/feedback/retentionTracker';
import type { Logger } from '../../core/logger';
import type { EditProposal } from '../../core/review/editProposal';
import { hunkNear } from '../../core/review/reviewView';
import { pickHunks } from './hunkPicker';
import { writeProposal } from './proposalWriter';
import { ReviewCodeLens } from './reviewCodeLens';
import { ReviewDecorations } from './reviewDecorations';
import { ReviewDocuments } from './reviewDocuments';
import { REVIEW_CONTEXT, REVIEW_SCHEME } from './reviewIds';
import { ReviewSession } from './reviewSession';
import { ReviewCommands } from '../commandIds';
import { DisposableStore } from '../../core/disposable';

export interface ReviewControllerDeps {
  readonly logger: Logger;
  /** Follows what was written (the feedback retention tracker). */
  readonly retention?: { track(request: TrackRequest): void };
}

export interface ReviewOptions {
  /** Runs after the kept changes were written. */
  readonly onApplied?: (document: vscode.TextDocument) => void;
}

interface Open {
  readonly session: ReviewSession;
  readonly options: ReviewOptions;
}

export class ReviewController implements vscode.Disposable {
  private readonly open = new Map<string, Open>();
  private latest: ReviewSession | undefined;
  private readonly documents = new ReviewDocuments();
  private readonly decorations = new ReviewDecorations();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  private readonly disposables = new DisposableStore();

  constructor(private readonly deps: ReviewControllerDeps) {
    const arg = (value: unknown): string | undefined => (typeof value === 'string' || value instanceof vscode.Uri ? value.toString() : undefined);
    const index = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
    this.disposables.addAll(
      this.documents,
      this.decorations,
      this.lensesChanged,
      vscode.workspace.registerTextDocumentContentProvider(REVIEW_SCHEME, this.documents),
      vscode.languages.registerCodeLensProvider({ scheme: REVIEW_SCHEME }, new ReviewCodeLens((uri) => this.open.get(uri.toString())?.session, this.lensesChanged.event)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.updateContext()),
      vscode.commands.registerCommand(ReviewCommands.acceptAll, (uri?: unknown) => this.acceptAll(arg(uri))),
      vscode.commands.registerCommand(ReviewCommands.rejectAll, (uri?: unknown) => this.rejectAll(arg(uri))),
      vscode.commands.registerCommand(ReviewCommands.chooseChanges, (uri?: unknown) => this.chooseChanges(arg(uri))),
      vscode.commands.registerCommand(ReviewCommands.keepChange, (uri?: unknown, hunk?: unknown) => this.decide(arg(uri), index(hunk), 'kept')),
      vscode.commands.registerCommand(ReviewCommands.discardChange, (uri?: unknown, hunk?: unknown) => this.decide(arg(uri), index(hunk), 'discarded')),
      vscode.commands.registerCommand(ReviewCommands.undoDecision, (uri?: unknown, hunk?: unknown) => this.decide(arg(uri), index(hunk), 'pending')),
    );
    void this.updateContext();
  }

  /** Opens the review editor of `proposal` (streaming or ready); resolves once it is shown. */
  async begin(proposal: EditProposal, options: ReviewOptions = {}): Promise<ReviewSession> {
    const session = new ReviewSession(proposal, { documents: this.documents, decorations: this.decorations });
    const key = session.uri.toString();
    this.open.set(key, { session, options });
    this.latest = session;
    let warnedStale = false;
    const changes = proposal.onDidChange(() => {
      if (proposal.isStale && !warnedStale && proposal.isOpen) {
        warnedStale = true;
        void vscode.window.showWarningMessage(
          `Flywheel: ${proposal.target.label} changed, so this proposal of ${proposal.title} can no longer be applied. Ask again on the current code.`,
        );
      }
      this.lensesChanged.fire();
      void this.updateContext();
    });
    session.onDidEnd(() => {
      changes.dispose();
      this.open.delete(key);
      if (this.latest === session) this.latest = undefined;
      this.lensesChanged.fire();
      void this.updateContext();
    });
    await session.show();
    void this.updateContext();
    return session;
  }

  /** The review the command is for: the one named, the one in the active editor, or the latest. */
  private sessionFor(uri: string | undefined): Open | undefined {
    if (uri) return this.open.get(uri);
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    return (active && this.open.get(active)) || (this.latest && this.open.get(this.latest.uri.toString()));
  }

  private async acceptAll(uri: string | undefined): Promise<void> {
    const open = this.sessionFor(uri);
    if (!open) return void vscode.window.showInformationMessage('Flywheel: there is no proposed change to accept.');
    const { proposal } = open.session;
    if (proposal.state === 'streaming') return void vscode.window.showInformationMessage('Flywheel: the proposal is still being written; wait for it to finish.');
    proposal.decidePending('kept');
    await this.finishIfDecided(open);
  }

  private rejectAll(uri: string | undefined): void {
    const open = this.sessionFor(uri);
    if (open) this.deps.logger.info(`review: ${open.session.proposal.state === 'streaming' ? 'cancelled' : 'rejected'} ${open.session.proposal.title}`);
    open?.session.proposal.rejected();
  }

  private async chooseChanges(uri: string | undefined): Promise<void> {
    const open = this.sessionFor(uri);
    if (!open || open.session.proposal.state !== 'ready') return this.acceptAll(uri);
    const kept = await pickHunks(open.session.proposal);
    if (!kept || !open.session.proposal.isOpen) return;
    open.session.proposal.decideAll(kept);
    await this.finishIfDecided(open);
  }

  /** Decides the change `hunk`, or the one at (or after) the cursor of the review editor. */
  private async decide(uri: string | undefined, hunk: number | undefined, decision: 'kept' | 'discarded' | 'pending'): Promise<void> {
    const open = this.sessionFor(uri);
    if (!open || open.session.proposal.state !== 'ready') return;
    const { session } = open;
    const editor = session.editors()[0];
    const index = hunk ?? hunkNear(session.view, session.proposal, editor?.selection.active.line ?? 0);
    if (index === undefined) return;
    session.proposal.decide(index, decision);
    const next = hunkNear(session.view, session.proposal, session.view.hunkStart[index] ?? 0);
    if (next !== undefined) session.reveal(next);
    await this.finishIfDecided(open);
  }

  /** Once no change is undecided: writes the kept ones, or ends the review when none was kept. */
  private async finishIfDecided({ session, options }: Open): Promise<void> {
    const { proposal } = session;
    if (proposal.state !== 'ready' || proposal.pendingCount > 0) return;
    if (proposal.keptCount === 0) return proposal.rejected();
    if (proposal.caution && !proposal.isStale) {
      const choice = await vscode.window.showWarningMessage(`${proposal.caution} Apply it anyway?`, { modal: true }, 'Apply Anyway');
      if (choice !== 'Apply Anyway') {
        for (const hunk of proposal.hunks) if (proposal.decision(hunk.index) === 'kept') proposal.decide(hunk.index, 'pending');
        return;
      }
    }
    const result = await session.write(() => writeProposal(proposal));
    if (result.kind !== 'written') {
      this.deps.logger.info(`review: not written to ${proposal.target.label}: ${result.message}`);
      void (result.kind === 'refused' ? vscode.window.showWarningMessage(`Flywheel: ${result.message}`) : vscode.window.showErrorMessage(`Flywheel: ${result.message}`));
      return proposal.rejected();
    }
    proposal.applied();
    this.deps.logger.info(`review: wrote ${proposal.keptCount} of ${proposal.hunks.length} changes to ${proposal.target.label}`);
    const { document, range, text } = result;
    const target = proposal.target;
    this.deps.retention?.track({
      kind: 'review',
      suggestionId: proposal.id,
      uri: document.uri.toString(),
      start: document.offsetAt(range.start),
      insertedText: text,
      language: document.languageId,
      ...(target.kind !== 'untitled' && target.path !== undefined && { path: target.path }),
      ...(target.kind === 'document' && target.notebook && { notebook: true }),
      origin: proposal.origin,
      action: proposal.action,
    });
    options.onApplied?.(document);
    const editor = await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(range.start, range.start) });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The keys describe the review commands would act on (keybindings add `resourceScheme`). */
  private updateContext(): Thenable<unknown> {
    const proposal = this.sessionFor(undefined)?.session.proposal;
    const state = !proposal ? '' : proposal.isStale ? 'stale' : proposal.state;
    return Promise.all([
      vscode.commands.executeCommand('setContext', REVIEW_CONTEXT.state, state),
      vscode.commands.executeCommand('setContext', REVIEW_CONTEXT.multipleHunks, state === 'ready' && proposal!.hunks.length > 1),
    ]);
  }

  dispose(): void {
    for (const { session } of [...this.open.values()]) session.dispose();
    this.open.clear();
    this.disposables.dispose();
  }
}
