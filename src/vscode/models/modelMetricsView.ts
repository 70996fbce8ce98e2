// "Flywheel: Show Model Metrics": a read-only Markdown document, shown rendered, with p50/p95 time
// to first token and time per output token per model, tokens and estimated cost; refreshed as calls finish.
import * as vscode from 'vscode';
import type { ModelMetrics, ModelMetricsSummary } from '../../core/models/callMetrics';
import { ModelCommands } from '../commandIds';

const uri = vscode.Uri.parse('flywheel-metrics:/Flywheel%20Model%20Metrics.md');

export function registerModelMetricsView(metrics: () => ModelMetrics): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent: () => renderMetrics(metrics().summary()),
  };
  const refresh = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      changed.fire(uri);
    }, 1_000);
  };
  const subscription = { current: metrics().onDidRecord(refresh) };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(uri.scheme, provider),
    vscode.commands.registerCommand(ModelCommands.showMetrics, async () => {
      subscription.current.dispose();
      subscription.current = metrics().onDidRecord(refresh);
      changed.fire(uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
      // A wide table reads only when rendered; the Markdown source if the built-in preview is missing.
      try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch {
        await vscode.window.showTextDocument(doc, { preview: true });
      }
    }),
    { dispose: () => { subscription.current.dispose(); clearTimeout(pending); } },
  );
}

export function renderMetrics(rows: readonly ModelMetricsSummary[]): string {
  const ms = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} ms`);
  const lines = [
    '# Flywheel model metrics',
    '',
    'Since this window opened. TTFT: time to first token; TPOT: time per output token.',
    '',
  ];
  if (rows.length === 0) return [...lines, 'No model calls yet.'].join('\n');
  lines.push('| model | server | calls | errors | TTFT p50 | TTFT p95 | TPOT p50 | TPOT p95 | tokens in | tokens out | est. cost | truncated prompts |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const host = (() => {
      try {
        return new URL(r.baseUrl).host;
      } catch {
        return r.baseUrl;
      }
    })();
    lines.push(
      `| ${r.model} | ${r.provider} ${host} | ${r.calls} | ${r.errors} | ${ms(r.ttftP50)} | ${ms(r.ttftP95)} | ${r.tpotP50 === undefined ? '–' : `${r.tpotP50.toFixed(1)} ms`} | ${r.tpotP95 === undefined ? '–' : `${r.tpotP95.toFixed(1)} ms`} | ${r.tokensIn} | ${r.tokensOut} | ${r.estimatedCostUsd > 0 ? `$${r.estimatedCostUsd.toFixed(4)}` : '–'} | ${r.truncatedPrompts} |`,
    );
  }
  return lines.join('\n');
}
