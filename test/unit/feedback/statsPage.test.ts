import { test } from 'node:test';
import assert from 'node:assert/strict';
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
