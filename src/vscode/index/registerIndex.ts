// Wires the workspace index into VS Code: the worker with its database in the workspace's
// storage, the file listing (files.exclude and the path policy applied), file events (save,
// create, change on disk, delete, rename), the status bar, the first build's notification with
// Pause and Cancel, the commands, and the index's registration as a context source.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ContextEngine } from '../../core/context/contextEngine';
import type { EmbedTexts } from '../../core/index/embeddingQueue';
import { IndexProcessClient } from '../../core/index/indexProcessClient';
import { workspaceIndexRetriever } from '../../core/index/indexRetriever';
import type { WorkspaceRoot } from '../../core/index/indexProtocol';
import { WorkspaceIndex, type IndexStatus } from '../../core/index/workspaceIndex';
import type { Logger } from '../../core/logger';
import { readGuardSettings } from '../models/modelSettings';
import { IndexCommands } from '../commandIds';
import { indexSettingKeys, listingExclude, readIndexSettings } from './indexSettings';
import { IndexStatusBar } from './indexStatusBar';
import { showIndexStatus } from './indexStatusCommand';
import { workspacePath } from '../workspacePaths';

export interface IndexDependencies {
  readonly logger: Logger;
  readonly engine: ContextEngine;
  /** The path policy: may this file's text go into a prompt (and so into the index)? */
  readonly mayInclude: (path: string) => boolean;
  /**
   * The folders just added whose own settings are still being read: the worker's copy of the path policy refuses their
   * files as the guard does (a file event there is judged by the worker, not by `mayInclude`).
   */
  readonly pendingFolders: () => readonly string[];
  /**
   * Fires when no settings file is being read any more (at the window's start every one is read once, a few
   * milliseconds): a policy sent with pending folders is sent again, and the first build waits for it.
   */
  readonly onDidSettlePending: vscode.Event<void>;
  /** Whether a settings file is being read now (not one held because it cannot be read: only its write ends that). */
  readonly readingSettings: () => boolean;
  /** Fires when the guard's rules or the model settings changed. */
  readonly onModelsChanged: vscode.Event<void>;
  /** The embedding model and the door to it, when one is configured. */
  readonly embedding: () => Promise<{ model: string; embed: EmbedTexts } | undefined>;
}

/**
 * A first build still running after this long, over at least this many files, gets its
 * notification: a small workspace is indexed before anyone could read it.
 */
const NOTIFY_AFTER_MS = 3_000;
const NOTIFY_MIN_FILES = 1_000;

function roots(): WorkspaceRoot[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => ({ name: f.name, path: f.uri.fsPath }));
}

function relativePath(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(uri)) return undefined;
  const path = workspacePath(uri);
  return /(^|\/)(node_modules|\.git)(\/|$)/.test(path) ? undefined : path;
}

export function registerIndex(context: vscode.ExtensionContext, deps: IndexDependencies): WorkspaceIndex | undefined {
  const { logger } = deps;
  const settings = readIndexSettings();
  if (!settings.enabled || !context.storageUri || roots().length === 0) {
    logger.info(settings.enabled ? 'Workspace index: no folder is open; Codebase search uses the open files.' : 'Workspace index: off (flywheel.index.enabled).');
    return undefined;
  }
  const storage = context.storageUri.fsPath;
  mkdirSync(storage, { recursive: true });
  let index: WorkspaceIndex | undefined;
  const client = new IndexProcessClient({
    script: join(context.extensionPath, 'dist', 'indexProcess.js'),
    logger,
    onProgress: (done, total) => index?.progress(done, total),
    onRestart: () => index?.restarted(),
  });
  /** Whether the worker's policy was last sent with folders pending: sent again when they are read. */
  let sentPending = false;
  const policy = () => {
    const g = readGuardSettings();
    const pendingFolders = deps.pendingFolders();
    sentPending = pendingFolders.length > 0;
    return {
      roots: roots(),
      policy: { userGlobs: g.userExclude, workspaceGlobs: g.workspaceExclude, folderGlobs: g.folderExclude, respectGitignore: g.respectGitignore, trusted: vscode.workspace.isTrusted, pendingFolders },
    };
  };
  const workspaceIndex = new WorkspaceIndex({
    client,
    dbPath: join(storage, 'workspace-index.db'),
    maxFileBytes: settings.maxFileBytes,
    logger,
    host: {
      policy,
      listFiles: async () => {
        const uris = await vscode.workspace.findFiles('**/*', listingExclude(), readIndexSettings().maxFiles);
        return uris.flatMap((uri) => {
          const path = relativePath(uri);
          return path && deps.mayInclude(uri.fsPath) ? [path] : [];
        });
      },
    },
  });
  index = workspaceIndex;
  const statusBar = new IndexStatusBar();
  const notifier = firstBuildNotifier(workspaceIndex);

  const changed = (uri: vscode.Uri) => {
    const path = relativePath(uri);
    if (path) workspaceIndex.fileChanged(path);
  };
  const deleted = (uri: vscode.Uri) => {
    const path = relativePath(uri);
    if (path) workspaceIndex.fileDeleted(path);
  };
  let embeddingSaid: string | undefined;
  const refreshEmbedding = async () => {
    const embedding = await deps.embedding();
    // Said once at start and on each change, not on every settings event.
    if ((embedding?.model ?? '') !== embeddingSaid && !embedding) {
      logger.info('Workspace index: no embedding model ("flywheel.models.embedding"); Codebase search uses terms and symbols.');
    }
    embeddingSaid = embedding?.model ?? '';
    workspaceIndex.setEmbedding(embedding && { ...embedding, requestsPerMinute: readIndexSettings().embeddingRequestsPerMinute });
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  context.subscriptions.push(
    client,
    workspaceIndex,
    statusBar,
    notifier,
    workspaceIndex.onDidChangeStatus((status) => statusBar.set(status)),
    deps.engine.register(workspaceIndexRetriever(workspaceIndex)),
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(deleted),
    vscode.workspace.onDidSaveTextDocument((doc) => changed(doc.uri)),
    // A keystroke in any editor (not an output channel's own writes): a completion may follow.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && e.document.uri.scheme !== 'output') workspaceIndex.userTyped();
    }),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) {
        deleted(oldUri);
        changed(newUri);
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void workspaceIndex.policyChanged()),
    deps.onDidSettlePending(() => {
      if (sentPending) void workspaceIndex.policyChanged();
    }),
    deps.onModelsChanged(() => {
      void workspaceIndex.policyChanged();
      void refreshEmbedding();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (indexSettingKeys.some((k) => e.affectsConfiguration(k))) void workspaceIndex.policyChanged();
    }),
    vscode.commands.registerCommand(IndexCommands.rebuild, () => workspaceIndex.rebuild()),
    vscode.commands.registerCommand(IndexCommands.showStatus, () => showIndexStatus(workspaceIndex.status)),
    vscode.commands.registerCommand(IndexCommands.pause, () => workspaceIndex.pause()),
    vscode.commands.registerCommand(IndexCommands.resume, () => workspaceIndex.resume()),
    { dispose: () => void client.close() },
  );
  statusBar.set(workspaceIndex.status);
  // (The first build lists the files once the settings files present at the start are read: none refused meanwhile. Not
  // until a file that cannot be read is mended: the build leaves its folder out, and takes it when the policy is sent again.)
  const settingsRead = new Promise<void>((resolve) => {
    if (!deps.readingSettings()) return resolve();
    const once = deps.onDidSettlePending(() => {
      once.dispose();
      resolve();
    });
  });
  void Promise.all([refreshEmbedding(), settingsRead]).finally(() => void workspaceIndex.start());
  return workspaceIndex;
}

/** The first full build says so once, with Pause and Cancel, when it takes more than a moment. */
function firstBuildNotifier(index: WorkspaceIndex): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;
  const subscription = index.onDidChangeStatus((status: IndexStatus) => {
    if (shown || timer || status.state !== 'building' || !status.firstBuild) return;
    timer = setTimeout(() => {
      const now = index.status;
      if (now.state !== 'building' || now.total < NOTIFY_MIN_FILES) {
        timer = undefined; // asked again at the next status change
        return;
      }
      shown = true;
      void vscode.window
        .showInformationMessage(`Flywheel is indexing this workspace (${now.total.toLocaleString('en-US')} files) for Codebase search. It runs in the background; progress is in the status bar.`, 'Pause', 'Cancel')
        .then((choice) => {
          if (choice === 'Pause') index.pause();
          if (choice === 'Cancel') index.cancel();
        });
    }, NOTIFY_AFTER_MS);
  });
  return { dispose: () => (clearTimeout(timer), subscription.dispose()) };
}
