// The chat webview's entry: validates what the host sends, renders the state it receives, and
// keeps its own UI state (draft, history open, scroll) in VS Code's webview state so it
// survives the view being hidden and shown.
import '@vscode/codicons/dist/codicon.css';
import './chat.css';
import { parseHostMessage, type ChatViewState, type WebviewMessage } from '../../src/core/chat/chatProtocol';
import { Composer } from './composer';
import { ConversationView } from './conversationView';
import { HistoryView } from './historyView';

interface UiState {
  readonly draft: string;
  readonly historyOpen: boolean;
  readonly scrollTop?: number;
}

const vscode = acquireVsCodeApi();
const saved = (vscode.getState() ?? {}) as Partial<UiState>;
let ui: UiState = { draft: typeof saved.draft === 'string' ? saved.draft : '', historyOpen: saved.historyOpen === true, scrollTop: saved.scrollTop };
let state: ChatViewState | undefined;
let restoredScroll = false;

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
  // Sending shows the conversation the answer goes to.
  if (message.type === 'send' && ui.historyOpen) setHistoryOpen(false);
}

function save(change: Partial<UiState>): void {
  ui = { ...ui, ...change };
  vscode.setState(ui);
}

const conversation = new ConversationView(post);
const composer = new Composer(post, (draft) => save({ draft }));
const history = new HistoryView(post, () => setHistoryOpen(false));
const app = document.getElementById('app') ?? document.body;
app.append(history.element, conversation.element, composer.element);
composer.draft = ui.draft;

function setHistoryOpen(open: boolean): void {
  save({ historyOpen: open });
  history.element.hidden = !open;
  conversation.element.hidden = open;
  if (state) history.render(state);
}

let scrollTimer = 0;
conversation.element.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => save({ scrollTop: conversation.element.scrollTop }), 150);
});

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseHostMessage(event.data);
  if (!message) {
    console.warn('Flywheel chat: dropped a malformed message from the extension');
    return;
  }
  switch (message.type) {
    case 'state': {
      const switched = state?.conversation.id !== message.state.conversation.id;
      state = message.state;
      conversation.render(state);
      composer.render(state);
      if (ui.historyOpen) history.render(state);
      if (!restoredScroll) {
        restoredScroll = true;
        if (ui.scrollTop !== undefined) conversation.element.scrollTop = ui.scrollTop;
        else conversation.scrollToEnd();
      } else if (switched) conversation.scrollToEnd();
      return;
    }
    case 'append':
      conversation.append(message.conversationId, message.turnId, message.text);
      return;
    case 'fileSuggestions':
      composer.showSuggestions(message.requestId, message.items);
      return;
    case 'focusInput':
      setHistoryOpen(false);
      composer.focus();
      return;
    case 'toggleHistory':
      setHistoryOpen(!ui.historyOpen);
      return;
  }
});

setHistoryOpen(ui.historyOpen);
post({ type: 'ready' });
