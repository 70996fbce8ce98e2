// A folder added to the window is judged by its own settings from the first request: until they are known
// (core/guard/folderSettingsArrival.ts says when, and why VS Code leaves a moment when they are not), its files are
// refused at the door and by the completion's exclude alike; once known, the guard and the completion settings are built
// again and the folder's own globs apply. Past the bound with VS Code still not giving what the file holds, the folder is
// judged by both readings (every exclusion of either: `unreportedFolderValue`, read by scopedGlobs.ts) and the user told.
import * as vscode from 'vscode';
import { FolderSettingsArrival } from '../core/guard/folderSettingsArrival';
import type { Logger } from '../core/logger';
import { settingsRemedy } from './refusalRemedy';
import { workspacePath, workspaceUri } from './workspacePaths';

/** The settings the extension reads in a folder's scope (scopedGlobs.ts). */
const FOLDER_KEYS = ['flywheel.guard.exclude', 'flywheel.completion.exclude'];

export interface AddedFolderSettings extends vscode.Disposable {
  /** The folder (absolute) a path is in while that folder's own settings are still being read; else undefined. */
  readonly pendingFolderOf: (path: string) => string | undefined;
  /** The window's folders (absolute) whose own settings are still being read (for the index worker's copy of the policy). */
  readonly pendingFolders: () => string[];
  /** Fires when an added folder's settings are known: rebuild what is built from the settings. */
  readonly onDidKnowFolder: vscode.Event<void>;
}

/** The window's one watcher (the extension makes one): read by the settings readers for the values VS Code never gave. */
let current: FolderSettingsArrival | undefined;

/**
 * A folder's own value of a setting as its `.vscode/settings.json` holds it, when VS Code still did not give it past the
 * bound (undefined otherwise): an exclusion list of it is kept beside VS Code's (scopedGlobs.ts).
 */
export function unreportedFolderValue(folder: string, key: string): unknown {
  return current?.unreportedValue(folder, key);
}

export function watchAddedFolderSettings(logger: Logger): AddedFolderSettings {
  const known = new vscode.EventEmitter<void>();
  const arrival = new FolderSettingsArrival({
    known: fileFolders(),
    keys: FOLDER_KEYS,
    readSettingsFile: readFolderSettings,
    configuredValue: (folder, key) => {
      const dot = key.lastIndexOf('.');
      return vscode.workspace.getConfiguration(key.slice(0, dot), vscode.Uri.file(folder)).inspect(key.slice(dot + 1))?.workspaceFolderValue;
    },
    onKnown: (folder, waitedMs) => {
      logger.info(`The settings of the folder added at ${folder} are read (its files were held back ${waitedMs} ms): they are judged by its own exclude settings and ignore files from now.`);
      known.fire();
    },
    onDeadline: (folder, fromFile) => {
      const set = Object.keys(fromFile).filter((key) => fromFile[key] !== undefined);
      if (set.length > 0) return tellUnreported(logger, folder, set);
      // (The file holds none of them — unreadable now, or VS Code still gives a value it no longer holds: nothing to keep.)
      logger.warn(`${folder}/.vscode/settings.json and VS Code's settings still disagree on ${Object.keys(fromFile).join(', ')}: the folder is judged by VS Code's reading of them.`);
    },
    onUnreportedChanged: (folder) => {
      logger.info(`${folder}/.vscode/settings.json or VS Code's reading of it changed: the exclusions kept from the file are read again.`);
      known.fire();
    },
  });
  current = arrival;
  const subscriptions = [
    known,
    vscode.workspace.onDidChangeWorkspaceFolders(() => arrival.foldersChanged(fileFolders())),
    vscode.workspace.onDidChangeConfiguration(() => arrival.configurationChanged()),
  ];
  return {
    pendingFolderOf: (path) => arrival.pendingFolderOf(path, fileFolders(), folderOf),
    pendingFolders: () => fileFolders().filter((folder) => arrival.isPending(folder)),
    onDidKnowFolder: known.event,
    dispose: () => {
      if (current === arrival) current = undefined;
      arrival.dispose();
      for (const s of subscriptions) s.dispose();
    },
  };
}

/**
 * Said once per folder (the bound passes once per add), in the log and where the user looks: which settings of which
 * folder VS Code does not apply, and that Flywheel keeps their exclusions anyway.
 */
function tellUnreported(logger: Logger, folder: string, keys: readonly string[]): void {
  const file = workspacePath(vscode.Uri.joinPath(vscode.Uri.file(folder), '.vscode', 'settings.json'));
  const message = `${file} sets ${keys.join(' and ')}, which VS Code still does not apply to that folder after 30 s (a conflicting key in the file, or its settings not loaded). Flywheel excludes what the file lists as well as what VS Code's settings do.`;
  logger.warn(message);
  const remedy = settingsRemedy(keys[0]!, { glob: '', from: 'folder', folder: folder.replace(/\\/g, '/') });
  void vscode.window.showWarningMessage(`Flywheel: ${message}`, remedy.title).then((choice) => {
    if (choice === remedy.title) void vscode.commands.executeCommand(remedy.command, ...remedy.args);
  });
}

/**
 * The window's folders on disk as the extension host lists them now (a folder an extension just added is listed before
 * VS Code confirms it: its files are judged from that moment).
 */
function fileFolders(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
}

/** The folder on disk of a path as the path policy is given it (workspace path, absolute path or URI). */
function folderOf(path: string): string | undefined {
  let uri: vscode.Uri | undefined;
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-zA-Z]:[\\/]/.test(path)) uri = path.startsWith('file:') ? vscode.Uri.parse(path) : undefined;
  else if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\')) uri = vscode.Uri.file(path);
  else uri = workspaceUri(path);
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

/** The folder's `.vscode/settings.json`, read as VS Code's file service reads it; undefined when there is none. */
async function readFolderSettings(folder: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.Uri.file(folder), '.vscode', 'settings.json')));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory')) return undefined;
    throw error;
  }
}
