// Zero configuration in a real VS Code: flywheel.models.completion is empty and OLLAMA_HOST
// names a port where nothing listens. The status bar says "Flywheel: set up" once; its help
// says how to start Ollama. Ollama then starts there with no model that fills in the middle:
// Retry, and the help gives the exact `ollama pull`. The model is pulled: Retry, and ghost
// text appears.
import { strict as assert } from 'node:assert';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  armInlineSuggestions, focusEditor, goToEndOfFile, openFile, packageFlywheelVsix, runCommand, screenshot, startSession, typeInEditor, waitForGhostText,
  clickClear, type Session,
} from './harness';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { writeRequestLog } from './harness/requestLog';
import { waitUntil } from './harness/waitUntil';
import { fakeOllamaModels } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';

describe('completion set-up notice in code-server', { timeout: 150_000 }, () => {
  let session: Session;
  let port: number;
  let ollama: ScriptedOllamaServer | undefined;
  let forwarder: Forwarder | undefined;

  before(async () => {
    port = await freePort();
    session = await startSession({
      name: 'completion-setup',
      extensionVsix: packageFlywheelVsix(),
      env: { OLLAMA_HOST: `127.0.0.1:${port}` },
      workspaceFiles: { 'main.py': 'def add(a, b):\n    return a + b\n\n' },
      waitForExtensions: [flywheelId],
    });
    await openFile(session.page, 'main.py');
  });

  after(async () => {
    await session?.stop();
    await forwarder?.close();
    if (ollama) writeRequestLog('completion-setup', ollama);
    await ollama?.close();
  });

  const statusItem = (page: Page) => page.locator('.statusbar-item', { hasText: 'Flywheel: set up' });
  const toast = (page: Page, text: string) => page.locator('.notifications-toasts .notification-list-item', { hasText: text });

  it('with Ollama not running, the status bar shows the set-up notice and its help says how to start Ollama', async () => {
    const { page } = session;
    await statusItem(page).waitFor({ timeout: 30_000 });
    await screenshot(page, 'completion-setup-status');
    await clickClear(statusItem(page));
    const help = toast(page, `Flywheel cannot reach Ollama at http://127.0.0.1:${port}.`);
    await help.waitFor({ timeout: 10_000 });
    assert.match(await help.innerText(), /Start Ollama \("ollama serve"\)/);
    for (const action of ['Retry', 'Open Settings', 'Open Docs']) {
      assert.equal(await help.locator('.monaco-button', { hasText: action }).count(), 1, `the help offers ${action}`);
    }
    await settled(help);
    await screenshot(page, 'completion-setup-ollama-down');
  });

  it('with Ollama up but no FIM model, Retry leads to the exact ollama pull command', async () => {
    const { page } = session;
    ollama = await startScriptedOllama({ models: [fakeOllamaModels.llama] });
    forwarder = await forward(port, Number(new URL(ollama.url).port));
    await clickClear(toast(page, 'Flywheel cannot reach Ollama').locator('.monaco-button', { hasText: 'Retry' }));
    await waitUntil('discovery to ask the new server for its models', () => ollama!.requestsTo('/api/tags').length > 0);

    await runCommand(page, 'Flywheel: Set Up Completions…');
    const help = toast(page, 'has no model that can complete code');
    await help.waitFor({ timeout: 10_000 });
    const text = await help.innerText();
    assert.match(text, new RegExp(`Ollama at http://127\\.0\\.0\\.1:${port} has no model`));
    assert.match(text, /Run "ollama pull qwen2\.5-coder:1\.5b" in a terminal, then retry\./);
    assert.equal(await statusItem(page).count(), 1, 'the status bar still says set up');
    await settled(help);
    await screenshot(page, 'completion-setup-no-fim-model');
  });

  it('once the model is pulled, Retry brings completions', async () => {
    const { page } = session;
    ollama!.models.push(fakeOllamaModels.qwenCoder);
    const rule = ollama!.answer(promptEndsWith('total = '), { tokens: ['add(1, 2)'] });
    await clickClear(toast(page, 'has no model that can complete code').locator('.monaco-button', { hasText: 'Retry' }));
    await statusItem(page).waitFor({ state: 'detached', timeout: 15_000 });
    await focusEditor(page);
    await goToEndOfFile(page);
    await armInlineSuggestions(session.server.bridge);
    await typeInEditor(page, 'total = ');
    assert.equal(await waitForGhostText(page), 'add(1, 2)');
    assert.equal((await rule.first).body.model, fakeOllamaModels.qwenCoder.name);
  });
});

/** Waits until a toast has finished sliding in, so the screenshot shows it as a person sees it. */
async function settled(locator: Locator): Promise<void> {
  let last = '';
  await waitUntil('the notification to stop moving', async () => {
    const box = JSON.stringify(await locator.boundingBox());
    const still = box === last;
    last = box;
    return still;
  }, { intervalMs: 150 });
}

interface Forwarder {
  close(): Promise<void>;
}

/** A port nothing listens on (for now). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Listens on `port` and pipes every connection to `targetPort`: the fake server "starts" on the port the extension was told about. */
async function forward(port: number, targetPort: number): Promise<Forwarder> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
