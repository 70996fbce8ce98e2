// The reference everyone else uses (CrossCodeEval/RepoCoder's sliding window): 50-line windows
// with stride 10 over the other open files, ranked by Jaccard similarity of identifier sets
// with the 50 lines before the cursor, packed best first into the same budget. In the bench only.
import { snippetTokens } from '../../src/core/context/tokenBudget';
import type { TokenEstimator } from '../../src/core/context/tokenBudget';

const WINDOW = 50;
const STRIDE = 10;

interface Window {
  readonly path: string;
  readonly startLine: number;
  readonly text: string;
  readonly tokens: ReadonlySet<string>;
}

function tokenSet(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

export class JaccardBaseline {
  // Windows per file and text, built once like any real implementation would cache them.
  private readonly windows = new Map<string, { text: string; windows: Window[] }>();

  private windowsOf(path: string, text: string): Window[] {
    const cached = this.windows.get(path);
    if (cached && cached.text === text) return cached.windows;
    const lines = text.split('\n');
    const windows: Window[] = [];
    for (let start = 0; start < Math.max(1, lines.length - WINDOW + STRIDE); start += STRIDE) {
      const slice = lines.slice(start, start + WINDOW).join('\n');
      windows.push({ path, startLine: start, text: slice, tokens: tokenSet(slice) });
    }
    this.windows.set(path, { text, windows });
    return windows;
  }

  retrieve(prefix: string, files: readonly { path: string; text: string }[], budgetTokens: number, estimate: TokenEstimator): { path: string; text: string }[] {
    const lines = prefix.split('\n');
    const query = tokenSet(lines.slice(Math.max(0, lines.length - WINDOW)).join('\n'));
    const scored: { window: Window; score: number }[] = [];
    for (const file of files) {
      for (const window of this.windowsOf(file.path, file.text)) {
        let shared = 0;
        for (const t of query) if (window.tokens.has(t)) shared++;
        const union = query.size + window.tokens.size - shared;
        if (shared > 0) scored.push({ window, score: shared / union });
      }
    }
    scored.sort((a, b) => b.score - a.score);
    const kept: { path: string; text: string; startLine: number }[] = [];
    let total = 0;
    for (const { window } of scored) {
      // Overlapping windows of one file add little: skip a window that overlaps a kept one.
      if (kept.some((k) => k.path === window.path && Math.abs(k.startLine - window.startLine) < WINDOW)) continue;
      const tokens = snippetTokens(window.path, window.text, estimate);
      if (total + tokens > budgetTokens) continue;
      total += tokens;
      kept.push({ path: window.path, text: window.text, startLine: window.startLine });
    }
    return kept;
  }
}
