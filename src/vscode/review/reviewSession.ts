// One proposal in its review editor: keeps the editor's text, colours and position in step with
// the proposal, notices when the target document changes underneath (the proposal then goes
// stale: readable, never applied), and ends when the proposal is applied or rejected, or its
// tab is closed.
import * as vscode from 'vscode';
import type { EditProposal } from '../../core/review/editProposal';
import { renderReviewView, type ReviewView } from '../../core/review/reviewView';
import type { ReviewDecorations } from './reviewDecorations';
import type { ReviewDocuments } from './reviewDocuments';
import { DisposableStore } from '../../core/disposable';

export interface ReviewSessionDeps {
  readonly documents: ReviewDocuments;
  readonly decorations: ReviewDecorations;
}

export class ReviewSession implements vscode.Disposable {
  readonly uri: vscode.Uri;
  private currentView: ReviewView;
  private revealed = false;
  private shownState = '';
  /** A change to go to once the editor holds the text the view describes. */
  private pendingReveal: number | undefined;
  /** While the kept changes are being written: that change of the target is ours, not a reason to go stale. */
  private writing = false;
  private readonly disposables = new DisposableStore();
  private readonly ended = new vscode.EventEmitter<void>();
  /** Fires once, when the review ends for any reason (applied, rejected, tab closed). */
  readonly onDidEnd = this.ended.event;

  constructor(
    readonly proposal: EditProposal,
    private readonly deps: ReviewSessionDeps,
  ) {
    this.uri = deps.documents.createUri(`${proposal.target.label.split('/').pop()} ↔ Flywheel: ${proposal.title}`);
    this.currentView = renderReviewView(proposal);
    deps.documents.set(this.uri, this.currentView.text);
    const target = proposal.target;
    const subscription = proposal.onDidChange(() => this.refresh());
    this.disposables.addAll(
      subscription,
      vscode.workspace.onDidChangeTextDocument((e) => {
        const uri = e.document.uri.toString();
        if (target.kind === 'document' && uri === target.uri && e.contentChanges.length > 0 && !this.writing) proposal.markStale();
        if (uri === this.uri.toString()) this.decorate();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorate()),
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        // Closing the review's tab rejects the proposal (and stops one still being written).
        if (proposal.isOpen && e.closed.some((tab) => this.isOurTab(tab))) proposal.rejected();
      }),
    );
  }

  get view(): ReviewView {
    return this.currentView;
  }

  /** Opens the review editor, at the first change once there is one. */
  async show(): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    if (document.languageId !== this.proposal.target.languageId) {
      await vscode.languages.setTextDocumentLanguage(document, this.proposal.target.languageId).then(undefined, () => undefined);
    }
    await vscode.window.showTextDocument(this.uri, { preview: false });
    this.decorate();
    this.revealFirstChange();
  }

  /** The review editors showing this review. */
  editors(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === this.uri.toString());
  }

  /** Runs `write`, the one write of the kept changes into the target. */
  async write<T>(write: () => Promise<T>): Promise<T> {
    this.writing = true;
    try {
      return await write();
    } finally {
      this.writing = false;
    }
  }

  /** Moves the cursor of the review editor to a change and scrolls it into view. */
  reveal(hunk: number): void {
    const line = this.currentView.hunkStart[hunk];
    if (line === undefined) return;
    // Right after a decision the editor may still hold the previous text: go there once it has the new one.
    if (this.editors().some((e) => e.document.getText() !== this.currentView.text)) {
      this.pendingReveal = hunk;
      return;
    }
    this.pendingReveal = undefined;
    for (const editor of this.editors()) {
      editor.selection = new vscode.Selection(line, 0, line, 0);
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  private refresh(): void {
    if (!this.proposal.isOpen) {
      this.end();
      return;
    }
    // The complete proposal may start elsewhere than the first streamed lines: go there again.
    if (this.proposal.state !== this.shownState) this.revealed = false;
    this.shownState = this.proposal.state;
    this.currentView = renderReviewView(this.proposal);
    this.deps.documents.set(this.uri, this.currentView.text, this.proposal.state === 'streaming' ? 80 : 0);
    this.decorate();
    this.revealFirstChange();
  }

  private revealFirstChange(): void {
    if (this.revealed || this.currentView.hunkStart.length === 0 || this.editors().length === 0) return;
    // Only once the document holds the text the view describes (streaming updates are throttled).
    if (this.editors()[0].document.getText() !== this.currentView.text) return;
    this.revealed = true;
    this.reveal(0);
  }

  private decorate(): void {
    for (const editor of this.editors()) {
      // Colours follow the text the editor holds; a throttled update decorates when it lands.
      if (editor.document.getText() === this.currentView.text) this.deps.decorations.apply(editor, this.currentView);
    }
    if (this.pendingReveal !== undefined) this.reveal(this.pendingReveal);
    this.revealFirstChange();
  }

  private isOurTab(tab: vscode.Tab): boolean {
    return tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === this.uri.toString();
  }

  private end(): void {
    if (this.disposables.isDisposed) return;
    this.disposables.dispose();
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => this.isOurTab(tab));
    void Promise.resolve(tabs.length ? vscode.window.tabGroups.close(tabs, true) : undefined).then(
      () => this.deps.documents.delete(this.uri),
      () => this.deps.documents.delete(this.uri),
    );
    this.ended.fire();
    this.ended.dispose();
  }

  dispose(): void {
    this.proposal.rejected();
    this.end();
  }
}
