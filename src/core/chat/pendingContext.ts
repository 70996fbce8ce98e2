// The context chips waiting above the input for the next message. The open file follows the
// active editor unless the user removed it (until they switch to another file); it is
// automatic context unless the user asked for it ("@Current file"); selections and mentions go
// with one message; "codebase" stays on until removed.
import type { ChatContextItem } from './chatContextItem';

export const CODEBASE_CHIP_ID = 'codebase';
export const CURRENT_FILE_CHIP_ID = 'current-file';

export function codebaseChip(): ChatContextItem {
  return { id: CODEBASE_CHIP_ID, kind: 'codebase', label: 'Codebase', path: '' };
}

/** The "codebase" request chip (as opposed to a snippet that retrieval produced). */
export function isCodebaseRequest(item: ChatContextItem): boolean {
  return item.kind === 'codebase' && item.path === '';
}

export class PendingContext {
  private items: ChatContextItem[] = [];
  private currentFile: ChatContextItem | undefined;
  private dismissedUri: string | undefined;
  /** The user asked for the open file themselves (until the editor shows another file). */
  private chosenUri: string | undefined;

  /** The chips in display order: open file, selections, mentions, codebase. */
  chips(): ChatContextItem[] {
    const order = { file: 0, selection: 1, mention: 2, codebase: 3 };
    const current = this.currentFile;
    const file = current && current.uri !== this.dismissedUri ? [{ ...current, automatic: current.uri !== this.chosenUri }] : [];
    return [...file, ...this.items].sort((a, b) => order[a.kind] - order[b.kind]);
  }

  /** Adds a chip, replacing one for the same thing (same selection, same file). */
  add(item: ChatContextItem): void {
    const same = (other: ChatContextItem): boolean =>
      other.id === item.id ||
      (other.kind === item.kind && other.path === item.path && JSON.stringify(other.range) === JSON.stringify(item.range));
    this.items = [...this.items.filter((other) => !same(other)), item];
    if (item.kind === 'file' && item.uri === this.currentFile?.uri) this.dismissedUri = undefined;
  }

  remove(id: string): void {
    if (id === CURRENT_FILE_CHIP_ID) this.dismissedUri = this.currentFile?.uri;
    this.items = this.items.filter((item) => item.id !== id);
  }

  /** Follows the active editor; a removed file chip comes back when another file is opened. */
  setCurrentFile(item: ChatContextItem | undefined): void {
    if (item && item.uri !== this.dismissedUri) this.dismissedUri = undefined;
    if (item?.uri !== this.chosenUri) this.chosenUri = undefined;
    this.currentFile = item ? { ...item, id: CURRENT_FILE_CHIP_ID, kind: 'file' } : undefined;
  }

  /** The user asked for the open file (after removing it, or to make it their own choice). */
  restoreCurrentFile(): void {
    this.dismissedUri = undefined;
    this.chosenUri = this.currentFile?.uri;
  }

  /** What goes with the message being sent; one-shot chips are cleared. */
  takeForMessage(): ChatContextItem[] {
    const taken = this.chips();
    this.items = this.items.filter((item) => isCodebaseRequest(item));
    return taken;
  }
}
