// The reference retrievers everyone else uses: sliding windows over every file the workspace
// has (the same files Flywheel may read), ranked by Jaccard similarity of identifier sets with
// the same number of lines before the cursor, packed best first into the same budget; a
// window that does not fit whole is cut to its first lines, as Flywheel's snippets are.
// `jaccard50` is Cody's setting (50-line windows, stride 10), `jaccard20` RepoCoder's (20, 10).
// An inverted index gives the exact Jaccard scores without comparing every window. In the bench only.
import { snippetTokens } from '../../src/core/context/tokenBudget';
import type { TokenEstimator } from '../../src/core/context/tokenBudget';

const STRIDE = 10;
const MIN_PARTIAL_LINES = 3;

interface Window {
  readonly path: string;
  readonly startLine: number;
  readonly lines: readonly string[];
  readonly size: number; // distinct identifiers
  /** Tokens of the first k lines as a snippet, k = 1…; computed on first use. */
  costs?: number[];
}

/** snippetTokens of each prefix of the lines: the estimate is additive over lines (a newline ends every run). */
function prefixCosts(path: string, lines: readonly string[], estimate: TokenEstimator): number[] {
  const out: number[] = [];
  let sum = 0;
  lines.forEach((line, i) => {
    sum += estimate(line);
    out.push(sum + i + snippetTokens(path, '', estimate) + i);
  });
  return out;
}

function tokenSet(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

export interface RetrievedText {
  readonly path: string;
  readonly text: string;
}

export class JaccardBaseline {
  private readonly windows: Window[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(
    readonly name: string,
    private readonly windowLines: number,
    files: readonly { path: string; text: string }[],
  ) {
    for (const file of files) {
      const lines = file.text.split('\n');
      for (let start = 0; start < Math.max(1, lines.length - windowLines + STRIDE); start += STRIDE) {
        const slice = lines.slice(start, start + windowLines);
        const tokens = tokenSet(slice.join('\n'));
        const id = this.windows.length;
        this.windows.push({ path: file.path, startLine: start, lines: slice, size: tokens.size });
        for (const t of tokens) {
          const list = this.postings.get(t);
          if (list) list.push(id);
          else this.postings.set(t, [id]);
        }
      }
    }
  }

  /** The best windows of files other than `currentPath` for the text before the cursor, within the budget. */
  retrieve(prefix: string, currentPath: string, budgetTokens: number, estimate: TokenEstimator): RetrievedText[] {
    const lines = prefix.split('\n');
    const query = tokenSet(lines.slice(Math.max(0, lines.length - this.windowLines)).join('\n'));
    const shared = new Map<number, number>();
    for (const t of query) for (const id of this.postings.get(t) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const scored: { window: Window; score: number; id: number }[] = [];
    for (const [id, n] of shared) {
      const window = this.windows[id];
      if (window.path === currentPath) continue;
      scored.push({ window, score: n / (query.size + window.size - n), id });
    }
    scored.sort((a, b) => b.score - a.score || a.id - b.id);
    const kept: { path: string; text: string; startLine: number }[] = [];
    let total = 0;
    for (const { window } of scored) {
      if (budgetTokens - total < 3 * MIN_PARTIAL_LINES) break;
      // Overlapping windows of one file add little: skip a window that overlaps a kept one.
      if (kept.some((k) => k.path === window.path && Math.abs(k.startLine - window.startLine) < this.windowLines)) continue;
      const costs = (window.costs ??= prefixCosts(window.path, window.lines, estimate));
      let take = costs.length;
      while (take >= MIN_PARTIAL_LINES && total + costs[take - 1] > budgetTokens) take--;
      if (take < MIN_PARTIAL_LINES) continue;
      const text = window.lines.slice(0, take).join('\n');
      total += snippetTokens(window.path, text, estimate);
      kept.push({ path: window.path, text, startLine: window.startLine });
    }
    return kept;
  }
}
