// End-to-end harness: the packaged extension in a real VS Code (code-server from npm, with a
// Node 24 from npm) driven by Debian's Chromium through playwright-core. See README.md.
//
// Setup (once per machine, cached; the harness also runs it on demand):
//   scripts/e2e/install.sh
//
// API
//   startSession({ name, extensionVsix?, extensionDir?, settings?, workspaceFiles? | workspaceFolders? (+ workspaceSettings?), env?,
//                  waitForExtensions? }) -> { server, browser, page, stop() }
//       Everything below in one call; stop() screenshots test-results/e2e/<name>-final.png,
//       closes the browser and kills code-server. Call it in `after` (and it cleans up itself
//       if the start fails). Start and stop are timed phase by phase: <name>-phases.json.
//   startCodeServer({ extensionVsix?, extensionDir?, settings?, machineSettings?, args?, workspaceFiles?, env? })
//       -> { url, workspaceDir, userDataDir, logFile, bridge, readWorkspaceFile(rel), stop() }
//       code-server on 127.0.0.1:<free port>, no auth, fresh temp user-data/extensions/workspace
//       dirs; settings are merged over `defaultE2eSettings` (trust off, no startup editor, no
//       built-in AI chat, dark theme; VS Code's default editor settings). Always also installs
//       the test-only e2e-bridge extension. A .vsix is installed once per content by code-server
//       into .e2e/installed-<hash>/ and copied into each session (harness/vsixTemplate.ts).
//       machineSettings go to <user-data-dir>/Machine/settings.json: code-server is a remote
//       window, so machine-scoped settings (all of flywheel.models.*) are read only from there.
//       args: extra code-server flags ('--log', 'debug').
//
// Helpers in harness/, imported from their files:
//   scriptedOllama.ts  startScriptedOllama(): the fake Ollama answering /api/generate by prompt
//                      rules (ollama.answer(promptEndsWith('x = '), { tokens })), not arrival order
//   waitUntil.ts       waitUntil(what, probe, { timeoutMs? }): poll until truthy, return the value;
//                      waitFor(condition, timeoutMs?) for a yes/no condition (the tests' only waits)
//   hostAlias.ts       aliasHostToLoopback(bridge, 'models.example.test'): that name resolves to
//                      127.0.0.1 in the extension host (node:dns lookup hook), so a request to it
//                      would reach a loopback fake server; hostLookups(bridge, name) counts lookups
//   requestLog.ts      writeRequestLog(name, fakeServer): test-results/e2e/<name>-requests.json
//   server.bridge.evaluate((vscode, ...args) => value, ...args)   run code in the extension host
//   server.bridge.activeEditor() -> { path, languageId, text, isDirty, cursor } | undefined
//   server.bridge.executeCommand(id, ...args); server.bridge.waitForExtension(id)
//   packageFlywheelVsix() -> path of a fresh .vsix of this repo (or $FLYWHEEL_E2E_VSIX)
//   launchBrowser({ headed? }): the run's shared Chromium ($FLYWHEEL_E2E_BROWSER_WS) or its own
//   newWorkbenchPage(browser, url): a new browser context and its page
//   waitForWorkbench(page); openFile(page, 'src/a.ts', { timeoutMs? }); focusEditor(page); goToEndOfFile(page)
//   typeInEditor(page, text); runCommand(page, 'Flywheel: Some Title')
//   clickClear(locator): every click in a test: parks the pointer so no hover covers the target
//   settledButtons(notification, expected) -> its button labels, read once they match (or at the timeout)
//   readEditorText(page) (visible lines, DOM); waitForGhostText(page); readGhostText(page)
//   armInlineSuggestions(bridge): after opening an editor, before typing for ghost text (see trap)
//   webviewFrame(page, index?) -> FrameLocator of a webview's document (chat view, panels)
//   screenshot(page, name) -> test-results/e2e/<name>.png
//
// Run: npm run test:e2e   (or one file: node --require tsx/cjs --test test/e2e/<name>.e2e.test.ts)
export { startSession, type Session, type SessionOptions } from './harness/session';
export { startCodeServer, defaultE2eSettings, type CodeServer, type CodeServerOptions } from './harness/codeServer';
export { Bridge, type ActiveEditorState, type VscodeApi } from './harness/bridge';
export { launchBrowser, newWorkbenchPage, quietChromiumArgs } from './harness/browser';
export { packageFlywheelVsix } from './harness/vsix';
export {
  waitForWorkbench, openFile, focusEditor, goToEndOfFile, typeInEditor, runCommand,
  readEditorText, waitForGhostText, readGhostText, armInlineSuggestions, screenshot, screenshotDir, webviewFrame, clickClear,
  settledButtons,
} from './harness/workbench';
export { findInstallation, repoRoot } from './harness/installation';
