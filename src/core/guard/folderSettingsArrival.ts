// When a workspace folder added while the window is open has its own settings known. Until then the path policy refuses
// its files (fail closed): its `.vscode/settings.json` may exclude them, and the editor's configuration may not hold that
// file's values yet. Why there is such a moment, read in code-server 4.139.1 (VS Code 1.139.1): the workbench loads an
// added folder's settings file, sends the configuration, then sends the folders (`WorkspaceService.
// updateWorkspaceConfiguration`: `onFoldersChanged` → `triggerConfigurationChange` → `onDidChangeWorkspaceFolders`), but
// the extension host applies a configuration change one promise later (`ExtHostConfiguration.$acceptConfigurationChanged`
// waits on its provider) while it applies the folders at once, so `onDidChangeWorkspaceFolders` fires with the folder's
// values not there yet; and a folder an extension adds (`updateWorkspaceFolders`) is in `workspaceFolders` at once, before
// the workbench has read anything of it. VS Code's maintainers keep that order (microsoft/vscode#73353, closed out of
// scope: "cache the configuration on your side, revalidate it when workspace folders or configuration change").
//
// The signal that ends the wait (the API has none that says "this folder's configuration is loaded"): the folder's own
// settings file, read as the editor reads it, agrees with what the configuration gives in that folder's scope for every
// key the extension reads per folder. A folder with no settings file (or none of these keys) agrees at once — VS Code fires
// no configuration event for it (one "is emitted only if there is a change in configuration", microsoft/vscode#32558), so
// that event alone would wait for ever; one with them agrees once its configuration has arrived, looked at again at each
// configuration change (VS Code fires one when it arrives) and each change of the folders. Never an unbounded wait: past
// `deadlineMs` the folder is read as the editor has it, and the disagreement said.
import { parse } from 'jsonc-parser';

export interface FolderSettingsArrivalOptions {
  /** The folders whose settings came with the window's configuration (absolute paths): known from the start. */
  readonly known: readonly string[];
  /** The settings the extension reads in a folder's scope (`flywheel.guard.exclude`, …). */
  readonly keys: readonly string[];
  /** The text of the folder's own settings file (`.vscode/settings.json`); undefined when there is none. */
  readonly readSettingsFile: (folder: string) => Promise<string | undefined>;
  /** The folder's own value of a key as the editor's configuration gives it now (undefined when it has none). */
  readonly configuredValue: (folder: string, key: string) => unknown;
  /** Told when a folder's settings are known (`waitedMs` after it was first asked about): rebuild what the settings built. */
  readonly onKnown: (folder: string, waitedMs: number) => void;
  /** Told when the deadline passed with the file and the configuration still disagreeing on these keys. */
  readonly onDeadline?: (folder: string, keys: readonly string[]) => void;
  /**
   * How long a folder may stay unknown (default 30 s: the e2e saw 1.4–5.6 s from the add to its settings in the extension
   * host on a 2-core machine at load ~20; well past that, the two readings disagree for another reason).
   */
  readonly deadlineMs?: number;
}

interface Waiting {
  /** A look is under way; `again`: something changed meanwhile, look once more after it. */
  looking: boolean;
  again: boolean;
  readonly since: number;
  readonly deadline: ReturnType<typeof setTimeout>;
}

export class FolderSettingsArrival {
  private readonly known: Set<string>;
  private readonly waiting = new Map<string, Waiting>();
  private disposed = false;

  constructor(private readonly options: FolderSettingsArrivalOptions) {
    this.known = new Set(options.known);
  }

  /** Whether the folder's settings are still being read (and, if they are, they are looked at). */
  isPending(folder: string): boolean {
    if (this.known.has(folder)) return false;
    if (!this.waiting.has(folder) && !this.disposed) this.wait(folder);
    return true;
  }

  /** The window's folders now: a folder removed is forgotten (added again, it is read again), a new one waited for. */
  foldersChanged(current: readonly string[]): void {
    const now = new Set(current);
    for (const folder of [...this.known]) if (!now.has(folder)) this.known.delete(folder);
    for (const folder of [...this.waiting.keys()]) if (!now.has(folder)) this.stopWaiting(folder);
    for (const folder of current) {
      if (this.waiting.has(folder)) this.look(folder);
      else this.isPending(folder);
    }
  }

  /** The editor's configuration changed: a waiting folder's values may have arrived. */
  configurationChanged(): void {
    for (const folder of this.waiting.keys()) this.look(folder);
  }

  dispose(): void {
    this.disposed = true;
    for (const folder of [...this.waiting.keys()]) this.stopWaiting(folder);
  }

  private wait(folder: string): void {
    const deadline = setTimeout(() => void this.deadlinePassed(folder), this.options.deadlineMs ?? 30_000);
    this.waiting.set(folder, { looking: false, again: false, since: Date.now(), deadline });
    this.look(folder);
  }

  private look(folder: string): void {
    const waiting = this.waiting.get(folder);
    if (!waiting) return;
    if (waiting.looking) {
      waiting.again = true;
      return;
    }
    waiting.looking = true;
    void this.disagreeing(folder).then(
      (keys) => {
        if (this.waiting.get(folder) !== waiting) return; // forgotten, or known, meanwhile
        waiting.looking = false;
        if (keys.length === 0) return this.becameKnown(folder);
        if (waiting.again) {
          waiting.again = false;
          this.look(folder);
        }
      },
      () => {
        // The file could not be read (not "not there"): the next change looks again; the deadline bounds the wait.
        waiting.looking = false;
      },
    );
  }

  private async deadlinePassed(folder: string): Promise<void> {
    if (!this.waiting.has(folder)) return;
    const keys = await this.disagreeing(folder).catch(() => this.options.keys);
    if (!this.waiting.has(folder)) return;
    if (keys.length > 0) this.options.onDeadline?.(folder, keys);
    this.becameKnown(folder);
  }

  /** The keys whose value in the folder's settings file the configuration does not give (yet). */
  private async disagreeing(folder: string): Promise<readonly string[]> {
    const text = await this.options.readSettingsFile(folder);
    const tree = text === undefined ? {} : valuesTree(parse(text, [], { allowTrailingComma: true, disallowComments: false }));
    return this.options.keys.filter((key) => !sameValue(valueAt(tree, key), this.options.configuredValue(folder, key)));
  }

  private becameKnown(folder: string): void {
    const waitedMs = Date.now() - (this.waiting.get(folder)?.since ?? Date.now());
    this.stopWaiting(folder);
    this.known.add(folder);
    this.options.onKnown(folder, waitedMs);
  }

  private stopWaiting(folder: string): void {
    const waiting = this.waiting.get(folder);
    if (waiting) clearTimeout(waiting.deadline);
    this.waiting.delete(folder);
  }
}

/**
 * A settings file's values as VS Code reads them: a top-level key with dots names nested settings
 * (`"flywheel.guard.exclude"` and `"flywheel.guard": { "exclude": … }` are the same setting).
 */
function valuesTree(raw: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  if (!isObject(raw)) return root;
  for (const [key, value] of Object.entries(raw)) {
    const segments = key.split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      node = isObject(next) ? next : (node[segment] = {});
    }
    node[segments[segments.length - 1]!] = value;
  }
  return root;
}

function valueAt(tree: Record<string, unknown>, key: string): unknown {
  let node: unknown = tree;
  for (const segment of key.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[segment];
  }
  return node;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
