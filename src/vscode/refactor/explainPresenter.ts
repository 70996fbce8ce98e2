// Explain answers in the chat view when the chat feature offers `flywheel.chat.ask`; without it
// the explanation streams into a Markdown preview beside the code.
import * as vscode from 'vscode';
import type { ChatRequest } from '../../core/models/modelTypes';
import { runRefactorRequest } from '../../core/refactor/refactorRequest';
import type { RefactorModel } from '../../core/refactor/refactorRequest';
import type { ProposalDocuments } from './proposalDocuments';
import { CHAT_ASK_COMMAND } from './refactorIds';

export interface ExplainParams {
  readonly document: vscode.TextDocument;
  readonly range: vscode.Range;
  readonly code: string;
  readonly relativePath: string;
  readonly question: string;
  readonly request: ChatRequest;
  readonly title: string;
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
  }[];
}

export async function chatAskAvailable(): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(CHAT_ASK_COMMAND);
}

export async function explainInChat(params: ExplainParams): Promise<void> {
  const { document, range } = params;
  const name = params.relativePath.slice(params.relativePath.lastIndexOf('/') + 1);
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
      },
    ],
  };
  await vscode.commands.executeCommand(CHAT_ASK_COMMAND, args);
}

export async function explainInPreview(
  model: RefactorModel,
  documents: ProposalDocuments,
  params: ExplainParams,
  signal: AbortSignal,
): Promise<void> {
  const uri = documents.createUri('explanation', `${params.title}.md`);
  const heading = `# ${params.title}\n\n`;
  documents.set(uri, `${heading}_Waiting for the model…_\n`);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
  const result = await runRefactorRequest(
    model,
    {
      request: params.request,
      output: 'explanation',
      languageId: params.document.languageId,
      documentText: params.code,
      range: { start: 0, end: params.code.length },
      onUpdate: (markdown) => documents.set(uri, heading + markdown, 100),
      meta: { files: [params.relativePath], languageId: params.document.languageId },
    },
    signal,
  );
  documents.set(uri, heading + (result.proposed || '_The model returned an empty answer._') + '\n');
}
