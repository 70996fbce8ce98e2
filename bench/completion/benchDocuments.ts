// Real code, not written by us, for the completion benchmark: the Python standard library of
// this machine and the TypeScript sources shipped in npm packages, concatenated file by file and
// cut to an exact line count.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface BenchDocument {
  readonly name: string;
  readonly languageId: string;
  readonly text: string;
  readonly lines: number;
  /** Where the text came from (first files), for the report. */
  readonly sources: readonly string[];
}

export interface CodeSource {
  readonly languageId: string;
  readonly label: string;
  readonly files: readonly string[];
}

/** The .py files of the stdlib (top level, sorted), from python3 or Debian's /usr/lib/python3.*. */
export function pythonStdlib(): CodeSource | undefined {
  const dirs: string[] = [];
  try {
    dirs.push(execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim());
  } catch {
    // No python3 on PATH: look for Debian's.
  }
  if (existsSync('/usr/lib')) {
    for (const name of readdirSync('/usr/lib').sort()) if (/^python3\.\d+$/.test(name)) dirs.push(join('/usr/lib', name));
  }
  const dir = dirs.find((d) => d && existsSync(join(d, 'os.py')));
  if (!dir) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => join(dir, f));
  return { languageId: 'python', label: `Python stdlib (${dir})`, files };
}

/** TypeScript sources shipped in npm packages: openai's src/, then @types/node. */
export function typescriptFromNpm(root: string): CodeSource | undefined {
  const files = [
    ...walk(join(root, 'node_modules/openai/src'), (f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
    ...walk(join(root, 'node_modules/@types/node'), (f) => f.endsWith('.d.ts')),
  ];
  return files.length ? { languageId: 'typescript', label: 'TypeScript from npm packages (openai/src, @types/node)', files } : undefined;
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Exactly `lines` lines of the source's files, in order. */
export function documentOf(source: CodeSource, lines: number): BenchDocument | undefined {
  const parts: string[] = [];
  const sources: string[] = [];
  let count = 0;
  for (const file of source.files) {
    if (count >= lines) break;
    const fileLines = readFileSync(file, 'utf8').split('\n');
    parts.push(...fileLines.slice(0, lines - count));
    count += Math.min(fileLines.length, lines - count);
    sources.push(file);
  }
  if (count < lines) return undefined;
  return { name: `${source.languageId} ${lines} lines`, languageId: source.languageId, text: parts.join('\n'), lines, sources };
}

const LANGUAGE_BY_EXTENSION: Record<string, string> = {
  '.py': 'python', '.ts': 'typescript', '.tsx': 'typescriptreact', '.js': 'javascript', '.mjs': 'javascript',
  '.go': 'go', '.rs': 'rust', '.java': 'java', '.c': 'c', '.h': 'c', '.cpp': 'cpp', '.cs': 'csharp', '.rb': 'ruby',
  '.php': 'php', '.sh': 'shellscript',
};

/** Any file a user names with --file. */
export function documentFromFile(path: string): BenchDocument {
  const text = readFileSync(path, 'utf8');
  const languageId = LANGUAGE_BY_EXTENSION[extname(path).toLowerCase()] ?? 'plaintext';
  return { name: path, languageId, text, lines: text.split('\n').length, sources: [path] };
}
