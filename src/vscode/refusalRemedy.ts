// The button a refusal at the door offers: the place where what refused the file is decided (the words of the message,
// `refusalRemedy`, say what to change there) — the ignore file at the line that matched, the exclude setting for the
// secret-file patterns and the user's globs, the trust editor when the workspace's trust decides.
import * as vscode from 'vscode';
import type { Refusal } from '../core/guard/pathPolicy';
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
  for (const { reason, rule } of refused) {
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
        return { title: 'Open Settings', command: 'workbench.action.openSettings', args: ['flywheel.guard.exclude'] };
      case 'untrusted':
        return { title: 'Manage Workspace Trust', command: 'workbench.trust.manage', args: [] };
      default:
        continue;
    }
  }
  return undefined;
}
