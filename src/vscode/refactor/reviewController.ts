// Keeps the one proposal under review, the context keys that show its Accept/Reject buttons
// and enable its keybindings, status bar buttons that exist exactly as long as the review
// (a notification's buttons would outlive it), and routes the Accept/Reject commands to it.
import * as vscode from 'vscode';
import type { ProposalReview } from './proposalReview';
import { REFACTOR_COMMANDS, REFACTOR_CONTEXT } from './refactorIds';

function statusButton(priority: number, text: string, command: string, tooltip: string): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem(`flywheel.refactor.${command.split('.').pop()}`, vscode.StatusBarAlignment.Left, priority);
  item.name = `Flywheel: ${tooltip}`;
  item.text = text;
  item.command = command;
  item.tooltip = tooltip;
  return item;
}

export class ReviewController implements vscode.Disposable {
  private current: ProposalReview | undefined;
  private readonly buttons = {
    accept: statusButton(1003, '$(check) Accept', REFACTOR_COMMANDS.accept, 'Accept the proposed change (Ctrl+Enter in the preview)'),
    acceptHunks: statusButton(1002, '$(checklist) Accept Some…', REFACTOR_COMMANDS.acceptHunks, 'Choose which changes to accept (Ctrl+Shift+Enter in the preview)'),
    reject: statusButton(1001, '$(close) Reject', REFACTOR_COMMANDS.reject, 'Reject the proposal (Ctrl+Backspace in the preview)'),
  };

  get active(): ProposalReview | undefined {
    return this.current?.isOpen ? this.current : undefined;
  }

  /** Makes `review` the current one; an older review still open is rejected. */
  begin(review: ProposalReview): void {
    this.current?.reject();
    this.current = review;
    review.onDidBecomeStale(() => void this.updateContext());
    review.onDidClose(() => {
      if (this.current === review) this.current = undefined;
      void this.updateContext();
    });
    void this.updateContext();
  }

  /** Call when the current review changes state (streaming → ready). */
  updateContext(): Thenable<unknown> {
    const review = this.active;
    const ready = !!review?.isReady && !review.isStale;
    this.show(this.buttons.accept, ready);
    this.show(this.buttons.acceptHunks, ready && review!.hunkCount > 1);
    this.show(this.buttons.reject, !!review);
    this.buttons.reject.text = review && !review.isReady ? '$(close) Cancel' : '$(close) Reject';
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

  private show(item: vscode.StatusBarItem, visible: boolean): void {
    if (visible) item.show();
    else item.hide();
  }

  dispose(): void {
    this.current?.reject();
    this.current = undefined;
    for (const item of Object.values(this.buttons)) item.dispose();
  }
}
