// Explain answers in the chat view (through `flywheel.chat.ask`), with the code as a selection
// chip, so the user can ask on about the same code.
import * as vscode from 'vscode';
import { InternalCommands } from '../commandIds';

export interface ExplainParams {
  readonly document: vscode.TextDocument;
  readonly range: vscode.Range;
  readonly code: string;
  readonly relativePath: string;
  readonly question: string;
  /** A notebook cell: its name ("analysis.ipynb, cell 3") and number. */
  readonly cell?: { readonly label: string; readonly number: number };
}

/**
 * The argument `flywheel.chat.ask` receives: a question and the code as a selection context
 * item (the chat's ChatContextItem shape), so the chat view shows it as a chip.
 */
export interface ChatAskArgs {
  readonly question: string;
  readonly context: readonly {
    readonly id: string;
    readonly kind: 'selection';
    readonly label: string;
    readonly path: string;
    readonly uri: string;
    readonly languageId: string;
    readonly text: string;
    readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
    readonly version: number;
    readonly cell?: number;
  }[];
}

export async function explainInChat(params: ExplainParams): Promise<void> {
  const { document, range } = params;
  const place = params.cell?.label ?? params.relativePath;
  const name = place.slice(place.lastIndexOf('/') + 1);
  const args: ChatAskArgs = {
    question: params.question,
    context: [
      {
        id: `refactor-explain-${Date.now()}`,
        kind: 'selection',
        label: range.start.line === range.end.line ? `${name}:${range.start.line + 1}` : `${name}:${range.start.line + 1}-${range.end.line + 1}`,
        path: params.relativePath,
        uri: document.uri.toString(),
        languageId: document.languageId,
        text: params.code,
        range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
        version: document.version,
        ...(params.cell && { cell: params.cell.number }),
      },
    ],
  };
  await vscode.commands.executeCommand(InternalCommands.askChat, args);
}
