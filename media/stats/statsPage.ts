// The statistics view's HTML: summary tiles and charts, rendered whole in the extension host.
// No script at all: the CSP allows only the nonce'd stylesheet below.
import { RETENTION_INTERVALS_SEC } from '../../src/core/feedback/feedbackEvents';
import type { CompletionSummary, FeedbackStatistics } from '../../src/core/feedback/feedbackStatistics';
import { columns, escapeXml, horizontalBars, line, type Bar } from './statsCharts';

export interface StatsPageContext {
  readonly nonce: string;
  readonly cspSource: string;
  /** Shown under the charts: where the log lives, lines skipped, logging state. */
  readonly footer: readonly string[];
}

const pct = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(100 * x)}%`);
const ms = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x)} ms`);

function byRate(groups: Readonly<Record<string, CompletionSummary>>): Bar[] {
  return Object.entries(groups)
    .sort(([, a], [, b]) => b.shown - a.shown)
    .slice(0, 8)
    .map(([label, s]) => ({ label, share: s.acceptanceRate ?? 0, text: `${pct(s.acceptanceRate)} of ${s.shown}` }));
}

function latencyBars(groups: Readonly<Record<string, CompletionSummary>>): Bar[] {
  const entries = Object.entries(groups).filter(([, s]) => s.totalMs.count > 0 || s.ghostMs.count > 0);
  const max = Math.max(1, ...entries.map(([, s]) => Math.max(s.totalMs.p95 ?? 0, s.ghostMs.p95 ?? 0)));
  // The percentile first: long model names are cut at the end, and the rows must differ.
  return entries.flatMap(([label, s]) => [
    { label: `p50 ${label}`, share: (s.ghostMs.p50 ?? 0) / max, text: `${ms(s.ghostMs.p50)} (model ${ms(s.totalMs.p50)})` },
    { label: `p95 ${label}`, share: (s.ghostMs.p95 ?? 0) / max, text: `${ms(s.ghostMs.p95)} (model ${ms(s.totalMs.p95)})`, tone: 'muted' },
  ]);
}

export function renderStatisticsPage(stats: FeedbackStatistics, context: StatsPageContext): string {
  const c = stats.completions;
  const days = Object.entries(stats.byDay).slice(-30);
  // Every rate names what it is a share of.
  const kept = c.retention[600];
  const tiles: Array<[string, string, string?]> = [
    ['suggestions shown', String(c.shown)],
    ['accepted', pct(c.acceptanceRate), `of ${c.shown} shown`],
    ['partly accepted', pct(c.partialRate), `of ${c.shown} shown`],
    ['rejected', pct(c.shown ? c.rejected / c.shown : undefined), `of ${c.shown} shown`],
    ['text kept at 10 min', pct(kept.meanRetained), `mean of ${kept.count} accepted`],
    ['keystroke → ghost p50', ms(c.ghostMs.p50), `model ${ms(c.totalMs.p50)}; ${c.ghostMs.count} timed`],
    ['keystroke → ghost p95', ms(c.ghostMs.p95), `model ${ms(c.totalMs.p95)}; ${c.ghostMs.count} timed`],
  ];
  const rejected: Bar[] = c.rejected
    ? [
        { label: 'Escape', share: c.rejectedBy.escape / c.rejected, text: String(c.rejectedBy.escape), tone: 'bad' },
        { label: 'typed over', share: c.rejectedBy.typedOver / c.rejected, text: String(c.rejectedBy.typedOver), tone: 'bad' },
        { label: 'replaced', share: c.rejectedBy.replaced / c.rejected, text: String(c.rejectedBy.replaced), tone: 'bad' },
      ]
    : [];
  const chat = stats.chat;
  const chatTotal = Math.max(1, ...Object.values(chat));
  const chatBars: Bar[] = Object.values(chat).some((n) => n > 0)
    ? (Object.entries(chat) as Array<[string, number]>).map(([label, n]) => ({ label, share: n / chatTotal, text: String(n), tone: label === 'thumbsDown' ? 'bad' : 'good' }))
    : [];
  const reviewLine = (name: string, r: FeedbackStatistics['reviews']['chat']): string =>
    `<p>${name}: ${r.shown} shown · ${r.accepted} accepted (${pct(r.acceptanceRate)}) · ${r.rejected} rejected${r.hunksTotal ? ` · ${r.hunksAccepted}/${r.hunksTotal} changes kept` : ''}</p>`;
  const sections = [
    section('Acceptance by day', columns('Acceptance rate per day', days.map(([d, s]) => ({ label: d.slice(5), share: s.acceptanceRate ?? 0, text: `${pct(s.acceptanceRate)} of ${s.shown}` })))),
    section('Retention of accepted text', line('Share of accepted text still there', RETENTION_INTERVALS_SEC.map((at) => ({
      label: at < 60 ? `${at}s` : `${at / 60}m`,
      share: c.retention[at].meanRetained,
      text: pct(c.retention[at].meanRetained),
    })))),
    section('Acceptance by language', horizontalBars('Acceptance rate by language', byRate(stats.byLanguage))),
    section('Acceptance by model', horizontalBars('Acceptance rate by model', byRate(stats.byModel))),
    section('Keystroke to ghost text by model', horizontalBars('Keystroke to ghost text p50 and p95 by model, the model\'s time beside it', latencyBars(stats.byModel))),
    section(`Why suggestions were rejected (${c.rejected} of ${c.shown} shown)`, horizontalBars('Rejections by cause', rejected)),
    section('Chat', horizontalBars('Chat feedback', chatBars)),
    section('Proposed edits', reviewLine('Chat Apply', stats.reviews.chat) + reviewLine('Refactors', stats.reviews.refactor)),
    section(
      'Model calls',
      `<p>${stats.modelCalls.count} calls · ${stats.modelCalls.errors} errors · ${stats.modelCalls.tokensIn} tokens in · ${stats.modelCalls.tokensOut} out · est. $${stats.modelCalls.estimatedCostUsd.toFixed(4)}</p>`,
    ),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${context.cspSource} 'nonce-${context.nonce}'; img-src ${context.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Flywheel statistics</title>
<style nonce="${context.nonce}">${STYLE}</style>
</head>
<body>
<div class="tiles">${tiles.map(([k, v, of]) => `<div class="tile"><div class="tile-value">${escapeXml(v)}</div><div class="tile-label">${escapeXml(k)}</div>${of ? `<div class="tile-of">${escapeXml(of)}</div>` : ''}</div>`).join('')}</div>
${sections.join('\n')}
<footer>${context.footer.map((f) => `<p>${escapeXml(f)}</p>`).join('')}</footer>
</body>
</html>`;
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeXml(title)}</h2>${body}</section>`;
}

const STYLE = `
body { color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 8px 12px; }
h2 { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--vscode-descriptionForeground); margin: 14px 0 6px; }
p { margin: 4px 0; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(84px, 1fr)); gap: 6px; margin-top: 8px; }
.tile { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 4px; padding: 6px; background: color-mix(in srgb, var(--vscode-foreground) 4%, transparent); }
.tile-value { font-size: 1.4em; font-weight: 600; }
.tile-label { color: var(--vscode-descriptionForeground); font-size: .85em; }
.tile-of { color: var(--vscode-descriptionForeground); font-size: .75em; }
.chart { width: 100%; height: auto; display: block; }
.chart text { fill: var(--vscode-foreground); font-size: 10px; font-family: var(--vscode-font-family); }
.chart .tick, .chart .value { fill: var(--vscode-descriptionForeground); }
.chart .track { fill: color-mix(in srgb, var(--vscode-foreground) 8%, transparent); }
.chart .bar.accent { fill: var(--vscode-charts-blue); }
.chart .bar.good { fill: var(--vscode-charts-green); }
.chart .bar.bad { fill: var(--vscode-charts-red); }
.chart .bar.muted { fill: color-mix(in srgb, var(--vscode-charts-blue) 45%, transparent); }
.chart .axis { stroke: var(--vscode-descriptionForeground); stroke-width: .5; }
.chart .grid { stroke: color-mix(in srgb, var(--vscode-foreground) 15%, transparent); stroke-dasharray: 2 2; }
.chart .line { fill: none; stroke: var(--vscode-charts-green); stroke-width: 2; }
.chart .dot { fill: var(--vscode-charts-green); }
.empty { color: var(--vscode-descriptionForeground); font-style: italic; }
footer { margin-top: 16px; color: var(--vscode-descriptionForeground); font-size: .85em; word-break: break-all; }
`;
