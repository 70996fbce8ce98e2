// The one answer to "may text of this file be read into a prompt?", for every feature. Each
// workspace folder is judged by its own rules (IgnoreRules: secret defaults, the user's globs,
// .gitignore files up to the repository root and .git/info/exclude, .flywheelignore); a path
// is judged as what it really is (symlinks resolved, Windows aliases and case folded); a file
// outside every folder is refused unless the user opened it, and credential files never go.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IgnoreFileLocation } from './ignoreFileWatcher';
import { defaultPatternOf, IgnoreFileTooLarge, IgnoreRules, normalizeRelativePath, windowsName, type IgnoredBy, type IgnoreMatch, type MatchedPattern } from './ignoreRules';

/**
 * Why the policy refuses a file: a layer of a folder's rules (`patterns`: the secret-file defaults and the settings'
 * globs), `untrusted` (the folder's `.gitignore`, applied though the user turned it off, because the workspace is not
 * trusted), a credential file outside the workspace, any other file outside it not open in an editor, a file moved or
 * deleted since it was judged, a URI that names no file on this machine, or a file of a folder just added whose own
 * settings are still being read (`settingsPending`: they may exclude it), or of a folder whose settings file cannot be
 * read (`settingsUnreadable`: held until it can be).
 */
export type RefusalReason = IgnoredBy | 'untrusted' | 'credentialFile' | 'outsideNotOpen' | 'gone' | 'notAFile' | 'settingsPending' | 'settingsUnreadable';

/**
 * A refusal: why, and what the user changes to send the file — the ignore file's line that refused it, or the glob of
 * the secret-file defaults or of the settings that did (`patterns`, and a credential file outside by its default).
 */
export interface Refusal {
  readonly reason: RefusalReason;
  readonly rule?: IgnoreFileLine;
  readonly pattern?: MatchedPattern;
  /** `settingsPending`, `settingsUnreadable`: the folder (absolute, '/'-separated) whose settings hold it. */
  readonly folder?: string;
  /** `settingsUnreadable`: the settings file that cannot be read, and why. */
  readonly settingsFile?: UnreadableSettingsFile;
}

/** A settings file that cannot be read (a permission, a folder at its name, bytes that are not UTF-8). */
export interface UnreadableSettingsFile {
  /** Absolute, '/'-separated. */
  readonly file: string;
  /** As the user reads it: a workspace path when it is in a folder (`app/.vscode/settings.json`), else absolute. */
  readonly shown: string;
  /** After "cannot be read": `permission denied`, `a folder stands where the file should be`. */
  readonly why: string;
}

/** A line of an ignore file (`.gitignore`, `.flywheelignore`, `.git/info/exclude`). */
export interface IgnoreFileLine {
  /** Absolute, '/'-separated. */
  readonly file: string;
  /** As the user reads it: as a workspace path when it is in a folder (`lib/.gitignore`), else absolute. */
  readonly shown: string;
  /** 1-based; absent for a file too large to read, which refuses its folder whole. */
  readonly line?: number;
}

/** Ignore files are read up to this size; a larger one makes its folder fail closed. */
export const MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;

export interface PathPolicyOptions {
  /**
   * The workspace folders: absolute paths (their rules are read from disk), the same with the
   * folder's name (a multi-root workspace writes its paths `name/rest`), or folders with rules made elsewhere.
   */
  readonly roots: readonly (string | NamedRoot | Folder)[];
  /** The user's own globs (their user settings): `!` may re-include a default. */
  readonly userGlobs?: readonly string[];
  /** Globs from the workspace's settings: they only exclude. Ignored when the workspace is not trusted. */
  readonly workspaceGlobs?: readonly string[];
  /**
   * Each folder's own globs (its `.vscode/settings.json` in a multi-root workspace), by the folder's absolute path as
   * given in `roots`: they only exclude, in that folder alone. Ignored when the workspace is not trusted.
   */
  readonly folderGlobs?: Readonly<Record<string, readonly string[]>>;
  /** Honour .gitignore and .git/info/exclude (default true; an untrusted workspace cannot turn it off). */
  readonly respectGitignore?: boolean;
  /** Workspace Trust: an untrusted workspace gets the defaults and the user's globs only. */
  readonly trusted?: boolean;
  /** A file outside every folder may be read only when the user opened it (it is open in an editor). */
  readonly openedByUser?: (absolutePath: string) => boolean;
  /** Told once per ignore file too large to read (its folder is then refused whole). */
  readonly onIgnoreFileTooLarge?: (path: string) => void;
  /**
   * The folder (absolute) a path is in when that folder was just added and its own settings are still being read, else
   * undefined: its files are refused until they are (fail closed), whether or not it is in `roots` yet. Asked with the
   * path as given (workspace path, absolute path or URI), before any remembered verdict.
   */
  readonly settingsPending?: (path: string) => string | undefined;
  /** Of a folder `settingsPending` names, the settings file holding it because it cannot be read (undefined: being read). */
  readonly settingsUnreadable?: (folder: string) => UnreadableSettingsFile | undefined;
}

export interface NamedRoot {
  /** Absolute path. */
  readonly path: string;
  /** The workspace folder's name: the first segment of its files' paths in a multi-root workspace. */
  readonly name: string;
}

export interface Folder {
  /** Absolute path, '/'-separated. */
  readonly root: string;
  readonly name?: string;
  readonly rules: IgnoreRules;
  /** The repository the folder is in (read from disk), for the ignore files above the folder. */
  readonly repository?: string;
}

// Credential files by their place, wherever they are (~/.pgpass, ~/.config/gh/hosts.yml, /etc/shadow).
/** The refusal of a path the secret-file defaults match, naming the default. */
function byDefault(reason: 'patterns' | 'credentialFile', relative: string): Refusal | undefined {
  const glob = defaultPatternOf(relative);
  return glob === undefined ? undefined : { reason, pattern: { glob, from: 'default' } };
}

export class PathPolicy {
  private readonly folders: Folder[];
  private readonly verdicts = new Map<string, Refusal | undefined>();
  /**
   * Whether the verdict being judged may be kept: not when it hangs on what can change without an
   * ignore file changing (a tab opened or closed, a path not on disk yet that may become a link).
   */
  private lasting = true;
  /**
   * The paths (normalized, absolute) found on disk when judged. One of them gone later was moved or deleted since: an
   * editor still holds its text under that path until VS Code's events arrive, and the old name says nothing of what the
   * file is now (`notes.txt` renamed `.env`), so it is refused until it is on disk again. A path never seen on disk (an
   * unsaved new file) is judged by its name.
   */
  private readonly seenOnDisk = new Set<string>();

  constructor(private readonly options: PathPolicyOptions) {
    const trusted = options.trusted !== false;
    this.folders = options.roots.map((given) => {
      if (typeof given !== 'string' && 'rules' in given) return { root: slashed(given.root), rules: given.rules, name: given.name };
      const raw = typeof given === 'string' ? given : given.path;
      const name = typeof given === 'string' ? undefined : given.name;
      const root = slashed(resolve(raw));
      const repo = repositoryRoot(root);
      const folderInRepo = repo === root ? '' : root.slice(repo.length + 1);
      return {
        root,
        name,
        repository: repo,
        rules: new IgnoreRules({
          readFile: reader(repo),
          userGlobs: options.userGlobs,
          workspaceGlobs: trusted ? options.workspaceGlobs : [],
          folderGlobs: trusted ? options.folderGlobs?.[raw] : [],
          respectGitignore: trusted ? options.respectGitignore : true,
          folderInRepo,
          onTooLarge: (file) => options.onIgnoreFileTooLarge?.(`${repo}/${file}`),
        }),
      };
    });
  }

  /**
   * Where the ignore files read from disk are: each folder's directory and those above it up to
   * its repository's root (.gitignore, .flywheelignore), and .git/info/exclude. Directories
   * inside a folder are the editor's to watch.
   */
  ignoreFileLocations(): IgnoreFileLocation[] {
    const locations: IgnoreFileLocation[] = [];
    for (const folder of this.folders) {
      if (folder.repository === undefined) continue;
      for (let dir = folder.root; ; dir = slashed(dirname(dir))) {
        locations.push({ directory: dir, names: ['.gitignore', '.flywheelignore'] });
        if (dir === folder.repository || dirname(dir) === dir) break;
      }
      locations.push({ directory: `${folder.repository}/.git/info`, names: ['exclude'] });
    }
    return locations;
  }

  /** Forget every rule and verdict read so far: an ignore file changed. */
  invalidate(): void {
    this.verdicts.clear(); // (not `seenOnDisk`: a fact of the disk, not of the rules)
    for (const folder of this.folders) folder.rules.invalidate();
  }

  /** May text from this file go into any prompt? A workspace-relative path, an absolute path or a file: URI. */
  mayRead(path: string): boolean {
    return this.refusal(path) === undefined;
  }

  /** Why text from this file may not go into any prompt; undefined when it may (the same judgement as `mayRead`). */
  refusal(path: string): RefusalReason | undefined {
    return this.refusalDetail(path)?.reason;
  }

  /** `refusal`, with the ignore file's line that refused the file when one did. */
  refusalDetail(path: string): Refusal | undefined {
    const pending = this.options.settingsPending?.(path);
    if (pending !== undefined) {
      const settingsFile = this.options.settingsUnreadable?.(pending);
      return settingsFile ? { reason: 'settingsUnreadable', folder: slashed(pending), settingsFile } : { reason: 'settingsPending', folder: slashed(pending) };
    }
    if (this.verdicts.has(path)) return this.verdicts.get(path);
    this.lasting = true;
    const reason = this.judge(path);
    if (this.verdicts.size > 10_000) this.verdicts.clear();
    if (this.lasting) this.verdicts.set(path, reason);
    return reason;
  }

  /**
   * The same answer judged afresh (and remembered again): for the door, which asks for the few files of a
   * prompt as it leaves. A remembered verdict is by path, and a file replaced by a link (or a folder by a
   * link to another) after it was judged changes no ignore file: only a fresh look resolves it again.
   */
  mayReadNow(path: string): boolean {
    return this.refusalNow(path) === undefined;
  }

  /** `refusal`, judged afresh as `mayReadNow` is. */
  refusalNow(path: string): RefusalReason | undefined {
    return this.refusalDetailNow(path)?.reason;
  }

  /** `refusalDetail`, judged afresh as `mayReadNow` is. */
  refusalDetailNow(path: string): Refusal | undefined {
    this.verdicts.delete(path);
    return this.refusalDetail(path);
  }

  private judge(input: string): Refusal | undefined {
    if (/^[a-z][a-z0-9+.-]+:/i.test(input) && !/^[a-zA-Z]:[\\/]/.test(input)) {
      if (!input.startsWith('file:')) return input.startsWith('untitled:') ? undefined : NOT_A_FILE; // a buffer never saved is the user's own text
      try {
        input = fileURLToPath(input);
      } catch {
        return NOT_A_FILE;
      }
    }
    const path = input.replace(/\\/g, '/');
    if (!isAbsolute(path)) {
      const relative = normalizeRelativePath(path);
      if (relative === undefined) return NOT_A_FILE;
      if (this.folders.length === 0) return byDefault('patterns', relative);
      // Multi-root: `name/rest` is that folder's file, judged by that folder's rules. Any other
      // reading of the path (a folder that has it as it is written) must allow it too; a path
      // naming no folder is judged in every folder that has it (in all of them when none has
      // it yet), and refused if any of them refuses it.
      const slash = relative.indexOf('/');
      const named = this.folders.length > 1 && slash > 0 ? this.folders.find((f) => f.name === relative.slice(0, slash)) : undefined;
      const having = this.folders.filter((f) => existsSync(join(f.root, relative)));
      const paths = [...(named ? [`${named.root}/${relative.slice(slash + 1)}`] : []), ...(having.length > 0 || named ? having : this.folders).map((f) => `${f.root}/${relative}`)];
      return firstRefusal(paths, (p) => this.refusalAt(p));
    }
    return this.refusalAt(path);
  }

  /**
   * An absolute path: itself and, when it is a link or under one, its target must both pass. A
   * target outside every folder is outside the workspace: read only when the user opened it (or
   * the link to it), as any file outside is.
   */
  private refusalAt(path: string): Refusal | undefined {
    const normalized = normalizeAbsolute(path);
    if (normalized === undefined) return NOT_A_FILE;
    const byName = this.judgeAbsolute(normalized, [normalized]);
    if (byName) return byName;
    let real: string;
    try {
      real = slashed(realpathSync(path));
    } catch {
      this.lasting = false;
      return this.seenOnDisk.has(normalized) ? { reason: 'gone' } : undefined; // never on disk: judged by its name above; gone since: moved or deleted
    }
    if (this.seenOnDisk.size > 10_000) this.seenOnDisk.clear();
    this.seenOnDisk.add(normalized);
    return real === normalized ? undefined : this.judgeAbsolute(normalizeAbsolute(real) ?? real, [real, normalized]);
  }

  /** `opened`: the paths whose being open in an editor lets a file outside the workspace be read. */
  private judgeAbsolute(path: string, opened: readonly string[]): Refusal | undefined {
    const folders = this.foldersOf(path);
    if (folders.length === 0) {
      // Credential files never go, even opened; other files outside the workspace only when the
      // user opened them.
      const withoutDrive = path.replace(/^[a-zA-Z]:/, '').replace(/^\/+/, '');
      if (withoutDrive === '') return NOT_A_FILE;
      const credential = byDefault('credentialFile', withoutDrive);
      if (credential) return credential;
      this.lasting = false;
      return opened.some((p) => this.options.openedByUser?.(p) ?? false) ? undefined : { reason: 'outsideNotOpen' };
    }
    // A folder inside another folder (both in the workspace): each one's rules apply to it.
    return firstRefusal(folders, (folder) => {
      const relative = path.slice(folder.root.length + 1);
      const match = relative === '' ? undefined : folder.rules.match(relative);
      if (!match) return undefined;
      // Only an untrusted workspace applies a .gitignore the user turned off: that refusal is the trust's.
      const untrusted = match.by === 'gitignore' && this.options.trusted === false && this.options.respectGitignore === false;
      // A folder's own glob names its folder: the user changes that folder's settings.
      const pattern = match.pattern?.from === 'folder' ? { ...match.pattern, folder: folder.root } : match.pattern;
      return { reason: untrusted ? 'untrusted' : match.by, ...this.ruleOf(folder, match), ...(pattern && { pattern }) };
    });
  }

  /** The ignore file's line of a match, as a path on disk (a folder's rules read from disk are relative to its repository). */
  private ruleOf(folder: Folder, match: IgnoreMatch): { rule?: IgnoreFileLine } {
    if (match.file === undefined) return {};
    const file = `${folder.repository ?? folder.root}/${match.file}`;
    const inFolder = startsWithFolder(file, folder.root) ? file.slice(folder.root.length + 1) : undefined;
    // A multi-root workspace's paths start with the folder's name (as its files' do).
    const shown = inFolder === undefined ? file : this.folders.length > 1 && folder.name ? `${folder.name}/${inFolder}` : inFolder;
    return { rule: { file, shown, ...(match.line !== undefined && { line: match.line }) } };
  }

  private foldersOf(path: string): Folder[] {
    return this.folders.filter((f) => startsWithFolder(path, f.root));
  }
}

const NOT_A_FILE: Refusal = { reason: 'notAFile' };

/** The first refusal of any of them, judged in order (as `every` would, stopping there). */
function firstRefusal<T>(items: readonly T[], refusal: (item: T) => Refusal | undefined): Refusal | undefined {
  for (const item of items) {
    const reason = refusal(item);
    if (reason) return reason;
  }
  return undefined;
}

function slashed(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/+$/, '') || '/';
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:\//.test(path);
}

/** Folds what Windows treats as the same file: trailing dots and spaces, `::$DATA` streams, `..`. */
function normalizeAbsolute(path: string): string | undefined {
  const drive = /^[a-zA-Z]:/.exec(path)?.[0] ?? '';
  const parts: string[] = [];
  for (const raw of path.slice(drive.length).split('/')) {
    const part = windowsName(raw);
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `${drive}/${parts.join('/')}`;
}

/** Case-insensitively on Windows and macOS, whose file systems fold case. */
function startsWithFolder(path: string, root: string): boolean {
  const fold = process.platform === 'win32' || process.platform === 'darwin';
  const p = fold ? path.toLowerCase() : path;
  const r = fold ? root.toLowerCase() : root;
  return p === r || p.startsWith(r === '/' ? '/' : `${r}/`);
}

/** The repository a folder belongs to (the nearest parent with .git), else the folder itself. */
function repositoryRoot(folder: string): string {
  for (let dir = folder; ; dir = slashed(dirname(dir))) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return folder;
  }
}

/** Reads ignore files relative to the repository root; too large ones fail closed. */
function reader(repo: string): (relativePath: string) => string | undefined {
  return (relativePath) => {
    const path = join(repo, relativePath);
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return undefined;
    }
    if (size > MAX_IGNORE_FILE_BYTES) throw new IgnoreFileTooLarge(path);
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** The policy with no workspace: secret files and credential files by name (hosts that pass none). */
export const defaultPathPolicy = new PathPolicy({ roots: [], openedByUser: () => true });
