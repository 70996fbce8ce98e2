// Copy, Insert at cursor and Apply for a code block of an answer. Apply finds the target file
// (the path in the fence — in a multi-root workspace a path without its folder may be several
// folders' file: the one the question was about or the one open wins —, else the file the question
// was about, else the active editor; in a notebook, the cell the block rewrites), refuses when that file changed since the answer, and
// opens the proposal in the review.
import * as vscode from 'vscode';
import { baseName } from '../../core/chat/chatContextItem';
import { planApply } from '../../core/chat/applyPlan';
import type { CodeAction } from '../../core/chat/chatProtocol';
import type { ChatSession } from '../../core/chat/chatSession';
import type { CodeBlock } from '../../core/chat/codeBlocks';
import type { UserTurn } from '../../core/chat/conversation';
import { newFeedbackId, type FeedbackSink } from '../../core/feedback/feedbackEvents';
import { EditProposal } from '../../core/review/editProposal';
import { normalizedText, offsetIn } from '../review/documentText';
import type { ReviewController } from '../review/reviewController';
import { REVIEW_SCHEME } from '../review/reviewIds';
import { cellForCode } from '../../core/chat/cellForCode';
import { cellLabel, documentPath, notebookCells } from '../notebook/notebookCells';
import { isNotebookUri } from '../notebook/readableNotebook';
import { documentText } from '../snapshot';
import { resolveWorkspaceUri } from './chatEditorContext';
import { EXCLUDED_FOLDERS_GLOB } from '../../core/excludedFolders';
import { uriExists } from '../uriExists';
import { workspacePath } from '../workspacePaths';

export class CodeBlockActions {
  constructor(
    private readonly session: ChatSession,
    private readonly reviews: ReviewController,
    private readonly feedback?: FeedbackSink,
  ) {}

  async run(action: CodeAction, turnId: string, blockIndex: number): Promise<void> {
    const found = this.session.codeBlock(turnId, blockIndex);
    if (!found) {
      void vscode.window.showWarningMessage('That code block is not available (the answer is still streaming or was removed).');
      return;
    }
    const { block, answer, question } = found;
    switch (action) {
      case 'copy':
        await vscode.env.clipboard.writeText(block.code);
        this.session.recordCodeAction('chat.copy', answer, block);
        return;
      case 'insert':
        if (await this.insert(block)) this.session.recordCodeAction('chat.insert', answer, block, this.activeEditorTarget());
        return;
      case 'apply':
        await this.apply(block, answer.id, answer.documentVersions ?? {}, question);
        return;
    }
  }

  private activeEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
    return editor && editor.document.uri.scheme !== REVIEW_SCHEME ? editor : undefined;
  }

  private activeEditorTarget(): { path: string; notebook: boolean } | undefined {
    const editor = this.activeEditor();
    return editor ? documentPath(editor.document) : undefined;
  }

  private async insert(block: CodeBlock): Promise<boolean> {
    const editor = this.activeEditor();
    if (!editor) {
      void vscode.window.showWarningMessage('Open a file and place the cursor where the code should go, then use Insert again.');
      return false;
    }
    const code = block.code.replace(/\n$/, '');
    return editor.edit((builder) => {
      for (const selection of editor.selections) builder.replace(selection, code);
    });
  }

  private async apply(block: CodeBlock, turnId: string, versions: Readonly<Record<string, number>>, question?: UserTurn): Promise<void> {
    const uri = await this.targetOf(block, question);
    if (!uri) return;
    let document: vscode.TextDocument;
    try {
      const cell = isNotebookUri(uri) ? await this.cellFor(uri, block.code, question) : undefined;
      if (isNotebookUri(uri) && !cell) return void vscode.window.showWarningMessage(`${workspacePath(uri)} has no code cell to apply the change to.`);
      document = cell?.document ?? (await vscode.workspace.openTextDocument(uri));
    } catch {
      void vscode.window.showWarningMessage(`Cannot open ${workspacePath(uri)} to apply the change.`);
      return;
    }
    const named = documentPath(document);
    const name = named.cell ? cellLabel(named.cell) : named.path;
    const answeredVersion = versions[document.uri.toString()];
    if (answeredVersion !== undefined && answeredVersion !== document.version) {
      void vscode.window.showWarningMessage(
        `${name} changed since this answer was written, so Apply was refused to avoid overwriting your edits. Ask again (or Regenerate) for an answer based on the current file, or use Copy or Insert.`,
      );
      return;
    }
    const text = normalizedText(document);
    const selectionItem = question?.context.find((i) => i.kind === 'selection' && i.uri === document.uri.toString() && i.range);
    let selection: { start: number; end: number } | undefined;
    if (selectionItem?.range) {
      const start = offsetIn(text, new vscode.Position(selectionItem.range.start.line, selectionItem.range.start.character));
      const end = offsetIn(text, new vscode.Position(selectionItem.range.end.line, selectionItem.range.end.character));
      // Only while the selected text is still there (an earlier Apply may have moved it).
      if (text.slice(start, end) === (selectionItem.text ?? '').replace(/\r\n/g, '\n')) selection = { start, end };
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
    const cursor = editor ? offsetIn(text, editor.selection.active) : undefined;
    const plan = planApply({ text, code: block.code.replace(/\r\n/g, '\n'), selection, cursor });
    if (plan.proposed === text) {
      void vscode.window.showInformationMessage(`${name} already contains this code.`);
      return;
    }
    const answer = this.session.codeBlock(turnId, block.index)?.answer;
    if (answer) this.session.recordCodeAction('chat.apply', answer, block, named);
    const proposal = new EditProposal({
      id: newFeedbackId(),
      origin: 'chat',
      action: 'apply',
      title: 'Apply from Chat',
      target: {
        kind: 'document', uri: document.uri.toString(), version: document.version, languageId: document.languageId, label: name, path: named.path,
        ...(named.notebook && { notebook: true }),
      },
      base: text,
      feedback: this.feedback,
    });
    proposal.ready(plan.proposed);
    await this.reviews.begin(proposal, {
      onApplied: (written) => this.session.noteDocumentVersion(turnId, written.uri.toString(), written.version),
    });
  }

  /** The cell of the notebook at `uri` that `code` belongs in (see cellForCode). */
  private async cellFor(uri: vscode.Uri, code: string, question?: UserTurn): Promise<vscode.NotebookCell | undefined> {
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    const editor = vscode.window.activeNotebookEditor;
    const asked = question?.context.find((i) => i.kind === 'file' && i.uri === uri.toString() && i.cell !== undefined)?.cell;
    const current = editor?.notebook === notebook ? editor.selection.start : asked !== undefined ? asked - 1 : undefined;
    const index = cellForCode(notebookCells(notebook, documentText), code, current);
    return index === undefined ? undefined : notebook.cellAt(index);
  }

  /**
   * Among files the block's path could name (the same path in two workspace folders), the one the
   * question was about or the one being edited; undefined when that does not decide it.
   */
  private aboutOrEdited(candidates: readonly vscode.Uri[], question?: UserTurn): vscode.Uri | undefined {
    const about = new Set(question?.context.flatMap((item) => item.uri ?? resolveWorkspaceUri(item.path)?.toString() ?? []));
    const edited = this.activeEditor()?.document.uri.toString();
    return candidates.find((u) => about.has(u.toString())) ?? candidates.find((u) => u.toString() === edited);
  }

  private async targetOf(block: CodeBlock, question?: UserTurn): Promise<vscode.Uri | undefined> {
    const hint = block.path;
    if (hint) {
      const direct = resolveWorkspaceUri(hint);
      if (direct && (await uriExists(direct))) return direct;
      const matches = await vscode.workspace.findFiles(`**/${baseName(hint)}`, EXCLUDED_FOLDERS_GLOB, 20);
      const wanted = `/${hint.replace(/\\/g, '/').replace(/^\.?\//, '')}`;
      const suffix = matches.filter((u) => u.path.endsWith(wanted));
      const pick = suffix.length === 1 ? suffix[0] : matches.length === 1 ? matches[0] : this.aboutOrEdited(suffix.length > 1 ? suffix : matches, question);
      if (pick) return pick;
      void vscode.window.showWarningMessage(
        `The answer names ${hint}, which is not in the workspace${matches.length > 1 ? ' (several files have that name)' : ''}. Create the file first, or use Copy.`,
      );
      return undefined;
    }
    const fromQuestion = question?.context.find((i) => i.kind === 'selection' && i.uri) ?? question?.context.find((i) => i.kind === 'file' && i.uri);
    if (fromQuestion?.uri) return vscode.Uri.parse(fromQuestion.uri);
    const editor = this.activeEditor();
    if (editor) return editor.document.uri;
    void vscode.window.showWarningMessage('Open the file this code belongs in, then use Apply again.');
    return undefined;
  }
}
