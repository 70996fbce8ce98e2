// Where the process's resident memory is, by kind of mapping (Linux /proc/self/smaps): what the
// peak RSS of an index build is made of. A worker thread lives in the host's process, so RSS
// alone cannot say which thread or which part holds it; the mappings can, roughly:
//   - wasm: WebAssembly linear memories (V8 reserves several GiB of address space for each,
//     guard regions included, and only the pages touched are resident): tree-sitter's in every
//     thread that parses, SQLite's in the index thread. They grow and never shrink.
//   - arena: glibc's per-thread malloc arenas (64 MiB regions): what native code of each thread
//     allocates (V8's own tables, Node's buffers, zlib, the structured clones of messages).
//   - anon: every other anonymous mapping: V8's heaps (pages of 256 KiB), the main malloc heap.
//   - file: code and data mapped from files (node itself, libc, the ICU data).
import { readFileSync } from 'node:fs';

export interface MemoryByKind {
  readonly wasm_mb: number;
  /** Resident size of each WebAssembly memory, largest first. */
  readonly wasm_each_mb: number[];
  readonly arena_mb: number;
  readonly anon_mb: number;
  readonly file_mb: number;
  readonly rss_mb: number;
}

const GIB_KB = 1024 * 1024;
const ARENA_KB = 64 * 1024;
const round = (kb: number) => Math.round(kb / 102.4) / 10;

/** This process's, or another's (the index's own process); undefined where there is no /proc (not Linux) or it ended. */
export function memoryByKind(pid: number | 'self' = 'self'): MemoryByKind | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  } catch {
    return undefined;
  }
  // Contiguous anonymous mappings make one region (a WebAssembly memory is its accessible part
  // followed by the reserved rest; an arena its used part followed by the rest of its 64 MiB); an
  // accessible mapping right after a reserved one begins the next region (two memories' reservations
  // are often adjacent, and were counted as one).
  const regions: { start: bigint; end: bigint; rss: number; reservedTail: boolean }[] = [];
  let file = 0;
  let current: { start: bigint; end: bigint; named: boolean; reserved: boolean } | undefined;
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (header) {
      current = { start: BigInt(`0x${header[1]}`), end: BigInt(`0x${header[2]}`), named: header[4].startsWith('/'), reserved: header[3] === '---p' };
      continue;
    }
    if (!current || !line.startsWith('Rss:')) continue;
    const rss = Number(line.split(/\s+/)[1]);
    if (current.named) file += rss;
    else {
      const last = regions[regions.length - 1];
      if (last && last.end === current.start && !(last.reservedTail && !current.reserved)) {
        last.end = current.end;
        last.rss += rss;
        last.reservedTail = current.reserved;
      } else regions.push({ start: current.start, end: current.end, rss, reservedTail: current.reserved });
    }
  }
  let wasm = 0;
  let arena = 0;
  let anon = 0;
  const wasmEach: number[] = [];
  const arenaBytes = BigInt(ARENA_KB * 1024);
  for (const r of regions) {
    const kb = Number((r.end - r.start) / 1024n);
    if (kb >= GIB_KB) {
      wasm += r.rss;
      if (r.rss > 0) wasmEach.push(r.rss);
    } else if (kb === ARENA_KB && r.start % arenaBytes === 0n) arena += r.rss;
    else anon += r.rss;
  }
  return {
    wasm_mb: round(wasm),
    wasm_each_mb: wasmEach.sort((a, b) => b - a).map(round),
    arena_mb: round(arena),
    anon_mb: round(anon),
    file_mb: round(file),
    rss_mb: round(wasm + arena + anon + file),
  };
}
