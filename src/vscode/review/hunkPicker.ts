// "Choose Changes…": every change of a proposal in one list, ticked when it is to be kept, under
// a first row that writes the ticked ones. Choosing a change (click or Enter) ticks or unticks it
// and moves the focus back to that first row, so "untick, then press Enter" writes. A list with
// checkboxes cannot promise that: Enter on a checkbox that a click left focused ticks it again.
import * as vscode from 'vscode';
import type { EditProposal } from '../../core/review/editProposal';
import { describeHunk } from '../../core/review/hunks';

interface PickerItem extends vscode.QuickPickItem {
  /** The hunk; undefined on the first row, which writes. */
  readonly index?: number;
}

/** Resolves to the indexes to keep, or undefined when the picker was dismissed. */
export function pickHunks(proposal: EditProposal): Promise<number[] | undefined> {
  const kept = new Set(proposal.hunks.filter((h) => proposal.decision(h.index) !== 'discarded').map((h) => h.index));
  const picker = vscode.window.createQuickPick<PickerItem>();
  picker.title = `Flywheel: keep which changes of ${proposal.title}?`;
  picker.placeholder = 'Enter or a click ticks / unticks a change; Enter on the first row writes';
  picker.ignoreFocusOut = true;
  picker.matchOnDetail = true;

  const render = (): void => {
    const total = proposal.hunks.length;
    const write: PickerItem = {
      label: kept.size ? `$(check) Keep ${kept.size} of ${total} change${total === 1 ? '' : 's'}` : '$(close) Keep none (write nothing)',
      description: kept.size === total ? 'all of them' : undefined,
    };
    const changes = proposal.hunks.map((hunk) => ({
      index: hunk.index,
      label: `${kept.has(hunk.index) ? '$(pass-filled)' : '$(circle-large-outline)'} ${describeHunk(hunk)}`,
      description: kept.has(hunk.index) ? 'keep' : 'leave out',
      detail: [...hunk.removed.map((l) => `− ${l.trim()}`), ...hunk.added.map((l) => `+ ${l.trim()}`)].filter((l) => l.length > 2).slice(0, 3).join('   '),
    }));
    picker.items = [write, ...changes];
    picker.activeItems = [write];
  };
  render();

  return new Promise((resolve) => {
    let chosen: number[] | undefined;
    picker.onDidAccept(() => {
      const item = picker.selectedItems[0] ?? picker.activeItems[0];
      if (!item) return;
      if (item.index === undefined) {
        chosen = [...kept].sort((a, b) => a - b);
        picker.hide();
        return;
      }
      if (kept.has(item.index)) kept.delete(item.index);
      else kept.add(item.index);
      picker.value = '';
      render();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(chosen);
    });
    picker.show();
  });
}
