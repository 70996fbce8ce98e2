// Real code written by other people, for the typing sessions: the sources shipped in this
// project's node_modules (pinned by package-lock.json, so every run reads the same files) and,
// when the machine has it, Python's standard library. Grouped by project (a package).
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../sourceTree';

export interface CorpusFile {
  readonly project: string;
  readonly path: string;
  readonly language: string;
  readonly text: string;
}

const LANGUAGE_OF: Record<string, string> = { '.ts': 'typescript', '.js': 'javascript', '.mjs': 'javascript', '.py': 'python', '.md': 'markdown' };
const MIN_BYTES = 1_500;
const MAX_BYTES = 60_000;

function extensionOf(name: string): string {
  if (name.endsWith('.d.ts') || name.endsWith('.min.js')) return '';
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot);
}

/** Hand-written looking: not bundled or minified (short lines), not generated tables. */
function looksHandWritten(text: string): boolean {
  const lines = text.split('\n');
  if (lines.length < 40) return false;
  const long = lines.filter((l) => l.length > 160).length;
  return long / lines.length < 0.02 && text.length / lines.length < 70;
}

/** Source files of the corpus's languages and sizes, outside tests, caches and hidden folders. */
const corpusWalk = {
  skip: (name: string) => name === 'test' || name === 'tests' || name === '__pycache__' || name.startsWith('.'),
  keep: (name: string, size: number) => Boolean(LANGUAGE_OF[extensionOf(name)]) && size >= MIN_BYTES && size <= MAX_BYTES,
  maxDepth: 6,
};

function projectOf(root: string, file: string): string {
  const parts = relative(root, file).split(sep);
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Every usable file under the roots, in a stable order. */
export function loadCorpus(roots: readonly string[]): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const root of roots) {
    const paths = filesUnder(root, corpusWalk);
    for (const path of paths) {
      const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
      if (!looksHandWritten(text)) continue;
      files.push({ project: `${root}:${projectOf(root, path)}`, path, language: LANGUAGE_OF[extensionOf(path)], text });
    }
  }
  return files;
}

/** The default roots: node_modules beside the bench, and a Python standard library if present. */
export function defaultCorpusRoots(repoRoot: string): string[] {
  const roots = [join(repoRoot, 'node_modules')];
  for (const python of ['/usr/lib/python3.11', '/usr/lib/python3.12', '/usr/lib/python3.13']) {
    try {
      if (statSync(python).isDirectory()) {
        roots.push(python);
        break;
      }
    } catch {
      // not installed
    }
  }
  return roots;
}
