// Packs fused candidates into a token budget, best first. A candidate that does not fit whole
// is made to fit by its own rule when it has one (an outline keeps its header and its members
// most related to the cursor), else cut to its first lines (signatures and headers come first)
// when enough of it fits, else dropped; a definition keeps at least its defining line. A second
// snippet of a file goes under that file's path header, after a `…` line. The total never exceeds
// the budget. The text around the cursor is the prompt builder's and is not part of this budget,
// so it is never trimmed here.
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

/**
 * The candidate cut to `room` tokens: by its own rule first, then to its first lines (a definition's
 * header line alone is worth keeping). `path` is the header it is charged for: none (`''`) for a piece
 * that goes under its file's snippet placed before.
 */
function fitToRoom(candidate: ContextCandidate, room: number, estimate: TokenEstimator, path = candidate.path): string | undefined {
  const minLines = candidate.defines === undefined ? MIN_PARTIAL_LINES : 1;
  let target = room - snippetTokens(path, '', estimate);
  let own = candidate.fitTo?.(target);
  // An outline counts its lines a little under the packer: cutting its last lines would drop what
  // it ranked in (its lines are in source order), so it is asked again for the overshoot less.
  for (let tries = 0; own !== undefined && tries < REFITS; tries++) {
    const over = snippetTokens(path, own, estimate) - room;
    if (over <= 0) break;
    target -= over;
    own = target > 0 ? candidate.fitTo?.(target) : undefined;
  }
  const text = own ?? candidate.text;
  return snippetTokens(path, text, estimate) <= room ? text : truncateToFit(path, text, room, estimate, minLines);
}

export interface PackResult {
  readonly snippets: ContextSnippet[];
  readonly totalTokens: number;
  readonly debug: ContextDebugEntry[];
}

/** No single snippet may take more than this share of the budget: several sources beat one big one. */
const MAX_SNIPPET_SHARE = 0.4;
/**
 * The share of the budget held for code kept for its shape (lines much like the cursor's, whose
 * next line a model copies) while any of it is still to be placed: outlines and definitions
 * ranked above it filled the budget first. Measured on the context bench (tune, 150 points a
 * corpus): 0.25 gained line match in TypeScript, Rust (serde) and Java for half a point of
 * definition recall in mio; 0.35 one more TypeScript match for 2.2 points of mio's; 0.2 nothing;
 * held for all similar code, 0.3 cost Java 5.6 points.
 */
export const SHAPE_RESERVE_SHARE = 0.25;

/**
 * Similar code's floor: while code kept as a pattern (similar code) is still to be offered,
 * background candidates (outlines, frequent names' headers) may fill the budget only up to what
 * leaves this share of it, less what patterns have taken, for patterns; an outline gives up its
 * lowest-ranked members to fit. Definitions are not held back, and no more is held than the
 * patterns still to be offered take whole. Measured on the context bench (tune, 1,350 points):
 * half the budget gained line match (+1.3) for 1.1 points of definition recall; the best 3
 * patterns whole gained +0.6 for 0.4. With patterns whose line to copy is shown already left out
 * (`copies`), which freed 0.8 points of definitions for no line, 0.6 of the budget gained line
 * match +0.8 [0.3, 1.4] and definitions +0.4 [−0.4, 1.1] over half without that rule.
 */
export const PATTERN_FLOOR_SHARE = 0.6;

export interface PackOptions {
  readonly maxSnippets?: number;
  /**
   * Whether the prompt already shows a name. With it, a snippet that adds no name to the
   * prompt and to the snippets placed before it is dropped as redundant. (Ranking by new
   * names per token was measured too: it favours small snippets and lost recall.)
   */
  readonly named?: (name: string) => boolean;
  /** Share of the budget held for candidates kept for their shape (`SHAPE_RESERVE_SHARE` when undefined). */
  readonly shapeReserve?: number;
  /** Share of the budget held for patterns against background candidates (`PATTERN_FLOOR_SHARE` when undefined). */
  readonly patternFloor?: number;
}

/** Two pieces of one file under one path header: a `…` line between them says lines are left out. */
function sameFile(first: string, next: string): string {
  return `${first}\n…\n${next}`;
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
  // A pattern is there for the line a model would copy from it: shown already, its tokens buy nothing new.
  const copies = (candidate: ContextCandidate): boolean => {
    const line = candidate.copyLine === undefined ? undefined : candidate.text.split('\n')[candidate.copyLine]?.trim();
    return line !== undefined && line !== '' && placed.has(line);
  };
  // Held for shape candidates until they have taken it or the last of them has been offered.
  let lastShape = -1;
  fused.forEach((item, i) => item.candidate.keepForShape && (lastShape = i));
  let held = lastShape < 0 ? 0 : Math.floor(budgetTokens * (options.shapeReserve ?? SHAPE_RESERVE_SHARE));
  // Held for patterns against background candidates: the smaller of what is left of the floor and what the patterns still to be offered take whole.
  const patterns = new Set(fused.flatMap((item, i) => (item.candidate.role === 'pattern' ? [i] : [])));
  const wholeTokens = (i: number): number => Math.min(perSnippet, snippetTokens(fused[i].candidate.path, fused[i].candidate.text, estimate));
  let pending = [...patterns].reduce((sum, i) => sum + wholeTokens(i), 0);
  let allowance = Math.floor(budgetTokens * (options.patternFloor ?? PATTERN_FLOOR_SHARE));
  const floor = (): number => Math.min(pending, allowance);
  const hold = (candidate: ContextCandidate): number => (candidate.keepForShape ? 0 : candidate.role === 'background' ? Math.max(held, floor()) : held);
  const place = (item: FusedCandidate, at: number): 'kept' | 'budget' | 'redundant' => {
    const { candidate, score } = item;
    const entry = { path: candidate.path, source: candidate.source, sourceScore: candidate.sourceScore, score, startLine: candidate.startLine, endLine: candidate.endLine, reason: candidate.reason };
    const limit = budgetTokens - hold(candidate);
    let text: string | undefined = candidate.text;
    // A second snippet of a file goes under the first one's path header, after a `…` line: it costs its lines, not another header.
    const merge = snippets.findIndex((s) => s.path === candidate.path);
    const cost = (t: string): number => (merge < 0 ? snippetTokens(candidate.path, t, estimate) : snippetTokens(candidate.path, sameFile(snippets[merge].text, t), estimate) - snippets[merge].tokens);
    let tokens = cost(text);
    const names = named ? newNames(candidate.text, named) : [];
    if ((!candidate.keepForShape && !adds(names, candidate.defines)) || shown(candidate.text) || copies(candidate)) {
      debug[at] = { ...entry, tokens, kept: false, dropped: 'redundant' };
      return 'redundant';
    }
    const room = Math.min(limit - total, perSnippet);
    if (tokens > room && snippets.length < maxSnippets) {
      text = room > 0 ? fitToRoom(candidate, room, estimate, merge < 0 ? candidate.path : '') : undefined;
      tokens = text === undefined ? tokens : cost(text);
    }
    if (text === undefined || total + tokens > limit || snippets.length >= maxSnippets) {
      debug[at] = { ...entry, tokens, kept: false, dropped: 'budget' };
      return 'budget';
    }
    total += tokens;
    if (candidate.keepForShape) held = Math.max(0, held - tokens);
    if (candidate.role === 'pattern') allowance = Math.max(0, allowance - tokens);
    const endLine = text === candidate.text || candidate.fitTo ? candidate.endLine : candidate.startLine + text.split('\n').length - 1;
    if (merge >= 0) snippets[merge] = { ...snippets[merge], text: sameFile(snippets[merge].text, text), tokens: snippets[merge].tokens + tokens };
    else snippets.push({ path: candidate.path, text, source: candidate.source, score, startLine: candidate.startLine, tokens });
    debug[at] = { ...entry, endLine, tokens, kept: true };
    if (named) for (const n of text === candidate.text ? names : newNames(text, named)) covered.add(n);
    if (candidate.defines) defined.add(candidate.defines);
    for (const line of text.split('\n')) placed.add(line.trim());
    return 'kept';
  };
  // Candidates a reserve or the floor kept out, offered again (best first) before any later one whenever it shrinks.
  let waiting: { item: FusedCandidate; at: number }[] = [];
  for (const [i, item] of fused.entries()) {
    const at = debug.length;
    debug.push(undefined as unknown as ContextDebugEntry); // its entry, in this order, once placed or dropped
    const before = [held, floor()];
    if (place(item, at) === 'budget' && hold(item.candidate) > 0) waiting.push({ item, at });
    if (i === lastShape) held = 0;
    if (patterns.has(i)) pending -= wholeTokens(i);
    if ((held < before[0] || floor() < before[1]) && waiting.length) waiting = waiting.filter((w) => place(w.item, w.at) === 'budget' && hold(w.item.candidate) > 0);
    for (const d of item.duplicates) {
      debug.push({ path: d.path, source: d.source, sourceScore: d.sourceScore, score: 0, startLine: d.startLine, endLine: d.endLine, reason: d.reason, tokens: 0, kept: false, dropped: 'duplicate' });
    }
  }
  return { snippets, totalTokens: total, debug };
}
