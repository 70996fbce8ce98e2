// Completions that leave the code whole, in a real VS Code with its default editor settings
// (auto-closing brackets and quotes, quick suggestions): a Go body after `{` Enter is balanced
// (the auto-closed `}` is not doubled), a completion inside a TypeScript interface adds the
// remaining members, and after `(ar` with an auto-closed `)` accepting gives `…):` once.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import {
  armInlineSuggestions, focusEditor, openFile, packageFlywheelVsix, readGhostText, screenshot, startSession, typeInEditor,
  waitForGhostText, type Session,
} from './harness';
import { promptEndsWith, startScriptedOllama, type ScriptedOllamaServer } from './harness/scriptedOllama';
import { writeRequestLog } from './harness/requestLog';
import { waitUntil } from './harness/waitUntil';
import { fakeOllamaModels } from '../support/fakeOllamaServer';

const flywheelId = 'flywheel.flywheel';
const model = fakeOllamaModels.qwenCoder.name;

const store = 'package store\n\nfunc (s *Store) Get(key string) (string, error) \n';
const options = 'export interface Options {\n  method: string;\n  headers?: Record<string, string>;\n}\n\nexport const none: Options = { method: "GET" };\n';
const app = 'class App:\n    def dispatch(self, *args):\n        if isinstance\n            return args[0]\n        return None\n';

// The harness runs VS Code's default editor settings (auto-closing, quick suggestions). One change,
// for Python only: the word widget (which opens on `ar`, `args` being in the file) takes Tab from
// ghost text, and how the two share Tab is the provider's concern, tested with the provider
// (completion.e2e). Auto-closing, the point of the `(ar` test, stays on.
const pythonWordsOff = {
  '[python]': { 'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' } },
};

describe('completions that leave the code whole, under VS Code defaults', { timeout: 150_000 }, () => {
  let session: Session;
  let ollama: ScriptedOllamaServer;

  before(async () => {
    ollama = await startScriptedOllama({ models: [fakeOllamaModels.qwenCoder] });
    session = await startSession({
      name: 'whole-completions',
      extensionVsix: packageFlywheelVsix(),
      settings: pythonWordsOff,
      machineSettings: { 'flywheel.models.completion': [{ provider: 'ollama', baseUrl: ollama.url, model }] },
      env: { OLLAMA_HOST: ollama.url },
      workspaceFiles: { 'store.go': store, 'options.ts': options, 'app.py': app },
      waitForExtensions: [flywheelId],
    });
  });

  after(async () => {
    await session?.stop();
    if (ollama) writeRequestLog('whole-completions', ollama);
    await ollama?.close();
  });

  const documentText = async (): Promise<string | undefined> => (await session.server.bridge.activeEditor())?.text;

  async function open(name: string): Promise<void> {
    await openFile(session.page, name);
    await waitUntil(`${name} active in the extension host`, async () => (await session.server.bridge.activeEditor())?.path.endsWith(`/${name}`));
    await armInlineSuggestions(session.server.bridge);
  }

  /** The cursor at the end of a 0-based line, by keyboard, confirmed by the extension host. */
  async function endOfLine(line: number): Promise<void> {
    const { page, server } = session;
    await focusEditor(page);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await waitUntil(`the cursor at the end of line ${line}`, async () => {
      const editor = await server.bridge.activeEditor();
      return editor?.cursor.line === line && editor.cursor.character === (editor.text.split('\n')[line] ?? '').length;
    });
  }

  /** Closes the word-suggestion widget if quick suggestions opened it, so Tab goes to the ghost text. */
  async function closeSuggestWidget(): Promise<void> {
    const widget = session.page.locator('.editor-widget.suggest-widget.visible');
    if (await widget.count()) {
      await session.page.keyboard.press('Escape');
      await waitUntil('the suggest widget to close', async () => (await widget.count()) === 0);
    }
  }

  it('Go: `{` Enter in an empty function body completes to a balanced body (the auto-closed `}` once)', async () => {
    const { page } = session;
    // The model writes the body, its closer, and goes on with the next function.
    const rule = ollama.answer((body) => /\(string, error\) \{\n[\t ]+$/.test(body.prompt ?? ''), {
      tokens: ['s.mu.RLock()\n', '\tdefer s.mu.RUnlock()\n', '\treturn s.items[key], nil\n', '}\n', '\n', 'func (s *Store) Set(k, v string) {\n'],
      tokenDelayMs: 10,
    });
    await open('store.go');
    await endOfLine(2);
    await typeInEditor(page, '{');
    await waitUntil('VS Code auto-closed the brace', async () => (await documentText())?.includes('(string, error) {}'));
    await page.keyboard.press('Enter');

    const request = await rule.first;
    assert.equal(request.body.suffix?.startsWith('\n}'), true, 'the auto-closed brace is in the suffix the model sees');
    // The body is indented the way the editor indented the new line (Go's tab, or spaces).
    const indent = /\n([\t ]+)$/.exec(request.body.prompt ?? '')![1]!;
    const ghost = await waitForGhostText(page);
    assert.ok(ghost.includes('RUnlock') && !ghost.includes('Set('), `ghost text: ${JSON.stringify(ghost)}`);
    await screenshot(page, 'whole-go-body-ghost');
    await page.keyboard.press('Tab');
    const body = ['s.mu.RLock()', 'defer s.mu.RUnlock()', 'return s.items[key], nil'].map((line) => indent + line).join('\n');
    const balanced = `package store\n\nfunc (s *Store) Get(key string) (string, error) {\n${body}\n}\n`;
    await waitUntil('the balanced body in the document', async () => (await documentText()) === balanced);
    await screenshot(page, 'whole-go-body-accepted');
  });

  it('TypeScript: a completion inside an interface adds the remaining members', async () => {
    const { page } = session;
    ollama.answer(promptEndsWith('headers?: Record<string, string>;\n  '), {
      tokens: ['body?: string;\n', '  timeoutMs?: number;\n', '}\n', '\n', 'export function request() {\n'],
      tokenDelayMs: 10,
    });
    await open('options.ts');
    await endOfLine(2);
    await page.keyboard.press('Enter');
    const ghost = await waitForGhostText(page);
    assert.ok(ghost.includes('body?: string;') && ghost.includes('timeoutMs?: number;') && !ghost.includes('request'), `ghost text: ${JSON.stringify(ghost)}`);
    await screenshot(page, 'whole-ts-interface-ghost');
    await closeSuggestWidget();
    await page.keyboard.press('Tab');
    const expected = options.replace('Record<string, string>;\n', 'Record<string, string>;\n  body?: string;\n  timeoutMs?: number;\n');
    await waitUntil('the members in the document', async () => (await documentText()) === expected);
    await screenshot(page, 'whole-ts-interface-accepted');
  });

  it('Python: after typing `(ar` VS Code auto-closed `)`; accepting does not give `…):)`', async () => {
    const { page } = session;
    const rule = ollama.answer(promptEndsWith('if isinstance(ar'), { tokens: ['gs[0], ', 'AppContext):', '\n'], tokenDelayMs: 10 });
    await open('app.py');
    await endOfLine(2);
    await typeInEditor(page, '(ar');
    await waitUntil('VS Code auto-closed the parenthesis', async () => (await documentText())?.includes('isinstance(ar)'));
    const request = await rule.first;
    assert.equal(request.body.suffix?.startsWith(')\n'), true, 'the model sees the auto-closed `)` after the cursor');
    // The ghost text shows around the existing `)`: `gs[0], AppContext` before it, `:` after it.
    await waitUntil('the ghost text around the auto-closed `)`', async () => (await readGhostText(page)).includes('AppContext'));
    await screenshot(page, 'whole-autoclosed-paren-ghost');
    await page.keyboard.press('Tab');
    await waitUntil('the accepted line', async () => (await documentText())?.split('\n')[2] === '        if isinstance(args[0], AppContext):');
    assert.equal(await documentText(), app.replace('if isinstance\n', 'if isinstance(args[0], AppContext):\n'));
    await screenshot(page, 'whole-autoclosed-paren-accepted');
  });
});
