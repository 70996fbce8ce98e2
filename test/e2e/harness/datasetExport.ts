// "Export Feedback Dataset…" driven as a person does: from the palette, then VS Code's own save dialog, which code-server
// draws as a path in the same quick input (no native dialogs), so not runCommand.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitUntil } from './waitUntil';
import { screenshot } from './workbench';

const TITLE = 'Flywheel: Export Feedback Dataset…';

/** Exports to `target` and resolves to the file's text once written; `dialogShot` names a screenshot of the dialog. */
export async function exportFeedbackDataset(page: Page, target: string, dialogShot?: string): Promise<string> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${TITLE}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: TITLE }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await waitUntil('the save dialog with the proposed path', async () => (await input.inputValue()).endsWith('/flywheel-dataset.jsonl'));
  if (dialogShot) await screenshot(page, dialogShot);
  await input.fill(target);
  // The dialog checks the typed path before it takes Enter: on a loaded machine a first Enter can come too early.
  return waitUntil('the dataset file', async () => {
    if (existsSync(target)) return readFileSync(target, 'utf8');
    if (await input.isVisible()) await page.keyboard.press('Enter');
    return undefined;
  }, { timeoutMs: 30_000, intervalMs: 2_000 });
}
