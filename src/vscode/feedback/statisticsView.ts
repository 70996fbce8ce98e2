// The statistics webview in the Flywheel sidebar: reads the log, computes, renders charts.
// Re-rendered when it becomes visible and (debounced) when new events are written.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { computeFeedbackStatistics } from '../../core/feedback/feedbackStatistics';
import { readFeedbackLog } from '../../core/feedback/feedbackLogReader';
import type { FeedbackStore } from '../../core/feedback/feedbackStore';
import type { Logger } from '../../core/logger';
import { renderStatisticsPage } from '../../../media/stats/statsPage';

const REFRESH_DEBOUNCE_MS = 3000;

export class StatisticsViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: FeedbackStore,
    private readonly extensionUri: vscode.Uri,
    private readonly logger: Logger,
  ) {
    const listener = store.onDidRecord(() => this.scheduleRefresh());
    this.subscriptions.push(new vscode.Disposable(() => listener.dispose()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    view.webview.html = this.placeholder('Reading the feedback log…');
    this.subscriptions.push(
      view.onDidChangeVisibility(() => view.visible && void this.refresh()),
      view.onDidDispose(() => (this.view = undefined)),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const view = this.view;
    if (!view || !view.visible) return;
    try {
      await this.store.flush();
      const log = await readFeedbackLog(this.store.dir);
      const stats = computeFeedbackStatistics(log.events);
      const skipped = log.corruptLines + log.invalidLines;
      const footer = [
        this.store.isLogging ? 'Logging locally; nothing leaves this machine.' : 'Logging is off.',
        `${log.events.length} events in ${log.files.length} files${skipped ? `; ${skipped} unreadable lines skipped` : ''}.`,
        `Log: ${this.store.dir}`,
      ];
      view.webview.html = renderStatisticsPage(stats, { nonce: randomBytes(16).toString('base64'), cspSource: view.webview.cspSource, footer });
    } catch (error) {
      this.logger.warn(`Statistics: could not read the feedback log: ${String(error)}`);
      view.webview.html = this.placeholder('Could not read the feedback log; see the Flywheel output.');
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }

  private scheduleRefresh(): void {
    if (!this.view?.visible || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DEBOUNCE_MS);
  }

  private placeholder(message: string): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><style nonce="${nonce}">body{color:var(--vscode-descriptionForeground);font-family:var(--vscode-font-family)}</style></head><body><p>${message}</p></body></html>`;
  }
}
