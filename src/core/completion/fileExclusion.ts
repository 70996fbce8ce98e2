// Which files never get completions: the guard's secret-file defaults (.env*, *.pem, *.key,
// id_rsa*, credentials…) plus the user's globs, with gitignore semantics.
import { IgnoreRules, normalizeRelativePath } from '../guard/ignoreRules';

/** True when the file at this workspace-relative (or absolute) path must not be completed. */
export type FileExclusion = (path: string) => boolean;

export function createFileExclusion(userGlobs: readonly string[]): FileExclusion {
  const rules = new IgnoreRules({ readFile: () => undefined, userGlobs, respectGitignore: false });
  return (path) => {
    const relative = normalizeRelativePath(path) ?? pathTail(path);
    return relative !== '' && rules.isIgnored(relative);
  };
}

// A file outside the workspace is judged by its last folders and name (~/.ssh/id_rsa → .ssh/id_rsa).
function pathTail(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.' && p !== '..' && !p.endsWith(':'));
  return parts.slice(-3).join('/');
}
