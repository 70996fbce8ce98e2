// The trees of text nobody labelled that the look-alike scan reads (lookalikeScan.ts), and how a
// tree's text files are walked: shared with sameAnswers.ts, which compares two redactors on them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Source and config trees a Debian machine with Python, Go and Rust packages has. */
export const SYSTEM_TREES = ['/usr/lib/python3', '/usr/lib/python3.11', '/usr/share/gocode', '/usr/share/cargo/registry', '/etc', '/usr/share/doc'];

/** Larger files are generated bundles or data; a NUL in the first 8 KB marks a binary file. */
const MAX_FILE = 2_000_000;

/** Paths of the regular files under `dir` up to MAX_FILE, folders this user may not read skipped. */
export function* textFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // a folder this user may not read
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (entry.isFile() && statSync(path).size <= MAX_FILE) yield path;
  }
}

/** The file's bytes, or undefined when it cannot be read or is binary (a NUL in its first 8 KB). */
export function readText(path: string): Buffer | undefined {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch {
    return undefined;
  }
  return buffer.subarray(0, 8192).includes(0) ? undefined : buffer;
}
