// Packs fused candidates into a token budget, best first. A candidate that does not fit whole
// is made to fit by its own rule when it has one (an outline keeps its header and its members
// most related to the cursor), else cut to its first lines (signatures and headers come first)
// when enough of it fits, else dropped; a definition keeps at least its defining line. The
// total never exceeds the budget. The text around the cursor is the prompt builder's and is
// not part of this budget, so it is never trimmed here.
import type { ContextCandidate, ContextDebugEntry, ContextSnippet } from './contextTypes';
import { identifiersIn } from './identifierTokens';
import type { FusedCandidate } from './rankFusion';

export type TokenEstimator = (text: string) => number;

/** Tokens a snippet costs in the prompt: its text, its path header, and per-line comment markers. */
export function snippetTokens(path: string, text: string, estimate: TokenEstimator): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return estimate(text) + estimate(path) + lines + 4;
}

const MIN_PARTIAL_LINES = 3;

function truncateToFit(path: string, text: string, budget: number, estimate: TokenEstimator, minLines = MIN_PARTIAL_LINES): string | undefined {
  const lines = text.split('\n');
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (snippetTokens(path, lines.slice(0, mid).join('\n'), estimate) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return lo >= minLines ? lines.slice(0, lo).join('\n') : undefined;
}

/** Times an own rule is asked again for less when its estimate ran under the packer's. */
const REFITS = 3;

/** The candidate cut to `room` tokens: by its own rule first, then to its first lines (a definition's header line alone is worth keeping). */
function fitToRoom(candidate: ContextCandidate, room: number, estimate: TokenEstimator): string | undefined {
  const minLines = candidate.defines === undefined ? MIN_PARTIAL_LINES : 1;
  let target = room - snippetTokens(candidate.path, '', estimate);
  let own = candidate.fitTo?.(target);
  // An outline counts its lines a little under the packer: cutting its last lines would drop what
  // it ranked in (its lines are in source order), so it is asked again for the overshoot less.
  for (let tries = 0; own !== undefined && tries < REFITS; tries++) {
    const over = snippetTokens(candidate.path, own, estimate) - room;
    if (over <= 0) break;
    target -= over;
    own = target > 0 ? candidate.fitTo?.(target) : undefined;
  }
  const text = own ?? candidate.text;
  return snippetTokens(candidate.path, text, estimate) <= room ? text : truncateToFit(candidate.path, text, room, estimate, minLines);
}

export interface PackResult {
  readonly snippets: ContextSnippet[];
  readonly totalTokens: number;
  readonly debug: ContextDebugEntry[];
}

/** No single snippet may take more than this share of the budget: several sources beat one big one. */
const MAX_SNIPPET_SHARE = 0.4;

export interface PackOptions {
  readonly maxSnippets?: number;
  /**
   * Whether the prompt already shows a name. With it, a snippet that adds no name to the
   * prompt and to the snippets placed before it is dropped as redundant. (Ranking by new
   * names per token was measured too: it favours small snippets and lost recall.)
   */
  readonly named?: (name: string) => boolean;
}

function newNames(text: string, named: (name: string) => boolean): string[] {
  return [...new Set(identifiersIn(text))].filter((n) => !named(n));
}

export function packIntoBudget(fused: readonly FusedCandidate[], budgetTokens: number, estimate: TokenEstimator, options: PackOptions = {}): PackResult {
  const maxSnippets = options.maxSnippets ?? 24;
  const named = options.named;
  const perSnippet = Math.max(64, Math.floor(budgetTokens * MAX_SNIPPET_SHARE));
  const snippets: ContextSnippet[] = [];
  const debug: ContextDebugEntry[] = [];
  const covered = new Set<string>();
  const defined = new Set<string>();
  let total = 0;
  // A definition the prompt uses adds its declaration even when every name in it is known (`spawn_on(handle: &Handle)`).
  const adds = (names: readonly string[], defines: string | undefined): boolean =>
    !named || names.some((n) => !covered.has(n)) || (defines !== undefined && !defined.has(defines));
  // Lines already placed: a snippet made only of them (a signature an outline before it shows) adds nothing.
  const placed = new Set<string>();
  const shown = (text: string): boolean => text.split('\n').every((line) => !line.trim() || placed.has(line.trim()));
  for (const item of fused) {
    const { candidate, score, duplicates } = item;
    const entry = { path: candidate.path, source: candidate.source, sourceScore: candidate.sourceScore, score, startLine: candidate.startLine, endLine: candidate.endLine, reason: candidate.reason };
    let text: string | undefined = candidate.text;
    let tokens = snippetTokens(candidate.path, text, estimate);
    const room = Math.min(budgetTokens - total, perSnippet);
    const names = named ? newNames(candidate.text, named) : [];
    if ((!candidate.keepForShape && !adds(names, candidate.defines)) || shown(candidate.text)) {
      debug.push({ ...entry, tokens, kept: false, dropped: 'redundant' });
      text = undefined;
    } else {
      if (tokens > room && snippets.length < maxSnippets) {
        text = fitToRoom(candidate, room, estimate);
        tokens = text === undefined ? tokens : snippetTokens(candidate.path, text, estimate);
      }
      if (text === undefined || total + tokens > budgetTokens || snippets.length >= maxSnippets) {
        debug.push({ ...entry, tokens, kept: false, dropped: 'budget' });
      } else {
        total += tokens;
        const endLine = text === candidate.text || candidate.fitTo ? candidate.endLine : candidate.startLine + text.split('\n').length - 1;
        snippets.push({ path: candidate.path, text, source: candidate.source, score, startLine: candidate.startLine, tokens });
        debug.push({ ...entry, endLine, tokens, kept: true });
        if (named) for (const n of text === candidate.text ? names : newNames(text, named)) covered.add(n);
        if (candidate.defines) defined.add(candidate.defines);
        for (const line of text.split('\n')) placed.add(line.trim());
      }
    }
    for (const d of duplicates) {
      debug.push({ path: d.path, source: d.source, sourceScore: d.sourceScore, score: 0, startLine: d.startLine, endLine: d.endLine, reason: d.reason, tokens: 0, kept: false, dropped: 'duplicate' });
    }
  }
  return { snippets, totalTokens: total, debug };
}
