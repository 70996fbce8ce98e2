// The Flywheel chat view: hosts the webview, validates what it sends, and routes each message
// to the session, the editor context or the code-block actions.
import * as vscode from 'vscode';
import { baseName } from '../../core/chat/chatContextItem';
import { describeRejected, parseWebviewMessage, type HostMessage, type WebviewMessage } from '../../core/chat/chatProtocol';
import type { ChatSession } from '../../core/chat/chatSession';
import { codebaseChip } from '../../core/chat/pendingContext';
import type { Logger } from '../../core/logger';
import { openModelSettings } from '../models/openModelSettings';
import type { CodeBlockActions } from './codeBlockActions';
import { resolveWorkspaceUri, type WorkspaceFiles } from './chatEditorContext';
import { chatWebviewHtml } from './chatWebviewHtml';
import { isNotebookUri } from '../notebook/readableNotebook';
import { CHAT_VIEW_ID } from './chatIds';
import { errorMessage } from '../../core/errorMessage';
import { DisposableStore, MutableDisposable } from '../../core/disposable';

export class ChatViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  /** The webview posted `ready` since it was (re)loaded; messages before that are dropped. */
  private ready = false;
  private focusWhenReady = false;
  private modelsLoaded = false;
  /** The listeners of the current webview: a re-resolved view replaces them. */
  private readonly viewListeners = new MutableDisposable<DisposableStore>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly session: ChatSession,
    private readonly actions: CodeBlockActions,
    private readonly files: WorkspaceFiles,
    private readonly logger: Logger,
    private readonly openRefusal?: (path: string) => Promise<void>,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = chatWebviewHtml(view.webview, this.extensionUri);
    const listeners = new DisposableStore();
    this.viewListeners.value = listeners;
    listeners.addAll(
      view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      // Hidden webviews are torn down (retainContextWhenHidden is off); shown again they reload.
      view.onDidChangeVisibility(() => {
        if (!view.visible) this.ready = false;
      }),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
      }),
    );
  }

  post(message: HostMessage): void {
    if (this.view && this.ready) void this.view.webview.postMessage(message);
  }

  /** Reveals the view and puts the cursor in its input. */
  async reveal(focusInput: boolean): Promise<void> {
    this.focusWhenReady = focusInput;
    await vscode.commands.executeCommand(`${CHAT_VIEW_ID}.focus`);
    if (this.ready && focusInput) {
      this.focusWhenReady = false;
      this.post({ type: 'focusInput' });
    }
  }

  dispose(): void {
    this.viewListeners.dispose();
  }

  private receive(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.logger.warn(`Chat: dropped a ${describeRejected(raw)} from the webview`);
      return;
    }
    this.handle(message).catch((error: unknown) => {
      this.logger.error(`Chat: handling "${message.type}" failed: ${errorMessage(error)}`);
      void vscode.window.showErrorMessage(`Flywheel chat: ${errorMessage(error)}`);
    });
  }

  private async handle(message: WebviewMessage): Promise<void> {
    const session = this.session;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        session.postState();
        if (this.focusWhenReady) {
          this.focusWhenReady = false;
          this.post({ type: 'focusInput' });
        }
        if (!this.modelsLoaded) {
          this.modelsLoaded = true;
          await session.refreshModels();
        }
        return;
      case 'send':
        session.send(message.text);
        return;
      case 'stop':
        session.stop();
        return;
      case 'regenerate':
        session.regenerate(message.turnId);
        return;
      case 'newChat':
        session.newChat();
        return;
      case 'openConversation':
        session.open(message.id);
        return;
      case 'deleteConversation':
        return this.confirmDelete(message.id);
      case 'selectModel':
        return session.selectModel(message.id);
      case 'refreshModels':
        return session.refreshModels();
      case 'removeChip':
        session.pending.remove(message.id);
        session.postState();
        return;
      case 'addChip':
        if (message.kind === 'codebase') session.pending.add(codebaseChip());
        else if (message.kind === 'file') session.pending.restoreCurrentFile();
        else session.pending.add({ id: `mention:${message.path}`, kind: 'mention', label: baseName(message.path), path: message.path });
        session.postState();
        return;
      case 'searchFiles':
        this.post({ type: 'fileSuggestions', requestId: message.requestId, items: await this.files.search(message.query) });
        return;
      case 'codeAction':
        return this.actions.run(message.action, message.turnId, message.blockIndex);
      case 'vote':
        session.vote(message.turnId, message.vote);
        return;
      case 'errorAction':
        return this.errorAction(message.turnId, message.action);
      case 'openFile': {
        const uri = resolveWorkspaceUri(message.path);
        const at = message.line === undefined ? undefined : new vscode.Range(message.line, 0, message.line, 0);
        // A notebook opens in the notebook editor, not as its JSON.
        if (uri && isNotebookUri(uri)) await vscode.commands.executeCommand('vscode.open', uri);
        else if (uri) await vscode.window.showTextDocument(uri, { preview: true, ...(at ? { selection: at } : {}) });
        return;
      }
      case 'openRefusal':
        return this.openRefusal?.(message.path);
    }
  }

  private async confirmDelete(id: string): Promise<void> {
    const title = this.session.snapshot().history.find((c) => c.id === id)?.title ?? 'this conversation';
    const choice = await vscode.window.showWarningMessage(`Delete the conversation "${title}"?`, { modal: true }, 'Delete');
    if (choice === 'Delete') this.session.delete(id);
  }

  private async errorAction(turnId: string, action: 'copyCommand' | 'runCommand' | 'openSettings'): Promise<void> {
    if (action === 'openSettings') {
      await openModelSettings('flywheel.models.chat');
      return;
    }
    const turn = this.session.active.turns.find((t) => t.id === turnId);
    const command = turn?.role === 'assistant' ? turn.error?.command : undefined;
    if (!command) return;
    if (action === 'copyCommand') {
      await vscode.env.clipboard.writeText(command);
      return;
    }
    // Only the commands Flywheel itself put in the error card (ollama pull/serve), never model output.
    // The model name comes from a server's list: only plain names reach the shell.
    if (!/^ollama (pull [\w.:/@-]+|serve)$/.test(command)) return;
    const terminal = vscode.window.createTerminal({ name: 'Ollama' });
    terminal.show();
    terminal.sendText(command);
  }
}
