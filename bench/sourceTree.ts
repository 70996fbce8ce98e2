// Real code on this machine for the benches: the files under a folder, in a stable order (names
// sorted, depth first), so every run of a bench reads the same corpus.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export interface SourceWalk {
  /** A file or folder name that is neither entered nor kept (tests, caches, hidden folders…). */
  readonly skip: (name: string) => boolean;
  /** Whether a file of this name and size is kept. */
  readonly keep: (name: string, size: number) => boolean;
  /** Folders more than this many levels below the start are not entered (no limit when absent). */
  readonly maxDepth?: number;
}

/** The kept files under `dir` (unreadable folders and files are passed over), appended to `out`. */
export function filesUnder(dir: string, walk: SourceWalk, out: string[] = [], depth = 0): string[] {
  if (walk.maxDepth !== undefined && depth > walk.maxDepth) return out;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (walk.skip(name)) continue;
    const full = join(dir, name);
    let stat: Stats;
    try {
      stat = statSync(full);
    } catch {
      continue;
    }
    if (stat.isDirectory()) filesUnder(full, walk, out, depth + 1);
    else if (stat.isFile() && walk.keep(name, stat.size)) out.push(full);
  }
  return out;
}
