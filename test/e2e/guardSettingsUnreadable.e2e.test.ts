// A window opened on folders whose settings file Flywheel cannot read: `app`'s `.vscode/settings.json` holds bytes that
// are not UTF-8 (a glob saved in cp1252), `web`'s is a folder. Their files are held back (the file may exclude them), and
// what the user is told must be true and useful: which file, why it cannot be read, that its folder's files wait until it
// can — said once where the user looks, the file a click away — not that the settings are "still being read". A readable
// folder (`lib`) is judged as ever, and the workspace index is built without waiting on a file only a write can mend.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { focusEditor, runCommand, screenshot, settledButtons, type Session } from './harness';
import { startScriptedWindow } from './harness/addedFolderWindow';
import type { ScriptedOllamaServer } from './harness/scriptedOllama';
import { writeRequestLog } from './harness/requestLog';
import { waitUntil } from './harness/waitUntil';

const appMarker = 'unreadable_settings_app_marker_3f1c';
const webMarker = 'unreadable_settings_web_marker_a92d';
const priveMarker = 'unreadable_settings_prive_marker_6e07';
/** `"/privé/"` saved in cp1252 (é = 0xE9): not UTF-8, on line 3. */
const cp1252 = Buffer.concat([Buffer.from('{\n  // the private notes\n  "flywheel.guard.exclude": ["/priv'), Buffer.from([0xe9]), Buffer.from('/"]\n}\n')]);

describe('a multi-root window opened with settings files Flywheel cannot read', { timeout: 300_000 }, () => {
  let ollama: ScriptedOllamaServer;
  let session: Session;
  let app = '';
  let web = '';
  let lib = '';

  before(async () => {
    ({ session, ollama } = await startScriptedWindow('guard-settings-unreadable', ['It explains.'], {
      workspaceFolders: {
        app: { '.vscode/settings.json': cp1252, 'src/a.py': `# ${appMarker}\ndef a():\n    pass\n`, 'privé/notes.py': `# ${priveMarker}\ndef notes():\n    pass\n` },
        web: { '.vscode/settings.json/README.md': 'a folder where the settings file should be\n', 'src/b.py': `# ${webMarker}\ndef b():\n    pass\n` },
        lib: { 'util.py': 'def util():\n    pass\n' },
      },
    }));
    [app, web, lib] = await session.server.bridge.evaluate((vscode) => vscode.workspace.workspaceFolders!.map((f) => f.uri.fsPath));
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('guard-settings-unreadable', ollama);
    await ollama?.close();
  });

  const everything = () => JSON.stringify(ollama.requests.map((r) => r.body));
  const flywheelLog = () => session.server.readLog('flywheel.flywheel/Flywheel.log');

  /** Explain of the whole file: held back (the toast naming it, its words and buttons) or sent (a request holding `marker`). */
  async function explain(root: string, relative: string, marker: string, shot: string, button?: string): Promise<{ held: boolean; said: string; buttons: readonly string[] }> {
    const { page, server } = session;
    const path = `${root}/${relative}`;
    const name = `${root.slice(root.lastIndexOf('/') + 1)}/${relative}`;
    await server.bridge.executeCommand('notifications.clearAll'); // (a toast of an earlier Explain is not this one's)
    await server.bridge.evaluate(async (vscode, file: string) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
      editor.selection = new vscode.Selection(0, 0, editor.document.lineCount, 0);
    }, path);
    await waitUntil(`${name} active`, async () => (await server.bridge.activeEditor())?.path.endsWith(`/${name}`));
    await focusEditor(page);
    await runCommand(page, 'Flywheel: Explain');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: `${name} is ` });
    const sent = () => ollama.requestsTo('/api/chat').some((r) => JSON.stringify(r.body).includes(marker));
    const outcome = await waitUntil(`Explain of ${name} held back or sent`, async () => (sent() ? 'sent' : (await toast.count()) > 0 ? 'held' : undefined), { timeoutMs: 30_000, intervalMs: 200 });
    await screenshot(page, shot);
    if (outcome !== 'held') return { held: false, said: '', buttons: [] };
    return { held: true, said: await toast.first().innerText(), buttons: button === undefined ? [] : await settledButtons(toast.first(), [button]) };
  }

  /** The warning about `file` in the notifications list, there once with its button; its words. */
  async function warningAbout(file: string, shot: string): Promise<string> {
    const { page, server } = session;
    const warning = page.locator('.notifications-center .notification-list-item', { hasText: `settings file ${file} cannot be read` });
    try {
      await server.bridge.executeCommand('notifications.showList');
      await warning.first().waitFor({ timeout: 15_000 });
      // (The list shown again may draw a row twice for a moment — guardStartConflict's note: counted once they settle.)
      await waitUntil(`one row about ${file}`, async () => ((await warning.count()) === 1 ? true : undefined), { timeoutMs: 5_000 }).catch(() => undefined);
      await screenshot(page, shot);
      assert.equal(await warning.count(), 1, `said once about ${file}`);
      assert.deepEqual(await settledButtons(warning.first(), ['Reveal in Explorer']), ['Reveal in Explorer']);
      return await warning.first().innerText();
    } finally {
      await server.bridge.executeCommand('notifications.hideList');
    }
  }

  it('told once per file, where the user looks: which file, why, that its files wait, what to do', async () => {
    // What VS Code makes of the two files (printed, not asserted: the editor's business).
    const given = await session.server.bridge.evaluate(
      (vscode, folders: string[]) => folders.map((f) => vscode.workspace.getConfiguration('flywheel.guard', vscode.Uri.file(f)).inspect('exclude')?.workspaceFolderValue ?? null),
      [app, web],
    );
    process.stderr.write(`# [e2e guard-settings-unreadable] VS Code's flywheel.guard.exclude: app ${JSON.stringify(given[0])}, web ${JSON.stringify(given[1])}\n`);
    const appSaid = await warningAbout('app/.vscode/settings.json', 'guard-settings-unreadable-warning-app');
    assert.match(appSaid, /cannot be read \(it is not UTF-8: line 3 holds bytes of another encoding\), and it may exclude files of the folder app, so they wait until it can be read\. Make it a readable UTF-8 file and save it/);
    const webSaid = await warningAbout('web/.vscode/settings.json', 'guard-settings-unreadable-warning-web');
    assert.match(webSaid, /cannot be read \(a folder stands where the file should be\), and it may exclude files of the folder web/);
    for (const folder of ['app', 'web']) assert.equal(flywheelLog().match(new RegExp(`settings file ${folder}/\\.vscode/settings\\.json cannot be read`, 'g'))?.length, 1, `logged once (${folder})`);
  });

  it("Explain of a file of each folder is held back naming the file and why, never 'still being read', never sent", async () => {
    for (const [root, folder, marker, why] of [
      [app, 'app', appMarker, 'it is not UTF-8: line 3 holds bytes of another encoding'],
      [web, 'web', webMarker, 'a folder stands where the file should be'],
    ] as const) {
      const { held, said, buttons } = await explain(root, `src/${folder === 'app' ? 'a' : 'b'}.py`, marker, `guard-settings-unreadable-explain-${folder}`, 'Reveal in Explorer');
      assert.ok(!everything().includes(marker), `nothing of ${folder}'s file reached the model server`);
      assert.ok(held, 'Explain was held back');
      assert.ok(said.includes(`is held back: the settings file ${folder}/.vscode/settings.json cannot be read (${why}), and it may exclude files of the folder ${folder}, so they wait until it can be read`), said);
      assert.match(said, new RegExp(`To send it: make ${folder}/\\.vscode/settings\\.json a readable UTF-8 file and save it`));
      assert.doesNotMatch(said, /still being read/);
      assert.deepEqual(buttons, ['Reveal in Explorer'], 'the file a click away (opening it would fail as the read did)');
    }
  });

  it('Explain of the file the unreadable glob names is held back (read with replacement characters, it would go)', async () => {
    // (As VS Code reads the file, the glob is "/priv\uFFFD/": it excludes nothing.)
    const { held } = await explain(app, 'privé/notes.py', priveMarker, 'guard-settings-unreadable-explain-prive');
    assert.ok(!everything().includes(priveMarker), 'nothing of app/privé/notes.py reached the model server');
    assert.ok(held, 'Explain was held back');
  });

  it('a readable folder is judged as ever, and the index is built (it does not wait on a file only a write mends)', async () => {
    const before = ollama.requestsTo('/api/chat').length;
    await explain(lib, 'util.py', 'def util()', 'guard-settings-unreadable-lib');
    assert.ok(ollama.requestsTo('/api/chat').slice(before).some((r) => JSON.stringify(r.body).includes('def util()')), 'lib/util.py was sent');
    const { page, server } = session;
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    // Show Index Status, as the status bar opens it (the palette's runner waits for the palette to close, which this
    // quick pick, opened in its place, never lets it).
    const status = await waitUntil(
      'the index up to date',
      async () => {
        await server.bridge.evaluate((vscode) => void vscode.commands.executeCommand('flywheel.showIndexStatus'));
        await rows.first().waitFor({ timeout: 10_000 });
        const lines = await rows.allInnerTexts();
        if (lines.join(' | ').includes('Up to date')) return lines;
        await page.keyboard.press('Escape');
        return undefined;
      },
      { timeoutMs: 90_000, intervalMs: 2_000 },
    ).catch(() => undefined);
    await screenshot(page, 'guard-settings-unreadable-index');
    await page.keyboard.press('Escape');
    process.stderr.write(`# [e2e guard-settings-unreadable] index status: ${JSON.stringify(status ?? 'never up to date')}\n`);
    assert.ok(status, 'the index was built');
    assert.ok(status.some((line) => /^1 files\b/.test(line.trim())), "lib's one file indexed, the held folders' left out");
  });

  it('mended and saved, the file is read again: its folder judged by its settings from then on', async () => {
    writeFileSync(join(app, '.vscode/settings.json'), '{\n  "flywheel.guard.exclude": ["/private/"]\n}\n');
    await waitUntil('app read again', async () => {
      const { held } = await explain(app, 'src/a.py', appMarker, 'guard-settings-unreadable-mended');
      return held ? undefined : true;
    }, { timeoutMs: 60_000, intervalMs: 1_000 });
    assert.ok(everything().includes(appMarker), "app's ordinary file goes once its settings are read");
  });
});
