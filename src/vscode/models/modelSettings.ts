// The one reader of flywheel.models.* and flywheel.guard.* (plus VS Code's http.proxy): turns
// settings into the plain objects the core takes. Keys are not here: they come from SecretStorage.
import * as vscode from 'vscode';
import type { GatewayEndpoint, ModelRole } from '../../core/models/modelGatewayConfig';
import type { HttpTransportOptions } from '../../core/models/httpTransport';
import type { PhaseTimeouts } from '../../core/models/phaseTimeouts';
import { readEndpoints, readTimeouts } from '../../core/models/endpointSettings';

export interface ModelSettings {
  readonly roles: Readonly<Record<ModelRole, readonly GatewayEndpoint[]>>;
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
  readonly respectGitignore: boolean;
  readonly redactSecrets: boolean;
}

/** Settings whose change means rebuilding the gateway's configuration. */
export const modelSettingKeys = ['flywheel.models', 'http.proxy', 'http.noProxy', 'http.proxyStrictSSL'];
export const guardSettingKeys = ['flywheel.guard'];

export function readModelSettings(): ModelSettings {
  const models = vscode.workspace.getConfiguration('flywheel.models');
  const http = vscode.workspace.getConfiguration('http');
  const caFile = models.get<string>('caFile', '').trim();
  const proxy = http.get<string>('proxy', '').trim();
  return {
    roles: {
      completion: readEndpoints(models.get<unknown[]>('completion', [])),
      chat: readEndpoints(models.get<unknown[]>('chat', [])),
      refactor: readEndpoints(models.get<unknown[]>('refactor', [])),
      embedding: readEndpoints(models.get<unknown[]>('embedding', [])),
    },
    localOnly: models.get<boolean>('localOnly', false),
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
  return {
    userExclude: guard.inspect<string[]>('exclude')?.globalValue ?? [],
    workspaceExclude: [...(guard.inspect<string[]>('exclude')?.workspaceValue ?? []), ...(guard.inspect<string[]>('exclude')?.workspaceFolderValue ?? [])],
    respectGitignore: guard.get<boolean>('respectGitignore', true),
    redactSecrets: guard.get<boolean>('redactSecrets', true),
  };
}

function expandHome(path: string): string {
  return path.startsWith('~/') ? `${process.env.HOME ?? process.env.USERPROFILE ?? ''}${path.slice(1)}` : path;
}
