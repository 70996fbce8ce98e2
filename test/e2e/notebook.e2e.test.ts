// A Jupyter notebook in a real VS Code (code-server's built-in ipynb support, no Jupyter
// extension, no kernel) under VS Code's default editor settings, against a loopback Ollama:
// ghost text in the third cell uses a name imported in the first (the request shows the whole
// notebook around the cell), Tab puts it into that cell only.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { clickClear, packageFlywheelVsix, screenshot, startSession, typeInEditor, type Session } from './harness';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { waitUntil } from './harness/waitUntil';
import { writeRequestLog } from './harness/requestLog';
import { fakeOllamaModels } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';
const model = fakeOllamaModels.qwenCoder.name;

const total = 'def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t';
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
    // Completion requests no test scripts (VS Code may ask at any cursor) get no suggestion.
    ollama.answer(() => true, { tokens: [] });
    session = await startSession({
      name: 'notebook',
      extensionVsix: packageFlywheelVsix(),
      settings: vscodeDefaults,
      // flywheel.models.* are machine-scoped: a remote window (code-server) reads them only here.
      machineSettings: {
        'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model }],
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

  /** Puts the cursor at the end of cell `index` (0-based) in edit mode, as Enter on a selected cell does. */
  async function editCellEnd(index: number): Promise<void> {
    const { page, server } = session;
    await server.bridge.evaluate(async (vscode, i: number) => {
      const editor = vscode.window.activeNotebookEditor!;
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

  /** What every cell should hold. */
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
});
