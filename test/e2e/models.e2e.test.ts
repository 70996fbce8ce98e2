// The model gateway's editor side in a real VS Code: "Select Model for …" lists what the fake
// Ollama really has (/api/tags) and the choice goes first in flywheel.models.completion (the
// remote/machine settings, where a remote window keeps machine-scoped settings), so the next
// completion asks that model; "Set API Key" takes a key in a password box and a chat to the
// OpenAI-compatible endpoint then carries it (and it is in no settings file and no log);
// flywheel.models.localOnly refuses a non-loopback endpoint with a clear message before any
// lookup or connection; "Show Model Metrics" shows p50/p95 TTFT and TPOT per model.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import {
  armInlineSuggestions, focusEditor, openFile, packageFlywheelVsix, runCommand, screenshot, startSession, typeInEditor, waitForGhostText,
  webviewFrame, clickClear, type Session,
} from './harness';
import { aliasHostToLoopback, hostLookups } from './harness/hostAlias';
import { writeRequestLog } from './harness/requestLog';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { waitUntil } from './harness/waitUntil';
import { fakeOllamaModels } from '../support/fakeOllamaServer';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fakeOpenAIServer';

const flywheelId = 'flywheel.flywheel';
const installed = [fakeOllamaModels.qwenCoder, fakeOllamaModels.qwenCoder7b, fakeOllamaModels.codellama];
const firstModel = fakeOllamaModels.qwenCoder.name;
const chosenModel = fakeOllamaModels.qwenCoder7b.name;
const chatModel = 'gpt-e2e-mini';
const apiKey = 'sk-e2e-9f2c41d7a0b84e6fb1c3';
const remoteHost = 'models.example.test';

describe('models in code-server', { timeout: 150_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;
  let api: FakeOpenAIServer;

  before(async () => {
    ollama = await startScriptedOllama({ models: installed });
    api = await startFakeOpenAIServer({ models: [chatModel], apiKey });
    session = await startSession({
      name: 'models',
      extensionVsix: packageFlywheelVsix(),
      machineSettings: {
        'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model: firstModel }],
        'flywheel.models.chat': [{ provider: 'openai', baseUrl: api.baseURL, model: chatModel }],
        'flywheel.models.warmUp': false,
      },
      env: { OLLAMA_HOST: ollama.url },
      workspaceFiles: { 'models.py': 'import math\n\n' },
      waitForExtensions: [flywheelId],
    });
    await openFile(session.page, 'models.py');
    await waitUntil('models.py active', async () => (await session.server.bridge.activeEditor())?.path.endsWith('/models.py'));
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('models', ollama);
    if (api) writeRequestLog('models-openai', api);
    await ollama?.close();
    await api?.close();
  });

  const userSettingsFile = () => join(session.server.userDataDir, 'User', 'settings.json');
  const machineSettingsFile = () => join(session.server.userDataDir, 'Machine', 'settings.json');
  const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

  /** Types `line` on a new last line and waits for the ghost text; returns the request the rule answered. */
  async function complete(line: string, tokens: string[]) {
    const { page, server } = session;
    const rule = ollama.answer(promptEndsWith(line), { tokens, tokenDelayMs: 15 });
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await waitUntil('the cursor at the end', () =>
      server.bridge.evaluate((vscode) => {
        const editor = vscode.window.activeTextEditor!;
        return editor.document.offsetAt(editor.selection.active) === editor.document.getText().length;
      }));
    await armInlineSuggestions(server.bridge);
    await typeInEditor(page, line);
    assert.equal(await waitForGhostText(page), tokens.join(''));
    await page.keyboard.press('Tab');
    await waitUntil('the accepted text', async () => (await server.bridge.activeEditor())?.text.endsWith(`${line}${tokens.join('')}`));
    await page.keyboard.press('Enter');
    return rule.first;
  }

  /** Runs a palette command whose UI continues in the quick-input widget (so not runCommand). */
  async function startCommand(page: Page, title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: title }) }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }

  it('Select Model for Completions lists the server\'s models; the choice goes first in the settings and serves the next completion', async () => {
    const { page, server } = session;
    const before = await complete('a = ', ['math.pi']);
    assert.equal(before.body.model, firstModel);

    const tagsBefore = ollama.requestsTo('/api/tags').length;
    await startCommand(page, 'Flywheel: Select Model for …');
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Completions' }).first().waitFor({ timeout: 10_000 });
    await clickClear(rows.filter({ hasText: 'Completions' }).first());
    // Both servers answered: Ollama's models, and the OpenAI-compatible one (no key yet).
    const labels = await waitUntil('both servers in the list', async () => {
      const texts = (await rows.locator('.label-name').allInnerTexts()).map((l) => l.trim());
      return texts.length === installed.length + 1 ? texts : undefined;
    });
    await screenshot(page, 'models-select-model');
    assert.ok(ollama.requestsTo('/api/tags').length > tagsBefore, 'the picker asked the server');
    assert.deepEqual(labels.slice(0, installed.length), installed.map((m) => m.name), 'exactly what /api/tags has');
    assert.equal(labels[installed.length], 'API key rejected', 'the OpenAI-compatible server wants a key (not "not reachable")');
    assert.match(await rows.filter({ hasText: firstModel }).first().innerText(), /qwen2 · 1\.0 GB/);

    await clickClear(rows.filter({ hasText: chosenModel }).first());
    await page.locator('.notifications-toasts', { hasText: `Completions now uses ${chosenModel}` }).waitFor({ timeout: 15_000 });

    // Machine-scoped: written to the remote (machine) settings, not the user settings.
    const machine = readJson(machineSettingsFile())['flywheel.models.completion'] as Array<Record<string, unknown>>;
    assert.deepEqual(machine.map((e) => e.model), [chosenModel, firstModel], 'the choice first, the old one kept as a fallback');
    assert.equal(machine[0]!.baseUrl, ollama.url);
    assert.equal('flywheel.models.completion' in readJson(userSettingsFile()), false);
    const effective = await server.bridge.evaluate((vscode) =>
      vscode.workspace.getConfiguration('flywheel.models').get<Array<{ model: string }>>('completion')!.map((e) => e.model));
    assert.deepEqual(effective, [chosenModel, firstModel]);

    const afterChoice = await complete('b = ', ['math.tau']);
    assert.equal(afterChoice.body.model, chosenModel);
  });

  /** The chat webview's document (the only webview open in this window). */
  function chat(): FrameLocator {
    return session.page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  }

  /** Sends a message in the chat view and returns its answer's turn once it settled (done or error). */
  async function ask(text: string) {
    const view = chat();
    const settledBefore = await view.locator('.turn.assistant.status-done, .turn.assistant.status-error').count();
    const input = view.locator('textarea.input');
    await input.fill(text);
    await input.press('Enter');
    const settled = view.locator('.turn.assistant.status-done, .turn.assistant.status-error');
    await waitUntil('the answer to settle', async () => (await settled.count()) > settledBefore, { timeoutMs: 30_000 });
    return settled.last();
  }

  it('Set API Key stores the key from a password box; a chat to the endpoint carries it, and no settings file or log holds it', async () => {
    const { page, server } = session;
    await startCommand(page, 'Flywheel: Set API Key');
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.filter({ hasText: api.baseURL }).first().waitFor({ timeout: 10_000 });
    await clickClear(rows.filter({ hasText: api.baseURL }).first());
    const box = page.locator('.quick-input-widget .quick-input-box input');
    await waitUntil('the password box', async () => (await box.getAttribute('type')) === 'password');
    assert.match(await page.locator('.quick-input-widget .quick-input-title').innerText(), /API key for http:\/\/127\.0\.0\.1:\d+\/v1/);
    await box.pressSequentially(apiKey, { delay: 5 });
    await screenshot(page, 'models-api-key-box');
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts', { hasText: `API key saved for ${api.baseURL}` }).waitFor({ timeout: 15_000 });

    await server.bridge.executeCommand('flywheel.chat.focus');
    await chat().locator('.model-select').waitFor({ timeout: 20_000 });
    const { request } = api.reply({ tokens: ['Hello', ' from', ' the', ' cloud', '.'], tokenDelayMs: 10 });
    const answer = await ask('Say hello');
    assert.match(await answer.innerText(), /Hello from the cloud\./);
    const sent = await request;
    assert.equal(sent.path, '/v1/chat/completions');
    assert.equal(sent.headers.authorization, `Bearer ${apiKey}`);
    assert.equal(sent.body.model, chatModel);
    await screenshot(page, 'models-chat-with-key');

    // The key is in VS Code's secret storage only: not in any settings file, not in any log.
    const files = [userSettingsFile(), machineSettingsFile(), join(server.workspaceDir, '.vscode', 'settings.json')].filter((f) => existsSync(f));
    for (const file of files) assert.equal(readFileSync(file, 'utf8').includes(apiKey), false, `${file} holds no key`);
    const flywheelLog = server.readLog('flywheel.flywheel/Flywheel.log');
    assert.ok(flywheelLog.length > 0, 'the Flywheel log was found');
    assert.equal(flywheelLog.includes(apiKey), false, 'the Flywheel log holds no key');
    assert.equal(server.readLog('').includes(apiKey), false, 'no VS Code log holds the key');
  });

  it('localOnly refuses a non-loopback endpoint with a clear message, before any lookup or connection', async () => {
    const { page, server } = session;
    const port = new URL(api.url).port;
    const remoteUrl = `http://${remoteHost}:${port}/v1`;
    // models.example.test resolves to 127.0.0.1 in the extension host: a request would reach `api`.
    await aliasHostToLoopback(server.bridge, remoteHost);
    await server.bridge.evaluate((vscode, endpoint) =>
      vscode.workspace.getConfiguration('flywheel.models').update('chat', [endpoint], vscode.ConfigurationTarget.Global),
    { provider: 'openai', baseUrl: remoteUrl, model: chatModel });
    await waitUntil('the remote endpoint in effect', () => server.bridge.evaluate((vscode, url) =>
      (vscode.workspace.getConfiguration('flywheel.models').get<{ baseUrl?: string }[]>('chat') ?? [])[0]?.baseUrl === url, remoteUrl));

    // Control, local-only off: the request does go out (and the key for 127.0.0.1 is not sent to another host).
    const requestsBefore = api.requests.length;
    const control = await ask('Are you there?');
    // (Only the chat request is judged by its host: a status probe of the completion endpoint at
    // 127.0.0.1, set by an earlier test, may land in the same window on a loaded machine.)
    const chats = () => api.requests.slice(requestsBefore).filter((r) => r.path === '/v1/chat/completions');
    await waitUntil('the control request at the fake server', () => chats().length > 0);
    const reached = api.requests.slice(requestsBefore);
    const hosts = chats().map((r) => r.headers.host);
    assert.ok(hosts.every((h) => h === `${remoteHost}:${port}`), `it went to the aliased host (${hosts.join(', ')})`);
    assert.ok(reached.every((r) => !String(r.headers.authorization ?? '').includes(apiKey)), 'the key of 127.0.0.1 is not sent to another host');
    assert.match(await control.innerText(), /API key|401/);
    assert.ok((await hostLookups(server.bridge, remoteHost)) > 0);
    const auditLines = () => server.readLog('flywheel.flywheel/Flywheel.log').split('\n').filter((l) => l.includes('audit: sent') && l.includes(remoteHost)).length;
    await waitUntil('the control request audited', () => auditLines() > 0);

    await server.bridge.evaluate((vscode) => vscode.workspace.getConfiguration('flywheel.models').update('localOnly', true, vscode.ConfigurationTarget.Global));
    await waitUntil('localOnly in effect', () => server.bridge.evaluate((vscode) => vscode.workspace.getConfiguration('flywheel.models').get('localOnly') === true));
    const seen = api.requests.length;
    const lookups = await hostLookups(server.bridge, remoteHost);
    const auditsBefore = auditLines();

    const refused = await ask('Explain math.pi');
    const card = refused.locator('.error-card');
    await card.waitFor({ timeout: 10_000 });
    const message = await card.locator('.error-message').innerText();
    assert.match(message, /flywheel\.models\.localOnly/);
    assert.match(message, /only endpoints on this machine/);
    assert.match(message, new RegExp(remoteHost.replace(/\./g, '\\.')));
    await screenshot(page, 'models-local-only-refused');
    assert.equal(api.requests.length, seen, 'the fake server saw nothing');
    assert.equal(await hostLookups(server.bridge, remoteHost), lookups, 'not even a DNS lookup');
    assert.equal(auditLines(), auditsBefore, 'no audit line: nothing was sent');

    // A workspace's settings cannot lift what the user's settings turn on.
    await server.bridge.evaluate((vscode) => vscode.workspace.getConfiguration('flywheel.models').update('localOnly', false, vscode.ConfigurationTarget.Workspace));
    await waitUntil('the workspace says false', () => server.bridge.evaluate((vscode) => vscode.workspace.getConfiguration('flywheel.models').inspect('localOnly')?.workspaceValue === false));
    const stillRefused = await ask('Explain math.tau');
    await stillRefused.locator('.error-card').waitFor({ timeout: 10_000 });
    assert.match(await stillRefused.locator('.error-message').innerText(), /flywheel\.models\.localOnly/);
    assert.equal(api.requests.length, seen, 'the fake server still saw nothing');
    await server.bridge.evaluate((vscode) => vscode.workspace.getConfiguration('flywheel.models').update('localOnly', undefined, vscode.ConfigurationTarget.Workspace));
  });

  it('Show Model Metrics shows p50/p95 TTFT and TPOT per model after a few completions', async () => {
    const { page, server } = session;
    await openFile(page, 'models.py');
    await complete('c = ', ['math', '.', 'sqrt', '(2)']);
    await complete('d = ', ['math', '.', 'floor', '(x)']);
    await complete('e = ', ['math', '.', 'ceil', '(y)']);
    await runCommand(page, 'Flywheel: Show Model Metrics');
    // Rendered (the Markdown preview): the table's header and rows as the user reads them.
    const table = await waitUntil('the rendered metrics table', async () => {
      const frames = await page.locator('iframe.webview.ready').count();
      for (let f = 0; f < frames; f++) {
        const frame = webviewFrame(page, f);
        if ((await frame.locator('table').count()) === 0) continue;
        const rows = await frame.locator('table tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
        if (rows.some((r) => r[0] === chosenModel)) return rows;
      }
      return undefined;
    }, { timeoutMs: 20_000, intervalMs: 250 });
    await screenshot(page, 'models-metrics');
    const header = table[0]!;
    const row = table.find((r) => r[0] === chosenModel)!;
    const cell = (name: string) => row[header.indexOf(name)]!;
    assert.ok(Number(cell('calls')) >= 4, `calls: ${cell('calls')}`);
    assert.equal(cell('errors'), '0');
    for (const name of ['TTFT p50', 'TTFT p95']) assert.match(cell(name), /^\d+ ms$/, name);
    for (const name of ['TPOT p50', 'TPOT p95']) assert.match(cell(name), /^\d+\.\d ms$/, name);
    assert.ok(parseFloat(cell('TTFT p95')) >= parseFloat(cell('TTFT p50')));
    assert.ok(parseFloat(cell('TPOT p95')) >= parseFloat(cell('TPOT p50')));
    assert.ok(table.some((r) => r[0] === chatModel), 'the chat model has its row too');
  });
});
