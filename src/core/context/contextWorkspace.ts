// What the context engine needs from the editor or any host (tests, the bench, the CLI): an
// interface it owns, so it runs the same everywhere.
import type { DocumentSnapshot } from '../documentSnapshot';

export interface ContextWorkspace {
  /** Open documents (tabs), most recently used first. */
  openDocuments(): readonly DocumentSnapshot[];
  /** A workspace file's text by relative path, or undefined when it does not exist. */
  readFile(relativePath: string): Promise<string | undefined>;
  /**
   * Workspace-relative paths of the source files the host knows (may be partial or empty):
   * used to resolve imports that name a namespace or package rather than a path (Java, C#, PHP, Go).
   */
  listFiles?(): readonly string[];
}

/** Predicate for files that must never be read into context (ignore rules, secrets). */
export type ExclusionPredicate = (relativePath: string) => boolean;

const SECRET_NAME = /^(\.env(\..*)?|.*\.env|\.envrc|.*\.(pem|key|p12|pfx|jks|keystore|kdbx|gpg|tfstate|tfvars)|id_(rsa|dsa|ecdsa|ed25519).*|credentials.*|\.git-credentials|\.netrc|\.npmrc|\.pypirc|secrets\.(json|ya?ml|toml))$/i;
const SECRET_DIR = /(^|\/)(\.git|\.ssh|\.aws|\.gnupg|node_modules)\//;

/**
 * The fallback when the host passes no predicate: the usual secret files are default-denied.
 * The editor passes the guard's full ignore rules (.gitignore, .flywheelignore, settings) instead.
 */
export function defaultIsExcluded(relativePath: string): boolean {
  const path = relativePath.replace(/\\/g, '/');
  // Like an ignore pattern without a slash, a secret name matches any segment (a `.env/` folder too).
  return SECRET_DIR.test(path) || path.split('/').some((segment) => SECRET_NAME.test(segment));
}
