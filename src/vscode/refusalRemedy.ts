// The button a refusal at the door offers: the place where what refused the file is decided (the words of the message,
// `refusalRemedy`, say what to change there) — the ignore file at the line that matched, the exclude setting in the scope
// its glob came from (the workspace's settings for the workspace's glob, the folder's settings file for a folder's, the
// user's settings for the user's and for the secret-file defaults, which only the user's `!` lifts), the trust editor when
// the workspace's trust decides.
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MatchedPattern } from '../core/guard/ignoreRules';
import { unreportedValue } from './keptSettingValues';
import type { Refusal, UnreadableSettingsFile } from '../core/guard/pathPolicy';
import type { EgressRefusedError } from '../core/guard/promptGuard';

export interface RemedyCommand {
  readonly title: string;
  readonly command: string;
  readonly args: readonly unknown[];
}

/** The door's refusal's button: the first of its files' remedies. */
export function remedyCommand(error: EgressRefusedError): RemedyCommand | undefined {
  return remedyFor(error.refused);
}

/** The first refusal a file, a setting or the workspace's trust decides; undefined when none does (a credential file). */
export function remedyFor(refused: readonly Refusal[]): RemedyCommand | undefined {
  for (const { reason, rule, pattern, settingsFile } of refused) {
    switch (reason) {
      case 'gitignore':
      case 'flywheelignore': {
        if (!rule) return { title: 'Open Settings', command: 'workbench.action.openSettings', args: ['flywheel.guard'] };
        const at = new vscode.Position(Math.max(0, (rule.line ?? 1) - 1), 0);
        // (`exclude` alone says nothing: git's own file is named by its place.)
        const name = rule.file.endsWith('/.git/info/exclude') ? '.git/info/exclude' : rule.shown.slice(rule.shown.lastIndexOf('/') + 1);
        return { title: `Open ${name}`, command: 'vscode.open', args: [vscode.Uri.file(rule.file), { selection: new vscode.Range(at, at) }] };
      }
      case 'patterns':
        return settingsRemedy(EXCLUDE, pattern);
      case 'untrusted':
        return { title: 'Manage Workspace Trust', command: 'workbench.trust.manage', args: [] };
      case 'settingsUnreadable': {
        const remedy = settingsFile && unreadableRemedy(settingsFile);
        if (remedy) return remedy;
        continue;
      }
      default:
        continue;
    }
  }
  return undefined;
}

const EXCLUDE = 'flywheel.guard.exclude';

/**
 * The Settings editor at a glob list setting (`flywheel.guard.exclude`, `flywheel.completion.exclude`), on the tab of the
 * scope the glob came from (the user's for the user's globs and for the defaults).
 */
export function settingsRemedy(setting: string, pattern: MatchedPattern | undefined): RemedyCommand {
  // A glob kept from a settings file though VS Code drops it (addedFolderSettings.ts): the Settings editor does not show
  // it, so the file that holds it is opened.
  if (pattern?.from === 'workspace' && keptFromFile('workspace', setting, pattern.glob)) {
    if (vscode.workspace.workspaceFile !== undefined) return { title: 'Open Workspace Settings', command: 'workbench.action.openWorkspaceSettingsFile', args: [] };
    const root = vscode.workspace.workspaceFolders?.[0];
    if (root?.uri.scheme === 'file') return settingsRemedy(setting, { ...pattern, from: 'folder', folder: root.uri.fsPath.replace(/\\/g, '/') });
  }
  if (pattern?.from === 'user' && keptFromFile('user', setting, pattern.glob)) return { title: 'Open User Settings', command: 'workbench.action.openSettingsJson', args: [] };
  if (pattern?.from === 'workspace') return { title: 'Open Settings', command: 'workbench.action.openWorkspaceSettings', args: [setting] };
  if (pattern?.from === 'folder' && pattern.folder !== undefined) {
    // VS Code's command for a folder's tab takes no query (it opens the whole tab): the folder's settings file is opened
    // instead, at the setting's line.
    const file = `${pattern.folder}/.vscode/settings.json`;
    const at = new vscode.Position(lineOf(file, `"${setting}"`), 0);
    return { title: 'Open Folder Settings', command: 'vscode.open', args: [vscode.Uri.file(file), { selection: new vscode.Range(at, at) }] };
  }
  return { title: 'Open Settings', command: 'workbench.action.openSettings', args: [setting] };
}

/**
 * A settings file that cannot be read, shown in the Explorer when it is in the window (opening it would fail as the read
 * did); undefined outside the window.
 */
export function unreadableRemedy(file: UnreadableSettingsFile): RemedyCommand | undefined {
  const uri = vscode.Uri.file(file.file);
  return vscode.workspace.getWorkspaceFolder(uri) ? { title: 'Reveal in Explorer', command: 'revealInExplorer', args: [uri] } : undefined;
}

/** Whether the glob is one Flywheel keeps from the scope's settings file, VS Code's reading of the scope not holding it. */
function keptFromFile(scope: 'user' | 'workspace', setting: string, glob: string): boolean {
  const kept = unreportedValue({ scope }, setting);
  if (!Array.isArray(kept) || !kept.includes(glob)) return false;
  const dot = setting.lastIndexOf('.');
  const inspected = vscode.workspace.getConfiguration(setting.slice(0, dot)).inspect<string[]>(setting.slice(dot + 1));
  return !((scope === 'user' ? inspected?.globalValue : inspected?.workspaceValue) ?? []).includes(glob);
}

/** The 0-based line of a file holding `text` (0 when none does, or the file cannot be read). */
function lineOf(file: string, text: string): number {
  try {
    return Math.max(0, readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text)));
  } catch {
    return 0;
  }
}
