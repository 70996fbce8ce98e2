// The settings files the extension reads per scope are judged by what they hold, not only by what VS Code applies of
// them. A folder added to the window: until its own settings are known (core/guard/folderSettingsArrival.ts says when, and
// why VS Code leaves a moment when they are not), its files are refused at the door and by the completion's exclude
// alike; once known, the guard and the completion settings are built again and the folder's own globs apply. Every file
// present when the window opens — each folder's `.vscode/settings.json`, the workspace file's `settings`, the user's
// settings — is read at once when the extension starts (a few small files: no file of the window is refused while they
// are read) and compared the same way; one that cannot be read (other than not there) holds its files back, said once.
// An exclusion VS Code drops (a dotted key under a name the
// file sets to a non-object) is kept beside VS Code's reading (keptSettingValues.ts, read by scopedGlobs.ts and refusalRemedy.ts) and the user
// told once per file; so is one VS Code still does not give past the bound. Each file is compared again when it is
// written, as VS Code fires no configuration change for an edit of a part it drops.
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import { FolderSettingsArrival } from '../core/guard/folderSettingsArrival';
import type { UnreadableSettingsFile } from '../core/guard/pathPolicy';
import { unreadableWords } from '../core/guard/promptGuard';
import { readSettingsFileSync, settingsFileText, unreadableWhy } from '../core/guard/settingsFileText';
import type { Conflict } from '../core/guard/settingsFileReading';
import type { Logger } from '../core/logger';
import { provideKeptValues, type SettingsScopeFile } from './keptSettingValues';
import { settingsRemedy, unreadableRemedy, type RemedyCommand } from './refusalRemedy';
import { workspacePath, workspaceUri } from './workspacePaths';

/** The settings the extension reads in a folder's scope (scopedGlobs.ts). */
const FOLDER_KEYS = ['flywheel.guard.exclude', 'flywheel.completion.exclude'];

export interface AddedFolderSettings extends vscode.Disposable {
  /** The folder (absolute) a path is in while that folder's own settings are still being read; else undefined. */
  readonly pendingFolderOf: (path: string) => string | undefined;
  /** Of a folder `pendingFolderOf` names, the settings file that holds it because it cannot be read; undefined while it is read. */
  readonly unreadableSettings: (folder: string) => UnreadableSettingsFile | undefined;
  /** The window's folders (absolute) whose own settings are still being read (for the index worker's copy of the policy). */
  readonly pendingFolders: () => string[];
  /** Whether a settings file is being read now (not one held because it cannot be read): the index's first build waits for these. */
  readonly reading: () => boolean;
  /** Fires when an added folder's settings are known, or a file's kept values change: rebuild what is built from the settings. */
  readonly onDidKnowFolder: vscode.Event<void>;
  /** Fires when no settings file is being read any more (after one was): only folders held by an unreadable file stay pending. */
  readonly onDidSettle: vscode.Event<void>;
}

/**
 * `userSettingsFile`: the user's settings.json as the extension host sees it (found beside the extension's global storage;
 * undefined when it is not a file on this machine).
 */
export function watchAddedFolderSettings(logger: Logger, userSettingsFile: string | undefined): AddedFolderSettings {
  const known = new vscode.EventEmitter<void>();
  const settled = new vscode.EventEmitter<void>();
  const workspaceFile = vscode.workspace.workspaceFile?.scheme === 'file' ? vscode.workspace.workspaceFile.fsPath : undefined;
  const windowWide = [workspaceFile, userSettingsFile].filter((file): file is string => file !== undefined);
  const scopeOf = (source: string): SettingsScopeFile =>
    source === userSettingsFile ? { scope: 'user' } : source === workspaceFile || workspaceFile === undefined ? { scope: 'workspace' } : { scope: 'folder', folder: source };
  // (In a one-folder window the folder's settings file is the workspace's settings.)
  const fileOf = (source: string) => (windowWide.includes(source) ? source : vscode.Uri.joinPath(vscode.Uri.file(source), '.vscode', 'settings.json').fsPath);
  // (Before the arrival: its constructor reads the start's files and may say one cannot be read.)
  const unreadable = (source: string, error: unknown): UnreadableSettingsFile & { folder: string } => {
    const file = fileOf(source);
    return { file: file.replace(/\\/g, '/'), shown: shownFile(file), why: unreadableWhy(error), folder: windowWide.includes(source) ? '' : source.replace(/\\/g, '/') };
  };
  const arrival = new FolderSettingsArrival({
    present: [...fileFolders(), ...windowWide],
    windowWide,
    guessed: userSettingsFile === undefined ? [] : [userSettingsFile],
    keys: FOLDER_KEYS,
    readSettingsFile: async (source) => (source === workspaceFile ? workspaceFileSettings(await readSettingsText(source)) : readSettingsText(fileOf(source))),
    // (The files present at the start, read at once: a window is never refused while they are read.)
    readSettingsFileNow: (source) => (source === workspaceFile ? workspaceFileSettings(readSettingsFileSync(source)) : readSettingsFileSync(fileOf(source))),
    onUnreadable: (source, error, holds) => (holds ? tellUnreadable(logger, unreadable(source, error)) : logger.warn(`${fileOf(source)} cannot be read (${unreadableWhy(error)}): its settings are judged by VS Code's reading alone (its path is a guess).`)),
    configuredValue: (source, key) => {
      const dot = key.lastIndexOf('.');
      const scope = scopeOf(source);
      const inspected = vscode.workspace.getConfiguration(key.slice(0, dot), scope.scope === 'folder' ? vscode.Uri.file(source) : undefined).inspect(key.slice(dot + 1));
      return scope.scope === 'user' ? inspected?.globalValue : scope.scope === 'workspace' ? inspected?.workspaceValue : inspected?.workspaceFolderValue;
    },
    onKnown: (folder, waitedMs) => {
      logger.info(`The settings of the folder added at ${folder} are read (its files were held back ${waitedMs} ms): they are judged by its own exclude settings and ignore files from now.`);
      known.fire();
    },
    onDropped: (source, fromFile, conflicts) => tellUnreported(logger, fileOf(source), scopeOf(source), Object.keys(fromFile), conflictWords(conflicts)),
    onDeadline: (source, fromFile) => {
      const set = Object.keys(fromFile).filter((key) => fromFile[key] !== undefined);
      if (set.length > 0) return tellUnreported(logger, fileOf(source), scopeOf(source), set, 'still not after 30 s (a conflicting key in the file, or its settings not loaded)');
      // (The file holds none of them — VS Code still gives a value it no longer holds: nothing to keep.)
      logger.warn(`${fileOf(source)} and VS Code's settings still disagree on ${Object.keys(fromFile).join(', ')}: it is judged by VS Code's reading of them.`);
    },
    onSettled: () => settled.fire(),
    onUnreportedChanged: (source, kept) => {
      logger.info(`${shownFile(fileOf(source))}: the exclusions Flywheel keeps beside VS Code's reading of it are now ${JSON.stringify(kept)}.`);
      known.fire();
    },
  });
  const kept = provideKeptValues((scope, key) => {
    const source = scope.scope === 'user' ? userSettingsFile : scope.scope === 'workspace' ? (workspaceFile ?? fileFolders()[0]) : scope.folder;
    return source === undefined ? undefined : arrival.unreportedValue(source, key);
  });
  // Each settings file written: compared again (a folder's through the workspace's watcher; the others outside it).
  const folderFiles = vscode.workspace.createFileSystemWatcher('**/.vscode/settings.json');
  const outsideFiles = windowWide.map((file) => vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(vscode.Uri.file(file), '..'), file.slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1))));
  const written = (uri: vscode.Uri) => {
    if (windowWide.includes(uri.fsPath)) return arrival.settingsFileChanged(uri.fsPath);
    const folder = fileFolders().find((f) => fileOf(f) === uri.fsPath);
    if (folder !== undefined) arrival.settingsFileChanged(folder);
  };
  const subscriptions: vscode.Disposable[] = [
    known,
    settled,
    vscode.workspace.onDidChangeWorkspaceFolders(() => arrival.foldersChanged(fileFolders())),
    vscode.workspace.onDidChangeConfiguration(() => arrival.configurationChanged()),
  ];
  for (const watcher of [folderFiles, ...outsideFiles]) subscriptions.push(watcher, watcher.onDidChange(written), watcher.onDidCreate(written), watcher.onDidDelete(written));
  return {
    pendingFolderOf: (path) => arrival.pendingFolderOf(path, fileFolders(), folderOf),
    unreadableSettings: (folder) => {
      const holding = arrival.unreadableHolding(folder);
      return holding && unreadable(holding.source, holding.error);
    },
    pendingFolders: () => (arrival.windowWidePending() ? fileFolders() : fileFolders().filter((folder) => arrival.isPending(folder))),
    reading: () => arrival.isReading(),
    onDidKnowFolder: known.event,
    onDidSettle: settled.event,
    dispose: () => {
      kept.dispose();
      arrival.dispose();
      for (const s of subscriptions) s.dispose();
    },
  };
}

/** `(it also sets flywheel.guard to false, and VS Code then ignores flywheel.guard.exclude)`: why VS Code drops the keys. */
function conflictWords(conflicts: readonly Conflict[]): string {
  const first = conflicts[0];
  if (first === undefined) return 'as the file also sets a part of its name to a value that is not an object';
  return `as the file also sets ${first.name} to ${JSON.stringify(first.value)}`;
}

/**
 * Said once per file, in the log and where the user looks: which settings of which file VS Code does not apply, and that
 * Flywheel keeps their exclusions anyway; the file a click away.
 */
function tellUnreported(logger: Logger, file: string, scope: SettingsScopeFile, keys: readonly string[], why: string): void {
  const message = `${scope.scope === 'user' ? `Your user settings file ${file}` : shownFile(file)} sets ${keys.join(' and ')}, which VS Code does not apply ${scope.scope === 'folder' ? 'to that folder ' : ''}${why}. Flywheel excludes what the file lists as well as what VS Code's settings do.`;
  logger.warn(message);
  const remedy = remedyOf(scope, keys[0]!, file);
  void vscode.window.showWarningMessage(`Flywheel: ${message}`, remedy.title).then((choice) => {
    if (choice === remedy.title) void vscode.commands.executeCommand(remedy.command, ...remedy.args);
  });
}

/**
 * Said once per settings file that cannot be read, in the log and where the user looks: which file, why, that the files
 * it may exclude are held back until it can be read, and what to do; the file a click away when it is in the window.
 */
function tellUnreadable(logger: Logger, file: UnreadableSettingsFile & { folder: string }): void {
  const message = `${capitalized(unreadableWords(file.folder || undefined, file))}. Make it a readable UTF-8 file and save it: Flywheel reads it again when it is written.`;
  logger.warn(message);
  const reveal = unreadableRemedy(file);
  void vscode.window.showWarningMessage(`Flywheel: ${message}`, ...(reveal ? [reveal.title] : [])).then((choice) => {
    if (reveal && choice === reveal.title) void vscode.commands.executeCommand(reveal.command, ...reveal.args);
  });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where the conflict is mended: the folder's settings file at the setting's line, the workspace file, the user's settings.json. */
function remedyOf(scope: SettingsScopeFile, key: string, file: string): RemedyCommand {
  if (scope.scope === 'user') return { title: 'Open User Settings', command: 'workbench.action.openSettingsJson', args: [] };
  if (scope.scope === 'workspace' && vscode.workspace.workspaceFile !== undefined) return { title: 'Open Workspace Settings', command: 'workbench.action.openWorkspaceSettingsFile', args: [] };
  const folder = vscode.Uri.joinPath(vscode.Uri.file(file), '..', '..').fsPath;
  return settingsRemedy(key, { glob: '', from: 'folder', folder: folder.replace(/\\/g, '/') });
}

/** A settings file as the user knows it: a workspace path inside the window (`app/.vscode/settings.json`), else its name. */
function shownFile(file: string): string {
  const shown = workspacePath(vscode.Uri.file(file));
  return shown.startsWith('/') || /^[a-zA-Z]:/.test(shown) ? file.slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1) : shown;
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

/** The workspace file's `settings` as the text of a settings file (its other members are not settings); undefined when there are none. */
function workspaceFileSettings(text: string | undefined): string | undefined {
  const settings: unknown = text === undefined ? undefined : (parse(text, [], { allowTrailingComma: true, disallowComments: false }) as { settings?: unknown } | undefined)?.settings;
  return settings === undefined ? undefined : JSON.stringify(settings);
}

/** A settings file, read as VS Code's file service reads it; undefined when there is none. */
async function readSettingsText(file: string): Promise<string | undefined> {
  try {
    return settingsFileText(await vscode.workspace.fs.readFile(vscode.Uri.file(file)));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory')) return undefined;
    throw error;
  }
}
