// "Choose Changes…": every change of a proposal in one list, ticked when it is to be kept.
// Enter (or OK) takes the ticks as they are: the picker is built with createQuickPick so the
// accept reads the current selection, whatever element had focus.
import * as vscode from 'vscode';
import type { EditProposal } from '../../core/review/editProposal';
import { describeHunk } from '../../core/review/hunks';

interface HunkItem extends vscode.QuickPickItem {
  readonly index: number;
}

/** Resolves to the indexes to keep, or undefined when the picker was dismissed. */
export function pickHunks(proposal: EditProposal): Promise<number[] | undefined> {
  const picker = vscode.window.createQuickPick<HunkItem>();
  const items = proposal.hunks.map((hunk) => ({
    index: hunk.index,
    label: `$(diff) ${describeHunk(hunk)}`,
    description: proposal.decision(hunk.index) === 'pending' ? undefined : proposal.decision(hunk.index),
    detail: [...hunk.removed.map((l) => `− ${l.trim()}`), ...hunk.added.map((l) => `+ ${l.trim()}`)].filter((l) => l.length > 2).slice(0, 3).join('   '),
  }));
  picker.items = items;
  picker.selectedItems = items.filter((item) => proposal.decision(item.index) !== 'discarded');
  picker.canSelectMany = true;
  picker.ignoreFocusOut = true;
  picker.title = `Flywheel: keep which changes of ${proposal.title}?`;
  picker.placeholder = 'Untick the changes to leave out, then press Enter';
  return new Promise((resolve) => {
    let chosen: number[] | undefined;
    picker.onDidAccept(() => {
      chosen = picker.selectedItems.map((item) => item.index);
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(chosen);
    });
    picker.show();
  });
}
