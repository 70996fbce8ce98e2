// Client of the test-only e2e-bridge extension (fixtures/e2e-bridge): runs a function in the
// extension host and returns its result, so tests read the real document model, not pixels.
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type * as vscodeApi from 'vscode';

export type VscodeApi = typeof vscodeApi;

export interface ActiveEditorState {
  readonly path: string;
  readonly languageId: string;
  readonly text: string;
  readonly isDirty: boolean;
  readonly cursor: { readonly line: number; readonly character: number };
}

export class Bridge {
  private endpoint: { port: number; token: string } | undefined;

  constructor(private readonly file: string) {}

  /** Waits until the extension host is up and the bridge has written its port. */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(this.file)) {
      if (Date.now() > deadline) throw new Error('e2e bridge did not start: is the extension host running?');
      await delay(100);
    }
    this.endpoint = JSON.parse(readFileSync(this.file, 'utf8'));
  }

  /** How long one `evaluate` may take before it fails (a hung promise in the host). */
  timeoutMs = 30_000;

  /**
   * Runs `fn(vscode, ...args)` in the extension host. `fn` is sent as source text: it must
   * not use variables from the test file (pass them in `args`) and must return JSON.
   */
  async evaluate<A extends unknown[], R>(fn: (vscode: VscodeApi, ...args: A) => R | Thenable<R>, ...args: A): Promise<R> {
    if (!this.endpoint) await this.ready();
    const body = JSON.stringify({ source: fn.toString(), args });
    let reply: string;
    try {
      reply = await this.post(body, fn);
    } catch (error) {
      // A window reload starts a new extension host: its bridge listens on a new port and
      // rewrites the file. Wait for that, then ask the new one.
      if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
      await this.newEndpoint();
      reply = await this.post(body, fn);
    }
    const parsed = JSON.parse(reply) as { ok: boolean; value?: R; error?: string };
    if (!parsed.ok) throw new Error(`in the extension host: ${parsed.error}`);
    return parsed.value as R;
  }

  private post(body: string, fn: { toString(): string }): Promise<string> {
    const { port, token } = this.endpoint!;
    return new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/evaluate', method: 'POST', timeout: this.timeoutMs, headers: { 'x-bridge-token': token, 'content-type': 'application/json' } }, (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => { data += c; });
        res.on('end', () => resolve(data));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.on('timeout', () => req.destroy(new Error(`bridge.evaluate took over ${this.timeoutMs} ms: ${fn.toString().slice(0, 200)}`)));
      req.end(body);
    });
  }

  /** Waits until the bridge file names another port than the one that refused (a new extension host). */
  private async newEndpoint(timeoutMs = 120_000): Promise<void> {
    const stale = this.endpoint!.port;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const found = JSON.parse(readFileSync(this.file, 'utf8')) as { port: number; token: string };
        if (found.port !== stale) {
          this.endpoint = found;
          return;
        }
      } catch {
        // being rewritten: read it again
      }
      if (Date.now() > deadline) throw new Error('the e2e bridge did not come back after the extension host went away');
      await delay(200);
    }
  }

  executeCommand<R = unknown>(command: string, ...args: unknown[]): Promise<R> {
    return this.evaluate((vscode, id: string, rest: unknown[]) => vscode.commands.executeCommand<R>(id, ...rest), command, args);
  }

  /**
   * Shows a file of the first workspace folder in an editor, optionally with a selection
   * (start line, start character, end line, end character). The document is opened by its uri,
   * never looked up among `workspace.textDocuments`: while the host settles a restored file's
   * language it closes and reopens the document, and a lookup in that moment finds nothing.
   */
  showWorkspaceFile(relativePath: string, selection?: readonly [number, number, number, number]): Promise<void> {
    return this.evaluate(async (vscode, path: string, range: readonly [number, number, number, number] | null) => {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, path);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      if (range) editor.selection = new vscode.Selection(range[0], range[1], range[2], range[3]);
    }, relativePath, selection ?? null);
  }

  /** The active text editor's document as the extension host sees it, or undefined. */
  activeEditor(): Promise<ActiveEditorState | undefined> {
    return this.evaluate((vscode) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      const doc = editor.document;
      const pos = editor.selection.active;
      return { path: doc.uri.fsPath, languageId: doc.languageId, text: doc.getText(), isDirty: doc.isDirty, cursor: { line: pos.line, character: pos.character } };
    });
  }

  /**
   * Waits until the extension is active, activating it if needed. Throws its activation
   * error, or after `timeoutMs` if it is missing or never finishes activating.
   */
  async waitForExtension(id: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let state = 'missing';
    while (Date.now() < deadline) {
      state = await this.evaluate(async (vscode, extId: string) => {
        const ext = vscode.extensions.getExtension(extId);
        if (!ext) return 'missing';
        // activate() rejects with the activation error; a hung activate() must not hang us.
        const done = await Promise.race([ext.activate().then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
        return done ? 'active' : 'activating';
      }, id);
      if (state === 'active') return;
      await delay(200);
    }
    throw new Error(`extension ${id} is ${state === 'missing' ? 'not installed in code-server' : 'still activating'} after ${timeoutMs} ms`);
  }
}
