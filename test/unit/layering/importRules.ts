// The layering rules of the source tree, checked on every `npm test` by layering.test.ts.
// A rule is a folder, and the imports its files may not (or may only) make; imports are read
// from the text, so the check needs no compiler and runs in milliseconds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

export interface SourceFile {
  /** Repository-relative, with '/' separators. */
  readonly path: string;
  readonly text: string;
}

export interface ImportRule {
  /** Files under this repository-relative folder obey the rule. */
  readonly from: string;
  /** Why the rule exists, printed with a violation. */
  readonly why: string;
  /** Import targets refused: a bare module name ('vscode') or a repository-relative folder or file. */
  readonly forbid?: readonly string[];
  /** Or the only targets inside `within` that are allowed (package imports stay free). */
  readonly only?: { readonly within: string; readonly allow: readonly string[] };
}

export interface Violation {
  readonly file: string;
  readonly target: string;
  readonly why: string;
}

export const LAYERING_RULES: readonly ImportRule[] = [
  { from: 'src/core', forbid: ['vscode', 'src/vscode'], why: 'the core runs in Node, tests and the CLI, where there is no editor' },
  {
    from: 'src/core/models',
    forbid: ['src/core/guard', 'src/core/feedback'],
    why: 'the guard clears a prompt before the gateway sees it, and feedback subscribes to the gateway\'s call events: models knows neither',
  },
  { from: 'src/core/guard', forbid: ['src/core/models'], why: 'the guard judges text and paths, whatever model they go to' },
  { from: 'src/core/context', forbid: ['src/core/models'], why: 'context is gathered before any model is chosen' },
  {
    from: 'src/core/review',
    forbid: ['src/core/chat', 'src/core/refactor', 'src/core/completion'],
    why: 'the review is the shared base of every proposed edit',
  },
  {
    from: 'media/chat',
    only: { within: 'src', allow: ['src/core/chat/chatProtocol.ts'] },
    why: 'the chat webview and the extension share one typed message protocol, nothing else',
  },
  {
    from: 'media/stats',
    only: { within: 'src', allow: ['src/core/feedback/feedbackStatistics.ts', 'src/core/feedback/feedbackEvents.ts'] },
    why: 'the statistics page draws the statistics it is given, nothing else',
  },
];

/** Every module specifier a TypeScript or JavaScript file imports, exports from or requires. */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** A specifier as a repository-relative path ('src/core/x.ts'), or the bare module name. */
function resolveTarget(file: string, specifier: string, exists: (path: string) => boolean): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = posix.normalize(posix.join(posix.dirname(file), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`]) if (exists(candidate)) return candidate;
  return base;
}

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

export function findViolations(files: readonly SourceFile[], rules: readonly ImportRule[] = LAYERING_RULES): Violation[] {
  const paths = new Set(files.map((f) => f.path));
  const violations: Violation[] = [];
  for (const file of files) {
    const applying = rules.filter((r) => within(file.path, r.from));
    if (applying.length === 0) continue;
    for (const specifier of importsOf(file.text)) {
      const target = resolveTarget(file.path, specifier, (p) => paths.has(p));
      for (const rule of applying) {
        const refused = rule.forbid?.some((f) => within(target, f))
          || (rule.only && within(target, rule.only.within) && !rule.only.allow.includes(target));
        if (refused) violations.push({ file: file.path, target, why: rule.why });
      }
    }
  }
  return violations;
}

/** The .ts/.js/.mjs files under the given repository-relative folders. */
export function readSourceFiles(root: string, folders: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|js|mjs|cjs)$/.test(name)) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files;
}

export function repositoryRoot(): string {
  return join(dirname(__filename), '../../..');
}
