// What to tell a user whose completions have no model: Ollama not running, or no model that can
// fill in the middle. Shown once in the status bar; a click opens this with the exact next step.
import * as vscode from 'vscode';
import type { OllamaDiscovery } from '../../core/models/ollamaDiscovery';
import type { CompletionStatusBar } from './completionStatusBar';

export const setupHelpCommand = 'flywheel.showSetupHelp';

type Problem = Exclude<OllamaDiscovery, { kind: 'ready' }>;

export class SetupNotice {
  private problem: Problem | undefined;

  constructor(
    private readonly status: CompletionStatusBar,
    private readonly extensionUri: vscode.Uri,
    private readonly retry: () => void,
  ) {}

  /** Called with every discovery result; the status bar changes only when the problem does. */
  update(result: OllamaDiscovery): void {
    if (result.kind === 'ready') {
      if (this.problem) this.status.set({ kind: 'idle', model: result.endpoint.model });
      this.problem = undefined;
      return;
    }
    if (this.problem?.kind === result.kind) return;
    this.problem = result;
    this.status.set({ kind: 'setupNeeded', message: summary(result), command: setupHelpCommand });
  }

  async show(): Promise<void> {
    const problem = this.problem;
    if (!problem) {
      void vscode.window.showInformationMessage('Flywheel: completions have a model. Use "Flywheel: Test Connection" to check it.');
      return;
    }
    if (problem.kind === 'noFimModel') {
      const choice = await vscode.window.showWarningMessage(
        `${summary(problem)} Run "${problem.suggestion}" in a terminal, then retry.`,
        'Copy Command', 'Open Terminal', 'Retry',
      );
      if (choice === 'Copy Command') await vscode.env.clipboard.writeText(problem.suggestion);
      if (choice === 'Open Terminal') {
        const terminal = vscode.window.createTerminal('Flywheel: Ollama');
        terminal.show();
        terminal.sendText(problem.suggestion, false); // typed, not run: the user presses Enter
      }
      if (choice === 'Retry') this.retry();
      return;
    }
    const choice = await vscode.window.showWarningMessage(
      `${summary(problem)} Start Ollama ("ollama serve"), or configure another server in flywheel.models.completion.`,
      'Retry', 'Open Settings', 'Open Docs',
    );
    if (choice === 'Retry') this.retry();
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'flywheel.models');
    if (choice === 'Open Docs') await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(this.extensionUri, 'README.md'));
  }
}

function summary(problem: Problem): string {
  return problem.kind === 'ollamaDown'
    ? `Flywheel cannot reach Ollama at ${problem.host}.`
    : `Ollama at ${problem.host} has no model that can complete code (fill-in-the-middle).`;
}
