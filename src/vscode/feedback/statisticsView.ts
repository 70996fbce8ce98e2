// The statistics webview in the Flywheel sidebar. Its numbers come from the StatisticsService:
// the index kept beside the log plus what was written since, so opening costs the same after a
// year as on day one; a long read (first opening of a big log, a rebuild) runs in a worker
// thread while the view shows its progress. Re-rendered when it becomes visible and
// (debounced) when new events are written.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { FeedbackStore } from '../../core/feedback/feedbackStore';
import type { StatisticsService } from '../../core/feedback/statisticsService';
import type { Logger } from '../../core/logger';
import { renderStatisticsPage } from '../../../media/stats/statsPage';
import { STATISTICS_VIEW_ID } from './feedbackIds';

const REFRESH_DEBOUNCE_MS = 3000;
/** How often the progress text is redrawn during a long read. */
const PROGRESS_EVERY_MS = 250;

export class StatisticsViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private timer: NodeJS.Timeout | undefined;
  private shown = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: FeedbackStore,
    private readonly service: StatisticsService,
    private readonly extensionUri: vscode.Uri,
    private readonly logger: Logger,
  ) {
    const listener = store.onDidRecord(() => this.scheduleRefresh());
    this.subscriptions.push(new vscode.Disposable(() => listener.dispose()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.shown = false;
    view.webview.options = { enableScripts: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    view.webview.html = this.placeholder('Reading the feedback log…');
    this.subscriptions.push(
      view.onDidChangeVisibility(() => view.visible && void this.refresh()),
      view.onDidDispose(() => (this.view = undefined)),
    );
    void this.refresh();
  }

  /** Brings the view up to date; `rebuild` reads the whole log again. */
  async refresh(options: { rebuild?: boolean } = {}): Promise<void> {
    const view = this.view;
    if (!view || !view.visible) return;
    try {
      await this.store.flush();
      const report = await vscode.window.withProgress({ location: { viewId: STATISTICS_VIEW_ID } }, () =>
        this.service.open({ rebuild: options.rebuild, onProgress: this.progressReporter(view, options.rebuild === true) }),
      );
      if (this.view !== view) return;
      const skipped = report.corruptLines + report.invalidLines;
      const footer = [
        this.store.isLogging ? 'Logging locally; nothing leaves this machine.' : 'Logging is off.',
        `${report.statistics.events} events in ${report.files} files (${megabytes(report.bytes)})${skipped ? `; ${skipped} unreadable lines skipped` : ''}.`,
        `Log: ${this.store.dir}`,
      ];
      view.webview.html = renderStatisticsPage(report.statistics, { nonce: randomBytes(16).toString('base64'), cspSource: view.webview.cspSource, footer });
      this.shown = true;
    } catch (error) {
      this.logger.warn(`Statistics: could not read the feedback log: ${String(error)}`);
      if (this.view === view) view.webview.html = this.placeholder('Could not read the feedback log; see the Flywheel output.');
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }

  /** During a long read: the percentage in the view (over the old numbers only when rebuilding). */
  private progressReporter(view: vscode.WebviewView, rebuild: boolean): (done: number, total: number) => void {
    let last = 0;
    return (done, total) => {
      const now = performance.now();
      if (total < 8 << 20 || now - last < PROGRESS_EVERY_MS || (this.shown && !rebuild) || this.view !== view) return;
      last = now;
      const percent = Math.floor((100 * done) / Math.max(1, total));
      view.webview.html = this.placeholder(`Reading the feedback log… ${percent} % of ${megabytes(total)}`);
      this.shown = false;
    };
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
    return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><style nonce="${nonce}">body{color:var(--vscode-descriptionForeground);font-family:var(--vscode-font-family)}</style></head><body><p class="progress">${message}</p></body></html>`;
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
