// Wires the chat into VS Code: the sidebar view, its commands, Apply (reviewed in the shared
// review controller), and the active editor as the "current file" chip. Everything it needs from other parts comes in
// through `ChatDependencies`, so the composition root decides which model and context engine.
import * as vscode from 'vscode';
import type { ChatModel, RetrieveContext } from '../../core/chat/chatModelPort';
import { ChatSession } from '../../core/chat/chatSession';
import { contextItemShape } from '../../core/chat/conversationShape';
import type { WhyNotSent } from '../../core/chat/conversation';
import { ConversationStore } from '../../core/chat/conversationStore';
import { arrayOf, isString, objectOf, optional, parseOrUndefined } from '../../core/valueShape';
import type { FeedbackSink } from '../../core/feedback/feedbackEvents';
import type { Logger } from '../../core/logger';
import type { ReviewController } from '../review/reviewController';
import { REVIEW_SCHEME } from '../review/reviewIds';
import { CHAT_VIEW_ID } from './chatIds';
import { currentFileItem, selectionItem, WorkspaceFiles, type PathFilter } from './chatEditorContext';
import { readChatSettings } from './chatSettings';
import { ChatViewProvider } from './chatViewProvider';
import { CodeBlockActions } from './codeBlockActions';
import { ChatCommands, InternalCommands } from '../commandIds';
import { workspacePath } from '../workspacePaths';

export interface ChatDependencies {
  readonly logger: Logger;
  /** The model gateway's chat role (see gatewayChatModel). */
  readonly chatModel: ChatModel;
  /** The context engine's retrieval, behind the "Codebase" chip. */
  readonly retrieveContext?: RetrieveContext;
  readonly feedback?: FeedbackSink;
  /** Paths that must never go into a prompt (the guard's ignore rules). */
  readonly isIgnored?: PathFilter;
  /** Why the guard refuses a file, in the user's words: said where a file is not sent. */
  readonly whyNotSent?: WhyNotSent;
  /** Opens what refused a file the chat did not send (the ignore file at its line, the setting, Workspace Trust). */
  readonly openRefusal?: (path: string) => Promise<void>;
  /** Fires after the gateway took a new model configuration: the picker reloads then, never on the
   * settings change itself, which would list models with the old configuration (and, when
   * local-only was just turned on, send a listing request to a non-local endpoint). */
  readonly onModelsChanged: vscode.Event<void>;
  /** Where Apply's proposals are reviewed (shared with refactors). */
  readonly reviews: ReviewController;
}

/** What `flywheel.chat.ask` takes: a question and the context items to send with it. */
const askArgsShape = objectOf({ question: isString, context: optional(arrayOf(contextItemShape, 20)) });

export function registerChat(context: vscode.ExtensionContext, deps: ChatDependencies): vscode.Disposable {
  const { logger } = deps;
  const files = new WorkspaceFiles(deps.isIgnored);
  let provider: ChatViewProvider | undefined;
  const session = new ChatSession({
    chatModel: deps.chatModel,
    store: new ConversationStore(context.workspaceState, logger),
    logger,
    settings: readChatSettings,
    resolveFiles: (items, signal) => files.resolve(items, signal),
    whyNotSent: deps.whyNotSent,
    retrieveContext: deps.retrieveContext,
    feedback: deps.feedback,
    post: (message) => provider?.post(message),
  });
  provider = new ChatViewProvider(context.extensionUri, session, new CodeBlockActions(session, deps.reviews, deps.feedback), files, logger, deps.openRefusal);
  const view = provider;

  const followEditor = (editor: vscode.TextEditor | undefined): void => {
    // Focus moving into a review or the chat itself keeps the file the user was in.
    if (editor?.document.uri.scheme === REVIEW_SCHEME) return;
    // Opening a diff passes through "no active editor"; only forget the file when none is visible.
    if (!editor && vscode.window.visibleTextEditors.length > 0) return;
    session.pending.setCurrentFile(readChatSettings().includeCurrentFile ? currentFileItem(editor) : undefined);
    session.postState();
  };
  followEditor(vscode.window.activeTextEditor);

  let selections = 0;

  const disposables: vscode.Disposable[] = [
    session,
    view,
    vscode.window.registerWebviewViewProvider(CHAT_VIEW_ID, view, { webviewOptions: { retainContextWhenHidden: false } }),
    vscode.window.onDidChangeActiveTextEditor(followEditor),
    deps.onModelsChanged(() => void session.refreshModels()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('flywheel.chat.includeCurrentFile')) followEditor(vscode.window.activeTextEditor);
    }),
    vscode.commands.registerCommand(ChatCommands.askAboutSelection, async () => {
      const editor = vscode.window.activeTextEditor;
      const item = editor ? selectionItem(editor, `selection-${++selections}`) : undefined;
      if (item) session.pending.add(item);
      else session.pending.restoreCurrentFile();
      session.postState();
      await view.reveal(true);
    }),
    vscode.commands.registerCommand(ChatCommands.newChat, async () => {
      session.newChat();
      await view.reveal(true);
    }),
    vscode.commands.registerCommand(ChatCommands.showChatHistory, async () => {
      await view.reveal(false);
      view.post({ type: 'toggleHistory' });
    }),
    vscode.commands.registerCommand(ChatCommands.addFileToChat, async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      const path = workspacePath(target);
      session.pending.add({ id: `mention:${path}`, kind: 'mention', label: path.split(/[\\/]/).pop() ?? path, path, uri: target.toString() });
      session.postState();
      await view.reveal(true);
    }),
    vscode.commands.registerCommand(InternalCommands.askChat, async (value?: unknown) => {
      const args = parseOrUndefined(askArgsShape, value);
      if (!args) {
        logger.warn(`chat: ${InternalCommands.askChat} called with malformed arguments, ignored`);
        return;
      }
      session.newChat();
      for (const item of args.context ?? []) session.pending.add(item);
      await view.reveal(true);
      session.send(args.question);
    }),
  ];
  const registration = vscode.Disposable.from(...disposables);
  context.subscriptions.push(registration);
  return registration;
}
