// What the typist writes: regions of consecutive lines cut out of real source files (the Python
// standard library by default, or any folder of .py/.js/.ts sources such as a package in
// node_modules). Each task is the file with its region replaced by one empty line, the cursor on
// it; typing the region's lines there (Enter between them) restores the file exactly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { seededRandom } from '../../src/core/seededRandom';

export interface TypingTask {
  /** Workspace file name, unique per task. */
  readonly fileName: string;
  /** Where it came from, for the report. */
  readonly source: string;
  /** The file as it really is. */
  readonly trueText: string;
  /** The file with the region cut out (an empty line in its place). */
  readonly startText: string;
  /** Offset of the empty line (the cursor) in both texts. */
  readonly regionStart: number;
  /** The lines to type, without their line ends. */
  readonly lines: readonly string[];
}

export interface CorpusOptions {
  readonly root: string;
  readonly tasks: number;
  readonly linesPerTask: number;
  readonly seed: number;
}

const EXTENSIONS = new Set(['.py', '.js', '.ts']);
const SKIP_DIRS = /^(test|tests|__pycache__|idlelib|lib2to3|site-packages|dist-packages|\..*)$/;

/** The standard library of the newest Python 3 installed under /usr/lib. */
export function defaultCorpusRoot(): string {
  const versions = readdirSync('/usr/lib').filter((d) => /^python3\.\d+$/.test(d)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  const newest = versions.at(-1);
  if (!newest) throw new Error('No /usr/lib/python3.X found: pass --corpus DIR (e.g. node_modules/<package>/lib).');
  return join('/usr/lib', newest);
}

export function loadTypingTasks(options: CorpusOptions): TypingTask[] {
  const random = seededRandom(options.seed);
  const files = sourceFiles(options.root).filter((f) => {
    const size = statSync(f).size;
    return size > 2_000 && size < 120_000;
  });
  if (files.length === 0) throw new Error(`No source files (.py/.js/.ts, 2–120 kB) under ${options.root}`);
  const tasks: TypingTask[] = [];
  const used = new Set<string>();
  for (let attempt = 0; tasks.length < options.tasks && attempt < options.tasks * 50; attempt++) {
    const file = files[Math.floor(random() * files.length)]!;
    if (used.has(file)) continue;
    const task = regionOf(file, options, random, tasks.length);
    if (task) {
      used.add(file);
      tasks.push({ ...task, source: relative(options.root, file) });
    }
  }
  return tasks;
}

function regionOf(file: string, options: CorpusOptions, random: () => number, index: number): Omit<TypingTask, 'source'> | undefined {
  const trueText = readFileSync(file, 'utf8');
  if (trueText.includes('\r') || trueText.includes('\t')) return undefined;
  const all = trueText.split('\n');
  const n = options.linesPerTask;
  // Not the licence header or imports: start past the first 20 lines, and leave text after.
  const first = 20;
  const last = all.length - n - 5;
  if (last <= first) return undefined;
  for (let tries = 0; tries < 20; tries++) {
    const start = first + Math.floor(random() * (last - first));
    const lines = all.slice(start, start + n);
    const code = lines.filter((l) => l.trim() !== '');
    if (code.length < Math.ceil(n * 0.6) || lines.some((l) => l.length > 100 || /[^\x20-\x7e]/.test(l))) continue;
    // A region starting on a continuation or a closing line reads oddly; start where code starts.
    if (lines[0]!.trim() === '' || /^[)\]}]/.test(lines[0]!.trim())) continue;
    const regionStart = all.slice(0, start).reduce((sum, l) => sum + l.length + 1, 0);
    const regionEnd = regionStart + lines.reduce((sum, l) => sum + l.length + 1, 0);
    const startText = trueText.slice(0, regionStart) + '\n' + trueText.slice(regionEnd);
    const fileName = `t${String(index + 1).padStart(2, '0')}_${basename(file, extname(file)).replace(/[^\w]/g, '_')}${extname(file)}`;
    return { fileName, trueText, startText, regionStart, lines };
  }
  return undefined;
}

function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) {
        if (depth < 3 && !SKIP_DIRS.test(entry.name)) walk(join(dir, entry.name), depth + 1);
      } else if (entry.isFile() && EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts') && !entry.name.startsWith('test')) {
        out.push(join(dir, entry.name));
      }
    }
  };
  walk(root, 0);
  return out;
}
