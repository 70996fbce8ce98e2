// Each chunk's whole identifiers (keywords and one-letter names included, as the sliding-window
// retrievers count them), inverted for one file in three typed arrays: the file's name ids
// sorted, and for each name the chunks whose text has it, each once. Jaccard of identifier sets
// (jaccardRanking.ts) reads shared names from them without reading the chunks.
import type { CodeChunk } from './codeChunks';
import { identifiersIn } from './identifierTokens';
import { internName } from './nameIds';

export interface ChunkNames {
  /** The ids (nameIds.ts) of the file's distinct names, ascending. */
  readonly ids: Uint32Array;
  /** The chunks of `ids[j]` are `chunks[starts[j]]` up to `chunks[starts[j + 1]]`, ascending. */
  readonly starts: Uint32Array;
  readonly chunks: Uint32Array;
  /** Each chunk's number of distinct names. */
  readonly counts: Uint32Array;
}

export function chunkNames(chunks: readonly CodeChunk[]): ChunkNames {
  // Each distinct name of the file gets a slot in order of appearance; (slot, chunk) pairs are
  // listed once per chunk that has the name, then grouped by name in id order.
  const slots = new Map<number, number>();
  const ids: number[] = [];
  const lastChunk: number[] = [];
  const pairs: number[] = [];
  const counts = new Uint32Array(chunks.length);
  chunks.forEach((chunk, i) => {
    for (const name of identifiersIn(chunk.text)) {
      const id = internName(name);
      let slot = slots.get(id);
      if (slot === undefined) {
        slots.set(id, (slot = ids.length));
        ids.push(id);
        lastChunk.push(-1);
      }
      if (lastChunk[slot] === i) continue;
      lastChunk[slot] = i;
      pairs.push(slot, i);
      counts[i]++;
    }
  });
  const order = ids.map((_, slot) => slot).sort((a, b) => ids[a] - ids[b]);
  const rankOf = new Uint32Array(ids.length);
  order.forEach((slot, rank) => (rankOf[slot] = rank));
  const starts = new Uint32Array(ids.length + 1);
  for (let p = 0; p < pairs.length; p += 2) starts[rankOf[pairs[p]] + 1]++;
  for (let j = 0; j < ids.length; j++) starts[j + 1] += starts[j];
  const fill = starts.slice(0, ids.length);
  const byName = new Uint32Array(pairs.length / 2);
  // Pairs come in chunk order, so each name's chunks are ascending.
  for (let p = 0; p < pairs.length; p += 2) byName[fill[rankOf[pairs[p]]]++] = pairs[p + 1];
  return { ids: Uint32Array.from(order, (slot) => ids[slot]), starts, chunks: byName, counts };
}

/** The position of name `id` in `names.ids` (binary search), or -1 when the file does not have it. */
export function namePosition(names: ChunkNames, id: number): number {
  let lo = 0;
  let hi = names.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = names.ids[mid];
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
