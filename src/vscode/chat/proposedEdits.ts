// Apply's review step: the target file against the proposed text in VS Code's diff editor, with
// Accept and Reject (editor title buttons while the diff is active, and a notification).
// Nothing is written until Accept; the change is one WorkspaceEdit (one undo step), refused if
// the document changed after the diff was opened.
import * as vscode from 'vscode';
import { minimalReplacement } from '../../core/chat/applyPlan';
import type { Logger } from '../../core/logger';
import { ChatContextKeys, PROPOSED_EDIT_SCHEME } from './chatIds';

export interface ProposalRequest {
  readonly document: vscode.TextDocument;
  readonly proposed: string;
  /** Runs after the edit was applied, with the document's new version. */
  readonly onAccepted?: (version: number) => void;
}

interface Proposal extends ProposalRequest {
  readonly proposedUri: vscode.Uri;
  readonly baseVersion: number;
}

export class ProposedEdits implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly proposals = new Map<string, Proposal>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private counter = 0;

  constructor(private readonly logger: Logger) {
    this.disposables.push(
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(PROPOSED_EDIT_SCHEME, this),
      vscode.window.tabGroups.onDidChangeTabs(() => this.syncContext()),
      vscode.window.onDidChangeActiveTextEditor(() => this.syncContext()),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.proposals.get(uri.toString())?.proposed ?? '';
  }

  /** Opens the diff; resolves when it is shown (not when the user decides). */
  async propose(request: ProposalRequest): Promise<void> {
    const { document } = request;
    // Same path (so the language mode and icon match), our scheme, a query to keep it unique.
    const proposedUri = document.uri.with({ scheme: PROPOSED_EDIT_SCHEME, query: `proposal=${++this.counter}`, fragment: '' });
    const key = proposedUri.toString();
    this.proposals.set(key, { ...request, proposedUri, baseVersion: document.version });
    const name = vscode.workspace.asRelativePath(document.uri, false);
    await vscode.commands.executeCommand('vscode.diff', document.uri, proposedUri, `${name} ↔ Proposed by Flywheel`, { preview: false });
    await this.syncContext();
    void vscode.window.showInformationMessage(`Flywheel proposes a change to ${name}.`, 'Accept', 'Reject').then((choice) => {
      if (choice === 'Accept') void this.accept(key);
      else if (choice === 'Reject') void this.reject(key);
    });
  }

  /** Accepts the proposal shown in the active diff (or the one with `key`). */
  async accept(key?: string | vscode.Uri): Promise<boolean> {
    const proposal = this.find(key);
    if (!proposal) {
      if (key === undefined) void vscode.window.showWarningMessage('There is no proposed change to accept here.');
      return false;
    }
    const { document } = proposal;
    const current = await vscode.workspace.openTextDocument(document.uri);
    if (current.version !== proposal.baseVersion || current.isClosed) {
      this.forget(proposal);
      await this.closeDiff(proposal);
      void vscode.window.showWarningMessage(
        `${vscode.workspace.asRelativePath(document.uri, false)} changed after the diff was opened, so the proposed change was not applied. Use Apply again to review it against the current text.`,
      );
      return false;
    }
    const before = current.getText();
    const change = minimalReplacement(before, proposal.proposed);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(current.uri, new vscode.Range(current.positionAt(change.start), current.positionAt(change.end)), change.text);
    const applied = await vscode.workspace.applyEdit(edit);
    this.forget(proposal);
    await this.closeDiff(proposal);
    if (!applied) {
      void vscode.window.showErrorMessage('VS Code refused the edit (is the file read-only?). Nothing was changed.');
      return false;
    }
    this.logger.info(`Chat: applied a proposed change to ${vscode.workspace.asRelativePath(current.uri, false)}`);
    proposal.onAccepted?.(current.version);
    await vscode.window.showTextDocument(current, { preview: false, selection: new vscode.Range(current.positionAt(change.start), current.positionAt(change.start + change.text.length)) });
    return true;
  }

  async reject(key?: string | vscode.Uri): Promise<boolean> {
    const proposal = this.find(key);
    if (!proposal) return false;
    this.forget(proposal);
    await this.closeDiff(proposal);
    return true;
  }

  dispose(): void {
    this.proposals.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private find(key?: string | vscode.Uri): Proposal | undefined {
    if (key !== undefined) return this.proposals.get(key.toString());
    const active = this.activeProposedUri();
    return active ? this.proposals.get(active.toString()) : undefined;
  }

  private activeProposedUri(): vscode.Uri | undefined {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (input instanceof vscode.TabInputTextDiff && input.modified.scheme === PROPOSED_EDIT_SCHEME) return input.modified;
    const editorUri = vscode.window.activeTextEditor?.document.uri;
    return editorUri?.scheme === PROPOSED_EDIT_SCHEME ? editorUri : undefined;
  }

  private forget(proposal: Proposal): void {
    this.proposals.delete(proposal.proposedUri.toString());
    void this.syncContext();
  }

  private async closeDiff(proposal: Proposal): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => {
      const input = tab.input;
      return input instanceof vscode.TabInputTextDiff && input.modified.toString() === proposal.proposedUri.toString();
    });
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  }

  private syncContext(): Thenable<unknown> {
    const active = this.activeProposedUri();
    const pending = active !== undefined && this.proposals.has(active.toString());
    return vscode.commands.executeCommand('setContext', ChatContextKeys.proposedEditActive, pending);
  }
}
