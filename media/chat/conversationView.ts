// The conversation: questions with the context they carried (and what was trimmed), answers
// rendered as Markdown while they stream, error cards with the fix, and per-answer actions.
import { contextChips, type AssistantTurn, type ChatContextItem, type ChatViewState, type ContextChip, type TrimmedContext, type UserTurn, type WebviewMessage } from '../../src/core/chat/chatProtocol';
import { h, icon, iconButton } from './element';
import { renderInlineMarkdown, renderMarkdown } from './markdownRenderer';

const chipIcons: Record<ChatContextItem['kind'], string> = { selection: 'list-selection', file: 'file', mention: 'mention', codebase: 'search' };

export function chipIcon(kind: ChatContextItem['kind']): string {
  return chipIcons[kind];
}

export class ConversationView {
  readonly element = h('div', { class: 'conversation', role: 'log', 'aria-label': 'Conversation' });
  private state: ChatViewState | undefined;
  /** Text of answers that grew since the last full state, by turn id. */
  private readonly streamed = new Map<string, string>();
  private frame = 0;

  constructor(private readonly post: (message: WebviewMessage) => void) {
    this.element.addEventListener('click', (event) => this.onClick(event));
  }

  render(state: ChatViewState): void {
    const stick = this.atBottom();
    this.state = state;
    this.streamed.clear();
    const turns = state.conversation.turns;
    const lastAnswer = [...turns].reverse().find((t) => t.role === 'assistant');
    this.element.replaceChildren(...(turns.length === 0 ? [welcome()] : turns.map((t) => (t.role === 'user' ? userTurn(t) : assistantTurn(t, t === lastAnswer, state.busy)))));
    if (stick) this.scrollToEnd();
  }

  /** Appends streamed text; the Markdown is re-rendered at most once per frame. */
  append(conversationId: string, turnId: string, text: string): void {
    if (this.state?.conversation.id !== conversationId) return;
    const turn = this.state.conversation.turns.find((t) => t.id === turnId);
    if (turn?.role !== 'assistant') return;
    this.streamed.set(turnId, (this.streamed.get(turnId) ?? turn.content) + text);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  scrollToEnd(): void {
    this.element.scrollTop = this.element.scrollHeight;
  }

  private flush(): void {
    this.frame = 0;
    const stick = this.atBottom();
    for (const [turnId, content] of this.streamed) {
      const body = this.element.querySelector(`.turn[data-turn="${CSS.escape(turnId)}"] .markdown`);
      if (body) body.innerHTML = renderMarkdown(content, false);
    }
    if (stick) this.scrollToEnd();
  }

  private atBottom(): boolean {
    return this.element.scrollHeight - this.element.scrollTop - this.element.clientHeight < 40;
  }

  private onClick(event: Event): void {
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLElement>('[data-action]');
    const turnId = target.closest<HTMLElement>('.turn')?.dataset.turn;
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'open-refusal' && button.dataset.path) {
      this.post({ type: 'openRefusal', path: button.dataset.path });
      return;
    }
    if (action === 'open-file' && button.dataset.path) {
      const line = button.dataset.line === undefined ? undefined : Number(button.dataset.line);
      this.post({ type: 'openFile', path: button.dataset.path, ...(line !== undefined && Number.isInteger(line) ? { line } : {}) });
      return;
    }
    if (!turnId) return;
    const block = button.closest<HTMLElement>('.code-block')?.dataset.block;
    if (block !== undefined && (action === 'copy' || action === 'insert' || action === 'apply')) {
      this.post({ type: 'codeAction', action, turnId, blockIndex: Number(block) });
      if (action === 'copy') flash(button, 'check');
      return;
    }
    const turn = this.state?.conversation.turns.find((t) => t.id === turnId);
    switch (action) {
      case 'vote-up':
      case 'vote-down': {
        const vote = action === 'vote-up' ? 'up' : 'down';
        this.post({ type: 'vote', turnId, vote: turn?.role === 'assistant' && turn.vote === vote ? null : vote });
        return;
      }
      case 'regenerate':
      case 'retry':
        this.post({ type: 'regenerate', turnId });
        return;
      case 'copy-command':
        this.post({ type: 'errorAction', turnId, action: 'copyCommand' });
        flash(button, 'check');
        return;
      case 'run-command':
        this.post({ type: 'errorAction', turnId, action: 'runCommand' });
        return;
      case 'open-settings':
        this.post({ type: 'errorAction', turnId, action: 'openSettings' });
        return;
    }
  }
}

function flash(button: HTMLElement, iconName: string): void {
  const glyph = button.querySelector('.codicon');
  if (!glyph) return;
  const before = glyph.className;
  glyph.className = `codicon codicon-${iconName}`;
  setTimeout(() => (glyph.className = before), 1200);
}

function welcome(): HTMLElement {
  return h(
    'div',
    { class: 'welcome' },
    h('div', { class: 'welcome-icon' }, icon('comment-discussion')),
    h('h2', {}, 'Ask Flywheel about your code'),
    h('p', {}, 'The open file goes along as context. Select code and run “Flywheel: Ask About Selection” to ask about just that, type @ to add files, or add “Codebase” to search the workspace.'),
  );
}

function contextChip(chip: ContextChip): HTMLElement {
  // Retrieved snippets: one chip per file, opening at its first snippet's line.
  const line = chip.line !== undefined ? { 'data-line': String(chip.line) } : {};
  const attrs = chip.path ? { 'data-action': 'open-file', 'data-path': chip.path, title: chip.items.length > 1 ? `${chip.path} (${chip.items.length} snippets)` : chip.path, ...line } : { title: chip.label };
  return h('button', { class: `chip readonly kind-${chip.kind}`, type: 'button', ...attrs }, icon(chipIcon(chip.kind)), h('span', { class: 'chip-label' }, chip.label));
}

/**
 * What was not sent whole, and why: not read (the path policy refused the file, or it could not be read), or cut to fit
 * the window, where Flywheel's own additions (open file, retrieved snippets) give way first and say so.
 */
function trimmedNote(trimmed: readonly TrimmedContext[]): HTMLElement {
  const origin: Partial<Record<TrimmedContext['kind'], string>> = { file: 'open file, ', codebase: 'retrieved, ' };
  // Grouped by reason: a file and a selection of it refused by the same line are named together, the reason said once.
  const byReason = new Map<string, string[]>();
  for (const t of trimmed) if (t.action === 'notRead') byReason.set(t.reason ?? 'not read', [...(byReason.get(t.reason ?? 'not read') ?? []), t.label]);
  const notRead = [...byReason].map(([reason, labels]) => `${labels.join(', ')} (${reason})`);
  const fitted = trimmed.filter((t) => t.action !== 'notRead').map((t) =>
    t.action === 'truncated'
      ? `${t.label} (${origin[t.kind] ?? ''}cut to ${t.keptTokens.toLocaleString()} of ${t.totalTokens.toLocaleString()} tokens)`
      : `${t.label} (${origin[t.kind] ?? ''}left out)`,
  );
  const said = [
    ...(notRead.length > 0 ? [`Not sent: ${notRead.join(', ')}`] : []),
    ...(fitted.length > 0 ? [`Trimmed to fit the model’s window: ${fitted.join(', ')}`] : []),
  ];
  const title = 'Files the path policy refuses never go into a prompt. Context that did not fit: what you added yourself is kept before the open file and retrieved snippets.';
  // One button per place that refused (the ignore file, the setting, the trust editor), as the door's notices offer.
  const remedies = new Map(trimmed.flatMap((t) => (t.action === 'notRead' && t.remedy ? [[t.remedy.title, t.remedy.path] as const] : [])));
  const buttons = [...remedies].map(([label, path]) => h('button', { class: 'refusal-remedy', type: 'button', 'data-action': 'open-refusal', 'data-path': path }, label));
  return h('div', { class: 'trimmed', title }, icon('warning'), h('span', {}, said.join('. ')), ...buttons);
}

function userTurn(turn: UserTurn): HTMLElement {
  return h(
    'div',
    { class: 'turn user', 'data-turn': turn.id },
    h('div', { class: 'turn-header' }, icon('account'), h('span', { class: 'author' }, 'You')),
    h('div', { class: 'user-text' }, turn.content),
    turn.context.length > 0 && h('div', { class: 'context-list' }, ...contextChips(turn.context).map(contextChip)),
    turn.trimmed && turn.trimmed.length > 0 && trimmedNote(turn.trimmed),
  );
}

function assistantTurn(turn: AssistantTurn, isLast: boolean, busy: boolean): HTMLElement {
  const body = h('div', { class: 'markdown' });
  body.innerHTML = renderMarkdown(turn.content, turn.status !== 'streaming');
  const done = turn.status === 'done' || turn.status === 'stopped';
  return h(
    'div',
    { class: `turn assistant status-${turn.status}`, 'data-turn': turn.id },
    h('div', { class: 'turn-header' }, icon('sparkle'), h('span', { class: 'author' }, 'Flywheel'), turn.model && h('span', { class: 'model-name' }, turn.model)),
    body,
    turn.status === 'streaming' && h('div', { class: 'typing', 'aria-label': 'Answer streaming' }, h('span'), h('span'), h('span')),
    turn.status === 'stopped' && h('div', { class: 'stopped-note' }, icon('debug-stop'), 'Stopped'),
    turn.status === 'error' && turn.error && errorCard(turn, busy),
    done &&
      h(
        'div',
        { class: 'turn-actions' },
        iconButton(turn.vote === 'up' ? 'thumbsup-filled' : 'thumbsup', 'Helpful', { 'data-action': 'vote-up', 'aria-pressed': turn.vote === 'up' ? 'true' : 'false' }),
        iconButton(turn.vote === 'down' ? 'thumbsdown-filled' : 'thumbsdown', 'Not helpful', { 'data-action': 'vote-down', 'aria-pressed': turn.vote === 'down' ? 'true' : 'false' }),
        isLast && iconButton('refresh', 'Regenerate', { 'data-action': 'regenerate', disabled: busy }),
      ),
  );
}

function errorCard(turn: AssistantTurn, busy: boolean): HTMLElement {
  const error = turn.error!;
  const message = h('div', { class: 'error-message' });
  message.innerHTML = renderInlineMarkdown(error.message);
  return h(
    'div',
    { class: 'error-card', role: 'alert' },
    h('div', { class: 'error-title' }, icon('error'), message),
    error.command &&
      h(
        'div',
        { class: 'error-command' },
        h('code', {}, error.command),
        iconButton('copy', 'Copy command', { 'data-action': 'copy-command' }),
        iconButton('terminal', 'Run in terminal', { 'data-action': 'run-command' }),
      ),
    h(
      'div',
      { class: 'error-actions' },
      h('button', { class: 'button primary', type: 'button', 'data-action': 'retry', disabled: busy }, icon('refresh'), h('span', {}, 'Retry')),
      (error.kind === 'unauthorized' || error.kind === 'unreachable' || error.kind === 'modelMissing' || error.kind === 'settings') &&
        h('button', { class: 'button secondary', type: 'button', 'data-action': 'open-settings' }, icon('settings-gear'), h('span', {}, 'Model settings')),
    ),
  );
}

