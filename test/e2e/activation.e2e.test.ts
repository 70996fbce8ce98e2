// The packaged .vsix, as users get it, installs into a real VS Code and activates; every
// command it contributes is registered. Feature tests live in their own files.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { packageFlywheelVsix, screenshot, startSession, type Session } from './harness';

const flywheelId = 'flywheel.flywheel';

describe('packaged Flywheel extension in code-server', { timeout: 120_000 }, () => {
  let session: Session;

  before(async () => {
    session = await startSession({
      name: 'activation',
      extensionVsix: packageFlywheelVsix(),
      workspaceFiles: { 'main.py': 'def add(a, b):\n    return a + b\n' },
      waitForExtensions: [flywheelId],
    });
  });

  after(async () => {
    await session?.stop();
  });

  it('activates without errors', async () => {
    const state = await session.server.bridge.evaluate((vscode, id: string) => {
      const ext = vscode.extensions.getExtension(id);
      return ext && { active: ext.isActive, version: ext.packageJSON.version as string };
    }, flywheelId);
    assert.equal(state?.active, true);
    assert.doesNotMatch(session.server.readLog('remoteexthost.log'), new RegExp(`Activating extension '?${flywheelId}'? failed`, 'i'));
    await screenshot(session.page, 'activation');
  });

  it('registers every command it contributes', async () => {
    const missing = await session.server.bridge.evaluate(async (vscode, id: string) => {
      const contributed: string[] = (vscode.extensions.getExtension(id)!.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
      const registered = new Set(await vscode.commands.getCommands(true));
      return contributed.filter((command) => !registered.has(command));
    }, flywheelId);
    assert.deepEqual(missing, []);
  });
});
