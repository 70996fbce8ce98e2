// Wires the model gateway and the guard into VS Code: settings (rebuilt only where they
// changed, their problems said), API keys from SecretStorage, Ollama discovery (at start, and
// its choice of model per role logged when it changes), .gitignore/.flywheelignore watching,
// the status-bar notice, the warm-up request, and the commands.
import * as vscode from 'vscode';
import type { FeedbackSink } from '../../core/feedback/feedbackEvents';
import { SettingsScope } from '../../core/disposable';
import { IgnoreChangeBurst } from '../../core/guard/ignoreChangeBurst';
import { IgnoreFileWatcher } from '../../core/guard/ignoreFileWatcher';
import { MAX_IGNORE_FILE_BYTES, PathPolicy, type Refusal } from '../../core/guard/pathPolicy';
import { PromptGuard } from '../../core/guard/promptGuard';
import { strictnessNotice } from '../../core/guard/redactionStrictness';
import type { RedactionStrictness } from '../../core/strictnessSetting';
import type { Logger } from '../../core/logger';
import { auditLine } from '../../core/models/callAudit';
import { ModelGateway } from '../../core/models/modelGateway';
import { unusableRoleMessage, type EntryProblem } from '../../core/models/modelEntries';
import { modelRoles, type ModelGatewayConfig, type ModelRole } from '../../core/models/modelGatewayConfig';
import type { ModelDetails } from '../../core/models/modelTypes';
import { describeLocalChoices, discoverOllama, localModels, type OllamaDiscovery } from '../../core/models/ollamaDiscovery';
import type { OutgoingPrompt } from '../../core/models/outgoingPrompt';
import { PromptDoor, type PromptSender } from '../../core/promptDoor';
import { modelCallFeedback } from '../feedback/modelCallFeedback';
import { ApiKeyStore } from './apiKeyStore';
import { registerModelMetricsView } from './modelMetricsView';
import { guardSettingKeys, modelSettingKeys, readGuardSettings, readModelSettings, type GuardSettings } from './modelSettings';
import { ModelStatusBar } from './modelStatusBar';
import { openModelSettings } from './openModelSettings';
import { selectModel } from './selectModelCommand';
import { SettingsProblemNotice } from './settingsProblemNotice';
import { setApiKey } from './setApiKeyCommand';
import { errorMessage, errorForLog } from '../../core/errorMessage';
import { ModelCommands } from '../commandIds';
import { watchAddedFolderSettings, type AddedFolderSettings } from '../addedFolderSettings';

export interface ModelsServices {
  /** The way to every model; lives as long as the extension, reconfigured in place. */
  readonly gateway: ModelGateway;
  /** The one door prompts leave by: the guard clears each prompt, then the gateway sends it. */
  readonly send: PromptSender;
  /** The same door for embedding prompts (the workspace index). */
  readonly embed: (prompt: OutgoingPrompt, signal: AbortSignal) => Promise<number[][]>;
  /** May text of this file (absolute or workspace-relative path) go into a prompt? Filter context with it. */
  readonly mayInclude: (path: string) => boolean;
  /** Why the policy refuses this file, and the ignore file's line that did (the user reads it); undefined when `mayInclude` allows it. */
  readonly refusal: (path: string) => Refusal | undefined;
  /** `refusal` judged afresh, as the door judges the files of a prompt as it leaves (a link changed since is looked at again). */
  readonly refusalNow: (path: string) => Refusal | undefined;
  /** Fires after the models or guard configuration changed (e.g. re-resolve the FIM template). */
  readonly onDidChange: vscode.Event<void>;
  /** Fires when a folder added to the window has its own settings known (its files were refused until then). */
  readonly onDidKnowAddedFolder: vscode.Event<void>;
  /** The window's folders whose own settings are still being read: their files are refused (the index worker's policy is told). */
  readonly pendingFolders: () => string[];
  /** Whether a settings file is being read now (a folder held by a file that cannot be read is pending, not read). */
  readonly readingSettings: () => boolean;
  /** Fires when no settings file is being read any more (after one was): only folders held by an unreadable file stay pending. */
  readonly onDidSettlePending: vscode.Event<void>;
  /** Settles once API keys are read and the first configuration is in place. */
  readonly ready: Promise<void>;
  /** Which model each role asks first, and where that came from; fires when it changes. */
  readonly roleModels: () => RoleModels;
  readonly onDidChangeRoleModels: vscode.Event<RoleModels>;
  /** The latest discovery, for a listener that registers after it ran. */
  readonly lastDiscovery: () => { readonly result: OllamaDiscovery; readonly roles: readonly ModelRole[] } | undefined;
}

export interface RoleModel {
  readonly model: string;
  readonly baseUrl: string;
  readonly source: 'settings' | 'discovered';
  /** Why discovery chose it ("base model, fills in the middle"). */
  readonly why?: string;
}
export type RoleModels = Readonly<Partial<Record<ModelRole, RoleModel>>>;

export interface ModelsDependencies {
  readonly logger: Logger;
  readonly feedbackSink?: FeedbackSink;
  /**
   * Told what zero-configuration discovery found (with the roles that rely on it), so the status
   * bar can say what is missing.
   */
  readonly onDiscovery?: (result: OllamaDiscovery, roles: readonly ModelRole[]) => void;
}

export function registerModels(context: vscode.ExtensionContext, deps: ModelsDependencies): ModelsServices {
  const { logger } = deps;
  const keys = new ApiKeyStore(context.secrets);
  const changed = new vscode.EventEmitter<void>();
  // The guard and the watcher of the ignore files it reads (above each folder, and
  // .git/info/exclude, which the workspace watcher below does not see) are built from the
  // settings and the folders, and rebuilt together when either changes.
  // The strictness is said in the output when it is not the default at start, and whenever it changes.
  let saidStrictness: RedactionStrictness = 'balanced';
  // Both watchers' changes, a burst at a time: the rules dropped at each change, said once when the burst is over.
  const ignoreChanges = new IgnoreChangeBurst(
    () => guardScope.value.policy.invalidate(),
    (files) => {
      // Said after the rules are dropped: from this line on, every verdict reads the ignore files as they are now.
      logger.info(`Ignore ${files.length > 1 ? 'files' : 'file'} changed (${files.join(', ') || 'one of them'}): the path policy reads the ignore files again.`);
      changed.fire();
    },
  );
  // A folder added while the window is open: its files refused until its own settings are known (fail closed); every
  // settings file present at the start compared once, an exclusion VS Code drops kept.
  const addedFolders = watchAddedFolderSettings(logger, userSettingsFile(context));
  const guardScope = new SettingsScope((scope) => {
    const read = readGuardSettings();
    if (read.strictness !== saidStrictness) logger.info(strictnessNotice((saidStrictness = read.strictness)));
    const guard = buildGuard(logger, read, addedFolders);
    scope.add(new IgnoreFileWatcher(guard.policy.ignoreFileLocations(), (file) => ignoreChanges.changed(file)));
    return guard;
  });
  let settings = readModelSettings();
  const problemNotice = new SettingsProblemNotice(logger);
  const detailsCache = new Map<string, ModelDetails>();
  const roleModelsChanged = new vscode.EventEmitter<RoleModels>();
  let discovery: OllamaDiscovery | undefined;
  let relyingOnDiscovery: readonly ModelRole[] = [];
  let loggedChoice = '';
  let roleModels: RoleModels = {};
  const publishRoleModels = () => {
    const next = currentRoleModels(settings, discovery);
    if (JSON.stringify(next) === JSON.stringify(roleModels)) return;
    roleModels = next;
    roleModelsChanged.fire(next);
  };
  const gateway = new ModelGateway(toConfig(settings, settings.roles), {
    logger,
    discoverLocal: async (signal) => {
      const found = await discoverOllama({ env: process.env, signal, detailsCache });
      discovery = found;
      const relying = modelRoles.filter((r) => settings.roles[r].length === 0 && !settings.problems.some((p) => p.role === r && p.unusable));
      // Looked at again every half minute: said when what it found changes, not each time.
      const said = describeLocalChoices(found);
      if (said !== loggedChoice) {
        loggedChoice = said;
        const roles = relying.length > 0 ? `used for ${relying.join(', ')} (their flywheel.models lists are empty)` : 'not used: every role has a flywheel.models list';
        if (found.kind === 'ready') logger.info(`${said} ${capitalized(roles)}.`);
        else logger.warn(`${said} ${capitalized(roles)}.`);
        const caveats = found.kind === 'ollamaDown' ? [] : modelRoles.filter((r) => relying.includes(r)).flatMap((r) => found.roles[r]?.caveat ?? []);
        for (const caveat of new Set(caveats)) logger.warn(caveat);
      }
      relyingOnDiscovery = relying;
      deps.onDiscovery?.(found, relying);
      publishRoleModels();
      return localModels(found);
    },
  });
  const statusBar = new ModelStatusBar();
  const door = new PromptDoor(gateway, () => guardScope.value);

  const refreshModels = async () => {
    const s = readModelSettings();
    const [completion, chat, refactor, embedding] = await Promise.all([
      keys.withKeys(s.roles.completion), keys.withKeys(s.roles.chat), keys.withKeys(s.roles.refactor), keys.withKeys(s.roles.embedding),
    ]);
    const roles = { completion, chat, refactor, embedding };
    settings = s;
    problemNotice.report(s.problems);
    gateway.updateConfig(toConfig(s, roles));
    publishRoleModels();
    changed.fire();
  };
  const refreshGuard = () => {
    guardScope.rebuild();
    changed.fire();
  };
  const report = (error: unknown) => logger.error(errorForLog(error));
  const ready = refreshModels().catch(report);
  // Look for Ollama at once, not at the first keystroke: a missing server or model is said on
  // start, and the model picker and status bar know what serves each role.
  void ready.then(() => gateway.rediscover()).catch(report);

  const ignoreWatcher = vscode.workspace.createFileSystemWatcher('**/{.gitignore,.flywheelignore}');
  const ignoreFileChanged = (uri: vscode.Uri) => ignoreChanges.changed(uri.fsPath);
  context.subscriptions.push(
    gateway,
    statusBar,
    changed,
    addedFolders,
    addedFolders.onDidKnowFolder(refreshGuard),
    roleModelsChanged,
    guardScope,
    ignoreChanges,
    ignoreWatcher,
    ignoreWatcher.onDidChange(ignoreFileChanged),
    ignoreWatcher.onDidCreate(ignoreFileChanged),
    ignoreWatcher.onDidDelete(ignoreFileChanged),
    gateway.onDidChangeState((e) => {
      if (e.type !== 'call') return statusBar.handle(e);
      if (!e.local) logger.info(auditLine(e));
      const event = modelCallFeedback(e);
      if (event) deps.feedbackSink?.record(event);
    }),
    keys.onDidChange(() => void refreshModels().catch(report)),
    vscode.workspace.onDidChangeWorkspaceFolders(refreshGuard),
    // (Trust granted after the guard was built: the workspace's own rules apply from now, not from the next setting change.)
    vscode.workspace.onDidGrantWorkspaceTrust(refreshGuard),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (guardSettingKeys.some((k) => e.affectsConfiguration(k))) refreshGuard();
      if (modelSettingKeys.some((k) => e.affectsConfiguration(k))) void refreshModels().catch(report);
    }),
    vscode.commands.registerCommand(ModelCommands.selectModel, (role?: ModelRole) => selectModel(gateway, role)),
    vscode.commands.registerCommand(ModelCommands.setApiKey, (baseUrl?: string) => setApiKey(keys, baseUrl)),
    vscode.commands.registerCommand(ModelCommands.openSettings, (query?: string) => openModelSettings(typeof query === 'string' ? query : undefined)),
    registerModelMetricsView(() => gateway.metrics),
  );

  if (settings.warmUp) {
    void ready.then(async () => {
      const timeouts = readModelSettings().timeouts;
      try {
        if (await gateway.warmUp('completion', AbortSignal.timeout(timeouts.loadMs ?? 180_000))) logger.info('Completion model warmed up.');
      } catch (error) {
        logger.debug(`Warm-up skipped: ${errorMessage(error)}`);
      }
    });
  }

  return {
    gateway,
    send: door.send,
    embed: (prompt, signal) => door.embed(prompt, signal),
    mayInclude: (path) => guardScope.value.mayInclude(path),
    refusal: (path) => guardScope.value.policy.refusalDetail(path),
    refusalNow: (path) => guardScope.value.policy.refusalDetailNow(path),
    onDidChange: changed.event,
    onDidKnowAddedFolder: addedFolders.onDidKnowFolder,
    pendingFolders: addedFolders.pendingFolders,
    readingSettings: addedFolders.reading,
    onDidSettlePending: addedFolders.onDidSettle,
    ready,
    roleModels: () => roleModels,
    onDidChangeRoleModels: roleModelsChanged.event,
    lastDiscovery: () => (discovery ? { result: discovery, roles: relyingOnDiscovery } : undefined),
  };
}

/**
 * The user's settings.json: beside the folder of the extensions' global storage (`User/globalStorage/<id>`, a profile's
 * `User/profiles/<p>/globalStorage/<id>`), when that is a file on this machine (a remote window's user settings are not).
 */
function userSettingsFile(context: vscode.ExtensionContext): string | undefined {
  const storage = context.globalStorageUri;
  return storage.scheme === 'file' ? vscode.Uri.joinPath(storage, '..', '..', 'settings.json').fsPath : undefined;
}

function toConfig(s: ReturnType<typeof readModelSettings>, roles: ModelGatewayConfig['roles']): ModelGatewayConfig {
  return { roles, invalidSettings: invalidRoles(s.problems, roles), timeouts: s.timeouts, keepAlive: s.keepAlive, transport: s.transport, localOnly: s.localOnly };
}

/** Roles left with no usable entry because of the user's mistakes: they must not fall back silently. */
function invalidRoles(problems: readonly EntryProblem[], roles: ModelGatewayConfig['roles']): Partial<Record<ModelRole, string>> {
  const out: Partial<Record<ModelRole, string>> = {};
  for (const role of modelRoles) {
    if (roles[role].length === 0 && problems.some((p) => p.role === role && p.unusable)) out[role] = unusableRoleMessage(role, problems);
  }
  return out;
}

function currentRoleModels(settings: ReturnType<typeof readModelSettings>, discovery: OllamaDiscovery | undefined): RoleModels {
  const out: Partial<Record<ModelRole, RoleModel>> = {};
  for (const role of modelRoles) {
    const first = settings.roles[role][0];
    const found = discovery && discovery.kind !== 'ollamaDown' ? discovery.roles[role] : undefined;
    if (first) out[role] = { model: first.model, baseUrl: first.baseUrl, source: 'settings' };
    else if (found && !settings.problems.some((p) => p.role === role && p.unusable)) {
      out[role] = { model: found.endpoint.model, baseUrl: found.endpoint.baseUrl, source: 'discovered', why: found.why };
    }
  }
  return out;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function buildGuard(logger: Logger, g: GuardSettings, settings: Pick<AddedFolderSettings, 'pendingFolderOf' | 'unreadableSettings'>): PromptGuard {
  const policy = new PathPolicy({
    // Named: a multi-root workspace's paths start with the folder's name (workspacePaths.ts).
    roots: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => ({ path: f.uri.fsPath, name: f.name })),
    userGlobs: g.userExclude,
    workspaceGlobs: g.workspaceExclude,
    folderGlobs: g.folderExclude,
    respectGitignore: g.respectGitignore,
    trusted: vscode.workspace.isTrusted,
    openedByUser: openInEditor,
    settingsPending: settings.pendingFolderOf,
    settingsUnreadable: settings.unreadableSettings,
    onIgnoreFileTooLarge: (path) => {
      if (tooLargeSaid.has(path)) return;
      tooLargeSaid.add(path);
      logger.warn(`${path} is larger than ${MAX_IGNORE_FILE_BYTES / 1024 / 1024} MiB: no file under its folder goes into a prompt. Split it, or list the folder in "flywheel.guard.exclude".`);
    },
  });
  return new PromptGuard({ policy, redactSecrets: g.redactSecrets, strictness: g.strictness });
}

const tooLargeSaid = new Set<string>();

/** A file (or notebook) outside the workspace counts as opened by the user while it is in an editor tab. */
function openInEditor(absolutePath: string): boolean {
  const wanted = absolutePath.replace(/\\/g, '/');
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => {
      const uri = tab.input instanceof vscode.TabInputText || tab.input instanceof vscode.TabInputNotebook ? tab.input.uri : undefined;
      return uri?.scheme === 'file' && uri.fsPath.replace(/\\/g, '/') === wanted;
    }),
  );
}
