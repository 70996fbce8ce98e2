// The list of past conversations: open one, delete one, or start a new chat.
import type { ChatViewState, WebviewMessage } from '../../src/core/chat/chatProtocol';
import { h, icon, iconButton } from './element';

function ago(ms: number, now: number): string {
  const minutes = Math.round((now - ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(ms).toLocaleDateString();
}

export class HistoryView {
  readonly element = h('div', { class: 'history', role: 'region', 'aria-label': 'Chat history', hidden: true });

  constructor(
    private readonly post: (message: WebviewMessage) => void,
    private readonly close: () => void,
  ) {
    this.element.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      const remove = target.closest<HTMLElement>('[data-delete]');
      if (remove) {
        this.post({ type: 'deleteConversation', id: remove.dataset.delete ?? '' });
        return;
      }
      if (target.closest('[data-new]')) {
        this.post({ type: 'newChat' });
        this.close();
        return;
      }
      if (target.closest('[data-close]')) {
        this.close();
        return;
      }
      const open = target.closest<HTMLElement>('[data-open]');
      if (open) {
        this.post({ type: 'openConversation', id: open.dataset.open ?? '' });
        this.close();
      }
    });
  }

  render(state: ChatViewState): void {
    const now = Date.now();
    const rows = state.history.map((c) =>
      h(
        'div',
        { class: `history-item${c.id === state.conversation.id ? ' current' : ''}` },
        h('button', { class: 'history-open', type: 'button', 'data-open': c.id, title: c.title }, icon('comment'), h('span', { class: 'history-title' }, c.title), h('span', { class: 'history-time' }, ago(c.updatedAt, now))),
        iconButton('trash', `Delete “${c.title}”`, { 'data-delete': c.id }),
      ),
    );
    this.element.replaceChildren(
      h(
        'div',
        { class: 'history-header' },
        h('span', { class: 'history-heading' }, 'Conversations'),
        iconButton('add', 'New chat', { 'data-new': 'true' }),
        iconButton('close', 'Back to the chat', { 'data-close': 'true' }),
      ),
      ...(rows.length > 0 ? rows : [h('div', { class: 'history-empty' }, 'No conversations yet.')]),
    );
  }
}
