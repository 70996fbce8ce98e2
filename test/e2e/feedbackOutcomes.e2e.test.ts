// The rest of a suggestion's fates in the real editor, as the JSONL feedback log records them
// with flywheel.feedback.storeText on: a Tab-accepted suggestion carries its prefix, suffix and
// completion; VS Code's accept-next-word logs a partial acceptance with the accepted length (and
// Escape on the rest is no rejection); typing a different character over a visible suggestion
// logs it rejected 'typedOver'; Escape at once is still a rejection ('escape'). A newer result while a suggestion is on screen: VS Code keeps
// the visible one (the newer is only an alternative) and the log gives no verdict; cycling to
// the newer one (Alt+]) and taking it logs the first 'replaced'. Then "Export Feedback
// Dataset…" (VS Code's own save dialog, a path in a quick input, driven like a person would)
// writes every suggestion with its outcome, the accepted one with its final text after the
// 30 s retention mark; and "Clear Feedback Log…" (a modal confirm) empties the log.
import { strict as assert } from 'node:assert';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  armInlineSuggestions, focusEditor, openFile, packageFlywheelVsix, readGhostText, runCommand, screenshot, startSession, typeInEditor,
  waitForGhostText, clickClear, type Session,
} from './harness';
import { writeRequestLog } from './harness/requestLog';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { readFeedbackLog } from './harness/feedbackLog';
import { exportFeedbackDataset } from './harness/datasetExport';
import { waitUntil } from './harness/waitUntil';
import { fakeOllamaModels } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';
const model = fakeOllamaModels.qwenCoder.name;
const otherModel = fakeOllamaModels.qwenCoder7b.name;
const source = 'def add(a, b):\n    return a + b\n\n\nprint(add(1, 2))\n';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('feedback outcomes in code-server', { timeout: 300_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;
  let acceptedId = '';

  before(async () => {
    ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder, fakeOllamaModels.qwenCoder7b] });
    session = await startSession({
      name: 'feedbackOutcomes',
      extensionVsix: packageFlywheelVsix(),
      settings: { 'flywheel.feedback.storeText': true },
      machineSettings: { 'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model }] },
      env: { OLLAMA_HOST: ollama.url },
      args: ['--log', 'debug'],
      workspaceFiles: { 'outcomes.py': source },
      waitForExtensions: [flywheelId],
    });
    await openFile(session.page, 'outcomes.py');
    await waitUntil('outcomes.py active in the extension host', async () => (await session.server.bridge.activeEditor())?.path.endsWith('/outcomes.py'));
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('feedbackOutcomes', ollama);
    await ollama?.close();
  });

  const documentText = async (): Promise<string | undefined> => (await session.server.bridge.activeEditor())?.text;

  const loggedEvents = () => readFeedbackLog(session.server.userDataDir);
  /** A suggestion's completion events (its model call is logged under the same id). */
  const eventsOf = (suggestionId: string) => loggedEvents().filter((e) => e.suggestionId === suggestionId && e.kind.startsWith('completion.'));

  /** The id of the suggestion the log shows for this completion text (its `shown` event). */
  async function shownIdFor(completion: string): Promise<string> {
    const shown = await waitUntil(`"${completion}" shown in the log`, () =>
      loggedEvents().find((e) => e.kind === 'completion.shown' && e.text?.completion === completion));
    return shown.suggestionId;
  }

  /** A new empty line at the end of the document, the cursor on it, ready for ghost text. */
  async function freshLineAtEnd(): Promise<void> {
    const { page, server } = session;
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    const text = (await documentText()) ?? '';
    if (!text.endsWith('\n')) await page.keyboard.press('Enter');
    await waitUntil('the cursor on an empty last line', () =>
      server.bridge.evaluate((vscode) => {
        const editor = vscode.window.activeTextEditor!;
        const doc = editor.document;
        return doc.getText().endsWith('\n') && doc.offsetAt(editor.selection.active) === doc.getText().length;
      }));
    await armInlineSuggestions(server.bridge);
  }

  it('with storeText on, Tab logs accepted with the prefix, suffix and completion text', async () => {
    const { page } = session;
    // VS Code auto-closes the bracket: the model sees ")" after the cursor and answers the arguments.
    ollama.answer(promptEndsWith('total = add('), { tokens: ['2', ', 3'] });
    await focusEditor(page);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await armInlineSuggestions(session.server.bridge);
    await typeInEditor(page, 'total = add(');
    assert.equal(await waitForGhostText(page), '2, 3');
    await page.keyboard.press('Tab');
    await waitUntil('the accepted text', async () => (await documentText())?.includes('total = add(2, 3)\n'));
    // Edit the accepted text (the cursor is after it, before the ")"): its "3" replaced, so the
    // dataset's final text differs from the completion.
    await page.keyboard.press('Shift+ArrowLeft');
    await typeInEditor(page, '4');
    await waitUntil('the edit', async () => (await documentText())?.includes('total = add(2, 4)\n'));

    const accepted = await waitUntil('accepted in the log', () => loggedEvents().find((e) => e.kind === 'completion.accepted'));
    acceptedId = accepted.suggestionId;
    const prefix = 'def add(a, b):\n    return a + b\n\ntotal = add(';
    const suffix = ')\nprint(add(1, 2))\n';
    assert.deepEqual(accepted.text, { prefix, suffix, completion: '2, 3' });
    const shown = eventsOf(acceptedId).find((e) => e.kind === 'completion.shown');
    assert.deepEqual(shown?.text, { prefix, suffix, completion: '2, 3' });
  });

  it('accept-next-word logs partiallyAccepted with the accepted length', async () => {
    const { page } = session;
    const completion = 'format_report(data, width=80)';
    ollama.answer(promptEndsWith('report = '), { tokens: ['format_report', '(data, ', 'width=80)'] });
    await freshLineAtEnd();
    await typeInEditor(page, 'report = ');
    assert.equal(await waitForGhostText(page), completion);
    const before = (await documentText())!;
    await session.server.bridge.executeCommand('editor.action.inlineSuggest.acceptNextWord');
    const after = await waitUntil('part of the suggestion in the document', async () => {
      const text = await documentText();
      return text !== before ? text : undefined;
    });
    const acceptedPart = after.slice(before.length);
    assert.ok(acceptedPart.length >= 2 && acceptedPart.length < completion.length && completion.startsWith(acceptedPart), `accepted "${acceptedPart}"`);
    await screenshot(page, 'feedbackOutcomes-partial');

    const id = await shownIdFor(completion);
    const partial = await waitUntil('partiallyAccepted in the log', () => eventsOf(id).find((e) => e.kind === 'completion.partiallyAccepted'));
    assert.equal(partial.acceptedLength, acceptedPart.length);
    assert.equal(partial.completionChars, completion.length);
    // Escape dismisses the rest: a partial acceptance is not a rejection.
    await page.keyboard.press('Escape');
    await waitUntil('the ghost text to go', async () => (await readGhostText(page)) === '');
    await sleep(2500); // past the log's 2 s flush
    assert.deepEqual(eventsOf(id).map((e) => e.kind), ['completion.shown', 'completion.partiallyAccepted']);
  });

  it('typing a different character over a visible suggestion logs it rejected: typedOver', async () => {
    const { page } = session;
    ollama.answer(promptEndsWith('scale = '), { tokens: ['area', '(2)'] });
    await freshLineAtEnd();
    await typeInEditor(page, 'scale = ');
    assert.equal(await waitForGhostText(page), 'area(2)');
    await sleep(1000); // seen: over the 750 ms threshold
    await typeInEditor(page, 'x');
    await waitUntil('the ghost text to go', async () => (await readGhostText(page)) === '');
    const id = await shownIdFor('area(2)');
    const rejected = await waitUntil('rejected in the log', () => eventsOf(id).find((e) => e.kind === 'completion.rejected'));
    assert.equal(rejected.reason, 'typedOver');
    const shown = eventsOf(id).find((e) => e.kind === 'completion.shown');
    assert.ok((shown?.visibleMs as number) >= 750, `visible for ${String(shown?.visibleMs)} ms`);
    assert.ok((await documentText())?.endsWith('\nscale = x'), 'the text is what was typed');
  });

  it('Escape pressed as soon as the ghost text appears is a rejection: shown with its short visible time, then rejected', async (t) => {
    const { page } = session;
    ollama.answer(promptEndsWith('quick = '), { tokens: ['measure', '(3)'] });
    await freshLineAtEnd();
    await typeInEditor(page, 'quick = ');
    assert.equal(await waitForGhostText(page), 'measure(3)');
    await page.keyboard.press('Escape');
    await waitUntil('the ghost text to go', async () => (await readGhostText(page)) === '');
    await screenshot(page, 'feedbackOutcomes-quick-escape');
    const id = await shownIdFor('measure(3)');
    const rejected = await waitUntil('rejected in the log', () => eventsOf(id).find((e) => e.kind === 'completion.rejected'));
    assert.equal(rejected.reason, 'escape');
    const shown = eventsOf(id).find((e) => e.kind === 'completion.shown');
    assert.equal(typeof shown?.visibleMs, 'number');
    assert.deepEqual(eventsOf(id).map((e) => e.kind), ['completion.shown', 'completion.rejected']);
    // The key press travels renderer -> extension host; on a loaded machine that alone can pass
    // 750 ms, and then this run did not exercise the short case (the unit tests pin the rule).
    if ((shown!.visibleMs as number) >= 750) t.diagnostic(`Escape arrived after ${String(shown!.visibleMs)} ms: the short case was not exercised`);
  });

  it('asked again while a suggestion is visible: it stays and gets no verdict; cycling to the newer one and taking it logs the first replaced', async () => {
    const { page } = session;
    ollama.answer(promptEndsWith('value = '), { tokens: ['compute', '(1)'] });
    await freshLineAtEnd();
    await typeInEditor(page, 'value = ');
    assert.equal(await waitForGhostText(page), 'compute(1)');
    await sleep(1000); // seen
    // The user switches the completion model (which empties the completion cache) and asks
    // again by hand (Alt+\): the other model says something else.
    const newer = ollama.answer((body) => promptEndsWith('value = ')(body) && body.model === otherModel, { tokens: ['count', '(2)'] });
    await session.server.bridge.evaluate((vscode, endpoint) =>
      vscode.workspace.getConfiguration('flywheel.models').update('completion', [endpoint], vscode.ConfigurationTarget.Global),
    { provider: 'ollama', baseUrl: ollama.url, model: otherModel });
    await page.keyboard.press('Alt+Backslash');
    await waitUntil('the other model asked', () => newer.requests.length > 0 && newer.requests[0]);
    await sleep(2500); // past the log's 2 s flush
    // VS Code keeps the visible suggestion while it is still valid; the newer one is only an
    // alternative, so nothing was replaced yet.
    assert.equal(await readGhostText(page), 'compute(1)');
    // `shown` is written with the verdict: none yet.
    assert.equal(loggedEvents().filter((e) => e.text?.completion === 'compute(1)').length, 0, 'no verdict while it is on screen');
    await page.keyboard.press('Alt+BracketRight'); // Show Next Inline Suggestion
    await waitUntil('the newer suggestion on screen', async () => (await readGhostText(page)) === 'count(2)');
    await screenshot(page, 'feedbackOutcomes-replaced');
    await page.keyboard.press('Tab');
    await waitUntil('the newer suggestion in the document', async () => (await documentText())?.endsWith('value = count(2)'));

    const first = await shownIdFor('compute(1)');
    const second = await shownIdFor('count(2)');
    await waitUntil('accepted in the log', () => eventsOf(second).find((e) => e.kind === 'completion.accepted'));
    const rejected = eventsOf(first).find((e) => e.kind === 'completion.rejected');
    assert.equal(rejected?.reason, 'replaced');
    assert.deepEqual(eventsOf(first).map((e) => e.kind), ['completion.shown', 'completion.rejected']);
    assert.deepEqual(eventsOf(second).map((e) => e.kind), ['completion.shown', 'completion.accepted']);
  });

  it('Export Feedback Dataset writes the accepted completion with its outcome and final text', async () => {
    const { page, server } = session;
    // The final text comes from the retention check at the 30 s mark.
    const retention = await waitUntil('the 30 s retention of the accepted suggestion', () =>
      eventsOf(acceptedId).find((e) => e.kind === 'completion.retention'), { timeoutMs: 60_000, intervalMs: 500 });
    assert.equal(retention.text?.final, '2, 4');

    const rows = await exportFeedbackDataset(page, join(dirname(server.workspaceDir), 'e2e-dataset.jsonl'), { dialogShot: 'feedbackOutcomes-export-dialog' });
    await page.locator('.notifications-toasts', { hasText: /exported \d+ rows? of/ }).waitFor({ timeout: 15_000 });
    const dataset = rows.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const row = dataset.find((r) => r.id === acceptedId);
    assert.ok(row, 'the accepted suggestion is a row');
    assert.equal(row.outcome, 'accepted');
    assert.equal(row.completion, '2, 3');
    assert.equal(row.final, '2, 4');
    assert.deepEqual(row.prompt, { prefix: 'def add(a, b):\n    return a + b\n\ntotal = add(', suffix: ')\nprint(add(1, 2))\n' });
    assert.deepEqual(row.retention, { 30: 0.25 });
    assert.equal(row.model, model);
    assert.equal(row.language, 'python');
    // Every suggestion with text is a row, with what became of it.
    const fates = Object.fromEntries(dataset.map((r) => [r.completion, [r.outcome, r.rejectReason ?? r.acceptedLength ?? null]]));
    assert.deepEqual(fates, {
      '2, 3': ['accepted', null],
      'format_report(data, width=80)': ['partiallyAccepted', 'format_report'.length],
      'area(2)': ['rejected', 'typedOver'],
      'measure(3)': ['rejected', 'escape'],
      'compute(1)': ['rejected', 'replaced'],
      'count(2)': ['accepted', null],
    });
  });

  it('Clear Feedback Log, confirmed in its modal dialog, empties the log', async () => {
    const { page } = session;
    assert.ok(loggedEvents().length > 0);
    await runCommand(page, 'Flywheel: Clear Feedback Log…');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15_000 });
    assert.match(await dialog.innerText(), /Delete the whole Flywheel feedback log\?/);
    await screenshot(page, 'feedbackOutcomes-clear-confirm');
    await clickClear(dialog.locator('.monaco-button', { hasText: 'Delete Log' }));
    await page.locator('.notifications-toasts', { hasText: /deleted \d+ feedback log files?/ }).waitFor({ timeout: 15_000 });
    assert.deepEqual(loggedEvents(), []);
  });
});
