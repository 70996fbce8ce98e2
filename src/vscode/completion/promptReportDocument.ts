// "Show Last Completion Prompt": the exact prompt behind the suggestion on screen, else behind the
// one last accepted (else the last request sent, said so), as a read-only virtual document: it
// cannot be edited by mistake and closing it never asks to save.
import * as vscode from 'vscode';
import { describeLastPrompt, type PromptSubject } from '../../core/completion/lastPromptReport';
import type { PromptRecord } from '../../core/completion/promptBuilder';
import type { ContextResult } from '../../core/context/contextTypes';

export const PROMPT_REPORT_SCHEME = 'flywheel-prompt';
const reportUri = vscode.Uri.from({ scheme: PROMPT_REPORT_SCHEME, path: '/Flywheel Completion Prompt.md' });

export interface PromptReportDeps {
  readonly promptFor: (suggestionId: string) => PromptRecord | undefined;
  readonly lastPrompt: () => PromptRecord | undefined;
  /** The context gathered for a prompt, when it is still known. */
  readonly contextOf: (record: PromptRecord) => ContextResult | undefined;
  /** The feedback log's view: the suggestion on screen in a document, else the one last accepted. */
  readonly suggestionFor?: (document: vscode.TextDocument) => { id: string; text: string; state: 'on screen' | 'accepted' } | undefined;
}

export function registerPromptReport(deps: PromptReportDeps): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  let content = '';
  const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: () => content };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PROMPT_REPORT_SCHEME, provider),
    vscode.commands.registerCommand('flywheel.showLastCompletionPrompt', async () => {
      const found = reportFor(deps, vscode.window.activeTextEditor?.document);
      if (!found) {
        void vscode.window.showInformationMessage('Flywheel has not sent a completion prompt in this window yet.');
        return;
      }
      content = describeLastPrompt(found.record, deps.contextOf(found.record), found.subject);
      changed.fire(reportUri);
      const document = await vscode.workspace.openTextDocument(reportUri);
      await vscode.window.showTextDocument(document, { preview: true });
    }),
  );
}

function reportFor(deps: PromptReportDeps, document: vscode.TextDocument | undefined): { record: PromptRecord; subject: PromptSubject } | undefined {
  // The report itself may be the active editor: then the suggestion of no document is on screen.
  const suggestion = document && document.uri.scheme !== PROMPT_REPORT_SCHEME ? deps.suggestionFor?.(document) : undefined;
  const record = suggestion && deps.promptFor(suggestion.id);
  if (suggestion && record) return { record, subject: { state: suggestion.state, text: suggestion.text } };
  const last = deps.lastPrompt();
  return last && { record: last, subject: { state: 'last request' } };
}
