// A Jupyter notebook in a real VS Code (code-server's built-in ipynb support, no Jupyter
// extension, no kernel) under VS Code's default editor settings, against a loopback Ollama:
// ghost text in the third cell uses a name imported in the first (the request shows the whole
// notebook around the cell), Tab puts it into that cell only; the chat's current file is the
// notebook and Apply edits the cell the answer rewrites, leaving it without a final newline as it
// was; a refactor of a selection inside a cell opens the same review as for a file, Accept writes
// the cell, one undo takes it back.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { clickClear, packageFlywheelVsix, runCommand, screenshot, startSession, typeInEditor, webviewFrame, type Session } from './harness';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { waitUntil } from './harness/waitUntil';
import { openReview } from './harness/reviewTab';
import { writeRequestLog } from './harness/requestLog';
import { fakeOllamaModels } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';
const model = fakeOllamaModels.qwenCoder.name;

const total = 'def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t';
const simplifiedTotal = 'def total(xs):\n    return sum(xs)';
const cells: { kind: 'code' | 'markdown'; source: string }[] = [
  { kind: 'code', source: 'import pandas as pd' },
  { kind: 'markdown', source: '# Sales\nMonthly totals.' },
  { kind: 'code', source: '' },
  { kind: 'code', source: 'df.head()' },
  { kind: 'code', source: total },
];

/** An nbformat 4 notebook as Jupyter writes it (sources as lists of lines). */
function ipynb(): string {
  const lines = (s: string): string[] => s.split(/(?<=\n)/).filter((l) => l !== '');
  return JSON.stringify({
    cells: cells.map((c) => c.kind === 'code'
      ? { cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: lines(c.source) }
      : { cell_type: 'markdown', metadata: {}, source: lines(c.source) }),
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  }, null, 1);
}

// VS Code's own defaults, put back over the harness's quieter editor settings (a user has these).
const vscodeDefaults = {
  'editor.quickSuggestions': { other: 'on', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': true,
  'editor.wordBasedSuggestions': 'matchingDocuments',
  'editor.parameterHints.enabled': true,
  'editor.autoClosingBrackets': 'languageDefined',
  'editor.autoClosingQuotes': 'languageDefined',
};

describe('a Jupyter notebook in code-server, under VS Code defaults', { timeout: 300_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;

  before(async () => {
    ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder] });
    // Completion requests no test scripts (VS Code may ask at any cursor) get no suggestion and
    // never take the refactor's queued chat reply.
    ollama.answer(() => true, { tokens: [] });
    session = await startSession({
      name: 'notebook',
      extensionVsix: packageFlywheelVsix(),
      settings: vscodeDefaults,
      // flywheel.models.* are machine-scoped: a remote window (code-server) reads them only here.
      machineSettings: {
        'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model }],
        'flywheel.models.refactor': [{ provider: 'ollama', baseUrl: ollama.url, model }],
        'flywheel.models.chat': [{ provider: 'ollama', baseUrl: ollama.url, model }],
        'flywheel.models.ollamaHost': ollama.url,
        'flywheel.models.warmUp': false,
      },
      env: { OLLAMA_HOST: ollama.url },
      workspaceFiles: { 'analysis.ipynb': ipynb() },
      waitForExtensions: [flywheelId],
    });
    // Clicked in the Explorer like a file; the notebook editor (not a text editor) takes it, once
    // the built-in ipynb extension has activated and read the file (slow on a loaded machine).
    const row = session.page.locator('.explorer-folders-view .monaco-list-row[aria-label="analysis.ipynb"]').first();
    await row.waitFor({ timeout: 30_000 });
    await clickClear(row);
    await waitUntil('the notebook open in the notebook editor', () =>
      session.server.bridge.evaluate((vscode) => vscode.window.activeNotebookEditor?.notebook.cellCount === 5), { timeoutMs: 120_000 });
    await session.page.locator('.notebook-editor .cell-list-container .monaco-editor').first().waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('notebook', ollama);
    await ollama?.close();
  });

  /** The text of every cell, in order (from the extension host). */
  const cellTexts = (): Promise<string[]> =>
    session.server.bridge.evaluate((vscode) =>
      vscode.workspace.notebookDocuments.find((n) => n.uri.path.endsWith('/analysis.ipynb'))?.getCells().map((c) => c.document.getText()) ?? []);

  /** The chat's webview (the notebook editor has a webview of its own, for outputs). */
  const chatView = (): Promise<FrameLocator> =>
    waitUntil('the chat webview', async () => {
      const count = await session.page.locator('iframe.webview.ready').count();
      for (let i = 0; i < count; i++) {
        const frame = webviewFrame(session.page, i);
        if ((await frame.locator('textarea.input').count()) > 0) return frame;
      }
      return undefined;
    }, { timeoutMs: 30_000 });

  /** Puts the cursor at the end of cell `index` (0-based) in edit mode, as Enter on a selected cell does. */
  async function editCellEnd(index: number): Promise<void> {
    const { page, server } = session;
    await server.bridge.evaluate(async (vscode, i: number) => {
      const editor = vscode.window.activeNotebookEditor!;
      // Already editing that cell: selecting it again would take the focus out of its editor.
      if (vscode.window.activeTextEditor?.document === editor.notebook.cellAt(i).document) return;
      const range = new vscode.NotebookRange(i, i + 1);
      editor.selections = [range];
      editor.revealRange(range);
      await vscode.commands.executeCommand('notebook.cell.edit');
    }, index);
    await waitUntil(`cell ${index + 1} in edit mode`, () =>
      server.bridge.evaluate((vscode, i: number) => vscode.window.activeTextEditor?.document === vscode.window.activeNotebookEditor?.notebook.cellAt(i).document, index));
    await page.locator('.notebook-editor .monaco-editor.focused').waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+End');
    await waitUntil(`the cursor at the end of cell ${index + 1}`, () =>
      server.bridge.evaluate((vscode) => {
        const editor = vscode.window.activeTextEditor!;
        return editor.document.offsetAt(editor.selection.active) === editor.document.getText().length;
      }));
  }

  /** The open review: its tab's label and the cell with each change in place (removed lines, then added). */
  const reviewTab = () => openReview(session.server.bridge);

  const acceptButton = () => session.page.locator('.editor-actions .action-label[aria-label^="Accept Proposed Changes"]').first();

  /** Warnings that an accepted proposal went stale: our own write must never raise one. */
  const staleWarnings = () => session.page.locator('.notifications-toasts .notification-list-item', { hasText: 'can no longer be applied' }).count();

  /** What every cell should hold by now. */
  const expected = cells.map((c) => c.source);

  /** Ghost text anywhere in the notebook editor (each cell has its own editor). */
  function ghostIn(page: Page) {
    return page.locator('.notebook-editor .ghost-text-decoration');
  }

  it('ghost text in the third cell uses the import of the first; the request holds the notebook; Tab fills that cell only', async () => {
    const { page, server } = session;
    const suggestion = 'pd.read_csv("sales.csv")';
    const rule = ollama.answer(promptEndsWith('# %%\ndf = '), { tokens: ['pd.read_csv(', '"sales.csv")', '\n'], tokenDelayMs: 10 });
    await editCellEnd(2);
    await server.bridge.executeCommand('editor.action.inlineSuggest.trigger');
    await typeInEditor(page, 'df = ');

    await ghostIn(page).first().waitFor({ timeout: 60_000 });
    assert.equal((await ghostIn(page).allTextContents()).join('').replace(/\u00a0/g, ' '), suggestion);
    await screenshot(page, 'notebook-ghost-text');

    const request = await rule.first;
    assert.equal(request.body.model, model);
    assert.ok(request.body.prompt.includes('# %%\nimport pandas as pd\n'), `the first cell is in the prompt: ${request.body.prompt}`);
    assert.ok(request.body.prompt.endsWith('# %% [markdown]\n# # Sales\n# Monthly totals.\n\n# %%\ndf = '), request.body.prompt);
    assert.ok(request.body.suffix.startsWith('\n\n# %%\ndf.head()\n\n# %%\ndef total(xs):'), `the later cells follow: ${request.body.suffix}`);
    assert.ok(request.body.options.stop.includes('# %%'), 'a model starting the next cell is stopped');
    assert.deepEqual(await cellTexts(), expected.map((t, i) => (i === 2 ? 'df = ' : t)), 'ghost text is not in the notebook');

    await page.keyboard.press('Tab');
    await waitUntil('the suggestion in the third cell', async () => (await cellTexts())[2] === `df = ${suggestion}`);
    expected[2] = `df = ${suggestion}`;
    assert.deepEqual(await cellTexts(), expected, 'no other cell changed');
    await screenshot(page, 'notebook-ghost-accepted');
  });

  it('the chat\'s current file is the notebook, its chip names the cell; Apply of an answer proposes an edit to that cell', async () => {
    const { page, server } = session;
    await editCellEnd(3);
    await page.keyboard.press('Control+Alt+L');
    const view = await chatView();
    await view.locator('.chip', { hasText: 'analysis.ipynb, cell 4' }).waitFor({ timeout: 30_000 });

    ollama.reply({ tokens: ['Pass the number of rows:\n\n', '```python\n', 'df.head(10)\n', '```\n'], tokenDelayMs: 10 });
    const input = view.locator('textarea.input');
    await input.fill('Show ten rows instead');
    await input.press('Enter');
    const answer = view.locator('.turn.assistant.status-done').last();
    await answer.waitFor({ timeout: 60_000 });
    await screenshot(page, 'notebook-chat');

    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.at(-1).content as string;
    assert.match(sent, /The notebook the user has open, `analysis\.ipynb`: its code cells, each headed by its number \(the cursor is in cell 4\)/);
    assert.ok(sent.includes('# %% cell 1\nimport pandas as pd\n'), sent);
    assert.ok(sent.includes('# %% cell 4\ndf.head()\n'), sent);
    assert.ok(!sent.includes('Monthly totals'), 'the chat quotes code cells');

    await clickClear(answer.locator('.code-block button[data-action="apply"]'));
    // The block ends with a newline, the cell does not: the review changes the line, adds none.
    await waitUntil('the review of cell 4', async () => (await reviewTab())?.text === 'df.head()\ndf.head(10)', { timeoutMs: 60_000 });
    assert.match((await reviewTab())!.label, /cell 4/);
    await screenshot(page, 'notebook-apply-review');
    await clickClear(acceptButton());
    await waitUntil('the answer in cell 4', async () => (await cellTexts())[3] !== 'df.head()');
    expected[3] = 'df.head(10)';
    assert.deepEqual(await cellTexts(), expected, 'no other cell changed');
    await waitUntil('the review closed', async () => !(await reviewTab()));
    assert.equal(await staleWarnings(), 0, 'the accepted write is not taken for a change underneath');
  });

  it('a refactor of a selection inside a cell opens the review of that cell; Accept writes it there; one undo takes it back', async () => {
    const { page, server } = session;
    ollama.reply({ tokens: ['Use the built-in:\n\n', '```python\n', '    return sum(xs)\n', '```\n'], tokenDelayMs: 10 });
    await editCellEnd(4);
    // The function's body selected from the keyboard: from its second line to the cell's end.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Control+End');
    await waitUntil('the body selected', () => server.bridge.evaluate((vscode) => {
      const selection = vscode.window.activeTextEditor?.selection;
      return selection?.start.line === 1 && selection.end.line === 4 && !selection.isEmpty;
    }));
    await runCommand(page, 'Flywheel: Simplify');

    const review = 'def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n    return sum(xs)';
    await waitUntil('the review of the cell', async () => (await reviewTab())?.text === review, { timeoutMs: 60_000 });
    assert.match((await reviewTab())!.label, /cell 5/, 'the review names the cell');
    const accept = acceptButton();
    await accept.waitFor({ timeout: 30_000 });
    await screenshot(page, 'notebook-refactor-review');

    // The model saw the selection with the notebook's other cells around it, the cell named.
    const sent = ollama.requestsTo('/api/chat').at(-1)!.body.messages.map((m: { content: string }) => m.content).join('\n');
    assert.match(sent, /File: analysis\.ipynb, cell 5 \(python\)/);
    assert.match(sent, /# %% cell 1\nimport pandas as pd/);
    assert.ok(sent.includes('    t = 0\n    for x in xs:\n        t += x\n    return t'), 'the selected lines');
    assert.equal((await cellTexts())[4], total, 'nothing is written before Accept');

    await clickClear(accept);
    await waitUntil('the simplified function in cell 5', async () => (await cellTexts())[4] !== total);
    await waitUntil('the review closed', async () => !(await reviewTab()));
    expected[4] = simplifiedTotal;
    assert.deepEqual(await cellTexts(), expected, 'only that cell changed, and it still ends without a newline');
    assert.equal(await staleWarnings(), 0, 'the accepted write is not taken for a change underneath');
    await screenshot(page, 'notebook-refactor-accepted');

    // Accept leaves the cursor in the cell it wrote: one Ctrl+Z there takes the whole edit back.
    await waitUntil('the cursor in cell 5 after Accept', () =>
      server.bridge.evaluate((vscode) => vscode.window.activeTextEditor?.document === vscode.window.activeNotebookEditor?.notebook.cellAt(4).document));
    await page.locator('.notebook-editor .monaco-editor.focused').waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Z');
    await waitUntil('an undo in the cell', async () => (await cellTexts())[4] !== simplifiedTotal);
    expected[4] = total;
    assert.deepEqual(await cellTexts(), expected, 'one undo restores the cell as it was, and nothing else');
    await screenshot(page, 'notebook-refactor-undone');
  });
});
