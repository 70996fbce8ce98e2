// "Export Feedback Dataset…" driven as a person does: from the palette, then VS Code's own save dialog, which code-server
// draws as a path in the same quick input (no native dialogs), so not runCommand.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitUntil } from './waitUntil';
import { clickClear, screenshot } from './workbench';

const TITLE = 'Flywheel: Export Feedback Dataset…';

export interface ExportSteps {
  /** Names a screenshot of the save dialog with its proposed path. */
  readonly dialogShot?: string;
  /** Told the path the dialog proposed before the target is typed over it. */
  readonly proposed?: (path: string) => void;
  /** A modal warning is expected after the path is taken: its button to press, and a screenshot's name. */
  readonly accept?: { readonly button: string; readonly shot: string; readonly message?: (text: string) => void };
  /**
   * The log holds rows that name no workspace: the export first asks whether to take them. `also` picks them in, else
   * this workspace's rows only; told the choice's title and items as the user reads them; a screenshot's name.
   */
  readonly unnamed?: { readonly also: boolean; readonly shot?: string; readonly seen?: (title: string, items: readonly string[]) => void };
}

/** Exports to `target` and resolves to the file's text once written. */
export async function exportFeedbackDataset(page: Page, target: string, steps: ExportSteps = {}): Promise<string> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${TITLE}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: TITLE }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  if (steps.unnamed) await pickUnnamed(page, steps.unnamed);
  const proposed = await waitUntil('the save dialog with the proposed path', async () => {
    const value = await input.inputValue();
    return value.endsWith('/flywheel-dataset.jsonl') ? value : undefined;
  });
  steps.proposed?.(proposed);
  if (steps.dialogShot) await screenshot(page, steps.dialogShot);
  await input.fill(target);
  const dialog = page.locator('.monaco-dialog-box');
  const ok = page.locator('.quick-input-widget .quick-input-action .monaco-button', { hasText: /^OK$/ });
  let tries = 0;
  // The dialog checks the typed path before it takes Enter: on a loaded machine a first Enter can come too early. Enter is
  // pressed on the path box itself (a late editor or toast can take the keyboard's focus), and every other try the
  // dialog's OK button is clicked instead (a CI run under load pressed Enter for 30 s with the path typed and nothing taken).
  return waitUntil('the dataset file', async () => {
    if (existsSync(target)) return readFileSync(target, 'utf8');
    if (steps.accept && (await dialog.isVisible())) {
      await screenshot(page, steps.accept.shot);
      steps.accept.message?.(await dialog.innerText());
      await clickClear(dialog.locator('.monaco-button', { hasText: steps.accept.button }).first());
    } else if (await input.isVisible()) {
      if (tries++ % 2 === 1 && (await ok.isVisible())) await clickClear(ok.first());
      else await input.press('Enter');
    }
    return undefined;
  }, { timeoutMs: 30_000, intervalMs: 2_000 });
}

/** The export's first question when the log holds rows that name no workspace: answered by clicking the item. */
async function pickUnnamed(page: Page, step: NonNullable<ExportSteps['unnamed']>): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const rows = widget.locator('.quick-input-list .monaco-list-row');
  const wanted = step.also ? /^Also the / : /^This workspace's rows only/;
  const item = rows.filter({ has: page.locator('.label-name', { hasText: wanted }) }).first();
  await item.waitFor({ timeout: 15_000 });
  if (step.shot) await screenshot(page, step.shot);
  step.seen?.(await widget.locator('.quick-input-title').innerText(), await rows.allInnerTexts());
  await clickClear(item);
}
