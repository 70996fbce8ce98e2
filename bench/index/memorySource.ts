// The bench's workspace: files held in memory behind the index's file source, with one-line
// edits that change a file's content and time as a save would; and a folder read into one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { IndexFileSource } from '../../src/core/index/indexBuilder';
import { isBinary } from '../../src/core/index/indexBuilder';

export class MemorySource implements IndexFileSource {
  private readonly files = new Map<string, { bytes: Uint8Array; mtimeMs: number }>();
  private clock = 1;

  constructor(files: readonly { path: string; text: string }[]) {
    for (const f of files) this.files.set(f.path, { bytes: new TextEncoder().encode(f.text), mtimeMs: this.clock });
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  async stat(path: string): Promise<{ size: number; mtimeMs: number } | undefined> {
    const f = this.files.get(path);
    return f && { size: f.bytes.length, mtimeMs: f.mtimeMs };
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path)?.bytes;
  }

  /** Appends a word to one random non-empty line (the file's content and time change). */
  editOneLine(path: string, random: () => number): void {
    const f = this.files.get(path)!;
    const lines = new TextDecoder().decode(f.bytes).split('\n');
    const candidates = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    const at = candidates.length ? candidates[Math.floor(random() * candidates.length)] : 0;
    lines[at] = `${lines[at] ?? ''} edited`;
    this.files.set(path, { bytes: new TextEncoder().encode(lines.join('\n')), mtimeMs: ++this.clock });
  }
}

const SKIP = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__']);

/** Every text file under `dir` (no binary files, none over 512 KiB), paths relative to it. */
export function readCorpusDir(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      if (SKIP.has(name)) continue;
      const full = join(folder, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && stat.size <= 512 * 1024) {
        const bytes = readFileSync(full);
        if (!isBinary(bytes)) out.push({ path: relative(dir, full).split('\\').join('/'), text: bytes.toString('utf8') });
      }
    }
  };
  walk(dir);
  return out;
}
