// Snoozing pauses automatic completions for a while; it lasts across windows of this workspace
// (workspaceState) and ends by itself.
import type * as vscode from 'vscode';

const key = 'flywheel.completion.snoozedUntil';

export class SnoozeState {
  constructor(private readonly memento: vscode.Memento) {}

  /** Epoch ms until which completions are snoozed, or undefined when they are not. */
  get until(): number | undefined {
    const until = this.memento.get<number>(key);
    return until !== undefined && until > Date.now() ? until : undefined;
  }

  async snooze(minutes: number): Promise<number> {
    const until = Date.now() + minutes * 60_000;
    await this.memento.update(key, until);
    return until;
  }

  async resume(): Promise<void> {
    await this.memento.update(key, undefined);
  }
}
