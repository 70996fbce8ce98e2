import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columns } from '../../../media/stats/statsCharts';
import { renderStatisticsPage } from '../../../media/stats/statsPage';
import { computeFeedbackStatistics } from '../../../src/core/feedback/feedbackStatistics';
import { fixtureEvents } from './feedbackFixture';

const context = { nonce: 'abc123', cspSource: 'vscode-webview://x', footer: ['Log: /tmp/<log>'] };

test('the statistics page draws charts under a strict CSP, with no script', () => {
  const html = renderStatisticsPage(computeFeedbackStatistics(fixtureEvents()), context);
  assert.match(html, /content="default-src 'none'; style-src vscode-webview:\/\/x 'nonce-abc123'; img-src vscode-webview:\/\/x;"/);
  assert.match(html, /<style nonce="abc123">/);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\sstyle="/, 'no inline style attributes (blocked by the CSP)');
  assert.ok((html.match(/<svg class="chart"/g) ?? []).length >= 5);
  assert.match(html, /aria-label="Acceptance rate by language"/);
  assert.match(html, />20%<\/div><div class="tile-label">accepted/);
  assert.match(html, /Log: \/tmp\/&#60;log&#62;/, 'footer text is escaped');
  // Colours only from the theme.
  const colours = html.match(/#[0-9a-f]{3,6}\b|rgb\(|hsl\(/gi) ?? [];
  assert.deepEqual(colours, []);
});

test('an empty log renders placeholders, not broken charts', () => {
  const html = renderStatisticsPage(computeFeedbackStatistics([]), context);
  assert.match(html, /No data yet\./);
  assert.doesNotMatch(html, /NaN|undefined/);
});

test('columns print their numbers: each when there is room, else the newest only', () => {
  const few = columns('t', [{ label: 'a', share: 0.5, text: '50% of 2' }, { label: 'b', share: 1, text: '100% of 1' }]);
  assert.match(few, /<text class="value"[^>]*>50% of 2<\/text>/);
  assert.match(few, /<text class="value"[^>]*>100% of 1<\/text>/);
  const many = columns('t', Array.from({ length: 30 }, (_, i) => ({ label: `d${i}`, share: 0.5, text: `v${i}` })));
  assert.deepEqual(many.match(/<text class="value"[^>]*>[^<]*<\/text>/g)?.map((t) => t.replace(/<[^>]+>/g, '')), ['v29']);
});

test('latency rows of a long model name still say which percentile they are', () => {
  const html = renderStatisticsPage(computeFeedbackStatistics(fixtureEvents()), context);
  const labels = [...html.matchAll(/<text class="label"[^>]*>(p\d\d [^<]*)<\/text>/g)].map((m) => m[1]);
  assert.ok(labels.some((l) => l.startsWith('p50 ')) && labels.some((l) => l.startsWith('p95 ')), JSON.stringify(labels));
});

test('every rate names its denominator, and the wait is shown with the model time beside it', () => {
  const html = renderStatisticsPage(computeFeedbackStatistics(fixtureEvents()), context);
  assert.match(html, /tile-label">accepted<\/div><div class="tile-of">of 5 shown</);
  assert.match(html, /tile-label">rejected<\/div><div class="tile-of">of 5 shown</);
  assert.match(html, /tile-label">text kept at 10 min<\/div><div class="tile-of">mean of 0 accepted</);
  assert.match(html, /tile-label">keystroke → ghost p50<\/div><div class="tile-of">model 130 ms; 0 timed</);
  assert.match(html, /Why suggestions were rejected \(3 of 5 shown\)/);
});
