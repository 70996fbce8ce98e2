// What a person does in the workbench, done through the real UI with Playwright: open a file
// from the Explorer, type, run a command from the palette, look at ghost text, screenshot.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Bridge } from './bridge';
import { repoRoot } from './installation';

export const screenshotDir = join(repoRoot, 'test-results', 'e2e');

/** Waits for the workbench and its Explorer to be up (about 5 s after navigation). */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
  await page.locator('.explorer-folders-view').waitFor({ timeout: timeoutMs });
}

/**
 * Opens a workspace file by clicking through the Explorer ('src/a.ts' expands 'src' first),
 * then waits until its editor has focus. Quick-open is avoided: right after start its file
 * index may still be empty.
 */
export async function openFile(page: Page, relativePath: string, { timeoutMs = 60_000 }: { timeoutMs?: number } = {}): Promise<void> {
  // Another view (the Flywheel chat, search…) may hold the sidebar: bring the Explorer back.
  if (!(await page.locator('.explorer-folders-view').first().isVisible())) await page.keyboard.press('Control+Shift+E');
  const segments = relativePath.split('/');
  for (const [i, name] of segments.entries()) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-level="${i + 1}"][aria-label="${cssEscape(name)}"]`);
    await row.first().waitFor({ timeout: 20_000 });
    const isFolder = i < segments.length - 1;
    if (isFolder) {
      if ((await row.first().getAttribute('aria-expanded')) !== 'true') await clickClear(row.first());
    } else {
      await clickClear(row.first());
    }
  }
  const fileName = segments[segments.length - 1];
  // A large file (the 5 MB case) can take a minute to open on a loaded machine.
  await page.locator(`.tabs-container .tab[data-resource-name="${cssEscape(fileName)}"].active`).waitFor({ timeout: timeoutMs });
  await focusEditor(page, timeoutMs);
}

/** Puts the keyboard focus into the active text editor. */
export async function focusEditor(page: Page, timeoutMs = 20_000): Promise<void> {
  const editor = page.locator('.editor-group-container.active .monaco-editor[data-uri]').first();
  await editor.waitFor({ timeout: timeoutMs });
  await editor.locator('.native-edit-context, textarea.inputarea').first().focus();
}

/** Moves the cursor to the end of the document (Ctrl+End). */
export async function goToEndOfFile(page: Page): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+End');
}

/** Types into the focused editor like a person (key events, not a paste). */
export async function typeInEditor(page: Page, text: string, delayMs = 15): Promise<void> {
  await page.keyboard.type(text, { delay: delayMs });
}

/**
 * Runs a command from the command palette: F1, its title (e.g. 'Flywheel: Open Chat'), Enter.
 * Waits until the palette shows an exact label match, so a typo fails loudly.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: title }) });
  await row.first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * The visible text of the active editor, read from the DOM (ghost text left out). Only the
 * rendered lines: for whole documents use `server.bridge.activeEditor()` instead.
 */
export async function readEditorText(page: Page): Promise<string> {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines').first().evaluate((root) => {
    const lines = [...root.querySelectorAll<HTMLElement>('.view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((line) => {
      const clone = line.cloneNode(true) as HTMLElement;
      for (const ghost of clone.querySelectorAll('.ghost-text-decoration, .ghost-text-decoration-preview, .ghost-text')) ghost.remove();
      return (clone.textContent ?? '').replace(/\u00a0/g, ' ');
    }).join('\n');
  });
}

/**
 * Makes the focused editor ready for inline suggestions. VS Code creates an editor's
 * inline-suggestion controller lazily, when the window is idle (on a busy machine, seconds after
 * the editor opened); until then keystrokes ask no inline completion provider at all. Running
 * the trigger command creates it, and asks the providers once, explicitly, at the cursor.
 */
export async function armInlineSuggestions(bridge: Bridge): Promise<void> {
  await bridge.executeCommand('editor.action.inlineSuggest.trigger');
}

/** Waits for inline-completion ghost text in the active editor and returns it (all lines). */
export async function waitForGhostText(page: Page, timeoutMs = 15_000): Promise<string> {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.ghost-text-decoration').first().waitFor({ timeout: timeoutMs });
  return readGhostText(page);
}

/**
 * Current ghost text in the active editor ('' when none): the inline part, then extra lines.
 * Beside the suggest widget VS Code draws the selected item's part as `.ghost-text-decoration`
 * and the inline suggestion's continuation as `.ghost-text-decoration-preview`: both count.
 */
export async function readGhostText(page: Page): Promise<string> {
  return page.locator('.editor-group-container.active .monaco-editor').first().evaluate((editor) => {
    const inline = [...editor.querySelectorAll('.view-lines .ghost-text-decoration, .view-lines .ghost-text-decoration-preview')].map((e) => e.textContent ?? '').join('');
    // Lines after the first are a view zone: <div class="suggest-preview-text"><div class="view-line">.
    const blocks = [...editor.querySelectorAll<HTMLElement>('.view-zones .suggest-preview-text .view-line, .ghost-text .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((e) => e.textContent ?? '');
    return [inline, ...blocks].join('\n').replace(/\u00a0/g, ' ').replace(/\n+$/, '');
  });
}

/**
 * The document inside a webview (a view like the chat sidebar, or a webview panel). VS Code
 * nests it twice: an outer iframe.webview, then #active-frame. `index` picks among the ready
 * webviews in DOM order.
 */
export function webviewFrame(page: Page, index = 0): FrameLocator {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('#active-frame');
}

/** Saves a PNG into test-results/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Clicks like a person who first moves the pointer out of the way: a tooltip left by an earlier
 * hover (a status-bar item's, a button's) can sit on top of a notification button and swallow
 * the click. Each try parks the pointer in a corner, waits for open hovers to fade, then clicks
 * with a short timeout; a click that something covered is tried again.
 */
export async function clickClear(locator: Locator, { tries = 4 }: { tries?: number } = {}): Promise<void> {
  const page = locator.page();
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(1, 1);
    await page.locator('.monaco-hover, .workbench-hover').first().waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
    try {
      await locator.click({ timeout: 7_500 });
      return;
    } catch (err) {
      const covered = /intercepts pointer events|Timeout/i.test(String(err));
      if (!covered || attempt >= tries) throw err;
    }
  }
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/**
 * The labels of a notification's buttons, read once they hold what is expected. A toast is drawn before its buttons,
 * and VS Code replaces a toast when the same message is shown again (an explicit completion request made twice):
 * read at once, the labels can be those of a toast half drawn or being taken away. The last labels read are
 * returned either way, for the caller to assert on.
 */
export async function settledButtons(notification: Locator, expected: string[], timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const labels = (await notification.locator('.monaco-button').allInnerTexts()).filter((label) => label.trim() !== '');
    if (JSON.stringify(labels) === JSON.stringify(expected) || Date.now() > deadline) return labels;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
