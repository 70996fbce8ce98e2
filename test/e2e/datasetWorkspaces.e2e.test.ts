// Two windows, one feedback log: the log lives in the extension's global storage, so every window of the installation
// writes into it. A completion accepted in the shop's window and one in the bank's window (a second browser window of the
// same code-server, its own extension host) are both in the log, each stamped with its own workspace; an older version's
// row names none. Exporting from the shop's window writes the shop's row only and says how many it left to the other
// workspace and to no workspace; the older row is offered first, this workspace's rows only being the first choice, and
// taken when the user picks it. The save dialog proposes the home folder, not the workspace; a path in the workspace
// folder that no .gitignore ignores is saved only after the user accepts the warning.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  armInlineSuggestions, Bridge, focusEditor, newWorkbenchPage, openFile, packageFlywheelVsix, screenshot, startSession, typeInEditor,
  waitForGhostText, waitForWorkbench, type Session,
} from './harness';
import { exportFeedbackDataset } from './harness/datasetExport';
import { readFeedbackLog } from './harness/feedbackLog';
import { writeRequestLog } from './harness/requestLog';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { waitUntil } from './harness/waitUntil';
import { fakeOllamaModels } from '../support/fakeOllamaServer';
import { FeedbackStore } from '../../src/core/feedback/feedbackStore';

const flywheelId = 'flywheel.flywheel';
const model = fakeOllamaModels.qwenCoder.name;
const shopMarker = 'shop_marker_5a1c';
const bankMarker = 'bank_marker_c93e';
const olderMarker = 'older_marker_7d20';

describe('the dataset export with two windows writing one log', { timeout: 300_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;

  before(async () => {
    ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder] });
    session = await startSession({
      name: 'datasetWorkspaces',
      extensionVsix: packageFlywheelVsix(),
      settings: { 'flywheel.feedback.storeText': true },
      machineSettings: { 'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model }] },
      env: { OLLAMA_HOST: ollama.url },
      // The same file name in both projects: the bank's row would pass the shop's rules.
      workspaceFiles: { 'app.py': `# ${shopMarker}\ndef price(amount):\n    return amount\n\n`, '.gitignore': 'exports/\n' },
      waitForExtensions: [flywheelId],
    });
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('datasetWorkspaces', ollama);
    await ollama?.close();
  });

  const accepted = () => readFeedbackLog(session.server.userDataDir).filter((e) => e.kind === 'completion.accepted');

  /** Types at the end of app.py in this window until a suggestion shows, takes it with Tab, and waits for it in the log. */
  async function acceptAtEnd(page: Page, bridge: Bridge, typed: string, reply: string): Promise<void> {
    ollama.answer(promptEndsWith(typed), { tokens: [reply] });
    await openFile(page, 'app.py');
    await waitUntil('app.py active', async () => (await bridge.activeEditor())?.path.endsWith('/app.py'));
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await armInlineSuggestions(bridge);
    const before = accepted().length;
    await typeInEditor(page, typed);
    await waitForGhostText(page);
    await page.keyboard.press('Tab');
    await waitUntil('the accepted suggestion in the log', () => accepted().length > before, { timeoutMs: 30_000 });
  }

  it("each window stamps its own workspace on its rows, and the shop's export leaves out the bank's and the older rows, and says so", async () => {
    const { page, server } = session;
    await acceptAtEnd(page, server.bridge, 'total = price(', '12');

    // The bank's window: a second browser window of the same code-server, on another folder. Its extension host rewrites
    // the bridge file; the shop's bridge keeps the port it already has.
    const bank = join(dirname(server.workspaceDir), 'bank');
    mkdirSync(bank, { recursive: true });
    writeFileSync(join(bank, 'app.py'), `# ${bankMarker}\ndef fee(amount):\n    return amount\n\n`);
    const bridgeFile = join(dirname(server.workspaceDir), 'bridge.json');
    const shopPort = (JSON.parse(readFileSync(bridgeFile, 'utf8')) as { port: number }).port;
    const bankPage = await newWorkbenchPage(session.browser, `${new URL(server.url).origin}/?folder=${encodeURIComponent(bank)}`);
    try {
      await waitForWorkbench(bankPage, 120_000);
      await waitUntil("the bank window's extension host", () => (JSON.parse(readFileSync(bridgeFile, 'utf8')) as { port: number }).port !== shopPort, { timeoutMs: 180_000 });
      const bankBridge = new Bridge(bridgeFile);
      await bankBridge.waitForExtension(flywheelId, 60_000);
      await acceptAtEnd(bankPage, bankBridge, 'total = fee(', '7');
      await screenshot(bankPage, 'datasetWorkspaces-bank-window');
    } finally {
      await bankPage.context().close();
    }
    // An older version's window wrote a row too: the same store, with no workspace to stamp.
    const older = new FeedbackStore({ dir: join(server.userDataDir, 'User', 'globalStorage', flywheelId, 'feedback'), privacy: { storeText: true, hashPaths: false } });
    const olderText = { prefix: `# ${olderMarker}\nx = `, suffix: '', completion: '1' };
    older.record({ kind: 'completion.shown', suggestionId: 'older-1', path: 'app.py', visibleMs: 900, text: olderText });
    older.record({ kind: 'completion.accepted', suggestionId: 'older-1', path: 'app.py', text: olderText });
    await older.flush();

    const rows = accepted();
    const shopRow = rows.find((e) => e.text?.prefix?.includes(shopMarker));
    const bankRow = rows.find((e) => e.text?.prefix?.includes(bankMarker));
    assert.ok(shopRow && bankRow, "both windows' rows are in the one log");
    assert.match(String(shopRow.workspace), /^ws:[0-9a-f]{24}$/, 'a workspace id, not a path');
    assert.match(String(bankRow.workspace), /^ws:[0-9a-f]{24}$/);
    assert.notEqual(shopRow.workspace, bankRow.workspace, 'each window its own');

    let proposed = '';
    const target = join(dirname(server.workspaceDir), 'shop-dataset.jsonl');
    let asked = '';
    const written = await exportFeedbackDataset(page, target, {
      dialogShot: 'datasetWorkspaces-save-dialog',
      proposed: (path) => (proposed = path),
      // The older row is counted and offered before anything is written; this workspace's rows only is the first choice.
      unnamed: { also: false, shot: 'datasetWorkspaces-older-rows', seen: (title, items) => (asked = [title, ...items].join('\n')) },
    });
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /exported \d+ rows? of/ });
    await toast.first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'datasetWorkspaces-exported');
    assert.equal(proposed, join(homedir(), 'flywheel-dataset.jsonl'), 'the dialog proposes the home folder, outside the workspace');
    assert.ok(written.includes(shopMarker), "the shop's row is exported");
    assert.ok(!written.includes(bankMarker), "the bank's row is not");
    assert.ok(!written.includes(olderMarker), 'nor the older row that names no workspace');
    const said = await toast.first().innerText();
    assert.match(said, /exported 1 row of this workspace/);
    assert.match(said, /1 logged in other workspaces \(export them from a window of their workspace\)/);
    assert.match(said, /1 logged before rows named their workspace, left out \(choose them when you export/);
    assert.match(asked, /1 row of the log names no workspace/);
    assert.match(asked, /^This workspace's rows only/m);
    assert.match(asked, /Also the 1 row logged before rows named their workspace/);
    await server.bridge.executeCommand('notifications.clearAll');

    // Chosen explicitly: the older row is judged by this window's rules (app.py is not ignored here) and exported.
    const withOlder = await exportFeedbackDataset(page, join(dirname(server.workspaceDir), 'shop-and-older.jsonl'), { unnamed: { also: true } });
    assert.ok(withOlder.includes(shopMarker) && withOlder.includes(olderMarker), "the shop's row and the older one");
    assert.ok(!withOlder.includes(bankMarker), "never the bank's");
    const chose = page.locator('.notifications-toasts .notification-list-item', { hasText: /exported 2 rows of/ });
    await chose.first().waitFor({ timeout: 15_000 });
    assert.match(await chose.first().innerText(), /1 logged before rows named their workspace were judged by this workspace's rules, as you chose/);
    await server.bridge.executeCommand('notifications.clearAll');
  });

  it('a path inside the workspace folder that no .gitignore ignores is saved only after the warning is accepted; an ignored one without it', async () => {
    const { page, server } = session;
    let warning = '';
    const inside = join(server.workspaceDir, 'dataset.jsonl');
    const written = await exportFeedbackDataset(page, inside, {
      unnamed: { also: false },
      accept: { button: 'Save Here Anyway', shot: 'datasetWorkspaces-warning', message: (text) => (warning = text) },
    });
    assert.ok(written.includes(shopMarker));
    assert.match(warning, /inside the workspace folder/);
    assert.match(warning, /No \.gitignore ignores dataset\.jsonl/);
    await page.locator('.notifications-toasts .notification-list-item', { hasText: /exported \d+ rows? of/ }).first().waitFor({ timeout: 15_000 });
    await server.bridge.executeCommand('notifications.clearAll');

    // exports/ is in the folder's .gitignore: no warning (the helper would fail on a dialog it was not told to accept).
    mkdirSync(join(server.workspaceDir, 'exports'), { recursive: true });
    const ignored = await exportFeedbackDataset(page, join(server.workspaceDir, 'exports', 'dataset.jsonl'), { unnamed: { also: false } });
    assert.ok(ignored.includes(shopMarker));
    assert.equal(await page.locator('.monaco-dialog-box').isVisible(), false);
  });
});
