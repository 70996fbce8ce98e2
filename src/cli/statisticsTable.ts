// Renders the statistics as plain-text tables for the terminal (`flywheel stats`).
import { RETENTION_INTERVALS_SEC } from '../core/feedback/feedbackEvents';
import type { CompletionSummary, FeedbackStatistics } from '../core/feedback/feedbackStatistics';

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // Numbers right-aligned, the first column left-aligned.
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const pct = (x: number | undefined) => (x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
const ms = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x)} ms`);

function bar(share: number | undefined, width = 20): string {
  if (share === undefined) return '';
  const filled = Math.round(share * width);
  return '█'.repeat(filled) + '·'.repeat(width - filled);
}

// Rates are of `shown`; "wait" is keystroke to ghost text, "model" the model's part of it.
const HEADERS = ['', 'shown', 'accepted', 'rate', 'partial', 'escape', 'typed over', 'replaced', 'wait p50', 'wait p95', 'ttft p50', 'model p50', 'model p95'];

function summaryRow(name: string, s: CompletionSummary): string[] {
  return [
    name,
    String(s.shown),
    String(s.accepted),
    pct(s.acceptanceRate),
    pct(s.partialRate),
    String(s.rejectedBy.escape),
    String(s.rejectedBy.typedOver),
    String(s.rejectedBy.replaced),
    ms(s.ghostMs.p50),
    ms(s.ghostMs.p95),
    ms(s.ttftMs.p50),
    ms(s.totalMs.p50),
    ms(s.totalMs.p95),
  ];
}

export function formatStatistics(stats: FeedbackStatistics, skippedLines = 0): string {
  const out: string[] = [];
  const c = stats.completions;
  out.push(`Inline completions (${stats.events} events${skippedLines ? `, ${skippedLines} unreadable lines skipped` : ''}; rates are of suggestions shown)`);
  out.push(formatTable(HEADERS, [summaryRow('all', c)]));
  out.push('', 'Retention of accepted text (share still there)');
  out.push(formatTable(['after', 'measured', 'retained', ''], RETENTION_INTERVALS_SEC.map((at) => {
    const r = c.retention[at];
    return [at < 60 ? `${at} s` : `${at / 60} min`, String(r.count), pct(r.meanRetained), bar(r.meanRetained)];
  })));
  for (const [title, groups] of [['By language', stats.byLanguage], ['By model', stats.byModel]] as const) {
    const names = Object.keys(groups).sort((a, b) => groups[b].shown - groups[a].shown);
    if (names.length === 0) continue;
    out.push('', title, formatTable(HEADERS, names.map((n) => summaryRow(n, groups[n]))));
  }
  const days = Object.keys(stats.byDay);
  if (days.length > 0) {
    out.push('', 'By day', formatTable(['day', 'shown', 'accepted', 'rate', ''], days.map((d) => {
      const s = stats.byDay[d];
      return [d, String(s.shown), String(s.accepted), pct(s.acceptanceRate), bar(s.acceptanceRate)];
    })));
  }
  const chat = stats.chat;
  out.push('', 'Chat', formatTable(['thumbs up', 'thumbs down', 'copy', 'insert', 'apply', 'regenerate'], [
    [String(chat.thumbsUp), String(chat.thumbsDown), String(chat.copy), String(chat.insert), String(chat.apply), String(chat.regenerate)],
  ]));
  const reviewRow = (name: string, r: FeedbackStatistics['reviews']['chat']): string[] =>
    [name, String(r.shown), String(r.accepted), String(r.rejected), pct(r.acceptanceRate), r.hunksTotal ? `${r.hunksAccepted}/${r.hunksTotal}` : '–'];
  out.push('', 'Proposed edits', formatTable(['', 'shown', 'accepted', 'rejected', 'rate', 'changes kept'], [
    reviewRow('chat apply', stats.reviews.chat),
    reviewRow('refactor', stats.reviews.refactor),
  ]));
  const m = stats.modelCalls;
  out.push('', 'Model calls', formatTable(['calls', 'errors', 'aborted', 'tokens in', 'tokens out', 'est. cost', 'ttft p50', 'tpot p50'], [
    [String(m.count), String(m.errors), String(m.aborted), String(m.tokensIn), String(m.tokensOut), `$${m.estimatedCostUsd.toFixed(4)}`, ms(m.ttftMs.p50), ms(m.tpotMs.p50)],
  ]));
  return out.join('\n') + '\n';
}
