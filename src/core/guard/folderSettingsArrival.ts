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
// `deadlineMs` the folder is judged by the stricter of the two readings — the file's values of the keys the editor still
// does not give are kept (`unreportedValue`: an exclusion list joins the editor's), and the disagreement said — never by
// the editor's reading alone, which would drop a user's exclusion silently. The editor never gives a value the file
// holds when its own reader drops it: a key under a name the file also sets to a non-object (`"flywheel": false` then
// `"flywheel.guard.exclude": […]`: VS Code logs "Ignoring flywheel.guard.exclude as flywheel is false" and applies
// nothing), or when the folder's configuration comes later than the bound (an extension host stalled that long).
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
  /**
   * Told when the deadline passed with the file and the configuration still disagreeing: the file's values of those keys
   * (undefined where the file has none), which are kept beside the editor's (`unreportedValue`).
   */
  readonly onDeadline?: (folder: string, fromFile: Readonly<Record<string, unknown>>) => void;
  /**
   * Told when, past the deadline, a configuration change leaves the kept values different (the file mended, so VS Code
   * now gives them, or the file's values changed): rebuild what the settings built.
   */
  readonly onUnreportedChanged?: (folder: string) => void;
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
  /** Past the deadline: the file's values of the keys the editor did not give, by folder. */
  private readonly unreported = new Map<string, Readonly<Record<string, unknown>>>();
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

  /**
   * The folder a path is in while that folder's settings are still being read, else undefined: the path policy's
   * `settingsPending`, asked before its remembered verdict on every call. `folders`: the window's folders now (absolute);
   * `folderOf`: the folder of a path, per-file work (a URI parsed, the folder looked up). A window whose every folder is
   * known and none waited for answers without it, as almost every call finds it; a folder listed since (one an extension
   * added is listed before any event) is not known, so a file judged before its folder came (outside, open in an editor)
   * is looked up and refused while its folder is read.
   */
  pendingFolderOf(path: string, folders: readonly string[], folderOf: (path: string) => string | undefined): string | undefined {
    if (this.waiting.size === 0 && folders.every((f) => this.known.has(f))) return undefined;
    const folder = folderOf(path);
    return folder !== undefined && this.isPending(folder) ? folder : undefined;
  }

  /**
   * The folder's own value of a key as its settings file held it when the deadline passed with the editor not giving it
   * (undefined otherwise): the stricter reading keeps it beside the editor's.
   */
  unreportedValue(folder: string, key: string): unknown {
    return this.unreported.get(folder)?.[key];
  }

  /** The window's folders now: a folder removed is forgotten (added again, it is read again), a new one waited for. */
  foldersChanged(current: readonly string[]): void {
    const now = new Set(current);
    for (const folder of [...this.known]) if (!now.has(folder)) this.known.delete(folder);
    for (const folder of [...this.unreported.keys()]) if (!now.has(folder)) this.unreported.delete(folder);
    for (const folder of [...this.waiting.keys()]) if (!now.has(folder)) this.stopWaiting(folder);
    for (const folder of current) {
      if (this.waiting.has(folder)) this.look(folder);
      else this.isPending(folder);
    }
  }

  /** The editor's configuration changed: a waiting folder's values may have arrived. */
  configurationChanged(): void {
    for (const folder of this.waiting.keys()) this.look(folder);
    for (const folder of this.unreported.keys()) void this.readUnreportedAgain(folder);
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
    void this.fileValues(folder).then(
      (fromFile) => {
        const keys = this.disagreeing(folder, fromFile);
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
    // (A file that cannot be read now: every key disagrees, and nothing of the file is known to keep.)
    const read = await this.fileValues(folder).catch(() => undefined);
    if (!this.waiting.has(folder)) return;
    const keys = read === undefined ? this.options.keys : this.disagreeing(folder, read);
    if (keys.length > 0) {
      const fromFile = Object.fromEntries(keys.map((key) => [key, read?.[key]]));
      this.unreported.set(folder, fromFile);
      this.options.onDeadline?.(folder, fromFile);
    }
    this.becameKnown(folder);
  }

  /** A folder past the deadline: the file and the configuration compared again, the values kept only where they still differ. */
  private async readUnreportedAgain(folder: string): Promise<void> {
    const fromFile = await this.fileValues(folder).catch(() => undefined);
    const before = this.unreported.get(folder);
    if (fromFile === undefined || before === undefined || this.disposed) return; // (unreadable now: what was kept stays)
    const keys = this.disagreeing(folder, fromFile);
    const now = Object.fromEntries(keys.map((key) => [key, fromFile[key]]));
    if (sameValue(now, before)) return;
    if (keys.length === 0) this.unreported.delete(folder);
    else this.unreported.set(folder, now);
    this.options.onUnreportedChanged?.(folder);
  }

  /** The keys whose value in the folder's settings file the configuration does not give (yet). */
  private disagreeing(folder: string, fromFile: Readonly<Record<string, unknown>>): readonly string[] {
    return this.options.keys.filter((key) => !sameValue(fromFile[key], this.options.configuredValue(folder, key)));
  }

  /**
   * The folder's settings file's values of the keys, read as the editor reads the file (none when there is no file), but
   * keeping a key the editor's reader drops on a conflict of names (above).
   */
  private async fileValues(folder: string): Promise<Readonly<Record<string, unknown>>> {
    const text = await this.options.readSettingsFile(folder);
    const tree = text === undefined ? {} : valuesTree(parse(text, [], { allowTrailingComma: true, disallowComments: false }));
    return Object.fromEntries(this.options.keys.map((key) => [key, valueAt(tree, key)]));
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
