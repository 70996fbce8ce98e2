// What a user who asks for a completion (Alt+\, Trigger Inline Suggestion) in a file no completion may read is told:
// why — the path policy's refusal in the door's words, or the glob of flywheel.completion.exclude and the scope that
// holds it — and a button to where it is decided. Typing in such a file stays silent: only an explicit request is answered.
import * as vscode from 'vscode';
import type { MatchedPattern } from '../../core/guard/ignoreRules';
import type { Refusal } from '../../core/guard/pathPolicy';
import { EgressRefusedError, settingGlobWords } from '../../core/guard/promptGuard';
import { documentPath } from '../notebook/notebookCells';
import { remedyCommand, settingsRemedy, type RemedyCommand } from '../refusalRemedy';

const EXCLUDE = 'flywheel.completion.exclude';

export class NotCompletedNotice {
  // One notice per request: VS Code may ask the provider again for the same explicit trigger.
  private lastSaid: string | undefined;

  constructor(
    private readonly refusal: (path: string) => Refusal | undefined,
    private readonly excludedBy: (path: string) => MatchedPattern | undefined,
  ) {}

  say(document: vscode.TextDocument): void {
    const said = `${document.uri.toString()}@${document.version}`;
    if (said === this.lastSaid) return;
    this.lastSaid = said;
    const { path } = documentPath(document);
    const refused = this.refusal(path);
    const error = refused && EgressRefusedError.forFiles([{ file: path, ...refused }]);
    const glob = error ? undefined : this.excludedBy(path);
    const remedy: RemedyCommand | undefined = error ? remedyCommand(error) : settingsRemedy(EXCLUDE, glob);
    const message = error
      ? `Flywheel: no completion — ${error.message}`
      : `Flywheel: no completion — ${path} matches ${glob ? settingGlobWords(EXCLUDE, glob) : EXCLUDE}.`;
    void vscode.window.showInformationMessage(message, ...(remedy ? [remedy.title] : [])).then((picked) => {
      if (remedy && picked === remedy.title) void vscode.commands.executeCommand(remedy.command, ...remedy.args);
    });
  }
}
