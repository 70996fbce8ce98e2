// Refactor actions in a real VS Code against a loopback Ollama: "Add Documentation" from the
// command palette opens the review at the change; Accept writes it (one undo step), Reject
// leaves the file alone, an edit made while the reply streams means nothing is written, and a
// proposal with two changes has one kept (CodeLens) and one discarded (keyboard), then undone.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { focusEditor, openFile, packageFlywheelVsix, runCommand, screenshot, startSession, typeInEditor, clickClear, type Session } from './harness';
import { waitFor, waitUntil } from './harness/waitUntil';
import { openReview, reviewLensTitles } from './harness/reviewTab';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';
const source = [
  'export function add(a: number, b: number): number {',
  '  return a + b;',
  '}',
  '',
  'export function scale(xs: number[], k: number): number[] {',
  '  return xs.map((x) => x * k);',
  '}',
  '',
].join('\n');

const documentedAdd = [
  '/**',
  ' * Adds two numbers.',
  ' * @param a the first number',
  ' * @param b the second number',
  ' * @returns their sum',
  ' */',
  'export function add(a: number, b: number): number {',
  '  return a + b;',
  '}',
];

/** A model reply that streams the documented function in small pieces, with prose around it. */
function replyTokens(lines: readonly string[]): string[] {
  return ['Here is the documented function:\n\n', '```ts\n', ...lines.map((l) => `${l}\n`), '```\n', '\nI added a JSDoc comment.'];
}

describe('refactor actions in code-server', { timeout: 480_000 }, () => {
  let session: Session;
  let ollama: FakeOllamaServer;

  before(async () => {
    ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder] });
    session = await startSession({
      name: 'refactor',
      extensionVsix: packageFlywheelVsix(),
      settings: { 'flywheel.completion.enabled': false },
      // flywheel.models.* are machine-scoped: a remote window (code-server) reads them only here.
      machineSettings: {
        'flywheel.models.refactor': [{ provider: 'ollama', baseUrl: ollama.url, model: fakeOllamaModels.qwenCoder.name }],
        'flywheel.models.ollamaHost': ollama.url,
        'flywheel.models.warmUp': false,
      },
      env: { OLLAMA_HOST: ollama.url },
      workspaceFiles: {
        'src/math.ts': source,
        'src/broken.ts': 'export function half(n: number): number {\n  return n / "2";\n}\n',
        'src/stats.ts': 'export function mean(xs: number[]): number {\n  let total = 0;\n  for (const x of xs) total += x;\n  return total / xs.length;\n}\n',
        'src/greet.ts': 'export function greet(name: string): string {\n  return `Hello, ${name}!`;\n}\n',
        'test/other.test.ts': "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('other', () => assert.ok(true));\n",
      },
      waitForExtensions: [flywheelId],
    });
    await openFile(session.page, 'src/math.ts');
  });

  after(async () => {
    await session?.stop();
    await ollama?.close();
  });

  const documentText = (): Promise<string | undefined> =>
    session.server.bridge.evaluate((vscode) => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/src/math.ts'))?.getText());

  const preview = () => openReview(session.server.bridge);
  const lensTitles = () => reviewLensTitles(session.server.bridge);

  /** The review editor's cursor line (0-based). */
  const reviewPosition = (): Promise<{ cursor: number } | undefined> =>
    session.server.bridge.evaluate((vscode) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'flywheel-review');
      return editor && { cursor: editor.selection.active.line };
    });

  const acceptButton = () => session.page.locator('.editor-actions .action-label[aria-label^="Accept Proposed Changes"]').first();

  const statsSource = 'export function mean(xs: number[]): number {\n  let total = 0;\n  for (const x of xs) total += x;\n  return total / xs.length;\n}\n';
  const statsText = (): Promise<string | undefined> =>
    session.server.bridge.evaluate((vscode) => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/src/stats.ts'))?.getText());

  async function putCursorIn(line: number): Promise<void> {
    await session.server.bridge.showWorkspaceFile('src/math.ts', [line, 4, line, 4]);
    await focusEditor(session.page);
  }

  it('Add Documentation from the palette opens the review at the change, and Accept writes it into the file', async () => {
    const { page } = session;
    ollama.reply({ tokens: replyTokens(documentedAdd), tokenDelayMs: 20 });
    await putCursorIn(1);
    await runCommand(page, 'Flywheel: Add Documentation');

    const expected = documentedAdd.join('\n') + source.slice(source.indexOf('\n}') + 2);
    // The review shows the file with the doc comment lines added in place.
    await waitFor(async () => (await preview())?.text === expected, 30_000);
    const accept = acceptButton();
    await accept.waitFor({ timeout: 30_000 });
    await page.locator('.codelens-decoration', { hasText: 'Accept (Ctrl+Enter)' }).first().waitFor({ timeout: 30_000 });
    // The cursor is on the first change. Waited for: the review's last text can land after its
    // CodeLens, and the workbench's cursor, moved by that text, reaches the host after our reveal.
    await waitFor(async () => (await reviewPosition())?.cursor === 0, 10_000);
    await screenshot(page, 'refactor-review');

    // The model was asked with the function's code and the language's doc style.
    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.map((m: { content: string }) => m.content).join('\n');
    assert.match(sent, /export function add\(a: number, b: number\): number \{\n  return a \+ b;\n\}/);
    assert.match(sent, /JSDoc/);
    assert.equal(await documentText(), source, 'nothing is written before Accept');

    await clickClear(accept);
    await waitFor(async () => (await documentText()) === expected);
    await waitFor(async () => !(await preview()));
    await screenshot(page, 'refactor-accepted');

    // One undo step takes the whole edit back.
    await session.server.bridge.showWorkspaceFile('src/math.ts');
    await session.server.bridge.executeCommand('undo');
    await waitFor(async () => (await documentText()) === source);
  });

  it('Reject (Ctrl+Backspace in the review) leaves the file unchanged', async () => {
    const { page } = session;
    const before = await documentText();
    ollama.reply({ tokens: replyTokens(['/** Scales every item by k. */', 'export function scale(xs: number[], k: number): number[] {', '  return xs.map((x) => x * k);', '}']), tokenDelayMs: 10 });
    await putCursorIn(5);
    await runCommand(page, 'Flywheel: Add Documentation');
    await waitFor(async () => (await preview())?.text.includes('/** Scales every item by k. */') === true, 30_000);
    await acceptButton().waitFor({ timeout: 30_000 });
    // The review opens at the change (line 5), not at line 1.
    await waitFor(async () => (await reviewPosition())?.cursor === 4, 10_000);
    await focusEditor(page);
    await page.keyboard.press('Control+Backspace');
    await waitFor(async () => !(await preview()));
    assert.equal(await documentText(), before);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await documentText(), before, 'still unchanged a moment later');
  });

  it('an edit made while the reply streams means nothing is applied', async () => {
    const { page } = session;
    // Slow tokens: the reply takes a few seconds.
    const slowTokens = replyTokens(documentedAdd).flatMap((t) => t.match(/[\s\S]{1,6}/g) ?? []);
    ollama.reply({ tokens: slowTokens, tokenDelayMs: 60 });
    const chats = ollama.requestsTo('/api/chat').length;
    await putCursorIn(1);
    await runCommand(page, 'Flywheel: Add Documentation');
    await waitFor(async () => ollama.requestsTo('/api/chat').length > chats && ollama.requestsTo('/api/chat').at(-1)!.tokensSent > 2, 30_000);

    // The user edits the file (in its own tab) while the proposal is still streaming.
    await session.server.bridge.showWorkspaceFile('src/math.ts');
    await waitFor(async () => (await session.server.bridge.activeEditor())?.path.endsWith('math.ts'));
    await focusEditor(page);
    // Keys, not an API selection: the cursor then moves in the renderer before the typing.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await typeInEditor(page, '// edited\n');
    const edited = source.replace('}\n\nexport function scale', '}\n// edited\n\nexport function scale');
    await waitFor(async () => (await documentText()) === edited).catch(async (error: Error) => {
      throw new Error(`${error.message}; the document is ${JSON.stringify(await documentText())}`);
    });
    await page.locator('.notifications-toasts .notification-list-item', { hasText: 'can no longer be applied' }).first().waitFor({ timeout: 30_000 });

    // The stream finishes; accepting now is refused and nothing is written.
    const expected = documentedAdd.join('\n') + source.slice(source.indexOf('\n}') + 2);
    await waitFor(async () => (await preview())?.text === expected, 30_000);
    await waitFor(async () => ollama.requestsTo('/api/chat').at(-1)!.tokensSent === slowTokens.length, 10_000);
    // The parse check runs after the stream; the review is ready when it says it cannot apply.
    await waitUntil('the review to say the proposal is stale', async () =>
      (await lensTitles()).some((title) => title.includes('can no longer be applied')), { timeoutMs: 30_000 });
    await runCommand(page, 'Flywheel: Accept Proposed Changes');
    await page.locator('.notifications-toasts .notification-list-item', { hasText: 'nothing was written' }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'refactor-stale');
    assert.equal(await documentText(), edited);
    await waitFor(async () => !(await preview()));
  });

  it('offers "Fix with Flywheel" as a quick fix on an error, and Fix sends the diagnostic to the model', async () => {
    const { page, server } = session;
    await openFile(page, 'src/broken.ts');
    const errorRange = await waitUntil(
      'the error diagnostic of broken.ts',
      () =>
        server.bridge.evaluate((vscode) => {
          const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/src/broken.ts'));
          if (!doc) return undefined; // the extension host hears of the opened file a moment later
          const error = vscode.languages.getDiagnostics(doc.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error);
          return error && { line: error.range.start.line, character: error.range.start.character, message: error.message };
        }),
      { timeoutMs: 60_000 },
    );
    const titles = await server.bridge.evaluate(async (vscode, at: { line: number; character: number }) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/src/broken.ts'))!;
      const position = new vscode.Position(at.line, at.character);
      const onError = await vscode.commands.executeCommand<{ title: string }[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(position, position));
      const onSelection = await vscode.commands.executeCommand<{ title: string }[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 2, 1));
      return { onError: onError.map((a) => a.title), onSelection: onSelection.map((a) => a.title) };
    }, errorRange);
    assert.ok(titles.onError.includes('Fix with Flywheel'), JSON.stringify(titles.onError));
    for (const title of ['Flywheel: Add Documentation', 'Flywheel: Simplify', 'Flywheel: Add Types', 'Flywheel: Explain']) {
      assert.ok(titles.onSelection.includes(title), `${title} in ${JSON.stringify(titles.onSelection)}`);
    }

    ollama.reply({ tokens: ['```ts\n', 'export function half(n: number): number {\n', '  return n / 2;\n', '}\n', '```\n'] });
    await server.bridge.evaluate(async (vscode, at: { line: number; character: number }) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/src/broken.ts'))!;
      const position = new vscode.Position(at.line, at.character);
      const actions = await vscode.commands.executeCommand<{ title: string; command?: { command: string; arguments?: unknown[] } }[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(position, position));
      const fix = actions.find((a) => a.title === 'Fix with Flywheel')!;
      void vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    }, errorRange);
    await waitFor(async () => (await preview())?.text.includes('return n / 2;') === true, 30_000);
    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.map((m: { content: string }) => m.content).join('\n');
    assert.ok(sent.includes(errorRange.message.split('\n')[0]), 'the diagnostic is in the prompt');
    await acceptButton().waitFor({ timeout: 30_000 });
    await runCommand(page, 'Flywheel: Reject Proposed Changes');
    await waitFor(async () => !(await preview()));
  });

  it('Generate Tests writes into the project\'s test folder convention', async () => {
    const { page, server } = session;
    await openFile(page, 'src/greet.ts');
    ollama.reply({
      tokens: ['```ts\n', "import { test } from 'node:test';\n", "import assert from 'node:assert/strict';\n", "import { greet } from '../src/greet';\n", '\n', "test('greets', () => assert.equal(greet('Ada'), 'Hello, Ada!'));\n", '```\n'],
    });
    const chats = ollama.requestsTo('/api/chat').length;
    await runCommand(page, 'Flywheel: Generate Tests');
    const shown = await waitUntil('the review preview', preview, { timeoutMs: 30_000 });
    await waitFor(async () => ollama.requestsTo('/api/chat').length > chats);
    assert.match(shown.label, /greet\.test\.ts ↔ Flywheel: Generate Tests: greet/);
    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.map((m: { content: string }) => m.content).join('\n');
    assert.match(sent, /test\/other\.test\.ts/, 'an existing test file is shown as the example');
    // The CodeLens Accept above the first line, there exactly while the proposal waits.
    const lensAccept = page.locator('.codelens-decoration a', { hasText: 'Accept (Ctrl+Enter)' }).first();
    await lensAccept.waitFor({ timeout: 30_000 });
    await clickClear(lensAccept);
    await waitFor(async () => !(await preview()));
    const created = await waitUntil('the created test file', () =>
      server.bridge.evaluate((vscode) => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/test/greet.test.ts'))?.getText()),
    { timeoutMs: 30_000 });
    assert.match(created, /^import \{ test \} from 'node:test';\n[\s\S]*test\('greets'/);
    // The file is written (a document of the host) before it is shown: its editor is waited for, not read at once
    // (one loaded run read no active editor there).
    await waitUntil('the created test file as the active editor', async () => (await server.bridge.activeEditor())?.path.endsWith('/test/greet.test.ts'));
  });

  it('Explain answers in the chat view, with the code as a selection chip', async () => {
    const { page } = session;
    await openFile(page, 'src/greet.ts');
    ollama.reply({ tokens: ['`greet` builds a greeting\n', 'from a **name**.\n'] });
    await runCommand(page, 'Flywheel: Explain');
    // The chat webview (VS Code nests it: an outer iframe, then #active-frame).
    const chat = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    const answer = chat.locator('.turn.assistant.status-done').last();
    await answer.locator('.markdown strong', { hasText: 'name' }).waitFor({ timeout: 30_000 });
    await chat.locator('.turn.user .chip.kind-selection', { hasText: 'greet.ts' }).first().waitFor({ timeout: 30_000 });
    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.map((m: { content: string }) => m.content).join('\n');
    assert.match(sent, /src\/greet\.ts/, 'the code went along, quoted with its path');
    assert.match(sent, /function greet/);
    await screenshot(page, 'refactor-explain');
  });

  it('two changes: Keep one from its CodeLens, Discard the other with Alt+N; only the kept one is written, and one undo takes it back', async () => {
    const { page } = session;
    await openFile(page, 'src/stats.ts');
    const reply = ['/** The mean of xs. */', 'export function mean(xs: number[]): number {', '  let total = 0;', '  for (const x of xs) total += x;', '  return xs.length ? total / xs.length : 0;', '}'];
    ollama.reply({ tokens: ['```ts\n', ...reply.map((l) => `${l}\n`), '```\n'] });
    await runCommand(page, 'Flywheel: Simplify');
    await waitFor(async () => (await preview())?.text.includes('xs.length ? total') === true, 30_000);
    const second = page.locator('.codelens-decoration', { hasText: 'Change 2 of 2' });
    await second.waitFor({ timeout: 30_000 });
    await screenshot(page, 'refactor-hunks');
    await clickClear(second.locator('a', { hasText: 'Keep' }));
    await page.locator('.codelens-decoration', { hasText: 'Kept' }).waitFor({ timeout: 30_000 });
    assert.equal(await statsText(), statsSource, 'nothing is written while a change is undecided');
    await screenshot(page, 'refactor-hunk-kept');
    await focusEditor(page);
    await page.keyboard.press('Alt+N');
    const kept = statsSource.replace('return total / xs.length;', 'return xs.length ? total / xs.length : 0;');
    await waitFor(async () => (await statsText()) === kept);
    await waitFor(async () => !(await preview()));
    await session.server.bridge.showWorkspaceFile('src/stats.ts');
    await session.server.bridge.executeCommand('undo');
    await waitFor(async () => (await statsText()) === statsSource);
  });

  it('Choose Changes…: untick one change with a click, press Enter, only the other is written', async () => {
    const { page } = session;
    await openFile(page, 'src/stats.ts');
    const reply = ['/** The mean of xs. */', 'export function mean(xs: number[]): number {', '  let total = 0;', '  for (const x of xs) total += x;', '  return xs.length ? total / xs.length : 0;', '}'];
    ollama.reply({ tokens: ['```ts\n', ...reply.map((l) => `${l}\n`), '```\n'] });
    await runCommand(page, 'Flywheel: Simplify');
    await waitFor(async () => (await preview())?.text.includes('xs.length ? total') === true, 30_000);
    const choose = page.locator('.editor-actions .action-label[aria-label^="Choose Changes to Keep"]').first();
    await choose.waitFor({ timeout: 30_000 });
    await clickClear(choose);
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.nth(2).waitFor({ timeout: 30_000 });
    assert.equal(await rows.count(), 3, 'the row that writes, then the two changes');
    // Untick the second change (the return line) with a click, then press Enter: that writes.
    await clickClear(rows.nth(2));
    await rows.first().filter({ hasText: 'Keep 1 of 2 changes' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'refactor-choose');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await statsText()) === '/** The mean of xs. */\n' + statsSource);
    await waitFor(async () => !(await preview()));
  });

  it('a model server error is said where the user looks, and the file is left as it was', async () => {
    const { page } = session;
    await openFile(page, 'src/stats.ts');
    const before = await statsText();
    const chats = ollama.requestsTo('/api/chat').length;
    ollama.reply({ path: '/api/chat', status: 500 });
    await runCommand(page, 'Flywheel: Simplify');
    const failed = page.locator('.notifications-toasts .notification-list-item', { hasText: 'Simplify failed —' });
    await failed.first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'refactor-model-error');
    assert.match(await failed.first().innerText(), /HTTP 500[\s\S]*Your file was not changed/);
    assert.ok(ollama.requestsTo('/api/chat').length > chats, 'the model server was asked');
    assert.equal(await statsText(), before);
    await session.server.bridge.executeCommand('notifications.clearAll');
  });
});
