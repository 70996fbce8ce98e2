// A folder added to the window is judged by its own settings from the first request: until they are known
// (core/guard/folderSettingsArrival.ts says when, and why VS Code leaves a moment when they are not), its files are
// refused at the door and by the completion's exclude alike; once known, the guard and the completion settings are built
// again and the folder's own globs apply.
import * as vscode from 'vscode';
import { FolderSettingsArrival } from '../core/guard/folderSettingsArrival';
import type { Logger } from '../core/logger';
import { workspaceUri } from './workspacePaths';

/** The settings the extension reads in a folder's scope (scopedGlobs.ts). */
const FOLDER_KEYS = ['flywheel.guard.exclude', 'flywheel.completion.exclude'];

export interface AddedFolderSettings extends vscode.Disposable {
  /** The folder (absolute) a path is in while that folder's own settings are still being read; else undefined. */
  readonly pendingFolderOf: (path: string) => string | undefined;
  /** Fires when an added folder's settings are known: rebuild what is built from the settings. */
  readonly onDidKnowFolder: vscode.Event<void>;
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
    onDeadline: (folder, keys) =>
      logger.warn(`${folder}/.vscode/settings.json and VS Code's settings still disagree on ${keys.join(', ')}: the folder is judged by VS Code's reading of them.`),
  });
  const subscriptions = [
    known,
    vscode.workspace.onDidChangeWorkspaceFolders(() => arrival.foldersChanged(fileFolders())),
    vscode.workspace.onDidChangeConfiguration(() => arrival.configurationChanged()),
  ];
  return {
    pendingFolderOf: (path) => {
      const folder = folderOf(path);
      return folder !== undefined && arrival.isPending(folder) ? folder : undefined;
    },
    onDidKnowFolder: known.event,
    dispose: () => {
      arrival.dispose();
      for (const s of subscriptions) s.dispose();
    },
  };
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
