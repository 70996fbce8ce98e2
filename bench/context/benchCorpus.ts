// The code the context bench runs on: real multi-file packages nobody here wrote — Python
// standard-library packages from the machine's python3, and TypeScript sources shipped in npm
// packages (rxjs, openai) — or any folder given with --corpus.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { syntaxLanguageForPath } from '../../src/core/syntax/languages';

export interface CorpusFile {
  readonly path: string; // relative to the corpus root
  readonly text: string;
  readonly language: string; // our grammar name
}

export interface Corpus {
  readonly name: string;
  readonly root: string;
  readonly files: readonly CorpusFile[];
}

const MAX_FILE_CHARS = 150_000;
const SKIP_DIRS = new Set(['node_modules', '.git', '__pycache__', 'test', 'tests', 'dist', 'build']);

function walk(dir: string, root: string, out: CorpusFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(full, root, out);
      continue;
    }
    const language = syntaxLanguageForPath(name);
    if (!language || name.endsWith('.d.ts') || stat.size > MAX_FILE_CHARS) continue;
    out.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8'), language: language.name });
  }
}

export function loadCorpus(name: string, root: string): Corpus {
  const files: CorpusFile[] = [];
  walk(root, root, files);
  return { name, root, files };
}

function pythonStdlib(): string | undefined {
  try {
    return execFileSync('python3', ['-c', 'import os,sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** The default corpora that exist on this machine. */
export function defaultCorpora(): Corpus[] {
  const corpora: Corpus[] = [];
  const stdlib = pythonStdlib();
  if (stdlib) {
    for (const pkg of ['asyncio', 'email', 'json', 'concurrent', 'http', 'importlib', 'xml', 'multiprocessing']) {
      const dir = join(stdlib, pkg);
      // A package's root is the workspace root, so `import asyncio.events` resolves as in the stdlib.
      if (existsSync(dir)) corpora.push({ ...loadCorpus(`python/${pkg}`, stdlib), files: loadCorpus(pkg, dir).files.map((f) => ({ ...f, path: `${pkg}/${f.path}` })) });
    }
  }
  const nodeModules = join(__dirname, '../../node_modules');
  for (const [name, sub] of [['typescript/rxjs', 'rxjs/src/internal'], ['typescript/openai', 'openai/src']] as const) {
    const dir = join(nodeModules, sub);
    if (existsSync(dir)) corpora.push(loadCorpus(name, dir));
  }
  return corpora;
}
