// The status bar item for inline completions: what Flywheel is doing now, and one click to
// the action that helps (menu, set-up, snooze). Problems show here once, not as a stream of
// notifications.
import * as vscode from 'vscode';
import type { ModelRole } from '../../core/models/modelGatewayConfig';
import type { RoleModels } from '../models/registerModels';

/** What the user waited for the last suggestion (keystroke to ghost text), and the model's part of it. */
export interface LastLatency {
  readonly ghostMs: number;
  readonly modelMs: number;
}

export type CompletionStatus =
  | { kind: 'idle'; model?: string; latency?: LastLatency }
  | { kind: 'loadingModel'; model: string }
  | { kind: 'generating'; model?: string; latency?: LastLatency }
  | { kind: 'snoozed'; until: number }
  | { kind: 'disabled' }
  | { kind: 'setupNeeded'; message: string; command: string }
  | { kind: 'error'; message: string };

export class CompletionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('flywheel.status', vscode.StatusBarAlignment.Right, 100);
  private last: CompletionStatus = { kind: 'idle' };
  /** Which model serves each role, e.g. "Chat and refactors: qwen2.5-coder:7b (instruction-tuned)". */
  private models: readonly string[] = [];

  constructor() {
    this.item.name = 'Flywheel';
    this.set({ kind: 'idle' });
    this.item.show();
  }

  get status(): CompletionStatus {
    return this.last;
  }

  /** The model choice per role, shown in the tooltip under the current state. */
  setRoleModels(roles: RoleModels): void {
    this.models = roleModelLines(roles);
    this.set(this.last);
  }

  set(status: CompletionStatus): void {
    this.last = status;
    const item = this.item;
    item.backgroundColor = undefined;
    item.command = 'flywheel.showStatusMenu';
    switch (status.kind) {
      case 'idle': {
        const latency = status.latency;
        item.text = latency ? `$(sparkle) Flywheel ${Math.round(latency.ghostMs)} ms · model ${Math.round(latency.modelMs)} ms` : '$(sparkle) Flywheel';
        const waited = latency
          ? `Last suggestion: ${Math.round(latency.ghostMs)} ms from your keystroke to the ghost text, of which the model took ${Math.round(latency.modelMs)} ms.`
          : '';
        item.tooltip = [status.model ? `Completions by ${status.model}.` : 'Flywheel completions.', waited].filter(Boolean).join(' ');
        break;
      }
      case 'loadingModel':
        item.text = '$(loading~spin) Flywheel: loading model';
        item.tooltip = `Ollama is loading ${status.model} into memory; the first completion waits for it.`;
        break;
      case 'generating':
        item.text = '$(loading~spin) Flywheel';
        item.tooltip = status.model ? `Generating with ${status.model}` : 'Generating';
        break;
      case 'snoozed':
        item.text = '$(debug-pause) Flywheel: snoozed';
        item.tooltip = `Completions snoozed until ${new Date(status.until).toLocaleTimeString()}. Click to resume.`;
        item.command = 'flywheel.resumeCompletions';
        break;
      case 'disabled':
        item.text = '$(circle-slash) Flywheel';
        item.tooltip = 'Inline completions are turned off (flywheel.completion.enabled).';
        break;
      case 'setupNeeded':
        item.text = '$(warning) Flywheel: set up';
        item.tooltip = status.message;
        item.command = status.command;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'error':
        item.text = '$(error) Flywheel';
        item.tooltip = status.message;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        break;
    }
    if (this.models.length > 0 && status.kind !== 'setupNeeded') item.tooltip = `${String(item.tooltip)}\n\n${this.models.join('\n')}`;
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** "Completions: qwen2.5-coder:1.5b-base (base model, fills in the middle)", one line per model. */
function roleModelLines(roles: RoleModels): string[] {
  const byModel = new Map<string, { names: string[]; why?: string; source: string }>();
  const names: Record<ModelRole, string> = { completion: 'Completions', chat: 'Chat', refactor: 'Refactors' };
  for (const role of ['completion', 'chat', 'refactor'] as const) {
    const m = roles[role];
    if (!m) continue;
    const key = `${m.model} @ ${m.baseUrl}`;
    const entry = byModel.get(key) ?? { names: [], why: m.why, source: m.source };
    entry.names.push(byModel.has(key) ? names[role].toLowerCase() : names[role]);
    byModel.set(key, entry);
  }
  return [...byModel.entries()].map(([key, e]) => {
    const who = e.names.length > 1 ? `${e.names.slice(0, -1).join(', ')} and ${e.names.at(-1)}` : e.names[0];
    const why = e.source === 'discovered' ? ` (${e.why ?? 'found in Ollama'})` : ' (from your settings)';
    return `${who}: ${key.split(' @ ')[0]}${why}`;
  });
}
