// The feedback commands: open the log folder, clear it (after a modal confirm), export the dataset.
import { mkdir, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { buildDataset, datasetToJsonl } from '../../core/feedback/datasetExport';
import type { FeedbackEvent } from '../../core/feedback/feedbackEvents';
import { hashPath } from '../../core/feedback/feedbackPrivacy';
import { readFeedbackLog } from '../../core/feedback/feedbackLogReader';
import type { FeedbackStore } from '../../core/feedback/feedbackStore';
import { removeStatisticsIndex } from '../../core/feedback/statisticsIndex';
import { redactSecrets } from '../../core/guard/secretRedactor';
import type { Logger } from '../../core/logger';
import { EXCLUDED_FOLDERS_GLOB } from '../../core/excludedFolders';
import { workspacePath } from '../workspacePaths';

/** How many workspace files are hashed to name a hashed row's file. */
const MAX_HASHED_FILES = 50_000;

export async function openFeedbackLog(store: FeedbackStore, logger: Logger): Promise<void> {
  await store.flush();
  await mkdir(store.dir, { recursive: true }).catch(() => undefined);
  try {
    await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(store.dir));
  } catch (error) {
    // No OS file manager (remote, code-server): say where it is instead.
    logger.debug(`revealFileInOS failed: ${String(error)}`);
    const copy = await vscode.window.showInformationMessage(`Flywheel feedback log: ${store.dir}`, 'Copy Path');
    if (copy) await vscode.env.clipboard.writeText(store.dir);
  }
}

/** True when the user confirmed and the log is gone. */
export async function clearFeedbackLog(store: FeedbackStore): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(
    'Delete the whole Flywheel feedback log?',
    { modal: true, detail: 'Statistics, the adaptive trigger and the dataset export start again from nothing. This cannot be undone.' },
    'Delete Log',
  );
  if (choice !== 'Delete Log') return false;
  const removed = await store.clear();
  // The statistics kept beside the log came from it: they go with it.
  await removeStatisticsIndex(store.dir).catch(() => undefined);
  void vscode.window.showInformationMessage(`Flywheel: deleted ${removed} feedback log file${removed === 1 ? '' : 's'}.`);
  return true;
}

/**
 * `mayInclude` is the guard's path policy (every folder's rules): the export leaves out what it refuses, a row logged with
 * a hashed path too when a workspace file hashes to it (`pathSalt`, the installation's).
 */
export async function exportFeedbackDataset(store: FeedbackStore, storeText: boolean, mayInclude: (path: string) => boolean, pathSalt: string): Promise<void> {
  await store.flush();
  const log = await readFeedbackLog(store.dir);
  const hashes = await workspaceFilesByHash(log.events, pathSalt);
  const result = buildDataset(log.events, {
    filter: { isIgnored: (path) => !mayInclude(path), redact: (text) => redactSecrets(text), pathOfHash: (hashed) => hashes.get(hashed) },
  });
  if (result.rows.length === 0) {
    const hint = storeText ? 'No completion with stored text yet.' : 'Turn on flywheel.feedback.storeText to log the text a dataset needs.';
    const action = storeText ? undefined : 'Open Settings';
    const choice = await vscode.window.showInformationMessage(`Flywheel: nothing to export. ${hint}`, ...(action ? [action] : []));
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'flywheel.feedback.storeText');
    return;
  }
  const defaultFolder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultFolder ? vscode.Uri.joinPath(defaultFolder, 'flywheel-dataset.jsonl') : undefined,
    filters: { 'JSON Lines': ['jsonl'] },
    saveLabel: 'Export Dataset',
  });
  if (!target) return;
  await writeFile(target.fsPath, datasetToJsonl(result.rows), 'utf8');
  const { noText, ignoredFile, secret } = result.skipped;
  const unjudged = result.unjudged > 0 ? ` Kept ${result.unjudged} with a hashed path that names no file of this workspace: their files could not be checked.` : '';
  const open = await vscode.window.showInformationMessage(
    `Flywheel: exported ${result.rows.length} rows. Left out: ${noText} without text, ${ignoredFile} from ignored files, ${secret} holding secrets.${unjudged}`,
    'Open',
  );
  if (open) await vscode.window.showTextDocument(target);
}

/** Every workspace file's path by its salted hash; the files are listed only when the log holds a hashed path. */
async function workspaceFilesByHash(events: readonly FeedbackEvent[], salt: string): Promise<ReadonlyMap<string, string>> {
  if (!events.some((e) => e.path?.startsWith('sha256:'))) return new Map();
  // Ignored files among them (findFiles reads no .gitignore): those are the ones to find.
  const uris = await vscode.workspace.findFiles('**/*', EXCLUDED_FOLDERS_GLOB, MAX_HASHED_FILES);
  return new Map(uris.map((uri) => {
    const path = workspacePath(uri);
    return [hashPath(path, salt), path];
  }));
}
