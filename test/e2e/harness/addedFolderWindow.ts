// The window the added-folder tests start from: two folders (`app`, `lib`), every role on a loopback scripted Ollama,
// and the folder they add written beside them (`extra`, a sibling of the window's folders) — the test adds it; and the
// same window opened on other files (the start's tests).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fakeOllamaModels } from '../../support/fakeOllamaServer';
import { startScriptedOllama, type ScriptedOllamaServer } from './scriptedOllama';
import { startSession, type Session, type SessionOptions } from './session';
import { packageFlywheelVsix } from './vsix';

export interface AddedFolderWindow {
  readonly session: Session;
  readonly ollama: ScriptedOllamaServer;
}

/** The session and its model server; every request is answered with `tokens`. */
export async function startAddedFolderWindow(name: string, tokens: readonly string[]): Promise<AddedFolderWindow> {
  return startScriptedWindow(name, tokens, { workspaceFolders: { app: { 'main.py': 'def main():\n    pass\n' }, lib: { 'util.py': 'def util():\n    pass\n' } } });
}

/** A window on what `opens` says, every role on a loopback scripted Ollama answering each request with `tokens`. */
export async function startScriptedWindow(
  name: string,
  tokens: readonly string[],
  opens: Pick<SessionOptions, 'settings' | 'workspaceFiles' | 'workspaceFolders' | 'workspaceSettings'>,
): Promise<AddedFolderWindow> {
  const model = fakeOllamaModels.qwenCoder.name;
  const ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder] });
  ollama.answer(() => true, { tokens: [...tokens] });
  const session = await startSession({
    name,
    extensionVsix: packageFlywheelVsix(),
    machineSettings: {
      'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model }],
      'flywheel.models.chat': [{ provider: 'ollama', baseUrl: ollama.url, model }],
      'flywheel.models.refactor': [{ provider: 'ollama', baseUrl: ollama.url, model }],
    },
    env: { OLLAMA_HOST: ollama.url },
    waitForExtensions: ['flywheel.flywheel'],
    ...opens,
  });
  return { session, ollama };
}

/** Writes the folder to add, `extra`, beside the window's folders; its absolute path. */
export async function writeExtraFolder(session: Session, files: Readonly<Record<string, string>>): Promise<string> {
  const app = await session.server.bridge.evaluate((vscode) => vscode.workspace.workspaceFolders![0]!.uri.fsPath);
  const extra = join(dirname(app), 'extra');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(extra, path)), { recursive: true });
    writeFileSync(join(extra, path), text);
  }
  return extra;
}
