// Wires the model gateway and the guard into VS Code: settings (rebuilt only where they
// changed), API keys from SecretStorage, .gitignore/.flywheelignore watching, the status-bar
// notice, the warm-up request, and the three commands.
import * as vscode from 'vscode';
import type { FeedbackSink } from '../../core/feedback/feedbackEvents';
import { MAX_IGNORE_FILE_BYTES, PathPolicy } from '../../core/guard/pathPolicy';
import { PromptGuard } from '../../core/guard/promptGuard';
import type { Logger } from '../../core/logger';
import { auditLine } from '../../core/models/callAudit';
import { ModelGateway } from '../../core/models/modelGateway';
import type { ModelGatewayConfig, ModelRole } from '../../core/models/modelGatewayConfig';
import { discoverOllama, type OllamaDiscovery } from '../../core/models/ollamaDiscovery';
import type { OutgoingPrompt } from '../../core/models/outgoingPrompt';
import { PromptDoor, type PromptSender } from '../../core/promptDoor';
import { modelCallFeedback } from '../feedback/modelCallFeedback';
import { ApiKeyStore } from './apiKeyStore';
import { registerModelMetricsView } from './modelMetricsView';
import { guardSettingKeys, modelSettingKeys, readGuardSettings, readModelSettings } from './modelSettings';
import { ModelStatusBar } from './modelStatusBar';
import { selectModel } from './selectModelCommand';
import { setApiKey } from './setApiKeyCommand';

export interface ModelsServices {
  /** The way to every model; lives as long as the extension, reconfigured in place. */
  readonly gateway: ModelGateway;
  /** The one door prompts leave by: the guard clears each prompt, then the gateway sends it. */
  readonly send: PromptSender;
  /** The same door for embedding prompts (the workspace index). */
  readonly embed: (prompt: OutgoingPrompt, signal: AbortSignal) => Promise<number[][]>;
  /** May text of this file (absolute or workspace-relative path) go into a prompt? Filter context with it. */
  readonly mayInclude: (path: string) => boolean;
  /** Fires after the models or guard configuration changed (e.g. re-resolve the FIM template). */
  readonly onDidChange: vscode.Event<void>;
  /** Settles once API keys are read and the first configuration is in place. */
  readonly ready: Promise<void>;
}

export interface ModelsDependencies {
  readonly logger: Logger;
  readonly feedbackSink?: FeedbackSink;
  /** Told what zero-configuration discovery found, so the status bar can say what is missing. */
  readonly onDiscovery?: (result: OllamaDiscovery) => void;
}

export function registerModels(context: vscode.ExtensionContext, deps: ModelsDependencies): ModelsServices {
  const { logger } = deps;
  const keys = new ApiKeyStore(context.secrets);
  const changed = new vscode.EventEmitter<void>();
  let guard = buildGuard(logger);
  const settings = readModelSettings();
  const gateway = new ModelGateway(toConfig(settings, settings.roles), {
    logger,
    discoverLocal: async (signal) => {
      const found = await discoverOllama({ env: process.env, signal });
      deps.onDiscovery?.(found);
      if (found.kind === 'ready') {
        logger.info(`Using Ollama at ${found.endpoint.baseUrl} with ${found.endpoint.model} for the roles whose flywheel.models list is empty.`);
        return found.endpoint;
      }
      logger.warn(found.kind === 'ollamaDown' ? found.error.message : `Ollama at ${found.host} has no model for completions: run \`${found.suggestion}\`.`);
      return undefined;
    },
  });
  const statusBar = new ModelStatusBar();
  const door = new PromptDoor(gateway, () => guard);

  const refreshModels = async () => {
    const s = readModelSettings();
    const [completion, chat, refactor, embedding] = await Promise.all([
      keys.withKeys(s.roles.completion), keys.withKeys(s.roles.chat), keys.withKeys(s.roles.refactor), keys.withKeys(s.roles.embedding),
    ]);
    const roles = { completion, chat, refactor, embedding };
    gateway.updateConfig(toConfig(s, roles));
    changed.fire();
  };
  const refreshGuard = () => {
    guard = buildGuard(logger);
    changed.fire();
  };
  const report = (error: unknown) => logger.error(error instanceof Error ? error : String(error));
  const ready = refreshModels().catch(report);

  const ignoreWatcher = vscode.workspace.createFileSystemWatcher('**/{.gitignore,.flywheelignore}');
  const invalidate = () => refreshGuard();
  context.subscriptions.push(
    gateway,
    statusBar,
    changed,
    ignoreWatcher,
    ignoreWatcher.onDidChange(invalidate),
    ignoreWatcher.onDidCreate(invalidate),
    ignoreWatcher.onDidDelete(invalidate),
    gateway.onDidChangeState((e) => {
      if (e.type !== 'call') return statusBar.handle(e);
      if (!e.local) logger.info(auditLine(e));
      const event = modelCallFeedback(e);
      if (event) deps.feedbackSink?.record(event);
    }),
    keys.onDidChange(() => void refreshModels().catch(report)),
    vscode.workspace.onDidChangeWorkspaceFolders(refreshGuard),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (guardSettingKeys.some((k) => e.affectsConfiguration(k))) refreshGuard();
      if (modelSettingKeys.some((k) => e.affectsConfiguration(k))) void refreshModels().catch(report);
    }),
    vscode.commands.registerCommand('flywheel.selectModel', (role?: ModelRole) => selectModel(gateway, role)),
    vscode.commands.registerCommand('flywheel.setApiKey', (baseUrl?: string) => setApiKey(keys, baseUrl)),
    registerModelMetricsView(() => gateway.metrics),
  );

  if (settings.warmUp) {
    void ready.then(async () => {
      const timeouts = readModelSettings().timeouts;
      try {
        if (await gateway.warmUp('completion', AbortSignal.timeout(timeouts.loadMs ?? 180_000))) logger.info('Completion model warmed up.');
      } catch (error) {
        logger.debug(`Warm-up skipped: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  return { gateway, send: door.send, embed: (prompt, signal) => door.embed(prompt, signal), mayInclude: (path) => guard.mayInclude(path), onDidChange: changed.event, ready };
}

function toConfig(s: ReturnType<typeof readModelSettings>, roles: ModelGatewayConfig['roles']): ModelGatewayConfig {
  return { roles, timeouts: s.timeouts, keepAlive: s.keepAlive, transport: s.transport, localOnly: s.localOnly };
}

function buildGuard(logger: Logger): PromptGuard {
  const g = readGuardSettings();
  const policy = new PathPolicy({
    roots: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
    userGlobs: g.userExclude,
    workspaceGlobs: g.workspaceExclude,
    respectGitignore: g.respectGitignore,
    trusted: vscode.workspace.isTrusted,
    openedByUser: openInEditor,
    onIgnoreFileTooLarge: (path) => {
      if (tooLargeSaid.has(path)) return;
      tooLargeSaid.add(path);
      logger.warn(`${path} is larger than ${MAX_IGNORE_FILE_BYTES / 1024 / 1024} MiB: no file under its folder goes into a prompt. Split it, or list the folder in "flywheel.guard.exclude".`);
    },
  });
  return new PromptGuard({ policy, redactSecrets: g.redactSecrets });
}

const tooLargeSaid = new Set<string>();

/** A file outside the workspace counts as opened by the user while it is in an editor tab. */
function openInEditor(absolutePath: string): boolean {
  const wanted = absolutePath.replace(/\\/g, '/');
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'file' && tab.input.uri.fsPath.replace(/\\/g, '/') === wanted),
  );
}
