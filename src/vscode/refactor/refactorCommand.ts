// Runs one refactor action from the editor: reads the editor's state into the core flow, opens
// the review as soon as the proposal exists, streams into it under a cancellable progress
// notification, and says what happened when there is nothing to review.
import * as vscode from 'vscode';
import type { FeedbackSink } from '../../core/feedback/feedbackEvents';
import type { Refusal } from '../../core/guard/pathPolicy';
import type { Logger } from '../../core/logger';
import type { RefactorAction } from '../../core/refactor/refactorActions';
import { runRefactor, type RefactorHost } from '../../core/refactor/refactorFlow';
import type { NotebookCellAround, RefactorDiagnostic } from '../../core/refactor/refactorPrompt';
import type { RefactorModel } from '../../core/refactor/refactorRequest';
import type { RefactorSyntax } from '../../core/refactor/targetRange';
import { cellSurroundings } from '../../core/notebook/notebookDocument';
import { cellLabel, documentPath, notebookCells } from '../notebook/notebookCells';
import { documentText } from '../snapshot';
import { normalizedText, offsetIn, positionIn } from '../review/documentText';
import type { ReviewController } from '../review/reviewController';
import { REVIEW_SCHEME } from '../review/reviewIds';
import { explainInChat } from './explainPresenter';
import { resolveTestDestination } from './testDestination';
import type { TestDestination } from '../../core/refactor/testDestination';
import { errorMessage } from '../../core/errorMessage';
import { EgressRefusedError } from '../../core/guard/promptGuard';
import { remedyCommand } from '../refusalRemedy';
import { isAbortError } from '../../core/models/modelError';

export interface RefactorServices {
  readonly logger: Logger;
  readonly refactorModel: RefactorModel;
  readonly syntax?: RefactorSyntax;
  readonly feedback?: FeedbackSink;
  readonly reviews: ReviewController;
  /**
   * Why the path policy refuses a file, judged afresh as the door does: the document's own file is asked first, and
   * Generate Tests' example test file is chosen by it.
   */
  readonly refusal: (path: string) => Refusal | undefined;
}

/** Arguments code actions pass; commands from the palette use the active editor's selection. */
export interface RunArgs {
  readonly uri?: vscode.Uri;
  /** An empty range is a cursor position. */
  readonly range?: vscode.Range;
  readonly instruction?: string;
}

const SEVERITY: Record<vscode.DiagnosticSeverity, RefactorDiagnostic['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

async function editorFor(args: RunArgs): Promise<vscode.TextEditor | undefined> {
  if (args.uri) {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.uri!.toString());
    return visible ?? vscode.window.showTextDocument(args.uri);
  }
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.uri.scheme !== REVIEW_SCHEME ? editor : undefined;
}

function hostFor(action: RefactorAction, document: vscode.TextDocument, tests: TestDestination | undefined): RefactorHost {
  return {
    askInstruction: (prompt) =>
      Promise.resolve(vscode.window.showInputBox({ title: `Flywheel: ${action.title}`, prompt, placeHolder: 'e.g. use async/await instead of callbacks', ignoreFocusOut: true })),
    diagnostics: ({ first, last }) =>
      vscode.languages
        .getDiagnostics(document.uri)
        .filter((d) => d.range.end.line >= first && d.range.start.line <= last)
        .map((d) => ({
          line: d.range.start.line + 1,
          severity: SEVERITY[d.severity],
          message: d.message,
          source: d.source,
          code: typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code),
        })),
    testDestination: () => Promise.resolve(tests ?? { kind: 'untitled' }),
  };
}

export async function runRefactorCommand(services: RefactorServices, action: RefactorAction, args: RunArgs = {}): Promise<void> {
  const editor = await editorFor(args);
  if (!editor) {
    void vscode.window.showInformationMessage(`Flywheel: open a file and select code to ${action.title.replace(/…$/, '').toLowerCase()}.`);
    return;
  }
  const document = editor.document;
  const text = normalizedText(document);
  const selection = args.range ?? editor.selection;
  const { path, cell } = documentPath(document);
  const input = {
    action,
    document: { uri: document.uri.toString(), languageId: document.languageId, text, version: document.version, path, ...(cell && { cell: cellAround(cell, text) }) },
    selection: { start: offsetIn(text, selection.start), end: offsetIn(text, selection.end) },
    instruction: args.instruction,
    indentStyle: indentStyleOf(editor),
  };
  // The document's own text is in every refactor's prompt (and Explain hands it to the chat, which would leave it out and
  // ask about nothing): a file the policy refuses is refused before any progress is shown, never beside one.
  const refused = services.refusal(path);
  if (refused) return showFailure(services, action, EgressRefusedError.forFiles([{ file: path, ...refused }]));
  // Generate Tests quotes an example test file too: chosen here, by the door's own verdict, so the door never refuses it
  // beside a progress (a verdict remembered from before could pass a file since replaced by a link to a secret one).
  // Tests cannot import a notebook: they go to a new untitled file.
  const tests = action.output === 'tests' && !cell ? await resolveTestDestination(document, (p) => services.refusal(p) === undefined) : undefined;
  const deps = { model: services.refactorModel, syntax: services.syntax, feedback: services.feedback };
  const label = action.title.replace(/…$/, '');
  // A failure is said once the progress has ended (the door refuses a file the prompt quotes besides the document).
  const failure = await vscode.window.withProgress<unknown>({ location: vscode.ProgressLocation.Notification, title: `Flywheel: ${label}`, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    const cancelled = token.onCancellationRequested(() => controller.abort());
    try {
      progress.report({ message: 'waiting for the model…' });
      const outcome = await runRefactor(input, deps, hostFor(action, document, tests), {
        onProposal: async (proposal) => {
          // Closing the review (or Reject while it streams) stops the request.
          const session = await services.reviews.begin(proposal);
          session.onDidEnd(() => controller.abort());
          proposal.onDidChange(() => {
            const lines = proposal.proposed.split('\n').length;
            if (proposal.state === 'streaming') progress.report({ message: `${lines} line${lines === 1 ? '' : 's'}…` });
          });
        },
      }, controller.signal);
      switch (outcome.kind) {
        case 'noTarget':
          return void vscode.window.showInformationMessage('Flywheel: select some code, or put the cursor inside a function or class.');
        case 'explain': {
          const range = new vscode.Range(positionIn(text, outcome.target.start), positionIn(text, outcome.target.end));
          return explainInChat({
            document, range, code: outcome.code, relativePath: path, question: outcome.question,
            ...(cell && { cell: { label: cellLabel(cell), number: cell.index + 1 } }),
          });
        }
        case 'cancelled':
          return;
        case 'noCode':
          return void showReplyOnError(`Flywheel: ${action.title} — the model replied without any code; nothing was changed.`, outcome.reply.reply);
        case 'noChange':
          return void vscode.window.showInformationMessage(`Flywheel: ${action.title} — the model proposed no change.`);
        case 'proposed':
          services.logger.debug(`refactor ${action.id}: ${outcome.reply.reply.length} chars in ${outcome.reply.totalMs} ms, ${outcome.proposal.hunks.length} changes, syntax ${outcome.reply.syntax}`);
          // Accept/Reject live in the review editor; a notification only when something is amiss
          // (a proposal gone stale was already announced by the review).
          if (!outcome.proposal.isStale && outcome.reply.warnings.length) {
            void vscode.window.showWarningMessage(`Flywheel: ${action.title} — ${outcome.reply.warnings.join(' ')}`);
          }
          return;
      }
    } catch (error) {
      // Cancelled (the progress's Cancel, the review closed while it streamed): nothing to say. Any other failure ends the
      // review too (the proposal is rejected, which aborts the controller), so the signal alone cannot tell them apart.
      if (controller.signal.aborted && isAbortError(error)) return;
      return error;
    } finally {
      cancelled.dispose();
    }
  });
  if (failure !== undefined) showFailure(services, action, failure);
}

/**
 * Says why a refactor failed. A refusal at the door is the user's own rules at work, not a fault of the extension: it is
 * said (and logged) as what was held back, a notice rather than an error, with the button to where it is decided.
 */
function showFailure(services: RefactorServices, action: RefactorAction, error: unknown): void {
  const message = errorMessage(error);
  if (!EgressRefusedError.is(error)) {
    services.logger.error(`refactor ${action.id} failed: ${message}`);
    void vscode.window.showErrorMessage(`Flywheel: ${action.title} failed — ${message} Your file was not changed.`);
    return;
  }
  services.logger.info(`refactor ${action.id} held back: ${message}`);
  const remedy = remedyCommand(error);
  void vscode.window.showInformationMessage(`Flywheel: ${action.title} held back — ${message}`, ...(remedy ? [remedy.title] : [])).then((picked) => {
    if (remedy && picked === remedy.title) void vscode.commands.executeCommand(remedy.command, ...remedy.args);
  });
}

/** A cell's name and the notebook's other cells, for the prompt. */
function cellAround(cell: vscode.NotebookCell, text: string): NotebookCellAround {
  const cells = notebookCells(cell.notebook, documentText).map((c) => ({ ...c, text: c.text.replace(/\r\n/g, '\n') }));
  return { label: cellLabel(cell), ...cellSurroundings(cells, cell.index, text) };
}

async function showReplyOnError(message: string, reply: string): Promise<void> {
  if ((await vscode.window.showWarningMessage(message, 'Show Reply')) === 'Show Reply') {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: reply }));
  }
}

function indentStyleOf(editor: vscode.TextEditor): { useTabs: boolean; size: number } | undefined {
  const { insertSpaces, tabSize } = editor.options;
  if (typeof insertSpaces !== 'boolean' || typeof tabSize !== 'number') return undefined;
  return { useTabs: !insertSpaces, size: tabSize };
}
