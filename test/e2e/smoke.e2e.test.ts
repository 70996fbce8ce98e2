// Smoke test of the e2e harness itself, with a hand-made probe extension (fixtures/
// probe-extension) whose inline completion provider always offers 'probeCompletion();'
// after 'probe: '. Proves: the workbench loads, a file opens from the Explorer, typing
// reaches the document, ghost text shows, Tab inserts it, commands run from the palette.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  goToEndOfFile, openFile, readEditorText, readGhostText, repoRoot, runCommand, screenshot,
  startSession, typeInEditor, waitForGhostText, type Session,
} from './harness';
import { waitFor } from './harness/waitUntil';

const probeId = 'flywheel-e2e.probe-extension';

describe('e2e harness smoke (probe extension in code-server)', { timeout: 120_000 }, () => {
  let session: Session;

  before(async () => {
    session = await startSession({
      name: 'smoke',
      extensionDir: join(repoRoot, 'test', 'e2e', 'fixtures', 'probe-extension'),
      workspaceFiles: { 'hello.js': '// smoke test\n', 'src/nested.ts': 'export const answer = 42;\n' },
      waitForExtensions: [probeId],
    });
  });

  after(async () => {
    await session?.stop();
  });

  it('opens a nested file from the Explorer', async () => {
    const { page, server } = session;
    await openFile(page, 'src/nested.ts');
    const editor = await server.bridge.activeEditor();
    assert.equal(editor?.path, join(server.workspaceDir, 'src', 'nested.ts'));
    assert.equal(editor?.languageId, 'typescript');
    assert.equal(await readEditorText(page), 'export const answer = 42;\n');
  });

  it('types, shows ghost text, and Tab inserts it into the document', async () => {
    const { page, server } = session;
    await openFile(page, 'hello.js');
    await goToEndOfFile(page);
    await typeInEditor(page, 'const x = 1; // probe: ');

    assert.equal(await waitForGhostText(page), 'probeCompletion();');
    await screenshot(page, 'smoke-ghost-text');
    assert.equal((await server.bridge.activeEditor())?.text, '// smoke test\nconst x = 1; // probe: ');

    await page.keyboard.press('Tab');
    await waitFor(async () => (await server.bridge.activeEditor())?.text.endsWith('probeCompletion();'));
    await screenshot(page, 'smoke-accepted');
    assert.equal((await server.bridge.activeEditor())?.text, '// smoke test\nconst x = 1; // probe: probeCompletion();');
    assert.equal(await readGhostText(page), '');
    assert.equal(await readEditorText(page), '// smoke test\nconst x = 1; // probe: probeCompletion();');
    assert.equal(await server.bridge.executeCommand('flywheelProbe.acceptedCount'), 1, "the item's command runs on acceptance");

    await page.keyboard.press('Control+S');
    await waitFor(async () => (await server.bridge.activeEditor())?.isDirty === false);
    assert.equal(server.readWorkspaceFile('hello.js'), '// smoke test\nconst x = 1; // probe: probeCompletion();');
  });

  it('runs a command from the command palette', async () => {
    const { page } = session;
    await runCommand(page, 'Flywheel E2E: Probe Ping');
    await page.locator('.notifications-toasts .notification-list-item', { hasText: 'Probe pong' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'smoke-command');
  });
});
