// Vectors as the index stores them: unit length, each component a signed byte with one scale
// per vector (a quarter of the disk of float32, cosine nearly unchanged).

export function normalized(vector: readonly number[]): Float64Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Float64Array.from(vector, (v) => v / norm);
}

/** A unit vector as signed bytes and the scale that turns them back. */
export function quantize(vector: readonly number[]): { scale: number; data: Uint8Array } {
  const unit = normalized(vector);
  let max = 0;
  for (const v of unit) max = Math.max(max, Math.abs(v));
  const scale = (max || 1) / 127;
  const ints = Int8Array.from(unit, (v) => Math.round(v / scale));
  return { scale, data: new Uint8Array(ints.buffer) };
}

/** A vector as stored: its chunk, its scale and its signed bytes. */
export interface StoredVector {
  readonly chunkId: number;
  readonly scale: number;
  readonly data: Uint8Array;
}

/** The `limit` stored vectors nearest a unit query by cosine, best first, kept in one small sorted list. */
export function nearestVectors(rows: Iterable<StoredVector>, unitQuery: Float64Array, limit: number): { id: number; score: number }[] {
  const best: { id: number; score: number }[] = [];
  for (const row of rows) {
    const data = row.data;
    if (data.length !== unitQuery.length) continue;
    const ints = new Int8Array(data.buffer, data.byteOffset, data.length);
    let dot = 0;
    for (let i = 0; i < ints.length; i++) dot += ints[i] * unitQuery[i];
    const score = dot * row.scale;
    if (best.length === limit && score <= best[best.length - 1].score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].score < score) at--;
    best.splice(at, 0, { id: row.chunkId, score });
    if (best.length > limit) best.pop();
  }
  return best;
}
