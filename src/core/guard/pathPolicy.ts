// The one answer to "may text of this file be read into a prompt?": every workspace folder with
// its own ignore rules (.gitignore, .flywheelignore, the user's globs, the secret-file
// defaults); a file outside every folder is judged by its name and parent folder.
import { IgnoreRules, normalizeRelativePath } from './ignoreRules';

export interface WorkspaceRootRules {
  /** Absolute path of the workspace folder, '/'-separated. */
  readonly root: string;
  readonly rules: IgnoreRules;
}

export interface PathPolicyOptions {
  /** Workspace folders; relative paths are resolved against the first. */
  readonly roots: readonly WorkspaceRootRules[];
  /** The user's globs, also applied to files outside every workspace folder. */
  readonly userGlobs?: readonly string[];
}

export class PathPolicy {
  // Files outside every folder (or with no folder open) are judged by their name alone.
  private readonly outside: IgnoreRules;

  constructor(private readonly options: PathPolicyOptions) {
    this.outside = new IgnoreRules({ readFile: () => undefined, userGlobs: options.userGlobs });
  }

  /** May text from this file (workspace-relative or absolute) go into any prompt? */
  mayRead(path: string): boolean {
    const located = this.locate(path);
    return located !== undefined && !located.rules.isIgnored(located.relative);
  }

  private locate(path: string): { rules: IgnoreRules; relative: string } | undefined {
    const slashed = path.replace(/\\/g, '/');
    const absolute = slashed.startsWith('/') || /^[a-zA-Z]:\//.test(slashed);
    if (!absolute) {
      const relative = normalizeRelativePath(slashed);
      if (relative === undefined) return undefined;
      return { rules: this.options.roots[0]?.rules ?? this.outside, relative };
    }
    for (const { root, rules } of this.options.roots) {
      const prefix = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
      if (slashed.startsWith(prefix)) {
        const relative = normalizeRelativePath(slashed.slice(prefix.length));
        return relative === undefined ? undefined : { rules, relative };
      }
    }
    // Outside every folder: the file's own name and its parent folder's (.ssh/id_rsa, .aws/credentials).
    const tail = slashed.split('/').filter(Boolean).slice(-2).join('/');
    return { rules: this.outside, relative: tail };
  }
}
