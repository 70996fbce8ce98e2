// Wires inline completions: the engine (with the gateway's completion model, the context engine
// and tree-sitter), the VS Code provider, the status bar, the set-up notice and the commands.
import * as vscode from 'vscode';
import { CompletionEngine } from '../../core/completion/completionEngine';
import { SettingsScope } from '../../core/disposable';
import type { PromptRecord } from '../../core/completion/promptBuilder';
import type { MatchedPattern } from '../../core/guard/ignoreRules';
import { scopedGlobMatcher } from '../../core/guard/scopedGlobs';
import type { ContextEngine } from '../../core/context/contextEngine';
import type { ContextResult } from '../../core/context/contextTypes';
import type { Logger } from '../../core/logger';
import type { ModelGateway } from '../../core/models/modelGateway';
import type { ModelRole } from '../../core/models/modelGatewayConfig';
import type { PromptSender } from '../../core/promptDoor';
import type { OllamaDiscovery } from '../../core/models/ollamaDiscovery';
import type { RoleModels } from '../models/registerModels';
import type { SyntaxService } from '../../core/syntax/syntaxService';
import { registerCompletionCommands } from './completionCommands';
import { CompletionModelSource } from './completionModelSource';
import { readCompletionSettings, type CompletionSettings } from './completionSettings';
import { CompletionStatusBar, type LastLatency } from './completionStatusBar';
import { FlywheelInlineCompletionProvider, type SuggestionListener } from './inlineCompletionProvider';
import { LastChangeTracker } from './lastChangeTracker';
import { NOTEBOOK_CELL_SCHEME } from '../notebook/notebookCells';
import { registerPromptReport } from './promptReportDocument';
import { SetupNotice } from './setupNotice';
import { SnoozeState } from './snoozeState';
import { errorMessage } from '../../core/errorMessage';
import { connectedContextKey } from './testConnection';
import { documentLength, snapshotOf } from '../snapshot';
import { CompletionCommands } from '../commandIds';
import type { Refusal } from '../../core/guard/pathPolicy';
import { NotCompletedNotice } from './notCompletedNotice';

/** Real documents only (notebook cells too): not the output panel, the debug console or our own preview documents. */
const completionSelector: vscode.DocumentSelector = [
  { scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }, { scheme: NOTEBOOK_CELL_SCHEME },
];

export interface CompletionDependencies {
  readonly logger: Logger;
  readonly gateway: ModelGateway;
  /** The one door prompts leave by. */
  readonly send: PromptSender;
  readonly onModelsChanged: vscode.Event<void>;
  /** A folder added to the window has its own settings known: its flywheel.completion.exclude is read again. */
  readonly onDidKnowAddedFolder: vscode.Event<void>;
  /** Which model serves each role (shown in the status bar's tooltip). */
  readonly roleModels: () => RoleModels;
  readonly onDidChangeRoleModels: vscode.Event<RoleModels>;
  /** The guard: may text of this file go into a prompt? */
  readonly mayInclude: (path: string) => boolean;
  /** Why the guard refuses a file (and the ignore file's line): said when a completion is asked for in it. */
  readonly refusal: (path: string) => Refusal | undefined;
  readonly syntax: SyntaxService | undefined;
  readonly contextEngine: ContextEngine | undefined;
  /** The feedback log's view of suggestions, and the adaptive trigger's say on asking at all. */
  readonly outcomes?: SuggestionListener & {
    shouldRequest(document: vscode.TextDocument, position: vscode.Position): boolean;
    suggestionFor(document: vscode.TextDocument): { id: string; text: string; state: 'on screen' | 'accepted' } | undefined;
    readonly onDidAccept: vscode.Event<void>;
  };
  /** Background work (the workspace index) waits while a request runs: called at its start, disposed at its end. */
  readonly holdBackground?: () => vscode.Disposable;
}

interface Configured {
  readonly settings: CompletionSettings;
  /** The `flywheel.completion.exclude` glob (and its scope) that keeps a file from being completed. */
  readonly ownExclusion: (path: string) => MatchedPattern | undefined;
}

export interface CompletionServices {
  /** Zero-configuration discovery results (from the models registration), with the roles that rely on them. */
  onDiscovery(result: OllamaDiscovery, roles: readonly ModelRole[]): void;
}

export function registerCompletions(context: vscode.ExtensionContext, deps: CompletionDependencies): CompletionServices {
  const { logger, gateway } = deps;
  const snooze = new SnoozeState(context.workspaceState);
  // What the completion settings build lives until they change (the second cleanup scope).
  const configured = new SettingsScope<Configured>((_scope, previous) => {
    const next = readCompletionSettings(snooze.until);
    const sameGlobs = previous !== undefined && JSON.stringify(previous.settings.exclude) === JSON.stringify(next.exclude);
    // flywheel.completion.exclude: files never completed (the guard decides what may be read).
    return { settings: next, ownExclusion: sameGlobs ? previous.ownExclusion : scopedGlobMatcher(next.exclude) };
  });
  const settings = () => configured.value.settings;
  // The context behind each prompt, for the prompt report (gathered just before its prompt is built).
  let gathered: ContextResult | undefined;
  const contextOfPrompt = new WeakMap<PromptRecord, ContextResult>();

  const status = new CompletionStatusBar();
  /** The last suggestion's keystroke-to-ghost time, with the model's time beside it. */
  let latency: LastLatency | undefined;
  const lastChanges = new LastChangeTracker();
  const models = new CompletionModelSource({
    gateway,
    send: deps.send,
    templateOverride: () => ({ template: settings().fimTemplate, stop: settings().fimStop }),
    onRequest: (model) => {
      if (status.status.kind === 'idle') status.set({ kind: 'generating', model, latency });
    },
  });
  let lastError = '';
  let connected: Thenable<unknown> | undefined;
  const engine = new CompletionEngine({
    config: settings().config,
    logger,
    syntax: deps.syntax,
    isExcluded: (path) => configured.value.ownExclusion(path) !== undefined || !deps.mayInclude(path),
    holdBackground: deps.holdBackground,
    getModel: async (signal) => {
      try {
        return await models.get(signal);
      } catch (error) {
        if (signal.aborted) throw error;
        // Said once in the status bar (and the log), not on every keystroke.
        const message = errorMessage(error);
        if (message !== lastError && status.status.kind !== 'setupNeeded') {
          logger.warn(`No completion model: ${message}`);
          status.set({ kind: 'error', message });
        }
        lastError = message;
        return undefined;
      }
    },
    getContext: deps.contextEngine
      ? async (document, budgetTokens, signal, visibleRange) => {
          const result = await deps.contextEngine!.gather({ document, budgetTokens, signal, visibleRange });
          gathered = result;
          return result.snippets;
        }
      : undefined,
  });
  const setup = new SetupNotice({
    status,
    extensionUri: context.extensionUri,
    rediscover: async () => {
      models.invalidate();
      await gateway.rediscover();
    },
    onReady: () => void vscode.commands.executeCommand('editor.action.inlineSuggest.trigger'),
  });
  const showRoleModels = (roles: RoleModels) => status.setRoleModels(roles);
  showRoleModels(deps.roleModels());

  const showIdleState = () => {
    if (!settings().enabled) status.set({ kind: 'disabled' });
    else if (snooze.until !== undefined) status.set({ kind: 'snoozed', until: snooze.until });
    else if (status.status.kind === 'snoozed' || status.status.kind === 'disabled') status.set({ kind: 'idle' });
  };
  showIdleState();

  // After Tab, the next suggestion is asked for at once: it is ready (or joined in flight) when the editor asks.
  const prefetchAtCursor = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !vscode.languages.match(completionSelector, editor.document) || !editor.selection.isEmpty) return;
    if (!settings().enabled || snooze.until !== undefined) return;
    if (!vscode.workspace.getConfiguration('flywheel.completion', editor.document).get<boolean>('enabled', true)) return;
    if (documentLength(editor.document) > settings().config.maxFileChars) return;
    engine.prefetch(snapshotOf(editor.document, editor.selection.active));
  };

  const notCompleted = new NotCompletedNotice(deps.refusal, (path) => configured.value.ownExclusion(path));
  const provider = new FlywheelInlineCompletionProvider({
    source: engine,
    lastChanges,
    logger,
    settings: (document) => ({
      enabled: vscode.workspace.getConfiguration('flywheel.completion', document).get<boolean>('enabled', true),
      snoozedUntil: snooze.until,
      maxFileChars: settings().config.maxFileChars,
    }),
    gate: deps.outcomes && ((document, position) => deps.outcomes!.shouldRequest(document, position)),
    onExcludedAsked: (document) => notCompleted.say(document),
    listener: deps.outcomes,
    onLatency: (ghostMs, modelMs) => {
      latency = { ghostMs, modelMs };
      if (status.status.kind === 'idle' || status.status.kind === 'generating') status.set({ kind: 'idle', model: status.status.model, latency });
    },
  });

  context.subscriptions.push(
    configured,
    status,
    lastChanges,
    engine,
    vscode.languages.registerInlineCompletionItemProvider(completionSelector, provider),
    engine.onOutcome((outcome) => {
      const prompt = outcome.kind === 'completion' && !outcome.result.cached ? engine.promptFor(outcome.result.id) : undefined;
      if (prompt && gathered?.debug.documentPath === prompt.filePath) contextOfPrompt.set(prompt, gathered);
      if (outcome.kind === 'completion') {
        lastError = '';
        // A model answered: the walkthrough's "Run a local model" step is done.
        if (!connected) connected = vscode.commands.executeCommand('setContext', connectedContextKey, true);
        if (status.status.kind !== 'snoozed') status.set({ kind: 'idle', model: outcome.result.model, latency });
      } else if (outcome.kind === 'error') {
        status.set({ kind: 'error', message: errorMessage(outcome.error) });
      } else if (status.status.kind === 'generating') {
        status.set({ kind: 'idle', model: status.status.model, latency });
      }
    }),
    ...(deps.outcomes ? [deps.outcomes.onDidAccept(() => prefetchAtCursor())] : []),
    deps.onDidChangeRoleModels(showRoleModels),
    deps.onModelsChanged(() => {
      models.invalidate();
      engine.clearCache();
    }),
    // A folder added to the window brings its own flywheel.completion.exclude (and a name its paths start with): read at
    // once, and again when its own settings are known (until then the guard refuses its files, so no completion reads them).
    vscode.workspace.onDidChangeWorkspaceFolders(() => configured.rebuild()),
    deps.onDidKnowAddedFolder(() => configured.rebuild()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('flywheel.completion') && !event.affectsConfiguration('flywheel.models.keepAlive')) return;
      const previous = settings();
      const next = configured.rebuild().settings;
      if (next.fimTemplate !== previous.fimTemplate || next.fimStop.join('\n') !== previous.fimStop.join('\n')) models.invalidate();
      engine.updateConfig(next.config);
      showIdleState();
    }),
    vscode.commands.registerCommand(CompletionCommands.showSetupHelp, () => setup.show()),
    registerPromptReport({
      promptFor: (id) => engine.promptFor(id),
      lastPrompt: () => engine.lastPrompt(),
      contextOf: (record) => contextOfPrompt.get(record),
      suggestionFor: deps.outcomes && ((document) => deps.outcomes!.suggestionFor(document)),
    }),
    ...registerCompletionCommands({
      engine,
      gateway,
      send: deps.send,
      snooze,
      logger,
      onConnected: (model) => {
        // A successful test means completions work: no old error or set-up notice stays.
        lastError = '';
        if (status.status.kind === 'error' || status.status.kind === 'setupNeeded') status.set({ kind: 'idle', model, latency });
      },
      onSnoozeChanged: () => {
        if (snooze.until === undefined) status.set({ kind: 'idle' });
        showIdleState();
      },
    }),
  );
  return {
    // Completions turned off need no model: no set-up help about one (chat says its own problems).
    onDiscovery: (result, roles) => setup.update(result, settings().enabled ? roles : roles.filter((r) => r !== 'completion')),
  };
}

