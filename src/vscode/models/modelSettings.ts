// The one reader of flywheel.models.*, flywheel.guard.* and flywheel.redaction.* (plus VS Code's http.proxy): turns
// settings into the plain objects the core takes. Keys are not here: they come from SecretStorage.
import * as vscode from 'vscode';
import { parseModelEntries, type EntryProblem } from '../../core/models/modelEntries';
import { modelRoles, type GatewayEndpoint, type ModelRole } from '../../core/models/modelGatewayConfig';
import type { HttpTransportOptions } from '../../core/models/httpTransport';
import type { PhaseTimeouts } from '../../core/models/phaseTimeouts';
import { readTimeouts } from '../../core/models/endpointSettings';
import { safeguardOn } from '../../core/safeguardSetting';
import type { RedactionStrictness } from '../../core/strictnessSetting';
import { readRedactionStrictness } from '../redactionSettings';
import { readScopedGlobs } from '../scopedGlobs';

export interface ModelSettings {
  readonly roles: Readonly<Record<ModelRole, readonly GatewayEndpoint[]>>;
  /** Entries that could not be used (or carry a field Flywheel ignores), to be said to the user. */
  readonly problems: readonly EntryProblem[];
  readonly localOnly: boolean;
  readonly timeouts: Partial<PhaseTimeouts>;
  readonly keepAlive: string;
  readonly warmUp: boolean;
  readonly transport: HttpTransportOptions;
}

export interface GuardSettings {
  /** flywheel.guard.exclude from the user's own settings: `!` may re-include a secret-file default. */
  readonly userExclude: readonly string[];
  /** From the workspace's settings: exclusions only (a repository cannot re-include a secret file). */
  readonly workspaceExclude: readonly string[];
  /**
   * From each folder's own settings in a multi-root workspace (its `.vscode/settings.json`), by the folder's path:
   * exclusions only, in that folder. (A one-folder window's folder settings are the workspace's.)
   */
  readonly folderExclude: Readonly<Record<string, readonly string[]>>;
  readonly respectGitignore: boolean;
  readonly redactSecrets: boolean;
  readonly strictness: RedactionStrictness;
}

/** Settings whose change means rebuilding the gateway's configuration. */
export const modelSettingKeys = ['flywheel.models', 'http.proxy', 'http.noProxy', 'http.proxyStrictSSL'];
export const guardSettingKeys = ['flywheel.guard', 'flywheel.redaction'];

export function readModelSettings(): ModelSettings {
  const models = vscode.workspace.getConfiguration('flywheel.models');
  const http = vscode.workspace.getConfiguration('http');
  const caFile = models.get<string>('caFile', '').trim();
  const proxy = http.get<string>('proxy', '').trim();
  const parsed = [...modelRoles, 'embedding' as const].map((role) => parseModelEntries(role, models.get<unknown>(role, [])));
  return {
    roles: { completion: parsed[0]!.endpoints, chat: parsed[1]!.endpoints, refactor: parsed[2]!.endpoints, embedding: parsed[3]!.endpoints },
    problems: parsed.flatMap((p) => p.problems),
    // A cloned repository must not be able to send code away: its settings may add the restriction, never lift it.
    localOnly: safeguardOn(models.inspect<boolean>('localOnly'), false),
    timeouts: readTimeouts(models.get<Record<string, unknown>>('timeouts', {})),
    keepAlive: models.get<string>('keepAlive', '30m'),
    warmUp: models.get<boolean>('warmUp', true),
    transport: {
      ...(proxy ? { proxy } : {}),
      noProxy: http.get<string[]>('noProxy', []),
      ...(caFile ? { caFile: expandHome(caFile) } : {}),
      strictSSL: http.get<boolean>('proxyStrictSSL', true),
    },
  };
}

export function readGuardSettings(): GuardSettings {
  const guard = vscode.workspace.getConfiguration('flywheel.guard');
  const exclude = readScopedGlobs('flywheel.guard', 'exclude');
  return {
    userExclude: exclude.user,
    workspaceExclude: exclude.workspace,
    folderExclude: Object.fromEntries(exclude.folders.map(({ path, globs }) => [path, globs])),
    // Only the user's own settings may loosen what leaves: a repository's settings cannot send its
    // .gitignored files or unredacted secrets away.
    respectGitignore: safeguardOn(guard.inspect<boolean>('respectGitignore'), true),
    redactSecrets: safeguardOn(guard.inspect<boolean>('redactSecrets'), true),
    strictness: readRedactionStrictness(),
  };
}

function expandHome(path: string): string {
  return path.startsWith('~/') ? `${process.env.HOME ?? process.env.USERPROFILE ?? ''}${path.slice(1)}` : path;
}
