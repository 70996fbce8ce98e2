// Inline completions of the packaged extension in a real VS Code with its default editor settings
// (suggest widget, auto-closing brackets), against a loopback Ollama (the fake server, with a
// qwen2.5-coder whose template takes a suffix): typing shows ghost text from the model, Tab
// inserts it, the status bar shows the wait, the prompt report shows the accepted suggestion's
// prompt; beside the suggest widget the ghost text extends the selected item; typing something
// else makes it go away, a newer keystroke closes the older request's connection, a CRLF file
// gets CRLF, a 5 MB file sends nothing.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  armInlineSuggestions, focusEditor, goToEndOfFile, openFile, packageFlywheelVsix, readGhostText, runCommand, screenshot, startSession, typeInEditor,
  waitForGhostText, type Session,
} from './harness';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { waitUntil } from './harness/waitUntil';
import { writeRequestLog } from './harness/requestLog';
import { fakeOllamaModels } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';
const model = fakeOllamaModels.qwenCoder.name;

const calc = 'def add(a, b):\n    return a + b\n\n\nprint(add(1, 2))\n';
const typeOver = 'def area(r):\n    return 3.14 * r * r\n\n';
const slow = 'import math\n\n';
const alive = 'x = 1\n';
const widget = 'running_sum = 0\nfor price in [1, 2, 3]:\n    running_sum += price\n';
const crlf = [
  'export function add(a: number, b: number): number {',
  '  return a + b;',
  '}',
  '',
  'export function mul(a: number, b: number): number {',
  '}',
  '',
].join('\r\n');
/** About 5 MB of JavaScript, over the 4000 KB default of flywheel.completion.maxFileSizeKb. */
const big = Array.from({ length: 210_000 }, (_, i) => `const value_${String(i).padStart(6, '0')} = ${i};\n`).join('');

describe('inline completions in code-server', { timeout: 300_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;

  before(async () => {
    assert.ok(big.length > 5_000_000);
    ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder] });
    session = await startSession({
      name: 'completion',
      extensionVsix: packageFlywheelVsix(),
      // Machine-scoped, so a remote window (code-server) reads it from the remote settings.
      machineSettings: { 'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model }] },
      // Nothing may reach a real Ollama on the default port.
      env: { OLLAMA_HOST: ollama.url },
      args: ['--log', 'debug'],
      workspaceFiles: { 'calc.py': calc, 'typeover.py': typeOver, 'slow.py': slow, 'alive.py': alive, 'widget.py': widget, 'crlf.ts': crlf, 'big.js': big },
      waitForExtensions: [flywheelId],
    });
  });

  after(async () => {
    await session?.stop();
    // What the model server was asked, kept next to the screenshots for a failed run.
    if (ollama) writeRequestLog('completion', ollama);
    await ollama?.close();
  });

  /**
   * Puts the cursor at (line, character), 0-based, with the keyboard: a selection set through
   * the API reaches the renderer later than keystrokes typed right after it.
   */
  async function placeCursor(line: number, character: number | 'end'): Promise<void> {
    const { page, server } = session;
    await focusEditor(page);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
    if (character === 'end') await page.keyboard.press('End');
    else for (let i = 0; i < character; i++) await page.keyboard.press('ArrowRight');
    await waitUntil(`the cursor at ${line}:${character}`, async () => {
      const editor = await server.bridge.activeEditor();
      const lineText = editor?.text.split(/\r?\n/)[line] ?? '';
      return editor?.cursor.line === line && editor.cursor.character === (character === 'end' ? lineText.length : character);
    });
  }

  /** Opens a file through the Explorer and waits until the extension host sees it active. */
  async function open(name: string, timeoutMs?: number): Promise<void> {
    await openFile(session.page, name, { timeoutMs });
    await waitUntil(`${name} active in the extension host`, async () => (await session.server.bridge.activeEditor())?.path.endsWith(`/${name}`));
    await armInlineSuggestions(session.server.bridge);
  }

  /** Ctrl+End, and waits until the extension host has the cursor there. */
  async function cursorToEnd(): Promise<void> {
    await goToEndOfFile(session.page);
    await waitUntil('the cursor at the end', () =>
      session.server.bridge.evaluate((vscode) => {
        const editor = vscode.window.activeTextEditor!;
        return editor.document.offsetAt(editor.selection.active) === editor.document.getText().length;
      }));
  }

  const documentText = async (): Promise<string | undefined> => (await session.server.bridge.activeEditor())?.text;

  it('shows the model\'s completion as ghost text, sends prefix and suffix natively, and Tab inserts it', async () => {
    const { page } = session;
    // VS Code closes the bracket as it is typed: the model sees ")" after the cursor and, as a
    // FIM model does, answers the arguments alone.
    const rule = ollama.answer(promptEndsWith('total = add('), { tokens: ['2', ', 3'], tokenDelayMs: 20 });
    await open('calc.py');
    await placeCursor(3, 0);
    await typeInEditor(page, 'total = add(');

    assert.equal(await waitForGhostText(page), '2, 3');
    await screenshot(page, 'completion-ghost-text');
    assert.equal(await documentText(), 'def add(a, b):\n    return a + b\n\ntotal = add()\nprint(add(1, 2))\n', 'ghost text is not in the document');

    const request = await rule.first;
    const body = request.body;
    assert.equal(body.model, model);
    assert.equal(body.prompt, 'def add(a, b):\n    return a + b\n\ntotal = add(');
    assert.equal(body.suffix, ')\nprint(add(1, 2))\n');
    assert.equal(body.raw, undefined, 'the model template supports a suffix: Ollama renders it');
    assert.equal(body.stream, true);
    assert.equal(body.keep_alive, '30m');
    assert.equal(body.options.num_predict, 64, 'a single-line completion asks for few tokens');
    assert.equal(body.options.num_ctx, 4096);
    assert.equal(body.options.temperature, 0.2);
    assert.ok(Array.isArray(body.options.stop), 'stop is a list');
    for (const token of ['<|endoftext|>', '<|file_sep|>', '<|fim_prefix|>']) {
      assert.ok(body.options.stop.includes(token), `stop has ${token}: ${JSON.stringify(body.options.stop)}`);
    }
    assert.equal(await request.outcome, 'completed');

    await page.keyboard.press('Tab');
    const accepted = 'def add(a, b):\n    return a + b\n\ntotal = add(2, 3)\nprint(add(1, 2))\n';
    await waitUntil('the accepted text in the document', async () => (await documentText()) === accepted);
    await waitUntil('the ghost text to go', async () => (await readGhostText(page)) === '');
    const editor = await session.server.bridge.activeEditor();
    assert.deepEqual(editor?.cursor, { line: 3, character: 'total = add(2, 3'.length }, 'the cursor is after the inserted text');
    await screenshot(page, 'completion-accepted');
  });

  it('the status bar shows the keystroke-to-ghost time with the model\'s beside it; the prompt report shows the accepted suggestion\'s prompt, read-only', async () => {
    const { page, server } = session;
    const status = page.locator('.statusbar-item', { hasText: /Flywheel \d+ ms · model \d+ ms/ });
    await status.first().waitFor({ timeout: 10_000 });
    // The keystroke after Tab sent another request; the report is still about the accepted suggestion.
    await waitUntil('a request after the accept', () => ollama.generateRequests().some((r) => r.body?.prompt?.endsWith('total = add(2, 3')));
    await runCommand(page, 'Flywheel: Show Last Completion Prompt');
    const report = await waitUntil('the report open', async () => {
      const editor = await server.bridge.activeEditor();
      return editor?.path.endsWith('Flywheel Completion Prompt.md') ? editor : undefined;
    });
    assert.match(report.text, /^# Flywheel: the prompt behind the suggestion last accepted\n\n- \*\*Suggestion:\*\* `` 2, 3 ``/);
    assert.ok(report.text.includes('## Prefix as sent\n\n```text\ndef add(a, b):\n    return a + b\n\ntotal = add(\n```'), report.text);
    const scheme = await server.bridge.evaluate((vscode) => vscode.window.activeTextEditor?.document.uri.scheme);
    assert.equal(scheme, 'flywheel-prompt', 'a virtual document');
    await screenshot(page, 'completion-prompt-report');
    // Typing into it changes nothing, and closing it asks nothing.
    await focusEditor(page);
    await typeInEditor(page, 'x');
    assert.equal((await server.bridge.activeEditor())?.isDirty, false);
    await page.keyboard.press('Control+W');
    await waitUntil('the report closed', async () => !(await server.bridge.activeEditor())?.path.endsWith('Flywheel Completion Prompt.md'));
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no save prompt');
  });

  it('with the suggest widget open, the ghost text extends its selected item; Tab inserts the item, and Tab again the rest that was shown', async () => {
    const { page } = session;
    // The model sees the widget's item as if accepted, and continues it.
    const rule = ollama.answer(promptEndsWith('print(running_sum'), { tokens: [' * 2'] });
    await open('widget.py');
    await cursorToEnd();
    await typeInEditor(page, 'print(runn');
    const widgetRow = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused');
    await widgetRow.waitFor({ timeout: 15_000 });
    assert.match((await widgetRow.getAttribute('aria-label')) ?? '', /running_sum/);
    const shown = await waitUntil('ghost text beside the widget', async () => {
      const ghost = await readGhostText(page);
      return ghost.includes('* 2') ? ghost : undefined;
    });
    assert.ok(await page.locator('.editor-widget.suggest-widget.visible').isVisible(), 'the widget is still open');
    await screenshot(page, 'completion-suggest-widget-ghost');
    assert.equal(shown, 'ing_sum * 2', 'the rest of the item, then the model\'s continuation');
    const request = await rule.first;
    assert.equal(request.body.suffix, ')', 'the model sees the auto-closed bracket after the cursor');

    await page.keyboard.press('Tab');
    await waitUntil('the item in the document', async () => (await documentText()) === `${widget}print(running_sum)`);
    await waitUntil('the rest still shown', async () => (await readGhostText(page)) === ' * 2');
    await screenshot(page, 'completion-suggest-widget-item-accepted');
    await page.keyboard.press('Tab');
    await waitUntil('the whole suggestion in the document', async () => (await documentText()) === `${widget}print(running_sum * 2)`);
    assert.equal(await readGhostText(page), '');
  });

  it('typing a character the suggestion does not have makes it go away, and the text is what was typed', async () => {
    const { page } = session;
    ollama.answer(promptEndsWith('scale = '), { tokens: ['area', '(2)'] });
    await open('typeover.py');
    await cursorToEnd();
    await typeInEditor(page, 'scale = ');
    assert.equal(await waitForGhostText(page), 'area(2)');

    await typeInEditor(page, 'x');
    await waitUntil('the ghost text to go', async () => (await readGhostText(page)) === '');
    assert.equal(await documentText(), `${typeOver}scale = x`);
    // The keystroke asked again, with the new prefix, and got nothing to show.
    const retyped = await waitUntil('a request for the new prefix', () => ollama.generateRequests().find((r) => r.body?.prompt?.endsWith('scale = x')));
    await retyped.outcome;
    assert.equal(await readGhostText(page), '');
    assert.equal(await documentText(), `${typeOver}scale = x`);
  });

  it('a newer keystroke during a slow stream closes the older request', async () => {
    const { page } = session;
    const slowRule = ollama.answer(promptEndsWith('slow = '), { tokens: ['1'], tokenDelayMs: 250, endless: true });
    await open('slow.py');
    await cursorToEnd();
    await typeInEditor(page, 'slow = ');
    const streaming = await slowRule.first;
    await waitUntil('the slow stream to start', () => streaming.tokensSent > 0);

    await typeInEditor(page, '4');
    assert.equal(await streaming.outcome, 'clientClosed', 'the server saw the client close the connection');
    assert.ok(streaming.tokensSent < 64, `the stream was cut short (${streaming.tokensSent} tokens sent)`);
    await waitUntil('a request for the newer prefix', () => ollama.generateRequests().some((r) => r.body?.prompt?.endsWith('slow = 4')));
    assert.equal(await readGhostText(page), '', 'nothing from the cancelled stream is shown');
    assert.equal(await documentText(), `${slow}slow = 4`);
  });

  it('a CRLF file gets a multi-line completion with CRLF line ends', async () => {
    const { page, server } = session;
    const body = ['const p = a * b;\n', '  return p;\n', '}\n', '\n', 'export function more() {\n'];
    const rule = ollama.answer(promptEndsWith('mul(a: number, b: number): number {\n  '), { tokens: body, tokenDelayMs: 10 });
    await open('crlf.ts');
    await placeCursor(4, 'end');
    await page.keyboard.press('Enter');

    await waitForGhostText(page);
    await screenshot(page, 'completion-crlf-multiline');
    assert.equal(await readGhostText(page), 'const p = a * b;\n  return p;');
    const request = await rule.first;
    assert.equal(request.body.suffix, '\n}\n', 'the model sees LF line ends');
    assert.equal(request.body.options.num_predict, 256, 'a multi-line completion asks for more tokens');

    await page.keyboard.press('Tab');
    const expected = [
      'export function add(a: number, b: number): number {',
      '  return a + b;',
      '}',
      '',
      'export function mul(a: number, b: number): number {',
      '  const p = a * b;',
      '  return p;',
      '}',
      '',
    ].join('\r\n');
    await waitUntil('the accepted text in the document', async () => (await documentText()) === expected);
    await page.keyboard.press('Control+S');
    await waitUntil('the save', async () => (await server.bridge.activeEditor())?.isDirty === false);
    assert.equal(server.readWorkspaceFile('crlf.ts'), expected);
  });

  it('a 5 MB file opens, takes typing, sends no request and logs no error', async () => {
    const { page, server } = session;
    // Its editor took 25-60 s to appear on a loaded 2-core machine.
    await open('big.js', 150_000);
    await cursorToEnd();
    await typeInEditor(page, 'const tail = ');
    await waitUntil('the typed text in the document', () =>
      server.bridge.evaluate((vscode) => vscode.window.activeTextEditor?.document.getText().endsWith('\nconst tail = ')));
    // Long enough for any debounce and a round trip to the fake server.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const fromBigFile = ollama.generateRequests().filter((r) => String(r.body?.prompt).includes('const tail'));
    assert.equal(fromBigFile.length, 0, 'no completion request for a file over the size limit');
    assert.equal(await readGhostText(page), '');
    const length = await server.bridge.evaluate((vscode) => vscode.window.activeTextEditor?.document.getText().length);
    assert.equal(length, big.length + 'const tail = '.length);

    // A file within the limit still completes: the extension is alive after the big one.
    const aliveRule = ollama.answer(promptEndsWith('alive = '), { tokens: ['True'] });
    await open('alive.py');
    await cursorToEnd();
    await typeInEditor(page, 'alive = ');
    assert.equal(await waitForGhostText(page), 'True');
    assert.ok(aliveRule.requests.length > 0);
  });

  it('logged no error in the extension host or the Flywheel log', () => {
    const host = session.server.readLog('remoteexthost.log');
    const flywheelErrors = host.split('\n').filter((line) => /\[error\]/i.test(line) && /flywheel/i.test(line));
    assert.deepEqual(flywheelErrors, []);
    const own = session.server.readLog('Flywheel.log');
    assert.ok(own.includes('activated'), 'the Flywheel log was found');
    assert.deepEqual(own.split('\n').filter((line) => /\[error\]/i.test(line)), []);
  });
});
