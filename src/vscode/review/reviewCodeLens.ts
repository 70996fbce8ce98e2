// The review editor's CodeLens: above each change, Keep and Discard (or its decision and Undo);
// above the first line, Accept / Reject of the whole proposal, or why it cannot be applied (the
// tab's title says what the proposal is).
import * as vscode from 'vscode';
import { describeHunk } from '../../core/review/hunks';
import type { ReviewSession } from './reviewSession';
import { ReviewCommands } from '../commandIds';

const mac = process.platform === 'darwin';
const key = (windows: string, macos: string): string => (mac ? macos : windows);

export class ReviewCodeLens implements vscode.CodeLensProvider {
  constructor(
    private readonly sessionOf: (uri: vscode.Uri) => ReviewSession | undefined,
    readonly onDidChangeCodeLenses: vscode.Event<void>,
  ) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const session = this.sessionOf(document.uri);
    if (!session) return [];
    const { proposal, view } = session;
    const uri = session.uri.toString();
    const lens = (line: number, title: string, command = '', args: unknown[] = []): vscode.CodeLens =>
      new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, command, arguments: args });
    const top: vscode.CodeLens[] = [];
    if (proposal.state === 'streaming') {
      top.push(lens(0, `$(loading~spin) Flywheel is writing: ${proposal.title}`), lens(0, 'Cancel', ReviewCommands.rejectAll, [uri]));
      return top;
    }
    if (proposal.isStale) {
      top.push(
        lens(0, `$(warning) ${proposal.target.label} changed after this was proposed: it can no longer be applied`),
        lens(0, 'Close', ReviewCommands.rejectAll, [uri]),
      );
      return top;
    }
    const total = proposal.hunks.length;
    top.push(
      lens(0, `$(check-all) Accept${total > 1 ? ' All' : ''} (${key('Ctrl+Enter', '⌘Enter')})`, ReviewCommands.acceptAll, [uri]),
      lens(0, `$(close-all) Reject${total > 1 ? ' All' : ''} (${key('Ctrl+Backspace', '⌘Backspace')})`, ReviewCommands.rejectAll, [uri]),
    );
    // One change: Keep and Discard would be Accept and Reject again.
    if (total === 1) return top;
    const perHunk = proposal.hunks.flatMap((hunk) => {
      const line = view.hunkStart[hunk.index];
      const what = `${total > 1 ? `Change ${hunk.index + 1} of ${total}: ` : ''}${describeHunk(hunk)}`;
      switch (proposal.decision(hunk.index)) {
        case 'pending':
          return [
            lens(line, `$(check) Keep (${key('Alt+Y', '⌥Y')})`, ReviewCommands.keepChange, [uri, hunk.index]),
            lens(line, `$(discard) Discard (${key('Alt+N', '⌥N')})`, ReviewCommands.discardChange, [uri, hunk.index]),
            lens(line, what),
          ];
        case 'kept':
          return [lens(line, `$(pass-filled) Kept · ${what}`), lens(line, 'Undo', ReviewCommands.undoDecision, [uri, hunk.index])];
        case 'discarded':
          return [lens(line, `$(circle-slash) Discarded · ${what}`), lens(line, 'Undo', ReviewCommands.undoDecision, [uri, hunk.index])];
      }
    });
    return [...top, ...perHunk];
  }
}
