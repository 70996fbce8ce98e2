// What the index store keeps and gives back: a file's stored identity, its chunks and symbols as
// written, and the hits and statistics its searches return.

export interface StoredFileInfo {
  readonly hash: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface ChunkRow {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: string;
  readonly scope: string;
  readonly header: string;
  /** Index words of the names the chunk defines and is inside of. */
  readonly symbolTerms: string;
  /** Index words of the file's path. */
  readonly pathTerms: string;
  /** Index words of the chunk's text. */
  readonly bodyTerms: string;
}

export interface SymbolRow {
  readonly name: string;
  readonly kind: string;
  readonly startLine: number;
  readonly endLine: number;
  /** The signature, or a class's outline. */
  readonly text: string;
}

export interface ChunkHit {
  readonly chunkId: number;
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: string;
  readonly scope: string;
  readonly header: string;
  /** Higher is better (BM25 negated, or cosine similarity). */
  readonly score: number;
}

export interface SymbolHit extends SymbolRow {
  readonly path: string;
  readonly score: number;
}

export interface PendingEmbedding {
  readonly chunkId: number;
  readonly path: string;
  readonly hash: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly header: string;
}

export interface StoreStats {
  readonly files: number;
  readonly chunks: number;
  readonly symbols: number;
  readonly vectors: number;
  readonly bytesOnDisk: number;
}

/** A search's chunk row as the index's callers read it. */
export function chunkHit(r: Record<string, unknown>, score: number): ChunkHit {
  return {
    chunkId: Number(r.id), path: String(r.path), startLine: Number(r.start_line), endLine: Number(r.end_line),
    kind: String(r.kind), scope: String(r.scope), header: String(r.header), score,
  };
}

/** A search's symbol row as the index's callers read it. */
export function symbolHit(r: Record<string, unknown>, score: number): SymbolHit {
  return { name: String(r.name), kind: String(r.kind), startLine: Number(r.start_line), endLine: Number(r.end_line), text: String(r.text), path: String(r.path), score };
}
