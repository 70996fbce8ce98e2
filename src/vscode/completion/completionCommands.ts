// The completion commands: snooze/resume, trigger by hand, the status menu, Test Connection.
// (Show Last Completion Prompt lives in promptReportDocument.ts.)
import * as vscode from 'vscode';
import type { CompletionEngine } from '../../core/completion/completionEngine';
import type { Logger } from '../../core/logger';
import type { ModelGateway } from '../../core/models/modelGateway';
import type { PromptSender } from '../../core/promptDoor';
import { testConnection } from './testConnection';
import type { SnoozeState } from './snoozeState';

export interface CompletionCommandDeps {
  readonly engine: CompletionEngine;
  readonly gateway: ModelGateway;
  readonly send: PromptSender;
  readonly snooze: SnoozeState;
  readonly logger: Logger;
  readonly onSnoozeChanged: () => void;
  /** Test Connection succeeded with this model. */
  readonly onConnected: (model: string) => void;
}

export function registerCompletionCommands(deps: CompletionCommandDeps): vscode.Disposable[] {
  const { engine, snooze, onSnoozeChanged } = deps;
  const snoozeFor = async (minutes?: number) => {
    const chosen = minutes ?? (await pickSnoozeMinutes());
    if (chosen === undefined) return;
    engine.snooze(await snooze.snooze(chosen));
    onSnoozeChanged();
  };
  return [
    vscode.commands.registerCommand('flywheel.snoozeCompletions', (minutes?: number) => snoozeFor(typeof minutes === 'number' ? minutes : undefined)),
    vscode.commands.registerCommand('flywheel.resumeCompletions', async () => {
      await snooze.resume();
      engine.snooze(undefined);
      onSnoozeChanged();
    }),
    vscode.commands.registerCommand('flywheel.triggerCompletion', () => vscode.commands.executeCommand('editor.action.inlineSuggest.trigger')),
    vscode.commands.registerCommand('flywheel.testConnection', () => testConnection(deps.gateway, deps.send, deps.logger, deps.onConnected)),
    vscode.commands.registerCommand('flywheel.showStatusMenu', () => showStatusMenu(snooze.until !== undefined)),
  ];
}

async function pickSnoozeMinutes(): Promise<number | undefined> {
  const picked = await vscode.window.showQuickPick(
    [5, 15, 30, 60, 240].map((m) => ({ label: m < 60 ? `${m} minutes` : `${m / 60} hour${m > 60 ? 's' : ''}`, minutes: m })),
    { title: 'Snooze Flywheel completions for…' },
  );
  return picked?.minutes;
}

async function showStatusMenu(snoozed: boolean): Promise<void> {
  const items: (vscode.QuickPickItem & { command: string; args?: unknown[] })[] = [
    { label: '$(sparkle) Trigger Completion', command: 'flywheel.triggerCompletion' },
    snoozed
      ? { label: '$(debug-start) Resume Completions', command: 'flywheel.resumeCompletions' }
      : { label: '$(debug-pause) Snooze Completions…', command: 'flywheel.snoozeCompletions' },
    { label: '$(plug) Test Connection', command: 'flywheel.testConnection' },
    { label: '$(server) Select Model for Completion…', command: 'flywheel.selectModel', args: ['completion'] },
    { label: '$(eye) Show Last Completion Prompt', command: 'flywheel.showLastCompletionPrompt' },
    { label: '$(graph) Show Statistics', command: 'flywheel.showStatistics' },
    { label: '$(dashboard) Show Model Metrics', command: 'flywheel.showModelMetrics' },
    { label: '$(gear) Open Settings', command: 'workbench.action.openSettings', args: ['flywheel'] },
    { label: '$(output) Show Log', command: 'flywheel.showLog' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Flywheel' });
  if (picked) await vscode.commands.executeCommand(picked.command, ...(picked.args ?? []));
}
