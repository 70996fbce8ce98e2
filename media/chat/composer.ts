// The input area: context chips (removable), the question box with the @ picker, the model
// picker (local and cloud models apart), and Send, which turns into Stop while an answer streams.
import type { ChatViewState, FileSuggestion, WebviewMessage } from '../../src/core/chat/chatProtocol';
import { chipIcon } from './conversationView';
import { h, icon, iconButton } from './element';
import { MentionPopup } from './mentionPopup';

const MENTION = /(^|\s)@([^\s@]*)$/;

export class Composer {
  readonly element = h('div', { class: 'composer' });
  private readonly chips = h('div', { class: 'chips', 'aria-label': 'Context for the next message' });
  private readonly input = h('textarea', { class: 'input', rows: 1, placeholder: 'Ask about your code — @ to add context', 'aria-label': 'Message' });
  private readonly popup: MentionPopup;
  private readonly models = h('div', { class: 'model-picker' });
  private readonly sendButton = iconButton('send', 'Send (Enter)', { class: 'icon-button send' });
  private readonly stopButton = iconButton('debug-stop', 'Stop', { class: 'icon-button stop' }, 'Stop');
  private state: ChatViewState | undefined;
  private requestId = 0;

  constructor(
    private readonly post: (message: WebviewMessage) => void,
    private readonly onDraft: (draft: string) => void,
  ) {
    this.popup = new MentionPopup((item) => this.chooseMention(item));
    const box = h('div', { class: 'input-box' }, this.popup.element, this.input);
    const footer = h('div', { class: 'composer-footer' }, this.models, h('span', { class: 'spacer' }), this.stopButton, this.sendButton);
    this.element.append(this.chips, box, footer);
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('blur', () => this.popup.hide());
    this.sendButton.addEventListener('click', () => this.send());
    this.stopButton.addEventListener('click', () => this.post({ type: 'stop' }));
    this.chips.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      const remove = target.closest<HTMLElement>('[data-remove]');
      if (remove) this.post({ type: 'removeChip', id: remove.dataset.remove ?? '' });
      else if (target.closest('[data-add]')) this.startMention();
      else {
        const open = target.closest<HTMLElement>('[data-path]');
        if (open?.dataset.path) this.post({ type: 'openFile', path: open.dataset.path });
      }
    });
  }

  get draft(): string {
    return this.input.value;
  }

  set draft(value: string) {
    this.input.value = value;
    this.autosize();
  }

  focus(): void {
    this.input.focus();
  }

  render(state: ChatViewState): void {
    this.state = state;
    this.chips.replaceChildren(
      ...state.chips.map((chip) =>
        h(
          'span',
          {
            class: `chip kind-${chip.kind}${chip.notSent ? ' not-sent' : ''}`,
            title: chip.kind === 'codebase' ? 'Snippets the context engine finds for your question' : chip.notSent ? `Not sent: ${chip.path} is ${chip.notSent}` : chip.path,
          },
          h(
            'span',
            { class: 'chip-open', 'data-path': chip.path || undefined },
            icon(chipIcon(chip.kind)),
            h('span', { class: 'chip-label' }, chip.label),
            chip.notSent ? h('span', { class: 'chip-hint' }, 'not sent') : chip.id === 'current-file' && h('span', { class: 'chip-hint' }, 'current file'),
          ),
          h('button', { class: 'chip-remove', type: 'button', title: `Remove ${chip.label}`, 'aria-label': `Remove ${chip.label}`, 'data-remove': chip.id }, icon('close')),
        ),
      ),
      iconButton('add', 'Add context (@)', { class: 'icon-button add-context', 'data-add': 'true' }, state.chips.length === 0 ? 'Add context' : undefined),
    );
    this.renderModels(state);
    this.sendButton.hidden = state.busy;
    this.stopButton.hidden = !state.busy;
  }

  /** Results of a file search; only the latest request's are shown. */
  showSuggestions(requestId: number, files: readonly FileSuggestion[]): void {
    if (requestId !== this.requestId || !MENTION.test(this.beforeCaret())) return;
    const query = (MENTION.exec(this.beforeCaret())?.[2] ?? '').toLowerCase();
    const chips = this.state?.chips ?? [];
    const special: FileSuggestion[] = [];
    if (!chips.some((c) => c.kind === 'codebase') && 'codebase'.startsWith(query)) special.push({ kind: 'codebase', path: '', label: 'Codebase', detail: 'search the workspace for this question' });
    if (!chips.some((c) => c.id === 'current-file') && 'current file'.startsWith(query)) special.push({ kind: 'file', path: '', label: 'Current file', detail: 'the file open in the editor' });
    this.popup.show([...special, ...files]);
  }

  private renderModels(state: ChatViewState): void {
    if (state.models.length === 0) {
      this.models.replaceChildren(
        h('span', { class: 'models-error', title: state.modelsError ?? '' }, icon('warning'), h('span', {}, state.modelsError ? 'No model available' : 'Loading models…')),
        iconButton('refresh', 'Reload the model list', { 'data-refresh': 'true' }),
      );
      this.models.querySelector('[data-refresh]')?.addEventListener('click', () => this.post({ type: 'refreshModels' }));
      return;
    }
    const select = h('select', { class: 'model-select', 'aria-label': 'Chat model', title: 'Chat model' });
    for (const [local, label] of [[true, 'Local (Ollama)'], [false, 'Cloud']] as const) {
      const models = state.models.filter((m) => m.local === local);
      if (models.length === 0) continue;
      const group = h('optgroup', { label });
      for (const m of models) group.append(h('option', { value: m.id, selected: m.id === state.selectedModel }, `${m.label}${local ? '' : ' ☁'}`));
      select.append(group);
    }
    select.value = state.selectedModel ?? '';
    select.addEventListener('change', () => this.post({ type: 'selectModel', id: select.value }));
    const selected = state.models.find((m) => m.id === state.selectedModel);
    const badge = selected && h('span', { class: `model-badge ${selected.local ? 'local' : 'cloud'}`, title: selected.local ? 'Runs on your machine' : 'Sent to a cloud API' }, selected.local ? 'local' : 'cloud');
    this.models.replaceChildren(icon('chip'), select, badge || '');
  }

  private send(): void {
    const text = this.input.value.trim();
    if (!text || this.state?.busy) return;
    this.post({ type: 'send', text });
    this.draft = '';
    this.onDraft('');
  }

  private onKey(event: KeyboardEvent): void {
    if (this.popup.onKey(event)) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.send();
    }
  }

  private onInput(): void {
    this.autosize();
    this.onDraft(this.input.value);
    const match = MENTION.exec(this.beforeCaret());
    if (match) this.post({ type: 'searchFiles', requestId: ++this.requestId, query: match[2] });
    else this.popup.hide();
  }

  private startMention(): void {
    const before = this.beforeCaret();
    const insert = before === '' || /\s$/.test(before) ? '@' : ' @';
    this.input.setRangeText(insert, this.input.selectionStart, this.input.selectionEnd, 'end');
    this.input.focus();
    this.onInput();
  }

  private chooseMention(item: FileSuggestion): void {
    const before = this.beforeCaret();
    const match = MENTION.exec(before);
    if (match) {
      const start = before.length - match[2].length - 1;
      this.input.setRangeText('', start, this.input.selectionStart, 'end');
    }
    this.popup.hide();
    this.post({ type: 'addChip', kind: item.kind, path: item.path });
    this.onDraft(this.input.value);
    this.autosize();
  }

  private beforeCaret(): string {
    return this.input.value.slice(0, this.input.selectionStart);
  }

  private autosize(): void {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, 240)}px`;
  }
}
