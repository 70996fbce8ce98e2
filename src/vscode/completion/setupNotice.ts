// What to tell a user whose completions have no model: Ollama not running, or no model that can
// fill in the middle. The first time it is found the notification shows by itself (once per
// window, not every time discovery looks again), as an error so that VS Code keeps it on screen
// until it is answered (a warning toast fades after seconds, often while the window is still
// loading); the status bar keeps saying it until it is fixed, and a click on it shows the help
// again. Retry looks for Ollama at once and says what it
// found; a success clears the status bar.
import * as vscode from 'vscode';
import type { ModelRole } from '../../core/models/modelGatewayConfig';
import { ollamaDownHelp, type OllamaDiscovery } from '../../core/models/ollamaDiscovery';
import { openModelSettings } from '../models/openModelSettings';
import type { CompletionStatusBar } from './completionStatusBar';
import { CompletionCommands } from '../commandIds';

type Problem = Exclude<OllamaDiscovery, { kind: 'ready' }>;

export interface SetupNoticeDeps {
  readonly status: CompletionStatusBar;
  readonly extensionUri: vscode.Uri;
  /** Looks for Ollama again now; the result arrives through `update` before it settles. */
  readonly rediscover: () => Promise<void>;
  /** After a successful Retry: ask for a completion where the user was typing. */
  readonly onReady: () => void;
}

export class SetupNotice {
  private problem: Problem | undefined;
  private shownOnce = false;
  private retrying = false;

  constructor(private readonly deps: SetupNoticeDeps) {}

  /** Called with every discovery result and the roles that rely on it (completions or not). */
  update(result: OllamaDiscovery, roles: readonly ModelRole[]): void {
    const { status } = this.deps;
    if (!roles.includes('completion')) {
      // Completions do not depend on discovery (the settings name their model): no set-up notice.
      this.problem = undefined;
      if (status.status.kind === 'setupNeeded') status.set({ kind: 'idle' });
      return;
    }
    if (result.kind === 'ready') {
      // Set up again: the notice goes, and so does an error left from before (no model, refused).
      const stale = this.problem !== undefined || status.status.kind === 'setupNeeded' || status.status.kind === 'error';
      this.problem = undefined;
      if (stale) status.set({ kind: 'idle', model: result.roles.completion.endpoint.model });
      return;
    }
    const changed = this.problem === undefined || summary(this.problem) !== summary(result);
    this.problem = result;
    if (changed || status.status.kind !== 'setupNeeded') status.set({ kind: 'setupNeeded', message: summary(result), command: CompletionCommands.showSetupHelp });
    if (!this.shownOnce && !this.retrying) {
      this.shownOnce = true;
      void this.show();
    }
  }

  /** The help for the current problem (the status bar's click), or a word that all is well. */
  async show(): Promise<void> {
    const problem = this.problem;
    if (!problem) {
      void vscode.window.showInformationMessage('Flywheel: completions have a model. Use "Flywheel: Test Connection" to check it.');
      return;
    }
    this.shownOnce = true;
    if (problem.kind === 'noFimModel') {
      const choice = await vscode.window.showErrorMessage(
        `${summary(problem)} Run "${problem.suggestion}" in a terminal, then Retry.`,
        'Copy Command', 'Open Terminal', 'Retry',
      );
      if (choice === 'Copy Command') await vscode.env.clipboard.writeText(problem.suggestion);
      if (choice === 'Open Terminal') {
        const terminal = vscode.window.createTerminal('Flywheel: Ollama');
        terminal.show();
        terminal.sendText(problem.suggestion, false); // typed, not run: the user presses Enter
      }
      if (choice === 'Retry') await this.retry();
      return;
    }
    const choice = await vscode.window.showErrorMessage(
      `${summary(problem)} ${ollamaDownHelp(problem).advice}`,
      'Retry', 'Open Settings', 'Open Docs',
    );
    if (choice === 'Retry') await this.retry();
    if (choice === 'Open Settings') await openModelSettings('flywheel.models.completion');
    if (choice === 'Open Docs') await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(this.deps.extensionUri, 'README.md'));
  }

  /** Looks again now and answers the click: the help again if still stuck, a word if fixed. */
  async retry(): Promise<void> {
    this.retrying = true;
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Flywheel: looking for Ollama…' }, () => this.deps.rediscover());
    } finally {
      this.retrying = false;
    }
    if (this.problem) {
      await this.show();
      return;
    }
    const model = this.deps.status.status.kind === 'idle' ? this.deps.status.status.model : undefined;
    void vscode.window.showInformationMessage(`Flywheel: found Ollama${model ? `; completions use ${model}` : ''}.`);
    this.deps.onReady();
  }
}

function summary(problem: Problem): string {
  return problem.kind === 'ollamaDown'
    ? ollamaDownHelp(problem).summary
    : `Ollama at ${problem.host} has no model that can complete code (fill-in-the-middle).`;
}
