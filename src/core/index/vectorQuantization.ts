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
