// Runs one action: finds the target (selection, or the enclosing function/class by
// tree-sitter), asks the model, streams the reply into the diff preview with a cancellable
// progress notification, and hands the finished proposal to the review.
import * as vscode from 'vscode';
import type { FeedbackSink } from '../../core/feedback/feedbackEvents';
import { newFeedbackId } from '../../core/feedback/feedbackEvents';
import type { TrackRequest } from '../../core/feedback/retentionTracker';
import type { Logger } from '../../core/logger';
import { computeHunks } from '../../core/refactor/hunks';
import { instructionFor } from '../../core/refactor/refactorActions';
import type { RefactorAction } from '../../core/refactor/refactorActions';
import { buildRefactorPrompt } from '../../core/refactor/refactorPrompt';
import type { RefactorDiagnostic } from '../../core/refactor/refactorPrompt';
import { runRefactorRequest } from '../../core/refactor/refactorRequest';
import type { RefactorModel, RefactorProposal } from '../../core/refactor/refactorRequest';
import { selectTarget } from '../../core/refactor/targetRange';
import type { RefactorSyntax } from '../../core/refactor/targetRange';
import { explainInChat } from './explainPresenter';
import { normalizedText, offsetIn, positionIn } from './normalizedText';
import type { ProposalDocuments } from './proposalDocuments';
import { ProposalReview } from './proposalReview';
import type { ReviewController } from './reviewController';
import { PROPOSAL_SCHEME } from './refactorIds';
import { appendTests, resolveTestDestination } from './testDestination';

export interface RefactorServices {
  readonly logger: Logger;
  readonly refactorModel: RefactorModel;
  readonly syntax?: RefactorSyntax;
  readonly feedback?: FeedbackSink;
  readonly retention?: { track(request: TrackRequest): void };
  readonly documents: ProposalDocuments;
  readonly reviews: ReviewController;
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

function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof Error && (error.name === 'AbortError' || (error as { reason?: string }).reason === 'aborted'));
}

async function editorFor(args: RunArgs): Promise<vscode.TextEditor | undefined> {
  if (args.uri) {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.uri!.toString());
    return visible ?? vscode.window.showTextDocument(args.uri);
  }
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.uri.scheme !== PROPOSAL_SCHEME ? editor : undefined;
}

export async function runRefactorAction(services: RefactorServices, action: RefactorAction, args: RunArgs = {}): Promise<void> {
  const editor = await editorFor(args);
  if (!editor) {
    void vscode.window.showInformationMessage(`Flywheel: open a file and select code to ${action.title.replace(/…$/, '').toLowerCase()}.`);
    return;
  }
  const document = editor.document;
  const text = normalizedText(document);
  const version = document.version;
  const selection = args.range ?? editor.selection;
  const target = await selectTarget(
    text,
    document.languageId,
    { start: offsetIn(text, selection.start), end: offsetIn(text, selection.end) },
    services.syntax,
    { maxWholeFileLines: 200 },
  );
  if (!target) {
    void vscode.window.showInformationMessage('Flywheel: select some code, or put the cursor inside a function or class.');
    return;
  }
  const range = new vscode.Range(positionIn(text, target.start), positionIn(text, target.end));
  const code = text.slice(target.start, target.end);
  const relativePath = vscode.workspace.asRelativePath(document.uri, false);
  const fileName = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  const output = action.output;
  if (output === 'explanation') {
    // Explanations are conversations: they go to the chat view, where the user can ask on.
    return explainInChat({ document, range, code, relativePath, question: instructionFor(action, { languageId: document.languageId }) });
  }

  let userInstruction = args.instruction;
  if (action.asksForInstruction && !userInstruction) {
    userInstruction = await vscode.window.showInputBox({
      title: `Flywheel: ${action.title}`,
      prompt: `How should ${target.name ? `\`${target.name}\`` : 'the code'} be rewritten?`,
      placeHolder: 'e.g. use async/await instead of callbacks',
      ignoreFocusOut: true,
    });
    if (!userInstruction?.trim()) return;
  }
  const diagnostics: RefactorDiagnostic[] = action.usesDiagnostics
    ? vscode.languages
        .getDiagnostics(document.uri)
        .filter((d) => d.range.intersection(range))
        .map((d) => ({
          line: d.range.start.line + 1,
          severity: SEVERITY[d.severity],
          message: d.message,
          source: d.source,
          code: typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code),
        }))
    : [];

  const tests = output === 'tests' ? await resolveTestDestination(document) : undefined;
  const request = buildRefactorPrompt({
    action,
    languageId: document.languageId,
    relativePath,
    documentText: text,
    target,
    userInstruction,
    diagnostics,
    testHint: tests?.testHint,
    testPath: tests?.relativePath,
    maxTokens: output === 'replace' ? undefined : 4096,
  });
  const label = target.name ? `${action.title.replace(/…$/, '')}: ${target.name}` : action.title.replace(/…$/, '');

  const destinationInfo = tests ?? {
    destination: { kind: 'range' as const, document, version, range },
    original: code,
    fileName,
    relativePath,
  };
  const before = tests ? '' : text.slice(0, target.start);
  const after = tests ? '' : text.slice(target.end);
  const suggestionId = newFeedbackId();
  const files = [relativePath, ...(tests?.examplePath ? [tests.examplePath] : [])];
  const review = new ProposalReview(services, {
    action,
    suggestionId,
    destination: destinationInfo.destination,
    original: destinationInfo.original,
    before,
    after,
    fileName: destinationInfo.fileName,
    relativePath: destinationInfo.relativePath,
    languageId: document.languageId,
  });
  services.reviews.begin(review);
  const where = tests ? (tests.destination.kind === 'untitled' ? 'a new untitled file' : tests.relativePath) : fileName;
  await review.show(`${destinationInfo.fileName} ↔ Flywheel: ${label}${tests ? ` → ${where}` : ''}`);

  await withCancellableProgress(`Flywheel: ${label}`, async (signal, progress) => {
    const closed = review.onDidClose(() => progress.abort());
    try {
      progress.report('waiting for the model…');
      let proposal: RefactorProposal = await runRefactorRequest(
        services.refactorModel,
        {
          prompt: { role: 'refactor', purpose: `refactor:${action.id}`, body: { kind: 'chat', request }, files, languageId: document.languageId, suggestionId },
          output,
          languageId: document.languageId,
          documentText: text,
          range: target,
          indentStyle: indentStyleOf(editor),
          syntax: services.syntax,
          onUpdate: (proposed) => {
            review.update(tests ? appendTests(tests.original, proposed) : proposed);
            const lines = proposed.split('\n').length;
            progress.report(`${lines} line${lines === 1 ? '' : 's'}…`);
          },
        },
        signal,
      );
      if (tests && proposal.proposed !== undefined) {
        const whole = appendTests(tests.original, proposal.proposed);
        proposal = { ...proposal, original: tests.original, proposed: whole, hunks: computeHunks(tests.original, whole) };
      }
      finishRequest(services, review, action, proposal);
    } catch (error) {
      const aborted = isAbort(error, signal); // before reject(), which aborts the signal too
      review.reject();
      if (!aborted) reportFailure(services.logger, action, error);
    } finally {
      closed.dispose();
    }
  });
}

function finishRequest(services: RefactorServices, review: ProposalReview, action: RefactorAction, proposal: RefactorProposal): void {
  services.logger.debug(`refactor ${action.id}: ${proposal.reply.length} chars in ${proposal.totalMs} ms, ${proposal.hunks.length} hunks, syntax ${proposal.syntax}`);
  if (!review.isOpen) return;
  if (proposal.proposed === undefined) {
    review.reject();
    void showReplyOnError(`Flywheel: ${action.title} — the model replied without any code; nothing was changed.`, proposal.reply);
    return;
  }
  if (proposal.hunks.length === 0) {
    review.reject();
    void vscode.window.showInformationMessage(`Flywheel: ${action.title} — the model proposed no change.`);
    return;
  }
  review.ready(proposal, proposal);
  void services.reviews.updateContext();
  if (review.isStale) {
    void vscode.window.showWarningMessage(`Flywheel: ${action.title} — the proposal is shown for reference only: the file changed meanwhile, so it cannot be applied.`);
    return;
  }
  // Accept/Reject live in the editor title, the status bar and the keybindings; a notification
  // only when there is something to warn about.
  if (proposal.warnings.length) void vscode.window.showWarningMessage(`Flywheel: ${action.title} — ${proposal.warnings.join(' ')}`);
}

async function showReplyOnError(message: string, reply: string): Promise<void> {
  if ((await vscode.window.showWarningMessage(message, 'Show Reply')) === 'Show Reply') {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: reply }));
  }
}

function reportFailure(logger: Logger, action: RefactorAction, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  logger.error(`refactor ${action.id} failed: ${message}`);
  void vscode.window.showErrorMessage(`Flywheel: ${action.title} failed — ${message} Your file was not changed.`);
}

function indentStyleOf(editor: vscode.TextEditor): { useTabs: boolean; size: number } | undefined {
  const { insertSpaces, tabSize } = editor.options;
  if (typeof insertSpaces !== 'boolean' || typeof tabSize !== 'number') return undefined;
  return { useTabs: !insertSpaces, size: tabSize };
}

interface ProgressHandle {
  report(message: string): void;
  abort(): void;
}

/** A progress notification whose Cancel aborts the request's signal. */
function withCancellableProgress(title: string, work: (signal: AbortSignal, progress: ProgressHandle) => Promise<void>): Thenable<void> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    const listener = token.onCancellationRequested(() => controller.abort());
    try {
      await work(controller.signal, { report: (message) => progress.report({ message }), abort: () => controller.abort() });
    } finally {
      listener.dispose();
    }
  });
}
