// Reciprocal-rank fusion: each source ranks its own candidates by its own measure (BM25,
// proximity, recency), which are not comparable; a candidate's fused score is the sum over
// sources of weight / (k + rank). Overlapping candidates of one file are merged.
import type { ContextCandidate } from './contextTypes';

export interface FusedCandidate {
  readonly candidate: ContextCandidate;
  score: number;
  /** Candidates merged into this one (same file, overlapping lines). */
  readonly duplicates: ContextCandidate[];
}

/** One source's list, best first, and the weight of its votes. */
export interface RankedList {
  readonly weight: number;
  readonly candidates: readonly ContextCandidate[];
}

// Small: each source's first few candidates count most (measured: k = 3-5 beat 10, 20 and 60 at a 1k budget).
const RRF_K = 5;

function overlap(a: ContextCandidate, b: ContextCandidate): number {
  // A candidate of lines spread over the file (signatures of its members): its range says nothing of its lines.
  if (a.path !== b.path || a.scattered || b.scattered) return 0;
  const lines = Math.min(a.endLine, b.endLine) - Math.max(a.startLine, b.startLine) + 1;
  return lines <= 0 ? 0 : lines / Math.min(a.endLine - a.startLine + 1, b.endLine - b.startLine + 1);
}

/** Fuses per-source lists (each best first) into one list, best first. */
export function fuseCandidates(lists: readonly RankedList[]): FusedCandidate[] {
  const scored = lists.flatMap(({ weight, candidates }) =>
    candidates.map((candidate, rank) => ({ candidate, score: weight / (RRF_K + rank + 1), duplicates: [] as ContextCandidate[] })),
  );
  scored.sort((a, b) => b.score - a.score);
  const fused: FusedCandidate[] = [];
  for (const item of scored) {
    // Mostly the same lines as a better candidate: one snippet, both votes.
    const twin = fused.find((f) => overlap(f.candidate, item.candidate) > 0.5);
    if (twin) {
      twin.score += item.score;
      twin.duplicates.push(item.candidate);
    } else {
      fused.push(item);
    }
  }
  return fused.sort((a, b) => b.score - a.score);
}
