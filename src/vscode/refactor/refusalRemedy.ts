// The button a refusal at the door offers: the place where what refused the file is decided (the words of the message,
// `refusalRemedy`, say what to change there).
import type { EgressRefusedError } from '../../core/guard/promptGuard';

export interface RemedyCommand {
  readonly title: string;
  readonly command: string;
  readonly args: readonly unknown[];
}

/** The first refusal reason a setting or the workspace's trust decides; undefined when none does (a credential file). */
export function remedyCommand(error: EgressRefusedError): RemedyCommand | undefined {
  for (const reason of error.reasons) {
    switch (reason) {
      case 'patterns':
      case 'gitignore':
        return { title: 'Open Settings', command: 'workbench.action.openSettings', args: ['flywheel.guard'] };
      case 'untrusted':
        return { title: 'Manage Workspace Trust', command: 'workbench.trust.manage', args: [] };
      default:
        continue;
    }
  }
  return undefined;
}
