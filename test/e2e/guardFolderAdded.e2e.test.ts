// A folder added to a two-folder window while it is open, in a real VS Code: its own `.vscode/settings.json` excludes
// files (`flywheel.guard.exclude`, `flywheel.completion.exclude`) and its `.gitignore` another. Asked at once — the file
// opened and typed in as soon as the folder is listed, before VS Code has given the extension host the folder's settings —
// nothing of those files reaches the loopback model server: the request is refused while the folder's settings are still
// being read ("its folder's settings are still being read"), and judged by the folder's own globs after. An ordinary file
// of the folder is completed once they are known (the folder is not refused for good).
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { armInlineSuggestions, clickClear, focusEditor, runCommand, screenshot, settledButtons, typeInEditor, type Session } from './harness';
import { startAddedFolderWindow, writeExtraFolder } from './harness/addedFolderWindow';
import type { ScriptedOllamaServer } from './harness/scriptedOllama';
import { writeRequestLog } from './harness/requestLog';
import { waitUntil } from './harness/waitUntil';

const guardMarker = 'added_folder_guard_marker_a93f';
const completionMarker = 'added_folder_completion_marker_0c57';
const gitignoreMarker = 'added_folder_gitignore_marker_5e18';
const pending = /its folder's settings are still being read/;

describe('a folder added while the window is open is judged by its own rules from the first request', { timeout: 240_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;
  /** Which words the first answer in the new folder gave: the wait's refusal, or the folder's own glob. */
  let firstSaid = '';

  before(async () => {
    ({ session, ollama } = await startAddedFolderWindow('guard-folder-added', ['[]']));
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('guard-folder-added', ollama);
    await ollama?.close();
  });

  /** Every request body the model server got, as text. */
  const everything = () => JSON.stringify(ollama.requests.map((r) => r.body));

  /** The newest "no completion" toast's text once one shows whose text `wanted` matches. */
  async function noCompletionNotice(wanted: RegExp, timeoutMs: number): Promise<string> {
    const { page } = session;
    const notices = page.locator('.notifications-toasts .notification-list-item', { hasText: 'Flywheel: no completion' });
    return waitUntil(`a "no completion" notice matching ${wanted}`, async () => {
      for (const text of await notices.allInnerTexts()) if (wanted.test(text)) return text;
      return undefined;
    }, { timeoutMs, intervalMs: 100 });
  }

  /** A file of the added folder in the first column, the editor focused: the whole file selected, or the cursor at its end. */
  async function openInExtra(file: string, select: 'whole' | 'end'): Promise<void> {
    const { page, server } = session;
    await server.bridge.evaluate(async (vscode, [name, whole]: [string, boolean]) => {
      const extra = vscode.workspace.workspaceFolders![2]!;
      const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(extra.uri, name), { preview: false, viewColumn: vscode.ViewColumn.One });
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = whole ? new vscode.Selection(new vscode.Position(0, 0), end) : new vscode.Selection(end, end);
    }, [file, select === 'whole'] as [string, boolean]);
    await waitUntil(`${file} active`, async () => (await server.bridge.activeEditor())?.path.endsWith(`/${file}`));
    await focusEditor(page);
  }

  it("asked at once in the new folder's excluded files: refused while its settings are read, then by its own globs; never sent", async () => {
    const { page, server } = session;
    const extra = await writeExtraFolder(session, {
      '.vscode/settings.json': '{\n  "flywheel.guard.exclude": ["/private/"],\n  "flywheel.completion.exclude": ["/build/"]\n}\n',
      '.gitignore': 'local.py\n',
      'private/notes.py': `# ${guardMarker}\ndef notes():\n    pass\n`,
      'build/out.py': `# ${completionMarker}\nOUT_ROWS = []\n`,
      'local.py': `# ${gitignoreMarker}\nLOCAL_ROWS = []\n`,
      'src/rows.py': 'ALL_ROWS = []\n',
    });
    // Added, then in the same turn of the extension host (which lists the folder at once, before VS Code has read and
    // sent the folder's settings): Explain of the file its own flywheel.guard.exclude names, its .gitignore'd file opened
    // beside, its completion-excluded file opened with the cursor at the end for the typing below.
    await server.bridge.evaluate(async (vscode, path: string) => {
      vscode.workspace.updateWorkspaceFolders(2, 0, { uri: vscode.Uri.file(path) });
      const notes = await vscode.window.showTextDocument(vscode.Uri.file(`${path}/private/notes.py`), { preview: false, viewColumn: vscode.ViewColumn.One });
      notes.selection = new vscode.Selection(0, 0, notes.document.lineCount, 0);
      void vscode.commands.executeCommand('flywheel.refactor.explain');
      await vscode.window.showTextDocument(vscode.Uri.file(`${path}/local.py`), { preview: false, viewColumn: vscode.ViewColumn.Two });
      const editor = await vscode.window.showTextDocument(vscode.Uri.file(`${path}/build/out.py`), { preview: false, viewColumn: vscode.ViewColumn.One });
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
    }, extra);
    const explained = page.locator('.notifications-toasts .notification-list-item', { hasText: 'Explain held back' });
    await explained.first().waitFor({ timeout: 30_000 });
    const explainSaid = await explained.first().innerText();
    await screenshot(page, 'guard-folder-added-explain-at-once');
    const explainGlob = /extra\/private\/notes\.py is excluded by "\/private\/" in the flywheel\.guard\.exclude of extra\/\.vscode\/settings\.json/;
    assert.match(explainSaid, new RegExp(`${pending.source}|${explainGlob.source}`), 'the refusal says why');
    process.stderr.write(`# [e2e guard-folder-added] Explain at once: ${pending.test(explainSaid) ? 'refused while the settings were read' : "refused by the folder's own glob"}\n`);
    await server.bridge.executeCommand('notifications.clearAll');
    await focusEditor(page);
    await typeInEditor(page, 'ROWS = ');
    await page.keyboard.press('Alt+Backslash');
    const glob = /extra\/build\/out\.py matches "\/build\/" in the flywheel\.completion\.exclude of extra\/\.vscode\/settings\.json/;
    firstSaid = await noCompletionNotice(new RegExp(`${pending.source}|${glob.source}`), 30_000);
    await screenshot(page, 'guard-folder-added-first');
    // Said either way (which one depends on how fast VS Code sends the folder's settings): the run's log says which.
    process.stderr.write(`# [e2e guard-folder-added] first answer: ${pending.test(firstSaid) ? 'refused while the settings were read' : "the folder's own glob"}\n`);
    // Asked again until the folder's own glob answers (a keystroke each time: a notice is said once per version).
    const said = await waitUntil('the notice names the folder\'s own glob', async () => {
      await typeInEditor(page, ' ');
      await page.keyboard.press('Alt+Backslash');
      return noCompletionNotice(glob, 3_000).catch(() => undefined);
    }, { timeoutMs: 30_000, intervalMs: 500 });
    assert.match(said, glob);
    const notice = page.locator('.notifications-toasts .notification-list-item', { hasText: glob });
    assert.deepEqual(await settledButtons(notice.first(), ['Open Folder Settings']), ['Open Folder Settings']);
    assert.ok(!everything().includes(completionMarker), 'no completion was asked in build/out.py');
    assert.ok(!everything().includes(guardMarker), 'nothing of private/notes.py was sent');
    assert.ok(!everything().includes(gitignoreMarker), 'nothing of the .gitignore\'d file open beside reached the model server');
    await server.bridge.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await server.bridge.executeCommand('notifications.clearAll');
  });

  it("Explain of the new folder's file its own flywheel.guard.exclude names is held back, naming that glob", async () => {
    const { page, server } = session;
    const before = ollama.requestsTo('/api/chat').length;
    await openInExtra('private/notes.py', 'whole');
    await runCommand(page, 'Flywheel: Explain');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'Explain held back' });
    await toast.first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'guard-folder-added-explain');
    assert.match(await toast.first().innerText(), /extra\/private\/notes\.py is excluded by "\/private\/" in the flywheel\.guard\.exclude of extra\/\.vscode\/settings\.json/);
    assert.deepEqual(await settledButtons(toast.first(), ['Open Folder Settings']), ['Open Folder Settings']);
    await clickClear(toast.first().locator('.monaco-button', { hasText: 'Open Folder Settings' }));
    await waitUntil('the folder\'s settings file open', async () => (await server.bridge.activeEditor())?.path.endsWith('/extra/.vscode/settings.json'));
    assert.equal(ollama.requestsTo('/api/chat').length, before, 'nothing was sent');
    assert.ok(!everything().includes(guardMarker), "nothing of private/notes.py reached the model server");
    await server.bridge.executeCommand('notifications.clearAll');
  });

  it('an ordinary file of the new folder is completed once its settings are known: the folder is not refused for good', async () => {
    const { page, server } = session;
    const before = ollama.requestsTo('/api/generate').length;
    await openInExtra('src/rows.py', 'end');
    await armInlineSuggestions(server.bridge);
    await typeInEditor(page, 'MORE_ROWS = ');
    const asked = () => ollama.requestsTo('/api/generate').slice(before).map((r) => JSON.stringify(r.body));
    await waitUntil('a completion asked in extra/src/rows.py', () => asked().some((b) => b.includes('MORE_ROWS = ')), { timeoutMs: 30_000 });
    // (build/out.py may go as context: flywheel.completion.exclude keeps a file from being completed, not from being read.)
    assert.ok(!everything().includes(gitignoreMarker) && !everything().includes(guardMarker), 'no file the folder excludes from prompts went with it');
    await server.bridge.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
