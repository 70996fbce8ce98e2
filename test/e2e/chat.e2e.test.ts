// The chat sidebar in a real VS Code against a loopback Ollama: ask about a selection (sent by
// the keybinding), see the answer stream in as Markdown with a highlighted code block, Stop a
// second answer mid-stream (the HTTP request is closed), Apply a code block (its review: keep one
// change, discard the other, undo), then reload the window and find the conversation again;
// with every editor closed, the Codebase chip finds the file that answers a question through the
// workspace index, and its snippet chip opens it at its line, while an open file from outside the
// workspace folders never reaches the prompt. The context the user chose wins: an @-mentioned file
// goes whole while a large open file is cut (and the user is told). Screenshots in dark and light themes.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { focusEditor, openFile, packageFlywheelVsix, screenshot, startSession, clickClear, type Session } from './harness';
import { waitFor } from './harness/waitUntil';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';

// A file no test opens: only the workspace index can find it. Modules beside it make a build
// long enough to watch its progress in the status bar.
const requestContext = [
  'import contextvars',
  '',
  '_cv_request = contextvars.ContextVar("flask.request_ctx")',
  '',
  '',
  'class RequestContext:',
  '    def __init__(self, app, environ):',
  '        self.app = app',
  '        self.environ = environ',
  '        self._tokens = []',
  '',
  '    def push(self):',
  '        self._tokens.append(_cv_request.set(self))',
  '',
  '    def pop(self, exc=None):',
  '        _cv_request.reset(self._tokens.pop())',
  '',
].join('\n');
const modules = Object.fromEntries(
  Array.from({ length: 120 }, (_, i) => [`pkg/handlers${i}.py`, `def handle_${i}(event, payload):\n    return payload.get("item_${i}")\n`]),
);
const source = [
  'export function add(a: number, b: number): number {',
  '  return a - b;',
  '}',
  '',
  'export function scale(xs: number[], k: number): number[] {',
  '  return xs.map((x) => x * k);',
  '}',
  '',
].join('\n');

/** An open file far larger than the chat window (8192 tokens by default). */
const bigSource = Array.from({ length: 2_500 }, (_, i) => `export const value${i} = compute(${i}, 'padding text for line ${i}');`).join('\n') + '\n';
const helpersSource = [
  'export function compute(n: number, label: string): string {',
  '  return `${label}:${n * 2}`;',
  '}',
  '',
].join('\n');

// A ledger in the workspace and another in a sibling folder outside it, each with its own marker
// and function: a Codebase question naming both may bring the first to the model, never the
// second (which, open in an editor and named by the question, is what retrieval would rank first).
const ledger = (marker: string, name = 'reconcile_quokka_ledger') => [
  `def ${name}(entries):`,
  `    # Balances the quokka ledger (${marker}).`,
  '    return sum(e.amount for e in entries)',
  '',
].join('\n');
const insideMarker = 'INSIDE_WORKSPACE_MARKER_4F2A';
const outsideMarker = 'OUTSIDE_WORKSPACE_MARKER_9C1E';

// Two changes to review: a doc comment above the function and the fix inside it.
const fixedAdd = ['/** Adds two numbers. */', 'export function add(a: number, b: number): number {', '  return a + b;', '}'];

/** A reply that streams prose, a fenced TypeScript block, and more prose, in small pieces. */
function answerTokens(): string[] {
  const text = [
    'The function **subtracts** instead of adding. Here is the fix:\n\n',
    '```ts src/math.ts\n',
    ...fixedAdd.map((l) => `${l}\n`),
    '```\n\n',
    'Now `add(2, 3)` returns `5`.',
  ].join('');
  return text.match(/[\s\S]{1,7}/g) ?? [];
}

describe('chat sidebar in code-server', { timeout: 600_000 }, () => {
  let session: Session;
  let ollama: FakeOllamaServer;

  before(async () => {
    ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder7b, fakeOllamaModels.llama] });
    session = await startSession({
      name: 'chat',
      extensionVsix: packageFlywheelVsix(),
      settings: { 'flywheel.completion.enabled': false },
      // flywheel.models.* are machine-scoped: a remote window (code-server) reads them only here.
      machineSettings: {
        'flywheel.models.chat': [{ provider: 'ollama', baseUrl: ollama.url, model: fakeOllamaModels.qwenCoder7b.name }],
        'flywheel.models.warmUp': false,
      },
      env: { OLLAMA_HOST: ollama.url },
      workspaceFiles: {
        'src/math.ts': source,
        'src/big.ts': bigSource,
        'src/helpers.ts': helpersSource,
        'server/requestContext.py': requestContext,
        'billing/ledger.py': ledger(insideMarker),
        ...modules,
      },
      waitForExtensions: [flywheelId],
    });
    await openFile(session.page, 'src/math.ts');
  });

  after(async () => {
    await session?.stop();
    await ollama?.close();
  });

  /** The chat webview's document (VS Code nests it: an outer iframe, then #active-frame). */
  function chat(): FrameLocator {
    return session.page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  }

  const documentText = (): Promise<string | undefined> =>
    session.server.bridge.evaluate((vscode) => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/src/math.ts'))?.getText());

  it('asks about the selection and streams a Markdown answer with a highlighted code block', async () => {
    const { page } = session;
    // The editor shows the file before a busy extension host has heard of it.
    await waitFor(async () => (await documentText()) !== undefined, 60_000);
    await session.server.bridge.showWorkspaceFile('src/math.ts', [0, 0, 3, 0]);
    await focusEditor(page);
    await page.keyboard.press('Control+Alt+L');

    const view = chat();
    await view.locator('.chip.kind-selection', { hasText: 'math.ts:1-3' }).waitFor({ timeout: 30_000 });
    await view.locator('.model-select').waitFor({ timeout: 15_000 });
    assert.equal(await view.locator('.model-badge').innerText(), 'local');

    // The answer is held until the test has seen it streaming: a loaded machine may take long to
    // start the request, and a short answer could stream through before the indicator is seen.
    let streamingSeen!: () => void;
    ollama.reply({ tokens: answerTokens(), tokenDelayMs: 25, until: new Promise<void>((resolve) => (streamingSeen = resolve)) });
    const input = view.locator('textarea.input');
    await input.fill('Why does add return the wrong result?');
    await input.press('Enter');

    // Streaming: the typing indicator shows while the text grows, then the block gets its toolbar.
    await view.locator('.turn.assistant.status-streaming').waitFor({ timeout: 30_000 });
    streamingSeen();
    const answer = view.locator('.turn.assistant.status-done').last();
    await answer.waitFor({ timeout: 30_000 });
    await answer.locator('.code-block .hljs-keyword', { hasText: 'function' }).first().waitFor();
    await answer.locator('.code-block button[data-action="apply"]').waitFor();
    assert.match(await answer.locator('.markdown').innerText(), /subtracts instead of adding/);
    assert.match(await answer.locator('.code-caption').innerText(), /ts · src\/math\.ts/);
    assert.equal(await answer.locator('.markdown strong').innerText(), 'subtracts');

    // The selection went to the model, quoted with its path, and the question came last.
    const sent = ollama.requestsTo('/api/chat').at(-1)!.body;
    const last = sent.messages.at(-1).content as string;
    assert.match(last, /src\/math\.ts/);
    assert.match(last, /return a - b;/);
    assert.match(last, /Why does add return the wrong result\?$/);
    assert.equal(sent.model, fakeOllamaModels.qwenCoder7b.name);
    assert.equal(typeof sent.options.num_ctx, 'number');
    await screenshot(page, 'chat-dark');
  });

  it('Stop aborts the request mid-stream', async () => {
    const view = chat();
    const { request } = ollama.reply({ tokens: Array.from({ length: 400 }, (_, i) => `word${i} `), tokenDelayMs: 40 });
    const input = view.locator('textarea.input');
    await input.fill('Explain scale in great detail');
    await input.press('Enter');
    const streaming = view.locator('.turn.assistant.status-streaming');
    await streaming.locator('.markdown', { hasText: 'word3' }).waitFor({ timeout: 15_000 });
    await clickClear(view.locator('button.stop'));
    const req = await request;
    assert.equal(await req.outcome, 'clientClosed', 'the HTTP request was closed');
    assert.ok(req.tokensSent < 400);
    const stopped = view.locator('.turn.assistant.status-stopped').last();
    await stopped.locator('.stopped-note').waitFor({ timeout: 10_000 });
    const textAtStop = await stopped.locator('.markdown').innerText();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await stopped.locator('.markdown').innerText(), textAtStop, 'no more text after Stop');
    await view.locator('button.send').waitFor();
  });

  it('@ adds a workspace file as a removable chip; the draft survives hiding the view', async () => {
    const { page } = session;
    const view = chat();
    const input = view.locator('textarea.input');
    await input.fill('');
    await input.pressSequentially('@mat', { delay: 30 });
    const popup = view.locator('.mention-popup');
    await popup.locator('.mention-item', { hasText: 'math.ts' }).waitFor({ timeout: 10_000 });
    await input.press('Enter');
    const chip = view.locator('.composer .chip.kind-mention', { hasText: 'math.ts' });
    await chip.waitFor();
    assert.equal(await input.inputValue(), '', 'the @query is replaced by the chip');
    await clickClear(chip.locator('.chip-remove'));
    await chip.waitFor({ state: 'detached' });

    // Hidden views are torn down (retainContextWhenHidden is off); the draft comes back.
    await input.fill('a half-written question');
    await clickClear(page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first());
    await page.locator('.explorer-folders-view').waitFor();
    await clickClear(page.locator('.activitybar .action-item a[aria-label^="Flywheel"]').first());
    await chat().locator('textarea.input').waitFor();
    await waitFor(async () => (await chat().locator('textarea.input').inputValue()) === 'a half-written question');
    await chat().locator('textarea.input').fill('');
  });

  it('an error lands in the conversation with its fix, and Retry answers the same question', async () => {
    const { page } = session;
    const view = chat();
    const model = fakeOllamaModels.qwenCoder7b.name;
    ollama.reply({ status: 404, errorMessage: `model "${model}" not found, try pulling it first` });
    const input = view.locator('textarea.input');
    await input.fill('What does scale return?');
    await input.press('Enter');
    const card = view.locator('.turn.assistant.status-error .error-card');
    await card.waitFor({ timeout: 15_000 });
    assert.equal(await card.locator('.error-command code').innerText(), `ollama pull ${model}`);
    await view.locator('.turn.user', { hasText: 'What does scale return?' }).waitFor();
    await screenshot(page, 'chat-error');

    ollama.reply({ tokens: ['It returns a new array ', 'with every item times `k`.'] });
    await clickClear(card.locator('button[data-action="retry"]'));
    await view.locator('.turn.assistant.status-done', { hasText: 'It returns a new array' }).waitFor({ timeout: 15_000 });
    assert.equal(await view.locator('.error-card').count(), 0);
    assert.equal(await view.locator('.turn.user').count(), 3, 'the question was kept, not repeated');
    const retried = ollama.requestsTo('/api/chat').at(-1)!.body.messages.at(-1).content as string;
    assert.match(retried, /What does scale return\?$/);
  });

  it('Apply opens the review; keep the fix, discard the doc comment, only the fix is written; undo takes it back', async () => {
    const { page } = session;
    const view = chat();
    await clickClear(view.locator('.turn.assistant.status-done .code-block button[data-action="apply"]').first());

    // The same review as refactors: the file with both changes in place, Keep/Discard above each.
    const fix = page.locator('.codelens-decoration', { hasText: 'Change 2 of 2' });
    await fix.waitFor({ timeout: 30_000 });
    await page.locator('.editor-actions .action-label[aria-label^="Accept Proposed Changes"]').first().waitFor();
    assert.equal(await documentText(), source, 'nothing is written before the changes are decided');
    await screenshot(page, 'chat-apply-review');

    // The cursor starts on the first change (the doc comment): Alt+N discards it and moves on.
    await focusEditor(page);
    await page.keyboard.press('Alt+N');
    await page.locator('.codelens-decoration', { hasText: 'Discarded' }).waitFor({ timeout: 30_000 });
    assert.equal(await documentText(), source, 'nothing is written while a change is undecided');
    await screenshot(page, 'chat-apply-discarded');
    // Keep the fix from its CodeLens: the last decision writes.
    await clickClear(fix.locator('a', { hasText: 'Keep' }));
    const expected = source.replace('  return a - b;\n', '  return a + b;\n');
    await waitFor(async () => (await documentText()) === expected);
    await session.server.bridge.evaluate(async (vscode) => {
      await vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/src/math.ts'))!.save();
    });
    assert.equal(session.server.readWorkspaceFile('src/math.ts'), expected);

    // One undo step takes the whole write back.
    await session.server.bridge.showWorkspaceFile('src/math.ts');
    await session.server.bridge.executeCommand('undo');
    await waitFor(async () => (await documentText()) === source);

    // The file changed since the answer: Apply of the same block is now refused.
    await clickClear(view.locator('.turn.assistant.status-done .code-block button[data-action="apply"]').first());
    await page.locator('.notifications-toasts .notification-list-item', { hasText: 'changed since this answer' }).first().waitFor({ timeout: 10_000 });
  });

  it('looks right in the light theme; after a window reload (in high contrast) the conversation is still there', async () => {
    const { page } = session;
    const setTheme = (theme: string) =>
      session.server.bridge.evaluate((vscode, t: string) => vscode.workspace.getConfiguration().update('workbench.colorTheme', t, vscode.ConfigurationTarget.Global), theme);
    await setTheme('Default Light Modern');
    await page.locator('.monaco-workbench.vs').waitFor({ timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 500));
    await screenshot(page, 'chat-light');

    // Switch before the reload: afterwards the extension host (and the bridge) are new.
    await setTheme('Default High Contrast');
    await page.locator('.monaco-workbench.hc-black').waitFor({ timeout: 15_000 });
    await page.reload({ timeout: 120_000 }); // a loaded machine can take well over 30 s
    await page.locator('.monaco-workbench.hc-black').waitFor({ timeout: 60_000 });
    // The Flywheel container was the open side bar, so the chat comes back by itself.
    const view = chat();
    await view.locator('.turn.user', { hasText: 'Why does add return the wrong result?' }).waitFor({ timeout: 180_000 }); // the new extension host starts late on a loaded machine
    assert.equal(await view.locator('.turn.user').count(), 3);
    await view.locator('.turn.assistant .code-block').first().waitFor();
    await view.locator('.turn.assistant.status-stopped .stopped-note').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    await screenshot(page, 'chat-high-contrast');
  });

  it('history: new chat, reopen the old one, delete it', async () => {
    const { page } = session;
    const view = chat();
    // The view's title buttons live in its pane header and show on hover.
    const header = page.locator('.part.sidebar .pane-header', { hasText: 'Chat' }).first();
    const historyButton = header.locator('.action-label[aria-label^="Show Chat History"]').first();
    await header.hover();
    await clickClear(historyButton);
    const item = view.locator('.history-item', { hasText: 'Why does add return the wrong result?' });
    await item.waitFor({ timeout: 10_000 });
    await screenshot(page, 'chat-history');
    await clickClear(view.locator('.history-header button[data-new]'));
    await view.locator('.welcome').waitFor();

    await header.hover();
    await clickClear(historyButton);
    await clickClear(item.locator('.history-open'));
    await view.locator('.turn.user', { hasText: 'Why does add return the wrong result?' }).waitFor();

    await header.hover();
    await clickClear(historyButton);
    await clickClear(item.locator('button[data-delete]'));
    await clickClear(page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Delete' }).first());
    await item.waitFor({ state: 'detached', timeout: 10_000 });
    await view.locator('.history-empty').waitFor();
  });
  it('an @-mentioned file goes whole while a large open file is cut to fit, and the user is told what was cut', async () => {
    const { page, server } = session;
    await server.bridge.ready(180_000); // after the reload: the new extension host's bridge
    await openFile(page, 'src/big.ts');
    await server.bridge.executeCommand('flywheel.chat.new');
    const view = chat();
    // The history list may still be open from the test before: the command closes it (as in the
    // Codebase case below, waiting for the welcome waits for that).
    await view.locator('.welcome').waitFor({ timeout: 30_000 });
    await view.locator('.composer .chip.kind-file', { hasText: 'big.ts' }).waitFor({ timeout: 30_000 });
    const input = view.locator('textarea.input');
    await input.fill('');
    await input.pressSequentially('@helpers', { delay: 30 });
    await view.locator('.mention-popup .mention-item', { hasText: 'helpers.ts' }).waitFor({ timeout: 10_000 });
    await input.press('Enter');
    await view.locator('.composer .chip.kind-mention', { hasText: 'helpers.ts' }).waitFor();

    ollama.reply({ tokens: ['`compute` doubles ', 'the number.'] });
    await input.fill('What does compute return for value7?');
    await input.press('Enter');
    await view.locator('.turn.assistant.status-done', { hasText: 'doubles the number' }).waitFor({ timeout: 30_000 });

    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.at(-1).content as string;
    assert.ok(sent.includes(helpersSource.trimEnd()), 'the mentioned file went whole');
    assert.match(sent, /The file the user has open, `src\/big\.ts`/);
    assert.match(sent, /lines (above|below) omitted/, 'the open file was cut');
    assert.ok(!sent.includes('value2499 ='), 'not all of the open file fits');
    const note = view.locator('.turn.user').last().locator('.trimmed');
    const said = await note.innerText();
    assert.match(said, /big\.ts \(open file, cut to [\d,]+ of [\d,]+ tokens\)/);
    assert.doesNotMatch(said, /helpers/);
    await screenshot(page, 'chat-mention-survives-large-file');
  });

  it('with nothing open, the Codebase chip finds the answering file through the index; its snippet chip opens it at its line', async () => {
    const { page, server } = session;
    await server.bridge.ready(180_000); // after the reload: the new extension host's bridge
    await server.bridge.evaluate((vscode) => vscode.commands.executeCommand('flywheel.chat.new'));
    const view = chat();
    // The history list may still be open from the test before: the command reveals the view with
    // its input focused, which closes the list once that message arrives. Waiting for the welcome
    // waits for that; clicking the list's New button could lose the race to the list closing.
    await view.locator('.welcome').waitFor({ timeout: 30_000 });
    // Earlier cases leave edited files (Apply, then undo): reverted first, else closing asks to save and waits.
    await server.bridge.evaluate(async (vscode) => {
      for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
    // Rebuild, paused at once so the status bar holds still for its screenshot, then resumed.
    await server.bridge.evaluate((vscode) => {
      void vscode.commands.executeCommand('flywheel.rebuildIndex');
      void vscode.commands.executeCommand('flywheel.pauseIndexing');
    });
    const progress = page.locator('.statusbar-item', { hasText: /(Indexing|Index paused) \d+\/12\d/ });
    await progress.waitFor({ timeout: 60_000 });
    await screenshot(page, 'index-progress');
    await server.bridge.evaluate((vscode) => vscode.commands.executeCommand('flywheel.resumeIndexing'));
    await page.locator('.statusbar-item', { hasText: /Index/ }).waitFor({ state: 'detached', timeout: 180_000 });

    const input = view.locator('textarea.input');
    await input.fill('');
    await input.pressSequentially('@cod', { delay: 30 });
    await view.locator('.mention-popup .mention-item', { hasText: 'Codebase' }).waitFor({ timeout: 10_000 });
    await input.press('Enter');
    await view.locator('.composer .chip.kind-codebase').waitFor();
    ollama.reply({ tokens: ['`RequestContext.push` sets the context variable; ', '`pop` resets it.'] });
    await input.fill('where is the request context pushed and popped?');
    await input.press('Enter');
    await view.locator('.turn.assistant.status-done', { hasText: 'resets it' }).waitFor({ timeout: 60_000 });

    // The snippet went to the model, and shows as a chip with its path and lines.
    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.at(-1).content as string;
    assert.match(sent, /A related snippet from `server\/requestContext\.py` \(lines \d+-\d+\)/);
    assert.match(sent, /def push\(self\):/);
    // Several chunks of one file are one chip with their line ranges (`path:12-30, 41-52`).
    const chips = view.locator('.turn.user').last().locator('.chip.kind-codebase', { hasText: 'server/requestContext.py:' });
    const chip = chips.first();
    await chip.waitFor();
    assert.equal(await chips.count(), 1, 'one chip for the file');
    const label = await chip.innerText();
    assert.match(label, /:\d+(-\d+)?(, \d+(-\d+)?)*$/, label);
    const line = Number(/:(\d+)/.exec(label)![1]);
    await screenshot(page, 'chat-codebase-snippets');

    await clickClear(chip);
    await waitFor(async () => (await server.bridge.evaluate((vscode) => vscode.window.activeTextEditor?.document.uri.path ?? ''))?.endsWith('/server/requestContext.py'));
    const cursor = await server.bridge.evaluate((vscode) => vscode.window.activeTextEditor!.selection.active.line);
    assert.equal(cursor + 1, line, 'the chip opens the file at the snippet\'s first line');
    assert.ok(requestContext.split('\n').slice(line - 1).join('\n').includes('def push(self):'), 'the snippet holds push');
  });

  it('Codebase context never reaches outside the workspace folders: an open file from a sibling folder stays out, the workspace one goes in', async () => {
    const { page, server } = session;
    // A sibling of the workspace folder, as another project beside it would be.
    const outsideFile = join(dirname(server.workspaceDir), 'other-project', 'ledger.py');
    mkdirSync(dirname(outsideFile), { recursive: true });
    writeFileSync(outsideFile, ledger(outsideMarker, 'audit_quokka_ledger'));
    // Opened, as a person opens a file from elsewhere (the context engine ranks every open
    // document); then a workspace Python file is made active, so the open-file chip is not the
    // outside one and the question is in its language (similar code is ranked within a language).
    await server.bridge.evaluate(async (vscode, path: string) => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(path)), { preview: false });
      const python = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'server/requestContext.py');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(python), { preview: false });
    }, outsideFile);
    // The extension host knows the outside file: the context engine could rank it.
    await waitFor(() => server.bridge.evaluate((vscode) => vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/other-project/ledger.py'))));
    await server.bridge.executeCommand('flywheel.chat.new');
    const view = chat();
    await view.locator('.welcome').waitFor({ timeout: 30_000 });
    // The composer's chips have arrived (the open file's comes with the others).
    await view.locator('.composer .chip.kind-file', { hasText: 'requestContext.py' }).waitFor({ timeout: 30_000 });
    const input = view.locator('textarea.input');
    await input.fill('');
    // The Codebase chip stays in the composer from the question before; added if it is not there.
    if ((await view.locator('.composer .chip.kind-codebase').count()) === 0) {
      await input.pressSequentially('@cod', { delay: 30 });
      await view.locator('.mention-popup .mention-item', { hasText: 'Codebase' }).waitFor({ timeout: 10_000 });
      await input.press('Enter');
    }
    await view.locator('.composer .chip.kind-codebase').waitFor();
    ollama.reply({ tokens: ['It sums ', 'the entries.'] });
    await input.fill('what do reconcile_quokka_ledger and audit_quokka_ledger return?');
    await input.press('Enter');
    await view.locator('.turn.assistant.status-done', { hasText: 'the entries' }).waitFor({ timeout: 60_000 });

    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.at(-1).content as string;
    assert.ok(sent.includes(insideMarker), 'control: the workspace file that answers the question reached the prompt');
    assert.ok(!sent.includes(outsideMarker), 'the open file outside the workspace folders never reached the prompt');
    assert.ok(!sent.includes('other-project'), 'nor its path');
    await view.locator('.turn.user').last().locator('.chip.kind-codebase', { hasText: 'billing/ledger.py' }).first().waitFor();
    await screenshot(page, 'chat-codebase-stays-in-workspace');
  });
});
