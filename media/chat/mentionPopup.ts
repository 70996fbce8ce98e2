// The @ picker: "Codebase", the open file, and workspace files matching what follows the @,
// chosen with the arrow keys and Enter/Tab, or the mouse.
import type { FileSuggestion } from '../../src/core/chat/chatProtocol';
import { h, icon } from './element';

export class MentionPopup {
  readonly element = h('div', { class: 'mention-popup', role: 'listbox', 'aria-label': 'Add context', hidden: true });
  private items: FileSuggestion[] = [];
  private active = 0;

  constructor(private readonly choose: (item: FileSuggestion) => void) {
    this.element.addEventListener('mousedown', (event) => {
      // mousedown, so the textarea keeps focus.
      event.preventDefault();
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      if (row) this.choose(this.items[Number(row.dataset.index)]);
    });
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  show(items: FileSuggestion[]): void {
    this.items = items;
    this.active = 0;
    this.element.hidden = false;
    this.draw();
  }

  hide(): void {
    this.element.hidden = true;
    this.items = [];
  }

  /** Handles navigation keys while open; true when the key was used. */
  onKey(event: KeyboardEvent): boolean {
    if (!this.open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const n = this.items.length;
      if (n > 0) this.active = (this.active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.draw();
      return true;
    }
    if ((event.key === 'Enter' || event.key === 'Tab') && this.items[this.active]) {
      this.choose(this.items[this.active]);
      return true;
    }
    if (event.key === 'Escape') {
      this.hide();
      return true;
    }
    return false;
  }

  private draw(): void {
    const rows = this.items.map((item, index) =>
      h(
        'div',
        { class: `mention-item${index === this.active ? ' active' : ''}`, role: 'option', 'aria-selected': index === this.active ? 'true' : 'false', 'data-index': index },
        icon(item.kind === 'codebase' ? 'search' : item.kind === 'file' ? 'file' : 'mention'),
        h('span', { class: 'mention-label' }, item.label),
        item.detail && h('span', { class: 'mention-detail' }, item.detail),
      ),
    );
    this.element.replaceChildren(...(rows.length > 0 ? rows : [h('div', { class: 'mention-empty' }, 'No matching files')]));
    this.element.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
  }
}
