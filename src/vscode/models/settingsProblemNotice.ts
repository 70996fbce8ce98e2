// Tells the user, once per change of their settings, which flywheel.models entries Flywheel could
// not use and why (in the log and in a notification that opens the settings where they live).
import * as vscode from 'vscode';
import type { Logger } from '../../core/logger';
import { describeEntryProblems, type EntryProblem } from '../../core/models/modelEntries';
import { openModelSettings } from './openModelSettings';

export class SettingsProblemNotice {
  private said = '';

  constructor(private readonly logger: Logger) {}

  report(problems: readonly EntryProblem[]): void {
    const message = problems.length > 0 ? describeEntryProblems(problems) : '';
    if (message === this.said) return;
    this.said = message;
    if (!message) return;
    this.logger.warn(`Model settings: ${message}`);
    const show = problems.some((p) => p.unusable) ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
    void show(`Flywheel: ${message}`, 'Open Settings').then((choice) => {
      if (choice) void openModelSettings(`flywheel.models.${problems[0]!.role}`);
    });
  }
}
