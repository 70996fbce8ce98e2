// flywheel.redaction.strictness as a user meets it in a real VS Code: a completion endpoint that is not on this machine
// (a name the extension host resolves to the loopback fake server), a file holding a stand-in password and a real-looking
// token. Balanced, the token leaves redacted and the stand-in as written; the user then chooses `strict` in the Settings
// UI with the window open (it is written to their settings.json), and the next completion's prompt has the stand-in
// redacted too, with no reload.
// The audit line in the Flywheel log says which strictness redacted, the output says the change and its price, and the
// Settings UI entry what strict costs. Export Feedback Dataset judges the logged rows at the same strictness and says which.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { armInlineSuggestions, clickClear, focusEditor, openFile, packageFlywheelVsix, runCommand, screenshot, startSession, typeInEditor, waitForGhostText, type Session } from './harness';
import { exportFeedbackDataset } from './harness/datasetExport';
import { aliasHostToLoopback } from './harness/hostAlias';
import { writeRequestLog } from './harness/requestLog';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { waitUntil } from './harness/waitUntil';
import { fakeOllamaModels } from '../support/fakeOllamaServer';

const model = fakeOllamaModels.qwenCoder.name;
const remoteHost = 'models.example.test';
const standIn = 'changeme';
// Random-looking, in GitHub's documented `ghp_` shape: redacted at either strictness.
const token = 'ghp_R8kq2Vx7mT4nLw9ZpB3cY6dF1hJ5sA0eGuXi';
const appPy = `import os\n\nDB_PASSWORD = "${standIn}"\nGITHUB_TOKEN = "${token}"\n\n\n`;
// The stand-in alone: its completion's row is exported balanced and held back strict.
const dbPy = `import os\n\nDB_PASSWORD = "${standIn}"\n\n\n`;

describe('redaction strictness changed in the user settings while the window is open', { timeout: 150_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;

  before(async () => {
    ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder] });
    const port = new URL(ollama.url).port;
    session = await startSession({
      name: 'strictness',
      extensionVsix: packageFlywheelVsix(),
      // Not on this machine, so the door redacts (a loopback endpoint gets the text as it is).
      machineSettings: { 'flywheel.models.completion': [{ provider: 'ollama', baseUrl: `http://${remoteHost}:${port}`, model }], 'flywheel.models.warmUp': false },
      // The dataset export's input: the text of each completion, logged.
      settings: { 'flywheel.feedback.storeText': true },
      workspaceFiles: { 'app.py': appPy, 'db.py': dbPy },
      waitForExtensions: ['flywheel.flywheel'],
    });
    await aliasHostToLoopback(session.server.bridge, remoteHost);
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('strictness', ollama);
    await ollama?.close();
  });

  const auditLines = () => session.server.readLog('flywheel.flywheel/Flywheel.log').split('\n').filter((l) => l.includes('audit: sent') && l.includes(remoteHost));

  /** Types `line` at the end of `file`, waits for its ghost text, leaves it unaccepted; returns the prompt sent. */
  async function promptFor(file: string, line: string): Promise<string> {
    const { page, server } = session;
    await openFile(page, file);
    await waitUntil(`${file} active`, async () => (await server.bridge.activeEditor())?.path.endsWith(`/${file}`));
    const rule = ollama.answer(promptEndsWith(line), { tokens: ['os.environ["X"]'] });
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await armInlineSuggestions(server.bridge);
    await typeInEditor(page, line);
    await waitForGhostText(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    return ((await rule.first).body as { prompt: string }).prompt;
  }

  it('balanced leaves the stand-in; strict, chosen in the Settings UI, redacts it at the next completion and in the export', async () => {
    const { page, server } = session;
    const balanced = await promptFor('app.py', 'a = ');
    assert.ok(balanced.includes(`DB_PASSWORD = "${standIn}"`), 'balanced: the stand-in is sent as written');
    assert.equal(balanced.includes(token), false, 'the real-looking token never leaves');
    assert.match(balanced, /GITHUB_TOKEN = "\[REDACTED:[a-z-]+\]"/);
    await waitUntil('the balanced audit line', () => auditLines().some((l) => /secrets redacted: \d+ \(balanced\)$/.test(l)));

    // Export Feedback Dataset, balanced: the stand-in's row goes as written; the token's rows are held back.
    await promptFor('db.py', 'c = ');
    const dataset = await exportFeedbackDataset(page, join(dirname(server.userDataDir), 'dataset-balanced.jsonl'));
    const exported = page.locator('.notifications-toasts .notification-list-item', { hasText: /exported \d+ rows? of this workspace/ }).first();
    await exported.waitFor({ timeout: 15_000 });
    assert.match(await exported.innerText(), /holding secrets \(balanced redaction, flywheel\.redaction\.strictness\)/);
    assert.ok(dataset.includes(`DB_PASSWORD = \\"${standIn}\\"`), 'balanced: the stand-in row is exported as written');
    assert.equal(dataset.includes(token), false);
    await server.bridge.executeCommand('notifications.clearAll');

    // The user chooses strict in the Settings UI (the user scope, its first tab), reading the entry first.
    await server.bridge.executeCommand('workbench.action.openSettings', 'flywheel.redaction.strictness');
    const entry = page.locator('.settings-editor .setting-item-contents', { hasText: 'Strictness' }).first();
    await entry.waitFor({ timeout: 20_000 });
    await screenshot(page, 'strictness-settings-ui');
    assert.match(await entry.innerText(), /the model sees less of your code/);
    await clickClear(entry.locator('select.monaco-select-box'));
    await clickClear(page.locator('.select-box-dropdown-list-container .option-text', { hasText: /^strict$/ }).first());
    await waitUntil('strict in effect', () => server.bridge.evaluate((vscode) => vscode.workspace.getConfiguration('flywheel.redaction').inspect('strictness')?.globalValue === 'strict'));
    const userSettings = JSON.parse(readFileSync(join(server.userDataDir, 'User', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(userSettings['flywheel.redaction.strictness'], 'strict', 'written to the user settings');
    await screenshot(page, 'strictness-settings-ui-strict');
    // (The Settings editor opens as a modal over the window: closed, the edited file is in front again.)
    await server.bridge.executeCommand('workbench.action.closeActiveEditor');
    await page.locator('.monaco-modal-editor-block').waitFor({ state: 'detached', timeout: 10_000 });

    const strict = await promptFor('app.py', 'b = ');
    assert.equal(strict.includes(standIn), false, 'strict: the stand-in is redacted');
    assert.match(strict, /DB_PASSWORD = "\[REDACTED:[a-z-]+\]"/);
    assert.equal(strict.includes(token), false);
    await waitUntil('the strict audit line', () => auditLines().some((l) => /secrets redacted: \d+ \(strict\)$/.test(l)));
    assert.ok(auditLines().every((l) => !l.includes(standIn) && !l.includes(token)), 'the audit line holds no content');
    const notice = server.readLog('flywheel.flywheel/Flywheel.log').split('\n').find((l) => l.includes('Redaction is strict'));
    assert.match(notice ?? '', /The model sees less of your code/, 'the output says the change and its price');

    // Export again, strict: every row holds a secret now (the token, or the stand-in), and the message says which strictness.
    await runCommand(page, 'Flywheel: Export Feedback Dataset…');
    const nothing = page.locator('.notifications-toasts .notification-list-item', { hasText: 'nothing to export' }).first();
    await nothing.waitFor({ timeout: 15_000 });
    await screenshot(page, 'strictness-export-strict');
    assert.match(await nothing.innerText(), /Left out: \d+ holding secrets \(strict redaction, flywheel\.redaction\.strictness\)/);
  });
});
