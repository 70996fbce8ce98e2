// Which workspace files may never go into a prompt: .gitignore (nested, with git's precedence),
// .flywheelignore, the user's globs and the default secret-file patterns.
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { defaultIgnorePatterns } from './defaultIgnorePatterns';

/** Reads a file of the workspace by its relative path; undefined when it doesn't exist. */
export type WorkspaceFileReader = (relativePath: string) => string | undefined;

export interface IgnoreRulesOptions {
  readonly readFile: WorkspaceFileReader;
  /** Extra gitignore-style globs from settings, relative to the workspace root. */
  readonly userGlobs?: readonly string[];
  /** Honour .gitignore files (default true). */
  readonly respectGitignore?: boolean;
}

type Verdict = 'ignored' | 'unignored' | undefined;

export class IgnoreRules {
  private readonly gitLevels = new Map<string, Ignore | undefined>();
  private readonly ownLevels = new Map<string, Ignore | undefined>();
  private readonly verdicts = new Map<string, boolean>();
  private readonly base: Ignore;

  constructor(private readonly options: IgnoreRulesOptions) {
    // Defaults first, then the user's globs: a later `!pattern` can re-include a default.
    this.base = ignore().add([...defaultIgnorePatterns, ...(options.userGlobs ?? [])]);
  }

  /** True when text of this file must never go into any prompt. */
  isIgnored(relativePath: string): boolean {
    const path = normalizeRelativePath(relativePath);
    if (path === undefined) return true; // outside the workspace or malformed: refuse
    if (path === '') return false;
    const parts = path.split('/');
    // Like git's walk: a file inside an excluded directory is excluded, whatever its rules.
    for (let i = 1; i < parts.length; i++) {
      if (this.entryIgnored(parts.slice(0, i).join('/'), true)) return true;
    }
    return this.entryIgnored(path, false);
  }

  /** Forget cached rules and verdicts, e.g. after a .gitignore changed. */
  invalidate(): void {
    this.gitLevels.clear();
    this.ownLevels.clear();
    this.verdicts.clear();
  }

  private entryIgnored(path: string, isDir: boolean): boolean {
    const key = isDir ? `${path}/` : path;
    const cached = this.verdicts.get(key);
    if (cached !== undefined) return cached;
    let result = false;
    if (this.options.respectGitignore !== false && this.layered(this.gitLevels, '.gitignore', path, isDir) === 'ignored') {
      result = true;
    } else {
      // The defaults, the user's globs and .flywheelignore files form one layered rule set.
      const own = this.layered(this.ownLevels, '.flywheelignore', path, isDir);
      result = own === 'ignored' || (own === undefined && verdict(this.base, key) === 'ignored');
    }
    this.verdicts.set(key, result);
    return result;
  }

  /** Deepest rule file that has an opinion wins, as in git. */
  private layered(cache: Map<string, Ignore | undefined>, fileName: string, path: string, isDir: boolean): Verdict {
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const dir = parts.slice(0, depth).join('/');
      const rules = this.rulesAt(cache, fileName, dir);
      if (!rules) continue;
      const rest = parts.slice(depth).join('/');
      const v = verdict(rules, isDir ? `${rest}/` : rest);
      if (v) return v;
    }
    return undefined;
  }

  private rulesAt(cache: Map<string, Ignore | undefined>, fileName: string, dir: string): Ignore | undefined {
    if (cache.has(dir)) return cache.get(dir);
    const text = this.options.readFile(dir ? `${dir}/${fileName}` : fileName);
    const rules = text === undefined ? undefined : ignore().add(text);
    cache.set(dir, rules);
    return rules;
  }
}

function verdict(rules: Ignore, path: string): Verdict {
  const result = rules.test(path);
  if (result.ignored) return 'ignored';
  if (result.unignored) return 'unignored';
  return undefined;
}

/** 'a/b.ts' from './a/b.ts' or 'a\\b.ts'; undefined for absolute paths or ones escaping the root. */
export function normalizeRelativePath(path: string): string | undefined {
  const parts: string[] = [];
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:\//.test(slashed)) return undefined;
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.join('/');
}
