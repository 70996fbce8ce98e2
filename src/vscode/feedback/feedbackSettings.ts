// The typed reader of the feedback settings; the core receives these plain values.
import * as vscode from 'vscode';

export interface FeedbackSettings {
  /** flywheel.feedback.enabled: write the local log at all. */
  readonly enabled: boolean;
  readonly keepDays: number;
  /** flywheel.feedback.storeText: keep prompt/completion/final text (needed for the dataset). */
  readonly storeText: boolean;
  readonly hashPaths: boolean;
  /** flywheel.completion.adaptiveTrigger */
  readonly adaptiveTrigger: boolean;
}

export function readFeedbackSettings(): FeedbackSettings {
  const feedback = vscode.workspace.getConfiguration('flywheel.feedback');
  const completion = vscode.workspace.getConfiguration('flywheel.completion');
  return {
    enabled: feedback.get<boolean>('enabled', true),
    keepDays: Math.max(1, feedback.get<number>('keepDays', 90)),
    storeText: feedback.get<boolean>('storeText', false),
    hashPaths: feedback.get<boolean>('hashPaths', false),
    adaptiveTrigger: completion.get<boolean>('adaptiveTrigger', true),
  };
}

export function affectsFeedbackSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('flywheel.feedback') || event.affectsConfiguration('flywheel.completion.adaptiveTrigger');
}
