// A window opened on settings whose exclusion VS Code drops: a settings file holds `"flywheel.guard": false` before
// `"flywheel.guard.exclude": [...]`, and VS Code's settings reader ignores the dotted key under a name the file sets to a
// non-object ("Conflict in settings file …: Ignoring flywheel.guard.exclude as flywheel.guard is false"). The folder (and
// the workspace file, and the user settings) are there from the window's start, not added: they are read with the
// extension host's first data, so the added folder's wait never looked at them. Explain of each file the dropped
// exclusion names must not reach the loopback model server; the user is told once per file, with the file a click away;
// an ordinary file goes. Which scopes VS Code drops is checked, not assumed (the test prints `inspect`'s values).
import { strict as assert } from 'node:assert';
import type { Locator } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { clickClear, focusEditor, runCommand, screenshot, settledButtons, type Session } from './harness';
import { startScriptedWindow } from './harness/addedFolderWindow';
import type { ScriptedOllamaServer } from './harness/scriptedOllama';
import { writeRequestLog } from './harness/requestLog';
import { waitUntil } from './harness/waitUntil';

/** A settings file (or `settings` object) that sets the section to a non-object before its dotted exclusion. */
const conflicting = (glob: string) => ({ 'flywheel.guard': false, 'flywheel.guard.exclude': [glob] });
const settingsText = (...globs: string[]) => `${JSON.stringify({ 'flywheel.guard': false, 'flywheel.guard.exclude': globs }, null, 2)}\n`;

interface StartWindow {
  readonly ollama: ScriptedOllamaServer;
  readonly session: Session;
  readonly consoleSaid: string[];
}

async function startWindow(name: string, opens: Parameters<typeof startScriptedWindow>[2]): Promise<StartWindow> {
  const { session, ollama } = await startScriptedWindow(name, ['It explains.'], opens);
  const consoleSaid: string[] = [];
  session.page.on('console', (message) => {
    if (/flywheel\.guard/.test(message.text())) consoleSaid.push(message.text());
  });
  return { ollama, session, consoleSaid };
}

/** VS Code's own values of flywheel.guard.exclude in each scope, for the file at `path` (absolute). */
async function inspected(session: Session, path: string): Promise<Record<string, unknown>> {
  return session.server.bridge.evaluate((vscode, file: string) => {
    const i = vscode.workspace.getConfiguration('flywheel.guard', vscode.Uri.file(file)).inspect('exclude');
    return { user: i?.globalValue ?? null, workspace: i?.workspaceValue ?? null, folder: i?.workspaceFolderValue ?? null };
  }, path);
}

/**
 * Explain of the whole file at `path` (absolute): whether it was held back (the toast naming the file) or sent (a chat
 * request holding `marker`), the toast's words, and its buttons once they are `button` (the file that holds the glob).
 */
async function explain(w: StartWindow, path: string, marker: string, shot: string, button?: string): Promise<{ held: boolean; said: string; buttons: readonly string[] }> {
  const { page, server } = w.session;
  await server.bridge.evaluate(async (vscode, file: string) => {
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
    editor.selection = new vscode.Selection(0, 0, editor.document.lineCount, 0);
  }, path);
  const name = path.slice(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1);
  await waitUntil(`${name} active`, async () => (await server.bridge.activeEditor())?.path.endsWith(`/${name}`));
  await focusEditor(page);
  await runCommand(page, 'Flywheel: Explain');
  const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: `${name} is excluded` });
  const sent = () => w.ollama.requestsTo('/api/chat').some((r) => JSON.stringify(r.body).includes(marker));
  const outcome = await waitUntil(`Explain of ${name} held back or sent`, async () => (sent() ? 'sent' : (await toast.count()) > 0 ? 'held' : undefined), { timeoutMs: 30_000, intervalMs: 200 });
  await screenshot(page, shot);
  if (outcome !== 'held') return { held: false, said: '', buttons: [] };
  return { held: true, said: await toast.first().innerText(), buttons: button === undefined ? [] : await settledButtons(toast.first(), [button]) };
}

/**
 * The warning about `file` in the notifications list: its text, after checking it is there once with its one button;
 * `then` runs while the list is open. (Asked before the held-back toasts fill the list: it draws only the items in view.)
 */
async function warningAbout(w: StartWindow, file: string, button: string, shot: string, then?: (warning: Locator) => Promise<void>): Promise<string> {
  const { page, server } = w.session;
  const warning = page.locator('.notifications-center .notification-list-item', { hasText: `${file} sets flywheel.guard.exclude` });
  // Shown a second time, the list sometimes draws the first row twice (seen in the last runs of 8, at this file's second look, in
  // both windows; a screenshot `<shot>-drawn-twice`): not a second notification — the extension said it once (its log, asserted
  // by the callers), and shown afresh the list has one row. The rows are counted once they settle, the list shown afresh
  // if they do not.
  const once = async () => {
    await server.bridge.executeCommand('notifications.showList');
    await warning.first().waitFor({ timeout: 15_000 });
    return waitUntil(`one row about ${file}`, async () => ((await warning.count()) === 1 ? true : undefined), { timeoutMs: 5_000 }).catch(() => false);
  };
  try {
    if (!(await once())) {
      await screenshot(page, `${shot}-drawn-twice`);
      await server.bridge.executeCommand('notifications.hideList');
      await once();
    }
    await screenshot(page, shot);
    assert.equal(await warning.count(), 1, `said once about ${file}`);
    assert.deepEqual(await settledButtons(warning.first(), [button]), [button]);
    const said = await warning.first().innerText();
    await then?.(warning.first());
    return said;
  } finally {
    await server.bridge.executeCommand('notifications.hideList');
  }
}

const flywheelLog = (w: StartWindow) => w.session.server.readLog('flywheel.flywheel/Flywheel.log');

describe('a one-folder window opened on a folder (and user settings) whose exclusion VS Code drops', { timeout: 300_000 }, () => {
  const folderMarker = 'start_conflict_folder_marker_41a7';
  const userMarker = 'start_conflict_user_marker_9c2e';
  let w: StartWindow;
  let root = '';

  before(async () => {
    w = await startWindow('guard-start-conflict-single', {
      settings: conflicting('/usersecret/'),
      workspaceFiles: {
        '.vscode/settings.json': settingsText('/private/'),
        'private/notes.py': `# ${folderMarker}\ndef notes():\n    pass\n`,
        'usersecret/keys.py': `# ${userMarker}\ndef keys():\n    pass\n`,
        'src/ok.py': 'def ok():\n    pass\n',
      },
    });
    root = await w.session.server.bridge.evaluate((vscode) => vscode.workspace.workspaceFolders![0]!.uri.fsPath);
  });

  after(async () => {
    await w?.session.stop();
    if (w) writeRequestLog('guard-start-conflict-single', w.ollama);
    await w?.ollama.close();
  });

  const everything = () => JSON.stringify(w.ollama.requests.map((r) => r.body));

  it("VS Code's reading: which of the two scopes it drops (printed), the folder's at least", async () => {
    const values = await inspected(w.session, `${root}/private/notes.py`);
    process.stderr.write(`# [e2e guard-start-conflict-single] inspect: ${JSON.stringify(values)}; console: ${w.consoleSaid.join(' | ') || '(nothing)'}\n`);
    assert.equal(values.workspace, null, "VS Code gives the folder's settings file no flywheel.guard.exclude");
  });

  it('told once, where the user looks: the folder settings a click away; the user settings too', async () => {
    const said = await warningAbout(w, '.vscode/settings.json', 'Open Folder Settings', 'guard-start-conflict-single-warning', async (warning) => {
      await clickClear(warning.locator('.monaco-button', { hasText: 'Open Folder Settings' }));
      await waitUntil("the folder's settings file open", async () => (await w.session.server.bridge.activeEditor())?.path.endsWith('/.vscode/settings.json'));
    });
    assert.match(said, /as the file also sets flywheel\.guard to false\. Flywheel excludes what the file lists/);
    assert.equal(flywheelLog(w).match(/\.vscode\/settings\.json sets flywheel\.guard\.exclude/g)?.length, 1, 'logged once');
    await warningAbout(w, 'User/settings.json', 'Open User Settings', 'guard-start-conflict-single-warning-user');
    assert.equal(flywheelLog(w).match(/User\/settings\.json sets flywheel\.guard\.exclude/g)?.length, 1, 'logged once');
  });

  it("Explain of the file the folder's dropped exclusion names is held back, never sent", async () => {
    const { held, said, buttons } = await explain(w, `${root}/private/notes.py`, folderMarker, 'guard-start-conflict-single-folder', 'Open Folder Settings');
    assert.ok(!everything().includes(folderMarker), 'nothing of private/notes.py reached the model server');
    assert.ok(held, 'Explain was held back');
    assert.match(said, /private\/notes\.py is excluded by "\/private\/"/);
    assert.deepEqual(buttons, ['Open Folder Settings'], "the file that holds the glob (VS Code's Settings editor does not show it)");
  });

  it("Explain of the file the user settings' exclusion names is held back, never sent", async () => {
    const { held, said, buttons } = await explain(w, `${root}/usersecret/keys.py`, userMarker, 'guard-start-conflict-single-user', 'Open User Settings');
    assert.ok(!everything().includes(userMarker), 'nothing of usersecret/keys.py reached the model server');
    assert.ok(held, 'Explain was held back');
    assert.match(said, /usersecret\/keys\.py is excluded by "\/usersecret\/"/);
    assert.deepEqual(buttons, ['Open User Settings'], 'the settings.json that holds the glob');
  });

  it('an ordinary file goes: the stricter reading is not a refusal of the folder', async () => {
    const before = w.ollama.requestsTo('/api/chat').length;
    await explain(w, `${root}/src/ok.py`, 'def ok()', 'guard-start-conflict-single-ok');
    assert.ok(w.ollama.requestsTo('/api/chat').slice(before).some((r) => JSON.stringify(r.body).includes('def ok()')), 'src/ok.py was sent');
  });
});

describe('a multi-root window opened on a folder and a workspace file whose exclusions VS Code drops', { timeout: 300_000 }, () => {
  const folderMarker = 'start_conflict_mr_folder_marker_5b90';
  const workspaceMarker = 'start_conflict_mr_workspace_marker_e4d3';
  let w: StartWindow;
  let app = '';
  let lib = '';

  before(async () => {
    w = await startWindow('guard-start-conflict-multi', {
      workspaceFolders: {
        app: { '.vscode/settings.json': settingsText('/private/'), 'private/notes.py': `# ${folderMarker}\ndef notes():\n    pass\n`, 'src/ok.py': 'def ok():\n    pass\n' },
        lib: { 'wssecret/keys.py': `# ${workspaceMarker}\ndef keys():\n    pass\n`, 'util.py': 'def util():\n    pass\n' },
      },
      workspaceSettings: conflicting('/wssecret/'),
    });
    [app, lib] = await w.session.server.bridge.evaluate((vscode) => vscode.workspace.workspaceFolders!.map((f) => f.uri.fsPath));
  });

  after(async () => {
    await w?.session.stop();
    if (w) writeRequestLog('guard-start-conflict-multi', w.ollama);
    await w?.ollama.close();
  });

  const everything = () => JSON.stringify(w.ollama.requests.map((r) => r.body));

  it("VS Code's reading: the folder's and the workspace file's exclusions both dropped", async () => {
    const inApp = await inspected(w.session, `${app}/private/notes.py`);
    const inLib = await inspected(w.session, `${lib}/wssecret/keys.py`);
    process.stderr.write(`# [e2e guard-start-conflict-multi] inspect app: ${JSON.stringify(inApp)}, lib: ${JSON.stringify(inLib)}; console: ${w.consoleSaid.join(' | ') || '(nothing)'}\n`);
    assert.equal(inApp.folder, null, "VS Code gives app's settings file no flywheel.guard.exclude");
    assert.equal(inLib.workspace, null, "VS Code gives the workspace file's settings no flywheel.guard.exclude");
  });

  it('told once per file, each with its file a click away', async () => {
    const said = await warningAbout(w, 'app/.vscode/settings.json', 'Open Folder Settings', 'guard-start-conflict-multi-warning');
    assert.match(said, /Flywheel excludes what the file lists/);
    await warningAbout(w, 'flywheel-e2e.code-workspace', 'Open Workspace Settings', 'guard-start-conflict-multi-warning-ws');
    assert.equal(flywheelLog(w).match(/app\/\.vscode\/settings\.json sets flywheel\.guard\.exclude/g)?.length, 1, 'logged once');
    assert.equal(flywheelLog(w).match(/flywheel-e2e\.code-workspace sets flywheel\.guard\.exclude/g)?.length, 1, 'logged once');
  });

  it("Explain of the file app's dropped exclusion names is held back, never sent", async () => {
    const { held, said } = await explain(w, `${app}/private/notes.py`, folderMarker, 'guard-start-conflict-multi-folder');
    assert.ok(!everything().includes(folderMarker), 'nothing of app/private/notes.py reached the model server');
    assert.ok(held, 'Explain was held back');
    assert.match(said, /app\/private\/notes\.py is excluded by "\/private\/" in the flywheel\.guard\.exclude of app\/\.vscode\/settings\.json/);
  });

  it("Explain of the file the workspace file's dropped exclusion names is held back, never sent", async () => {
    const { held, said, buttons } = await explain(w, `${lib}/wssecret/keys.py`, workspaceMarker, 'guard-start-conflict-multi-workspace', 'Open Workspace Settings');
    assert.ok(!everything().includes(workspaceMarker), 'nothing of lib/wssecret/keys.py reached the model server');
    assert.ok(held, 'Explain was held back');
    assert.match(said, /lib\/wssecret\/keys\.py is excluded by "\/wssecret\/"/);
    assert.deepEqual(buttons, ['Open Workspace Settings'], 'the workspace file that holds the glob');
  });

  it('an ordinary file goes', async () => {
    const before = w.ollama.requestsTo('/api/chat').length;
    await explain(w, `${app}/src/ok.py`, 'def ok()', 'guard-start-conflict-multi-ok');
    assert.ok(w.ollama.requestsTo('/api/chat').slice(before).some((r) => JSON.stringify(r.body).includes('def ok()')), 'src/ok.py was sent');
  });

  it('an edit of only the part VS Code drops: whether VS Code says so (printed), and the new exclusion holds at once', async () => {
    const { server } = w.session;
    const moreMarker = 'start_conflict_mr_more_marker_77c1';
    // Every configuration change of flywheel.* the extension host hears from now on (the extension's own listener hears the same).
    await server.bridge.evaluate((vscode) => {
      const g = globalThis as { flywheelE2eChanges?: string[] };
      g.flywheelE2eChanges = [];
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('flywheel')) g.flywheelE2eChanges!.push(`guard.exclude=${e.affectsConfiguration('flywheel.guard.exclude')} completion.exclude=${e.affectsConfiguration('flywheel.completion.exclude')}`);
      });
    });
    const changes = () => server.bridge.evaluate(() => (globalThis as { flywheelE2eChanges?: string[] }).flywheelE2eChanges ?? []);
    mkdirSync(join(app, 'more'), { recursive: true });
    writeFileSync(join(app, 'more/keys.py'), `# ${moreMarker}\ndef more():\n    pass\n`);
    // The user adds an exclusion to the list VS Code drops (saved from another editor: a write of the file).
    writeFileSync(join(app, '.vscode/settings.json'), settingsText('/private/', '/more/'));
    // (An absence can only be waited out: 5 s, then what the extension host heard is printed.)
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const heardOfDropped = await changes();
    await waitUntil("the extension's reading of the edit", () => /exclusions Flywheel keeps beside VS Code's reading of it are now .*\/more\//.test(flywheelLog(w)), { timeoutMs: 10_000 }).catch(() => undefined);
    const { held, said } = await explain(w, `${app}/more/keys.py`, moreMarker, 'guard-start-conflict-multi-edit');
    // The control: an edit VS Code does apply (a key not under the conflicting name) is heard.
    writeFileSync(join(app, '.vscode/settings.json'), `${JSON.stringify({ 'flywheel.guard': false, 'flywheel.guard.exclude': ['/private/', '/more/'], 'flywheel.completion.exclude': ['/gen/'] }, null, 2)}\n`);
    const heardOfApplied = await waitUntil('the applied edit heard', async () => ((await changes()).length > heardOfDropped.length ? changes() : undefined), { timeoutMs: 20_000 }).catch(() => heardOfDropped);
    process.stderr.write(`# [e2e guard-start-conflict-multi] configuration changes heard: after the edit VS Code drops ${JSON.stringify(heardOfDropped)}; after the applied edit ${JSON.stringify(heardOfApplied.slice(heardOfDropped.length))}\n`);
    assert.ok(!everything().includes(moreMarker), 'nothing of app/more/keys.py reached the model server');
    assert.ok(held, 'Explain was held back');
    assert.match(said, /app\/more\/keys\.py is excluded by "\/more\/"/);
    assert.equal(flywheelLog(w).match(/app\/\.vscode\/settings\.json sets flywheel\.guard\.exclude/g)?.length, 1, 'still said once');
  });
});
