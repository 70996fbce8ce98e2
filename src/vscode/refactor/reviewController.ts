// Keeps the one proposal under review, the context keys that show its Accept/Reject buttons
// and enable its keybindings, and routes the Accept/Reject commands to it.
import * as vscode from 'vscode';
import type { ProposalReview } from './proposalReview';
import { REFACTOR_CONTEXT } from './refactorIds';

export class ReviewController implements vscode.Disposable {
  private current: ProposalReview | undefined;

  get active(): ProposalReview | undefined {
    return this.current?.isOpen ? this.current : undefined;
  }

  /** Makes `review` the current one; an older review still open is rejected. */
  begin(review: ProposalReview): void {
    this.current?.reject();
    this.current = review;
    review.onDidClose(() => {
      if (this.current === review) this.current = undefined;
      void this.updateContext();
    });
    void this.updateContext();
  }

  /** Call when the current review changes state (streaming → ready). */
  updateContext(): Thenable<unknown> {
    const review = this.active;
    return Promise.all([
      vscode.commands.executeCommand('setContext', REFACTOR_CONTEXT.streaming, !!review && !review.isReady),
      vscode.commands.executeCommand('setContext', REFACTOR_CONTEXT.reviewing, !!review?.isReady),
      vscode.commands.executeCommand('setContext', REFACTOR_CONTEXT.multipleHunks, !!review?.isReady && review.hunkCount > 1),
    ]);
  }

  async accept(): Promise<void> {
    const review = this.active;
    if (!review) return void vscode.window.showInformationMessage('Flywheel: there is no proposal to accept.');
    if (!review.isReady) return void vscode.window.showInformationMessage('Flywheel: the proposal is still being written; wait for it to finish.');
    await review.accept();
  }

  async acceptHunks(): Promise<void> {
    const review = this.active;
    if (!review?.isReady) return this.accept();
    await review.acceptSomeHunks();
  }

  reject(): void {
    this.active?.reject();
  }

  dispose(): void {
    this.current?.reject();
    this.current = undefined;
  }
}
