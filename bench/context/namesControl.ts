// The dumb control: no retrieval at all, just the most frequent identifiers of the open files
// that the prompt does not show, packed into the same budget. A metric it wins rewards name
// density, not help to the model: such a metric is reported, never a goal. In the bench only.
import { snippetTokens } from '../../src/core/context/tokenBudget';
import type { TokenEstimator } from '../../src/core/context/tokenBudget';
import type { RetrievedText } from './jaccardBaseline';

const NAMES_PER_LINE = 12;

export function namesControl(prefix: string, open: readonly { path: string; text: string }[], budgetTokens: number, estimate: TokenEstimator): RetrievedText[] {
  const shown = new Set(prefix.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  const counts = new Map<string, number>();
  for (const file of open) {
    for (const name of file.text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
      if (name.length > 1 && !shown.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const lines: string[] = [];
  for (let i = 0; i < ranked.length; i += NAMES_PER_LINE) {
    const line = ranked.slice(i, i + NAMES_PER_LINE).join(' ');
    if (snippetTokens('names', [...lines, line].join('\n'), estimate) > budgetTokens) break;
    lines.push(line);
  }
  return lines.length ? [{ path: 'names', text: lines.join('\n') }] : [];
}
