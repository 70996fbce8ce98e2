// Wires the feedback loop into the editor: the local log in global storage, its settings and
// commands, the statistics view, retention tracking, and the tracker the inline provider calls.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { AdaptiveTrigger, type AdaptiveTriggerState } from '../../core/feedback/adaptiveTrigger';
import { systemClock } from '../../core/feedback/feedbackClock';
import type { FeedbackSink, RejectReason } from '../../core/feedback/feedbackEvents';
import type { FeedbackPrivacy } from '../../core/feedback/feedbackPrivacy';
import { FEEDBACK_DIR_NAME, FeedbackStore } from '../../core/feedback/feedbackStore';
import { workspaceIdOf } from '../../core/feedback/feedbackWorkspace';
import { folderIdentity, resolveWindowWorkspace, type WindowWorkspace, type WorkspaceHomes } from '../../core/feedback/workspaceHomes';
import type { RefusalReason } from '../../core/guard/pathPolicy';
import { RetentionTracker } from '../../core/feedback/retentionTracker';
import { StatisticsService } from '../../core/feedback/statisticsService';
import { readRecentTriggerExamples } from '../../core/feedback/triggerHistory';
import type { Logger } from '../../core/logger';
import { CompletionOutcomeTracker } from './completionOutcomeTracker';
import { clearFeedbackLog, exportFeedbackDataset, openFeedbackLog } from './feedbackCommands';
import { STATISTICS_VIEW_ID } from './feedbackIds';
import { affectsFeedbackSettings, readFeedbackSettings, type FeedbackSettings } from './feedbackSettings';
import { readRedactionStrictness } from '../redactionSettings';
import { registerRetentionBridge } from './retentionBridge';
import { StatisticsViewProvider } from './statisticsView';
import { errorMessage, errorForLog } from '../../core/errorMessage';
import { FeedbackCommands } from '../commandIds';

export interface FeedbackServices {
  /** Give this to chat, refactor and the model gateway: they record their events here. */
  readonly sink: FeedbackSink;
  /** The inline completion provider's tracker (shown/accepted/partial/rejected + adaptive trigger). */
  readonly tracker: CompletionOutcomeTracker;
  /** The review: calls retention.track({ kind: 'review', … }) after writing the kept changes of a proposal. */
  readonly retention: RetentionTracker;
  readonly trigger: AdaptiveTrigger;
  readonly store: FeedbackStore;
}

const SALT_KEY = 'flywheel.feedback.pathSalt';
/** Every workspace id stamped here, with its folders' identity on disk (`WorkspaceHomes`). */
const HOMES_KEY = 'flywheel.feedback.workspaceHomes';
/** The adaptive trigger's learned state (a few KB): start-up reads this, not the log. */
const TRIGGER_STATE_KEY = 'flywheel.trigger.state';
const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;
const FIRST_PRUNE_AFTER_MS = 5 * 60 * 1000;
const SAVE_TRIGGER_EVERY_MS = 60 * 1000;

function privacyOf(settings: FeedbackSettings, pathSalt: string): FeedbackPrivacy {
  return { storeText: settings.storeText, hashPaths: settings.hashPaths, pathSalt };
}

export interface FeedbackDependencies {
  readonly logger: Logger;
  /** The guard's path policy: the dataset export leaves out every file it refuses, and knows what .gitignore ignores. */
  readonly refusal: (path: string) => RefusalReason | undefined;
}

/** This window's workspace as VS Code names it: the workspace file once saved, else its folders (what earlier versions stamped). */
function workspaceByUris(salt: string): string {
  const file = vscode.workspace.workspaceFile;
  const uris = file?.scheme === 'file' ? [file.toString()] : (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
  return workspaceIdOf(uris, salt);
}

/**
 * This window's workspace: the id a window of the same folders on disk stamped last (a folder moved or renamed, a
 * workspace file saved around them keep it), recorded in the global state for the next window.
 */
function windowWorkspace(context: vscode.ExtensionContext, salt: string): WindowWorkspace {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => ({
    identity: folder.uri.scheme === 'file' ? folderIdentity(folder.uri.fsPath) : undefined,
    name: folder.name,
  }));
  const resolved = resolveWindowWorkspace(workspaceByUris(salt), folders, context.globalState.get<WorkspaceHomes>(HOMES_KEY) ?? {}, Date.now());
  void context.globalState.update(HOMES_KEY, resolved.homes);
  return resolved;
}

export function registerFeedback(context: vscode.ExtensionContext, { logger, refusal }: FeedbackDependencies): FeedbackServices {
  let settings = readFeedbackSettings();
  let pathSalt = context.globalState.get<string>(SALT_KEY);
  if (!pathSalt) {
    pathSalt = randomBytes(16).toString('hex');
    void context.globalState.update(SALT_KEY, pathSalt);
  }
  const salt = pathSalt;
  let workspace = windowWorkspace(context, salt);
  const store = new FeedbackStore({
    dir: join(context.globalStorageUri.fsPath, FEEDBACK_DIR_NAME),
    keepDays: settings.keepDays,
    privacy: privacyOf(settings, salt),
    workspace: workspace.id,
    enabled: settings.enabled,
    logger,
    onDisabled: (message) => {
      void vscode.window.showWarningMessage(message, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'flywheel.feedback');
      });
    },
  });
  const retention = new RetentionTracker({ sink: store, clock: systemClock });
  const trigger = new AdaptiveTrigger({ enabled: settings.adaptiveTrigger }, context.globalState.get<AdaptiveTriggerState>(TRIGGER_STATE_KEY));
  const tracker = new CompletionOutcomeTracker({ sink: store, retention, trigger, storeText: () => settings.storeText });
  // A long read of the log (first opening of a big one, a rebuild) runs in this worker thread.
  const statisticsService = new StatisticsService({
    dir: store.dir,
    logger,
    worker: { path: join(context.extensionPath, 'dist', 'statisticsWorker.js') },
  });
  const statistics = new StatisticsViewProvider(store, statisticsService, context.extensionUri, logger);

  // No state yet (first run, or a new feature layout): learn from a bounded recent sample of the
  // log in the background; until then the shipped prior decides.
  if (trigger.exampleCount === 0) {
    void readRecentTriggerExamples(store.dir).then(
      (examples) => {
        if (trigger.exampleCount === 0 && examples.length > 0) trigger.learnFrom(examples);
        logger.info(`Feedback: adaptive trigger learned from ${examples.length} recent suggestions`);
      },
      (error) => logger.warn(`Feedback: could not read the log: ${String(error)}`),
    );
  }
  let savedExamples = trigger.exampleCount;
  const saveTrigger = () => {
    if (trigger.exampleCount === savedExamples) return;
    savedExamples = trigger.exampleCount;
    void context.globalState.update(TRIGGER_STATE_KEY, trigger.toState());
  };
  const saveTimer = setInterval(saveTrigger, SAVE_TRIGGER_EVERY_MS);
  saveTimer.unref?.();
  // Pruning looks at every log file: not start-up work, so the first pass waits a few minutes.
  const prune = () => void store.prune(readFeedbackSettings().keepDays);
  const firstPrune = setTimeout(prune, FIRST_PRUNE_AFTER_MS);
  firstPrune.unref?.();
  const pruneTimer = setInterval(prune, PRUNE_EVERY_MS);
  pruneTimer.unref?.();

  const command = (id: string, run: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        await run(...args);
      } catch (error) {
        logger.error(errorForLog(error));
        void vscode.window.showErrorMessage(`Flywheel: ${errorMessage(error)}`);
      }
    });

  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(STATISTICS_VIEW_ID, statistics),
    registerRetentionBridge(retention),
    command(FeedbackCommands.openLog, () => openFeedbackLog(store, logger)),
    command(FeedbackCommands.clearLog, () =>
      clearFeedbackLog(store).then((cleared) => {
        if (!cleared) return;
        // What the trigger learned came from the log: it goes with it.
        trigger.reset();
        savedExamples = -1;
        saveTrigger();
        statistics.refresh();
      }),
    ),
    command(FeedbackCommands.exportDataset, () =>
      exportFeedbackDataset({ store, storeText: settings.storeText, refusal, pathSalt: salt, workspace, globalStorage: context.globalStorageUri, strictness: readRedactionStrictness() }),
    ),
    command(FeedbackCommands.showStatistics, () => vscode.commands.executeCommand(`${STATISTICS_VIEW_ID}.focus`)),
    command(FeedbackCommands.refreshStatistics, () => statistics.refresh()),
    command(FeedbackCommands.rebuildStatistics, async () => {
      await vscode.commands.executeCommand(`${STATISTICS_VIEW_ID}.focus`);
      await statistics.refresh({ rebuild: true });
    }),
    // Not wrapped: accepting must stay cheap and silent.
    vscode.commands.registerCommand(FeedbackCommands.completionAccepted, (id: unknown) => {
      if (typeof id === 'string') tracker.onAccepted(id);
    }),
    vscode.commands.registerCommand(FeedbackCommands.dismissInlineCompletion, async (reason: RejectReason = 'escape') => {
      const editor = vscode.window.activeTextEditor;
      if (editor) tracker.dismissActive(editor.document, reason);
      await vscode.commands.executeCommand('editor.action.inlineSuggest.hide');
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      workspace = windowWorkspace(context, salt);
      store.setWorkspace(workspace.id);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsFeedbackSettings(event)) return;
      settings = readFeedbackSettings();
      store.setEnabled(settings.enabled);
      store.setPrivacy(privacyOf(settings, salt));
      trigger.setEnabled(settings.adaptiveTrigger);
    }),
    // Order matters on shutdown: the tracker's last events go into the store, which then
    // writes its batch synchronously.
    new vscode.Disposable(() => {
      clearTimeout(firstPrune);
      clearInterval(pruneTimer);
      clearInterval(saveTimer);
      saveTrigger();
      statistics.dispose();
      statisticsService.dispose();
      tracker.dispose();
      retention.dispose();
      store.dispose();
    }),
  );
  return { sink: store, tracker, retention, trigger, store };
}
