// Which files of one workspace folder may never go into a prompt: the secret-file defaults and
// the user's globs (which only the user's own settings can loosen), then .gitignore files from
// the repository root down (with git's precedence; .git/info/exclude below them all), then
// .flywheelignore files, which can only exclude more.
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { defaultIgnorePatterns } from './defaultIgnorePatterns';

/** Reads a file by its path relative to the repository root; undefined when it doesn't exist. */
export type WorkspaceFileReader = (relativePath: string) => string | undefined;

/** Thrown by a reader for an ignore file too large to read: its folder fails closed. */
export class IgnoreFileTooLarge extends Error {
  override readonly name = 'IgnoreFileTooLarge';
}

export interface IgnoreRulesOptions {
  readonly readFile: WorkspaceFileReader;
  /** Extra gitignore-style globs from the user's settings, relative to the workspace folder; `!` re-includes. */
  readonly userGlobs?: readonly string[];
  /** Globs from the workspace's own settings: they can only exclude (a `!` is dropped). */
  readonly workspaceGlobs?: readonly string[];
  /** Globs from this folder's own settings (a folder of a multi-root workspace): they can only exclude, as the workspace's. */
  readonly folderGlobs?: readonly string[];
  /** Honour .gitignore files and .git/info/exclude (default true). */
  readonly respectGitignore?: boolean;
  /** The workspace folder relative to the repository root ('' when they are the same). */
  readonly folderInRepo?: string;
  /** Told once per ignore file that was too large (its folder is then refused whole). */
  readonly onTooLarge?: (path: string) => void;
}

/** An ignore file's verdict on a path, and the line that gave it (git's last matching rule, as `git check-ignore -v`). */
interface Verdict {
  readonly ignored: boolean;
  readonly file: string;
  /** 1-based; absent for an ignore file too large to read, refused whole. */
  readonly line?: number;
}

/**
 * The layer that excludes a file: the secret-file defaults with the settings' globs, `.gitignore` (or
 * `.git/info/exclude`), or `.flywheelignore`.
 */
export type IgnoredBy = 'patterns' | 'gitignore' | 'flywheelignore';

/**
 * Where a glob of the `patterns` layer comes from: the secret-file defaults, the workspace's settings, a folder's own
 * settings (a folder of a multi-root workspace), or the user's.
 */
export type PatternSource = 'default' | 'workspace' | 'folder' | 'user';

/** The glob of the `patterns` layer that excluded a file (git's last matching rule), and whose it is. */
export interface MatchedPattern {
  readonly glob: string;
  readonly from: PatternSource;
  /** For `folder`: the workspace folder (absolute, '/'-separated) whose settings hold the glob. */
  readonly folder?: string;
}

/** Why a file is excluded: the layer, and for an ignore file which one and the line of it that matched. */
export interface IgnoreMatch {
  readonly by: IgnoredBy;
  /** For `patterns`: the glob that matched (absent for a path outside the workspace or malformed). */
  readonly pattern?: MatchedPattern;
  /** The ignore file, relative to the repository root (`lib/.gitignore`, `.git/info/exclude`); absent for `patterns`. */
  readonly file?: string;
  /** Its 1-based line; absent when the file was too large to read and refuses its folder whole. */
  readonly line?: number;
}

interface RuleFile {
  readonly file: string;
  readonly rules: Ignore;
}

export class IgnoreRules {
  private readonly gitLevels = new Map<string, RuleFile | undefined>();
  private readonly ownLevels = new Map<string, RuleFile | undefined>();
  private readonly verdicts = new Map<string, IgnoreMatch | undefined>();
  private readonly base: Ignore;
  private readonly prefix: string;
  private exclude: RuleFile | undefined | null = null;

  constructor(private readonly options: IgnoreRulesOptions) {
    // Defaults first, then the workspace's exclusions, then the user's globs: only the user's
    // own `!pattern` can re-include a default.
    const excluding = (globs: readonly string[] | undefined) => (globs ?? []).filter((g) => !g.trim().startsWith('!'));
    // Each glob marked with whose it is, so a refusal names the one that matched and who may change it.
    const marked = (globs: readonly string[], from: PatternSource) => globs.map((pattern) => ({ pattern, mark: from }));
    this.base = ignore().add([
      ...marked(defaultIgnorePatterns, 'default'),
      ...marked(excluding(options.workspaceGlobs), 'workspace'),
      ...marked(excluding(options.folderGlobs), 'folder'),
      ...marked(options.userGlobs ?? [], 'user'),
    ]);
    this.prefix = normalizeRelativePath(options.folderInRepo ?? '') ?? '';
  }

  /** True when text of this file (relative to the workspace folder) must never go into any prompt. */
  isIgnored(relativePath: string): boolean {
    return this.ignoredBy(relativePath) !== undefined;
  }

  /** Which layer of rules excludes this file (relative to the workspace folder), if any. */
  ignoredBy(relativePath: string): IgnoredBy | undefined {
    return this.match(relativePath)?.by;
  }

  /** `ignoredBy`, with the ignore file and line that excluded it (what the user changes to send it). */
  match(relativePath: string): IgnoreMatch | undefined {
    const path = normalizeRelativePath(relativePath);
    if (path === undefined) return { by: 'patterns' }; // outside the workspace or malformed: refuse
    if (path === '') return undefined;
    const parts = path.split('/');
    // Like git's walk: a file inside an excluded directory is excluded, whatever its rules.
    for (let i = 1; i < parts.length; i++) {
      const by = this.entryIgnored(parts.slice(0, i).join('/'), true);
      if (by) return by;
    }
    return this.entryIgnored(path, false);
  }

  /** Forget cached rules and verdicts, e.g. after a .gitignore changed. */
  invalidate(): void {
    this.gitLevels.clear();
    this.ownLevels.clear();
    this.verdicts.clear();
    this.exclude = null;
  }

  private entryIgnored(path: string, isDir: boolean): IgnoreMatch | undefined {
    const key = isDir ? `${path}/` : path;
    if (this.verdicts.has(key)) return this.verdicts.get(key);
    const inRepo = this.prefix ? `${this.prefix}/${path}` : path;
    const byPattern = this.base.test(key);
    let result: IgnoreMatch | undefined = byPattern.ignored ? { by: 'patterns', ...(byPattern.rule && { pattern: matchedPattern(byPattern.rule) }) } : undefined;
    if (!result && this.options.respectGitignore !== false) {
      const git = this.layered(this.gitLevels, '.gitignore', inRepo, isDir) ?? this.excludeVerdict(inRepo, isDir);
      if (git?.ignored) result = { by: 'gitignore', file: git.file, ...(git.line !== undefined && { line: git.line }) };
    }
    if (!result) {
      const own = this.layered(this.ownLevels, '.flywheelignore', inRepo, isDir);
      if (own?.ignored) result = { by: 'flywheelignore', file: own.file, ...(own.line !== undefined && { line: own.line }) };
    }
    this.verdicts.set(key, result);
    return result;
  }

  /** Deepest rule file that has an opinion wins, as in git. */
  private layered(cache: Map<string, RuleFile | undefined>, fileName: string, path: string, isDir: boolean): Verdict | undefined {
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const dir = parts.slice(0, depth).join('/');
      const found = this.rulesAt(cache, dir ? `${dir}/${fileName}` : fileName);
      if (!found) continue;
      const rest = parts.slice(depth).join('/');
      const v = verdict(found, isDir ? `${rest}/` : rest);
      if (v) return v;
    }
    return undefined;
  }

  private excludeVerdict(path: string, isDir: boolean): Verdict | undefined {
    if (this.exclude === null) this.exclude = this.read('.git/info/exclude');
    return this.exclude ? verdict(this.exclude, isDir ? `${path}/` : path) : undefined;
  }

  private rulesAt(cache: Map<string, RuleFile | undefined>, file: string): RuleFile | undefined {
    if (cache.has(file)) return cache.get(file);
    const rules = this.read(file);
    cache.set(file, rules);
    return rules;
  }

  private read(file: string): RuleFile | undefined {
    try {
      const text = this.options.readFile(file);
      return text === undefined ? undefined : { file, rules: ignore().add(numberedLines(text)) };
    } catch (error) {
      if (!(error instanceof IgnoreFileTooLarge)) throw error;
      this.options.onTooLarge?.(file);
      return { file, rules: ignore().add('*') }; // fails closed: everything under its folder is refused
    }
  }
}

function verdict({ file, rules }: RuleFile, path: string): Verdict | undefined {
  const result = rules.test(path);
  if (result.ignored) return { ignored: true, file, ...(result.rule?.mark && { line: Number(result.rule.mark) }) };
  if (result.unignored) return { ignored: false, file };
  return undefined;
}

function matchedPattern(rule: { pattern: string; mark?: string | undefined }): MatchedPattern {
  return { glob: rule.pattern, from: rule.mark === 'workspace' || rule.mark === 'folder' || rule.mark === 'user' ? rule.mark : 'default' };
}

/** The secret-file default a path (relative, '/'-separated) matches, if any: for files outside every workspace folder. */
export function defaultPatternOf(relativePath: string): string | undefined {
  const result = defaultRules.test(relativePath);
  return result.ignored ? result.rule?.pattern : undefined;
}

const defaultRules = ignore().add([...defaultIgnorePatterns]);

/**
 * An ignore file's lines, each a pattern marked with its 1-based line number, read as `ignore` reads the file whole:
 * one CR before each LF and at the end dropped (a pattern given apart keeps its own trailing CR and spaces to trim).
 */
function numberedLines(text: string): { pattern: string; mark: string }[] {
  return text.split('\n').map((line, i) => ({ pattern: line, mark: String(i + 1) }));
}

/** 'a/b.ts' from './a/b.ts' or 'a\\b.ts'; undefined for absolute paths or ones escaping the root. */
export function normalizeRelativePath(path: string): string | undefined {
  const parts: string[] = [];
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:\//.test(slashed)) return undefined;
  for (const raw of slashed.split('/')) {
    const part = windowsName(raw);
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.join('/');
}

/**
 * The name Windows opens for a path segment: trailing dots and spaces are dropped and an
 * alternate data stream (`.env::$DATA`, `.env:stream`) names the file itself.
 */
export function windowsName(segment: string): string {
  if (segment === '.' || segment === '..') return segment;
  const stream = segment.indexOf(':');
  const name = stream > 0 ? segment.slice(0, stream) : segment;
  return name.replace(/[. ]+$/, '') || name;
}

/** A gitignore-style glob list as a predicate (a feature's own list, such as files never completed). */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const rules = ignore().add([...globs]);
  return (path) => {
    const relative = matchablePath(path);
    return relative !== '' && rules.ignores(relative);
  };
}

/** A path as a settings glob list judges it: relative and '/'-separated (an absolute one from its root). */
export function matchablePath(path: string): string {
  return normalizeRelativePath(path) ?? path.replace(/\\/g, '/').replace(/^[a-zA-Z]:/, '').replace(/^\/+/, '');
}
