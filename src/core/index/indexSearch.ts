// Hybrid retrieval over the index: three rankings of chunks, each by its own measure, fused by
// reciprocal rank (the context mixer's fusion, which also merges overlapping chunks of a file):
//   term   — BM25 over the chunks' words (names weighted above path above body);
//   symbol — definitions whose name is one the question writes as code (`push_context`), then
//            those whose name's words the question uses (a name made only of them first);
//   vector — cosine similarity of the chunks' embeddings to the question's (when configured).
import { fuseCandidates } from '../context/rankFusion';
import type { ContextCandidate } from '../context/contextTypes';
import type { IndexStore } from './indexStore';
import type { ChunkHit } from './indexRows';
import { anyOf, namedIdentifiers, queryTerms } from './indexTerms';

export type HitSource = 'term' | 'symbol' | 'vector';

export interface IndexHit {
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly scope: string;
  readonly header: string;
  /** Fused score, higher is better. */
  readonly score: number;
  /** The rankings that found it, with the rank in each (1 = first). */
  readonly via: Partial<Record<HitSource, number>>;
}

export interface IndexSearchOptions {
  /** Chunks to return at most. */
  readonly limit: number;
  /** The question's embedding, when an embedding model is configured. */
  readonly vector?: readonly number[];
  /** Candidates each ranking contributes. */
  readonly depth?: number;
}

const DEFAULT_DEPTH = 40;
const WEIGHTS: Record<HitSource, number> = { term: 1, symbol: 1, vector: 1 };

/** Each ranking's chunks, best first. */
export function rankings(store: IndexStore, query: string, options: IndexSearchOptions): Record<HitSource, ChunkHit[]> {
  const depth = options.depth ?? DEFAULT_DEPTH;
  const words = queryTerms(query);
  const match = anyOf(words);
  const term = match ? store.searchChunks(match, depth) : [];
  const symbol: ChunkHit[] = [];
  const seen = new Set<number>();
  const addSymbol = (path: string, line: number, score: number): void => {
    const chunk = store.chunkAt(path, line);
    if (chunk && !seen.has(chunk.chunkId) && symbol.length < depth) {
      seen.add(chunk.chunkId);
      symbol.push({ ...chunk, score });
    }
  };
  for (const name of namedIdentifiers(query)) for (const def of store.definitions(name, 5)) addSymbol(def.path, def.startLine, Number.MAX_SAFE_INTEGER);
  if (match) for (const def of store.searchSymbols(match, depth)) addSymbol(def.path, def.startLine, def.score);
  const vector = options.vector ? store.searchVectors(options.vector, depth) : [];
  return { term, symbol, vector };
}

/** The fused ranking of chunks for a question (or any text), best first. */
export function searchIndex(store: IndexStore, query: string, options: IndexSearchOptions): IndexHit[] {
  return fuseRankings(rankings(store, query, options), options.limit);
}

/** Reciprocal-rank fusion of the rankings; overlapping chunks of one file count as one. */
export function fuseRankings(lists: Record<HitSource, readonly ChunkHit[]>, limit: number): IndexHit[] {
  const asCandidate = (hit: ChunkHit, source: HitSource): ContextCandidate => ({
    path: hit.path, text: '', source, sourceScore: hit.score, startLine: hit.startLine, endLine: hit.endLine, reason: hit.header || hit.scope,
  });
  const byKey = new Map<string, ChunkHit>();
  const ranked = (Object.keys(lists) as HitSource[]).map((source) => ({
    weight: WEIGHTS[source],
    candidates: lists[source].map((hit) => {
      byKey.set(`${hit.path}:${hit.startLine}:${hit.endLine}`, hit);
      return asCandidate(hit, source);
    }),
  }));
  return fuseCandidates(ranked).slice(0, limit).map((f) => {
    const { candidate } = f;
    const hit = byKey.get(`${candidate.path}:${candidate.startLine}:${candidate.endLine}`)!;
    const via: Partial<Record<HitSource, number>> = {};
    for (const c of [candidate, ...f.duplicates]) {
      const source = c.source as HitSource;
      via[source] ??= lists[source].findIndex((h) => h.path === c.path && h.startLine === c.startLine && h.endLine === c.endLine) + 1;
    }
    return { path: hit.path, startLine: hit.startLine, endLine: hit.endLine, scope: hit.scope, header: hit.header, score: f.score, via };
  });
}
