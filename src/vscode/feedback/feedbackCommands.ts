// The feedback commands: open the log folder, clear it (after a modal confirm), export this workspace's dataset.
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { buildDataset, datasetToJsonl, heldForSecrets, type DatasetExport, type ExportOptions } from '../../core/feedback/datasetExport';
import type { FeedbackEvent } from '../../core/feedback/feedbackEvents';
import { hashPath } from '../../core/feedback/feedbackPrivacy';
import { readFeedbackLog } from '../../core/feedback/feedbackLogReader';
import type { FeedbackStore } from '../../core/feedback/feedbackStore';
import type { WindowWorkspace } from '../../core/feedback/workspaceHomes';
import { removeStatisticsIndex } from '../../core/feedback/statisticsIndex';
import type { RefusalReason } from '../../core/guard/pathPolicy';
import type { RedactionStrictness } from '../../core/strictnessSetting';
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

export interface DatasetExportScope {
  readonly store: FeedbackStore;
  readonly storeText: boolean;
  /** The guard's path policy (every folder's rules): the export leaves out what it refuses. */
  readonly refusal: (path: string) => RefusalReason | undefined;
  /** The installation's salt: a row logged with a hashed path is judged by the workspace file that hashes to it. */
  readonly pathSalt: string;
  /** This window's workspace (its id and the earlier ids whose rows are its): only its rows are this window's to judge and export. */
  readonly workspace: WindowWorkspace;
  /** The extension's global storage: the save dialog's proposal when the home folder is in a workspace folder. */
  readonly globalStorage: vscode.Uri;
  /** The user's flywheel.redaction.strictness: a row the door would redact at it holds a secret here too. */
  readonly strictness: RedactionStrictness;
}

const SAVE_ANYWAY = 'Save Here Anyway';

/** Exports this workspace's rows of the log, judged by this window's rules, to a file the user picks (outside the workspace by default). */
export async function exportFeedbackDataset(scope: DatasetExportScope): Promise<void> {
  const { store, storeText, refusal, pathSalt, workspace, strictness } = scope;
  await store.flush();
  const log = await readFeedbackLog(store.dir);
  const ours = (id: string | undefined) => id !== undefined && (id === workspace.id || workspace.also.has(id));
  const unnamed = log.events.filter((e) => e.kind === 'completion.shown' && e.workspace === undefined).length;
  const includeUnnamed = unnamed > 0 ? await pickUnnamed(unnamed) : false;
  if (includeUnnamed === undefined) return;
  const hashes = await workspaceFilesByHash(log.events.filter((e) => ours(e.workspace) || (includeUnnamed && e.workspace === undefined)), pathSalt);
  const options: ExportOptions = {
    workspace: workspace.id,
    alsoWorkspaces: workspace.also,
    includeUnnamed,
    filter: { isIgnored: (path) => refusal(path) !== undefined, redact: (text) => redactSecrets(text, { strictness }), pathOfHash: (hashed, folder) => hashes.get(folder + hashed) },
  };
  const result = buildDataset(log.events, options);
  const elsewhere = leftElsewhere(result);
  const secrets = heldForSecrets(result.skipped.secret, strictness);
  if (result.rows.length === 0) {
    const hint = result.skipped.secret > 0
      ? `Left out: ${secrets}.`
      : storeText ? 'No completion with stored text yet in this workspace.' : 'Turn on flywheel.feedback.storeText to log the text a dataset needs.';
    const action = storeText ? undefined : 'Open Settings';
    const choice = await vscode.window.showInformationMessage(`Flywheel: nothing to export. ${hint}${elsewhere}`, ...(action ? [action] : []));
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'flywheel.feedback.storeText');
    return;
  }
  const proposed = outsideEveryFolder([vscode.Uri.file(homedir()), scope.globalStorage]);
  await mkdir(proposed.fsPath, { recursive: true }); // the global storage is made on first use
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(proposed, 'flywheel-dataset.jsonl'),
    filters: { 'JSON Lines': ['jsonl'] },
    saveLabel: 'Export Dataset',
  });
  if (!target || !(await mayWriteThere(target, refusal))) return;
  await writeFile(target.fsPath, datasetToJsonl(result.rows), 'utf8');
  const { noText, ignoredFile } = result.skipped;
  const unjudged = result.unjudged > 0 ? ` Kept ${result.unjudged} with a hashed path that names no file of this workspace (deleted or moved since): their files could not be checked.` : '';
  const open = await vscode.window.showInformationMessage(
    `Flywheel: exported ${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'} of this workspace. Left out: ${noText} without text, ${ignoredFile} from ignored files, ${secrets}.${elsewhere}${unjudged}`,
    'Open',
  );
  if (open) await vscode.window.showTextDocument(target);
}

/** What the window left out because it is not theirs to judge, and how those rows can be exported. */
function leftElsewhere({ skipped: { otherWorkspace, noWorkspace }, unnamedJudged }: DatasetExport): string {
  const other = otherWorkspace > 0 ? ` Not this window's: ${otherWorkspace} logged in other workspaces (export them from a window of their workspace).` : '';
  const older = noWorkspace > 0
    ? ` ${noWorkspace} logged before rows named their workspace, left out (choose them when you export, or \`npx flywheel export\` writes the whole log, judged by the secret-file names only).`
    : unnamedJudged > 0
      ? ` ${unnamedJudged} logged before rows named their workspace were judged by this workspace's rules, as you chose.`
      : '';
  return other + older;
}

const THIS_WORKSPACE_ONLY = "This workspace's rows only";

/**
 * Rows logged before rows named their workspace may be any project's: the user is told how many and chooses, this
 * workspace's rows only being the first choice. True to include them; undefined when the user closed the choice.
 */
async function pickUnnamed(count: number): Promise<boolean | undefined> {
  const rows = `${count} ${count === 1 ? 'row' : 'rows'}`;
  const picked = await vscode.window.showQuickPick(
    [
      { label: THIS_WORKSPACE_ONLY, detail: `The ${rows} logged before rows named their workspace ${count === 1 ? 'stays' : 'stay'} out.` },
      {
        label: `Also the ${rows} logged before rows named their workspace`,
        detail: "They may be another project's: judged by this workspace's ignore rules; rows with secrets dropped.",
      },
    ],
    { title: `Flywheel: Export Feedback Dataset — ${rows} of the log ${count === 1 ? 'names' : 'name'} no workspace`, placeHolder: 'Which rows to export', ignoreFocusOut: true },
  );
  return picked && picked.label !== THIS_WORKSPACE_ONLY;
}

/** The first folder that is in no workspace folder (a dataset saved in one can be committed by accident); else the last. */
function outsideEveryFolder(candidates: readonly vscode.Uri[]): vscode.Uri {
  return candidates.find((uri) => !vscode.workspace.getWorkspaceFolder(vscode.Uri.joinPath(uri, 'flywheel-dataset.jsonl'))) ?? candidates[candidates.length - 1]!;
}

/**
 * A file in a workspace folder that no .gitignore ignores can be committed and pushed with the repository: the user is
 * told and must accept. (The path policy's reading of the folder's .gitignore files, up to the repository's root.)
 */
async function mayWriteThere(target: vscode.Uri, refusal: DatasetExportScope['refusal']): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(target);
  if (!folder) return true;
  const reason = refusal(workspacePath(target));
  if (reason === 'gitignore' || reason === 'untrusted') return true;
  const choice = await vscode.window.showWarningMessage(
    `Save the dataset inside the workspace folder "${folder.name}"? No .gitignore ignores ${workspacePath(target)}.`,
    {
      modal: true,
      detail: 'The dataset holds your code: prompts, completions and what you kept of them. In the repository it can be committed and pushed by accident. Save it outside the workspace, or add it to .gitignore first.',
    },
    SAVE_ANYWAY,
  );
  return choice === SAVE_ANYWAY;
}

/**
 * Every workspace file's path by its salted hash (`pathOfHash`'s key: the folder the row's paths get in front, then the
 * hash); in a multi-root window also by the hash of its path within its folder, as that folder open alone logged it.
 * The files are listed only when this workspace's events hold a hashed path.
 */
async function workspaceFilesByHash(events: readonly FeedbackEvent[], salt: string): Promise<ReadonlyMap<string, string>> {
  if (!events.some((e) => e.path?.startsWith('sha256:'))) return new Map();
  // Ignored files among them (findFiles reads no .gitignore): those are the ones to find.
  const uris = await vscode.workspace.findFiles('**/*', EXCLUDED_FOLDERS_GLOB, MAX_HASHED_FILES);
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return new Map(uris.flatMap((uri) => {
    const path = workspacePath(uri);
    const folder = multiRoot ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const alone = folder ? [[`${folder.name}/${hashPath(vscode.workspace.asRelativePath(uri, false), salt)}`, path] as const] : [];
    return [[hashPath(path, salt), path] as const, ...alone];
  }));
}
