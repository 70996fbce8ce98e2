// The one door: decides whether a prompt may go to an endpoint, and in what form. Ignored files
// never go anywhere; "local only" refuses non-loopback endpoints; text bound for a non-local
// endpoint has its secrets redacted, and each such call leaves an audit line (never content).
import type { Logger } from '../logger';
import type { ModelEndpoint } from '../models/modelTypes';
import { isLocalEndpoint } from '../models/endpointLocality';
import { IgnoreRules, normalizeRelativePath } from './ignoreRules';
import { redactSecrets } from './secretRedactor';

export interface WorkspaceRootRules {
  /** Absolute path of the workspace folder, '/'-separated. */
  readonly root: string;
  readonly rules: IgnoreRules;
}

export interface EgressGuardOptions {
  /** Workspace folders; relative paths are resolved against the first. */
  readonly roots: readonly WorkspaceRootRules[];
  readonly localOnly: boolean;
  /** Redact secrets before text leaves for a non-local endpoint (default true). */
  readonly redactSecrets?: boolean;
  /** The user's globs, also applied to files outside every workspace folder. */
  readonly userGlobs?: readonly string[];
  readonly logger: Logger;
}

/** What a prompt is made of: its texts, and the files whose text went into them. */
export interface EgressPayload {
  readonly texts: readonly string[];
  readonly files: readonly string[];
}

export type EgressRefusal = 'ignored-file' | 'local-only';

export type EgressDecision =
  | { readonly allowed: false; readonly reason: EgressRefusal; readonly message: string; readonly files: readonly string[] }
  | {
      readonly allowed: true;
      readonly local: boolean;
      /** The texts to send, redacted when the endpoint is not local. */
      readonly texts: readonly string[];
      readonly redactions: number;
      readonly bytes: number;
    };

export class EgressGuard {
  // Files outside every folder (or with no folder open) are judged by their name alone.
  private readonly outside: IgnoreRules;

  constructor(private readonly options: EgressGuardOptions) {
    this.outside = new IgnoreRules({ readFile: () => undefined, userGlobs: options.userGlobs });
  }

  get localOnly(): boolean {
    return this.options.localOnly;
  }

  /** May text from this file (workspace-relative or absolute) go into any prompt? */
  mayInclude(path: string): boolean {
    const located = this.locate(path);
    return located !== undefined && !located.rules.isIgnored(located.relative);
  }

  /** The decision for one request to one endpoint. */
  mayLeave(endpoint: ModelEndpoint, payload: EgressPayload): EgressDecision {
    const blocked = payload.files.filter((file) => !this.mayInclude(file));
    if (blocked.length > 0) {
      return {
        allowed: false,
        reason: 'ignored-file',
        files: blocked,
        message: `Not sent: ${blocked.join(', ')} ${blocked.length === 1 ? 'is' : 'are'} excluded by .gitignore, .flywheelignore or the secret-file patterns.`,
      };
    }
    const refusal = this.endpointRefusal(endpoint);
    if (refusal) return { allowed: false, reason: 'local-only', files: [], message: refusal };
    const local = isLocalEndpoint(endpoint.baseUrl);
    let texts = payload.texts;
    let redactions = 0;
    if (!local && this.options.redactSecrets !== false) {
      texts = payload.texts.map((text) => {
        const result = redactSecrets(text);
        redactions += result.count;
        return result.text;
      });
    }
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
    if (!local) {
      this.options.logger.info(
        `audit: sending ${bytes} bytes to ${describe(endpoint)}; files: ${payload.files.length ? payload.files.join(', ') : '(none)'}; secrets redacted: ${redactions}`,
      );
    }
    return { allowed: true, local, texts, redactions, bytes };
  }

  /** Why this endpoint may not be used at all ("local only"), or undefined when it may. */
  endpointRefusal(endpoint: ModelEndpoint): string | undefined {
    if (!this.options.localOnly || isLocalEndpoint(endpoint.baseUrl)) return undefined;
    return `Refused ${describe(endpoint)}: "flywheel.models.localOnly" allows only endpoints on this machine (localhost, 127.0.0.0/8, ::1).`;
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

function describe(endpoint: ModelEndpoint): string {
  return `${endpoint.model} at ${safeOrigin(endpoint.baseUrl)}`;
}

/** The URL without credentials or query, for logs. */
export function safeOrigin(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid URL)';
  }
}

/** A request the guard refused: a prompt drawn from an ignored file, or a non-local endpoint under "local only". */
export class EgressRefusedError extends Error {
  override readonly name = 'EgressRefusedError';

  constructor(readonly reason: EgressRefusal, message: string, readonly files: readonly string[] = []) {
    super(message);
  }

  static is(error: unknown, reason?: EgressRefusal): error is EgressRefusedError {
    return error instanceof EgressRefusedError && (reason === undefined || error.reason === reason);
  }
}
