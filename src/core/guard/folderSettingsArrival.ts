// When a settings file the extension reads per scope — a workspace folder's `.vscode/settings.json`, the workspace file's
// `settings`, the user's settings — has its values known, for a folder added while the window is open and for everything
// present when it opens alike. Until then the path policy refuses the files it may exclude (fail closed): the editor's
// configuration may not hold that file's values yet, or may never hold them (below). Why there is such a moment, read in code-server 4.139.1 (VS Code 1.139.1): the workbench loads an
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
// nothing — in a folder's settings file, the workspace file's `settings` and the user's settings alike, checked in
// code-server 4.139.1), or when the folder's configuration comes later than the bound (an extension host stalled that long).
// The first is known from the file itself, so it is not waited for: the file is read twice, as VS Code's reader reads it
// (`editorValues`, which the configuration is compared with) and as the user wrote it (`fileValues`, which keeps a key
// VS Code drops); when the configuration agrees with VS Code's reading, the file's values VS Code drops are kept at once
// and said (`onDropped`). Files present when the window opens are compared the same way, once, read at once when the
// extension starts (`readSettingsFileNow`): their configuration came with the extension host's first data, so they agree
// at that read and no file of the window is refused meanwhile (refused for that moment, the index opened with every
// folder pending and its Rebuild kept that policy, forty-first round); before the fortieth round's audit they were taken
// as known unread, and a dropped exclusion was judged by VS Code's reading with no word. A file that cannot be read
// (other than not there) is never judged as if there were none: its files are refused until it is written again, said
// once (`onUnreadable`); only the guessed user file is then known with nothing kept.
import { readTwoWays, sameValue, type Conflict, type Reading } from './settingsFileReading';

export interface FolderSettingsArrivalOptions {
  /**
   * The settings files present when the window opens (by a path: a folder's for its `.vscode/settings.json`, the workspace
   * file's, the user settings file's): each is compared once at once; until then the files they may exclude are refused.
   */
  readonly present: readonly string[];
  /** Of `present`, the files that apply to every folder (the workspace file, the user's): while one is read, every folder waits. */
  readonly windowWide?: readonly string[];
  /**
   * Of `present`, the files whose path is a guess (the user's settings file, found beside the extension's global storage:
   * another profile's, or none, in some set-ups): read once and known at once, only the keys VS Code's reader drops kept —
   * never a wait on a disagreement that a wrong guess would cause.
   */
  readonly guessed?: readonly string[];
  /** The settings the extension reads in a folder's scope (`flywheel.guard.exclude`, …). */
  readonly keys: readonly string[];
  /**
   * The text of the settings file (a folder's `.vscode/settings.json`, the workspace file's `settings`); undefined when
   * there is none (truly none: not found); rejects when it cannot be read.
   */
  readonly readSettingsFile: (source: string) => Promise<string | undefined>;
  /**
   * The same, read at once (a few small files): given, a file present at the start is judged in the constructor, so a
   * window's files are never refused while the start's files are read — only a file that cannot be read, or whose values
   * the configuration does not give yet, is waited for. (The index opened while every folder was pending at the start,
   * and its rebuild kept that policy: the chat's Codebase found nothing, forty-second round.)
   */
  readonly readSettingsFileNow?: (source: string) => string | undefined;
  /**
   * Told once per file that could not be read (an error other than "not there"): a guessed file is then known with nothing
   * kept (`holds` false); any other holds the files it may exclude — its folder's, every folder's for a file of the whole
   * window — refused until it is written again (fail closed).
   */
  readonly onUnreadable?: (source: string, error: unknown, holds: boolean) => void;
  /** The file's scope's value of a key as the editor's configuration gives it now (undefined when it has none). */
  readonly configuredValue: (source: string, key: string) => unknown;
  /** Told when a folder added to the window has its settings known (`waitedMs` after it was first asked about): rebuild what the settings built. */
  readonly onKnown: (source: string, waitedMs: number) => void;
  /**
   * Told once per file, when its values of the keys the editor drops on a conflict of names (`conflicts`: the key, and the
   * name the file sets to a non-object under which VS Code drops it) are kept beside the editor's (`unreportedValue`).
   */
  readonly onDropped?: (source: string, fromFile: Readonly<Record<string, unknown>>, conflicts: readonly Conflict[]) => void;
  /**
   * Told when the deadline passed with the file and the configuration still disagreeing: the file's values of those keys
   * (undefined where the file has none), which are kept beside the editor's (`unreportedValue`).
   */
  readonly onDeadline?: (source: string, fromFile: Readonly<Record<string, unknown>>) => void;
  /**
   * Told when a configuration change or an edit of the file leaves the kept values different (the file mended, so VS Code
   * now gives them, or the file's values changed): rebuild what the settings built.
   */
  readonly onUnreportedChanged?: (source: string, kept: Readonly<Record<string, unknown>>) => void;
  /** Told when no settings file is being read any more (after one was): a copy of the pending folders is stale now. */
  readonly onSettled?: () => void;
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
  /** A folder added (said in the log when known), not a file present at the start or read again after an edit. */
  readonly added: boolean;
}

export class FolderSettingsArrival {
  private readonly known = new Set<string>();
  private readonly windowWide: ReadonlySet<string>;
  private readonly guessed: ReadonlySet<string>;
  private readonly waiting = new Map<string, Waiting>();
  /** The file's values of the keys the editor does not give (dropped, or past the deadline), by file. */
  private readonly unreported = new Map<string, Readonly<Record<string, unknown>>>();
  /** A file's reads again after a change, one after another (a later read never overtaken by an earlier one). */
  private readonly readsAgain = new Map<string, Promise<void>>();
  /** The files whose kept values were said (once each). */
  private readonly told = new Set<string>();
  /** The files that could not be read, with the error: their files refused until the file is written again. */
  private readonly unreadable = new Map<string, unknown>();
  /** The files whose failed read was said (once each). */
  private readonly toldUnreadable = new Set<string>();
  private disposed = false;

  constructor(private readonly options: FolderSettingsArrivalOptions) {
    this.windowWide = new Set(options.windowWide ?? []);
    this.guessed = new Set(options.guessed ?? []);
    const readNow = options.readSettingsFileNow;
    for (const source of options.present) {
      if (readNow) this.judgeNow(source, readNow);
      else this.wait(source, false);
    }
  }

  /** Whether the folder's settings are still being read (and, if they are, they are looked at). */
  isPending(folder: string): boolean {
    if (this.known.has(folder)) return false;
    if (this.unreadable.has(folder)) return true;
    if (!this.waiting.has(folder) && !this.disposed) this.wait(folder, true);
    return true;
  }

  /**
   * Whether a settings file is being read (or waited for) now — not one held because it cannot be read, which only a
   * write ends: what waits for the reads (the index's first build) waits for these alone.
   */
  isReading(): boolean {
    return this.waiting.size > 0;
  }

  /** Whether a file that applies to every folder (the workspace file, the user's) is still being read. */
  windowWidePending(): boolean {
    for (const source of this.windowWide) if (this.waiting.has(source) || this.unreadable.has(source)) return true;
    return false;
  }

  /**
   * The folder a path is in while that folder's settings (or a file that applies to every folder) are still being read,
   * else undefined: the path policy's `settingsPending`, asked before its remembered verdict on every call. `folders`:
   * the window's folders now (absolute); `folderOf`: the folder of a path, per-file work (a URI parsed, the folder looked
   * up). A window whose every file is known and none waited for answers without it, as almost every call finds it; a
   * folder listed since (one an extension added is listed before any event) is not known, so a file judged before its
   * folder came (outside, open in an editor) is looked up and refused while its folder is read.
   */
  pendingFolderOf(path: string, folders: readonly string[], folderOf: (path: string) => string | undefined): string | undefined {
    if (this.waiting.size === 0 && this.unreadable.size === 0 && folders.every((f) => this.known.has(f))) return undefined;
    const folder = folderOf(path);
    if (folder !== undefined && this.isPending(folder)) return folder;
    if (!this.windowWidePending()) return undefined;
    return folder ?? [...this.windowWide].find((source) => this.waiting.has(source) || this.unreadable.has(source));
  }

  /**
   * The file whose failed read holds the folder (its own settings file, else a file of the whole window), with the
   * error; undefined when none does (the folder is judged, or only waited for).
   */
  unreadableHolding(folder: string): { readonly source: string; readonly error: unknown } | undefined {
    for (const source of [folder, ...this.windowWide]) if (this.unreadable.has(source)) return { source, error: this.unreadable.get(source) };
    return undefined;
  }

  /**
   * The file's own value of a key when the editor does not give it — dropped on a conflict of names, or not given by the
   * deadline — (undefined otherwise): the stricter reading keeps it beside the editor's.
   */
  unreportedValue(source: string, key: string): unknown {
    return this.unreported.get(source)?.[key];
  }

  /** The window's folders now: a folder removed is forgotten (added again, it is read again), a new one waited for. */
  foldersChanged(current: readonly string[]): void {
    const now = new Set([...current, ...this.windowWide]);
    for (const folder of [...this.known]) if (!now.has(folder)) this.known.delete(folder);
    for (const folder of [...this.unreported.keys()]) if (!now.has(folder)) this.unreported.delete(folder);
    for (const folder of [...this.told]) if (!now.has(folder)) this.told.delete(folder);
    for (const folder of [...this.unreadable.keys()]) if (!now.has(folder)) this.unreadable.delete(folder);
    for (const folder of [...this.toldUnreadable]) if (!now.has(folder)) this.toldUnreadable.delete(folder);
    for (const folder of [...this.waiting.keys()]) if (!now.has(folder)) this.stopWaiting(folder);
    for (const folder of current) {
      if (this.waiting.has(folder)) this.look(folder);
      else this.isPending(folder);
    }
  }

  /** The editor's configuration changed: a waiting file's values may have arrived, a kept one's may be given now. */
  configurationChanged(): void {
    for (const source of this.waiting.keys()) this.look(source);
    for (const source of this.unreported.keys()) {
      const next = (this.readsAgain.get(source) ?? Promise.resolve()).then(() => this.readUnreportedAgain(source)).catch(() => undefined);
      this.readsAgain.set(source, next);
      void next.finally(() => this.readsAgain.get(source) === next && this.readsAgain.delete(source));
    }
  }

  /**
   * The settings file was written. VS Code fires no configuration change for an edit of a part its reader drops (the
   * kept exclusion changed, or one added under a conflicting name), so the file is compared again, its files refused
   * meanwhile (a few milliseconds): what it excludes now is never judged by the old reading.
   */
  settingsFileChanged(source: string): void {
    if (this.disposed) return;
    if (this.waiting.has(source)) return this.look(source);
    if (!this.known.delete(source) && !this.unreadable.delete(source)) return;
    this.wait(source, false);
  }

  dispose(): void {
    this.disposed = true;
    for (const folder of [...this.waiting.keys()]) this.stopWaiting(folder);
  }

  /** A file present at the start, read at once: known when the configuration agrees (or it is a guess), else waited for. */
  private judgeNow(source: string, readNow: (source: string) => string | undefined): void {
    let reading: Reading;
    try {
      reading = this.reading(readNow(source));
    } catch (error) {
      return this.cannotRead(source, error);
    }
    if (this.guessed.has(source) || this.disagreeing(source, reading.editor).length === 0) this.becameKnown(source, reading);
    else this.wait(source, false);
  }

  /**
   * The file could not be read (not "not there"): said once; a guess is known with nothing kept, any other file's files
   * are refused until it is written again — never judged as if there were no file, which could drop its exclusion.
   */
  private cannotRead(source: string, error: unknown): void {
    const holds = !this.guessed.has(source);
    if (holds) this.unreadable.set(source, error);
    else this.known.add(source);
    this.stopWaiting(source);
    if (this.toldUnreadable.has(source)) return;
    this.toldUnreadable.add(source);
    this.options.onUnreadable?.(source, error, holds);
  }

  private wait(source: string, added: boolean): void {
    const deadline = setTimeout(() => void this.deadlinePassed(source), this.options.deadlineMs ?? 30_000);
    this.waiting.set(source, { looking: false, again: false, since: Date.now(), deadline, added });
    this.look(source);
  }

  private look(source: string): void {
    const waiting = this.waiting.get(source);
    if (!waiting) return;
    if (waiting.looking) {
      waiting.again = true;
      return;
    }
    waiting.looking = true;
    void this.read(source).then(
      (reading) => {
        const keys = this.disagreeing(source, reading.editor);
        if (this.waiting.get(source) !== waiting) return; // forgotten, or known, meanwhile
        waiting.looking = false;
        if (keys.length === 0 || this.guessed.has(source)) return this.becameKnown(source, reading);
        if (waiting.again) {
          waiting.again = false;
          this.look(source);
        }
      },
      (error: unknown) => {
        if (this.waiting.get(source) === waiting) this.cannotRead(source, error);
      },
    );
  }

  private async deadlinePassed(source: string): Promise<void> {
    if (!this.waiting.has(source)) return;
    let reading: Reading;
    try {
      reading = await this.read(source);
    } catch (error) {
      if (this.waiting.has(source)) this.cannotRead(source, error);
      return;
    }
    if (!this.waiting.has(source)) return;
    const keys = this.disagreeing(source, reading.editor);
    if (keys.length > 0 && !this.told.has(source)) {
      this.told.add(source);
      this.options.onDeadline?.(source, { ...Object.fromEntries(keys.map((key) => [key, reading.file[key]])), ...this.keptValues(source, reading) });
    }
    this.becameKnown(source, reading);
  }

  /** A file with kept values: the file and the configuration compared again, the values kept only where they still differ. */
  private async readUnreportedAgain(source: string): Promise<void> {
    const reading = await this.read(source).catch(() => undefined);
    if (reading === undefined || !this.unreported.has(source) || this.disposed) return; // (unreadable now: what was kept stays)
    this.keep(source, this.keptValues(source, reading), reading.conflicts);
  }

  /** The keys whose value in VS Code's reading of the file the configuration does not give (yet). */
  private disagreeing(source: string, editor: Readonly<Record<string, unknown>>): readonly string[] {
    return this.options.keys.filter((key) => !sameValue(editor[key], this.options.configuredValue(source, key)));
  }

  /** The file's values the configuration does not give: those VS Code's reader drops, once the configuration agrees with it. */
  private keptValues(source: string, reading: Reading): Readonly<Record<string, unknown>> {
    const given = (key: string) => (this.guessed.has(source) ? reading.editor[key] : this.options.configuredValue(source, key));
    const kept = this.options.keys.filter((key) => reading.file[key] !== undefined && !sameValue(reading.file[key], given(key)));
    return Object.fromEntries(kept.map((key) => [key, reading.file[key]]));
  }

  /** The kept values of a file set to `now`: said the first time there are any, the settings rebuilt at any change. */
  private keep(source: string, now: Readonly<Record<string, unknown>>, conflicts: readonly Conflict[]): void {
    const before = this.unreported.get(source) ?? {};
    if (sameValue(now, before)) return;
    if (Object.keys(now).length === 0) this.unreported.delete(source);
    else this.unreported.set(source, now);
    if (Object.keys(now).length > 0 && !this.told.has(source)) {
      this.told.add(source);
      this.options.onDropped?.(source, now, conflicts.filter((c) => c.key in now));
    }
    this.options.onUnreportedChanged?.(source, now);
  }

  /** The file read as VS Code's reader reads it (`editor`) and as its user wrote it (`file`); none when there is no file. */
  private async read(source: string): Promise<Reading> {
    return this.reading(await this.options.readSettingsFile(source));
  }

  private reading(text: string | undefined): Reading {
    return readTwoWays(text, this.options.keys);
  }

  private becameKnown(source: string, reading: Reading): void {
    const waiting = this.waiting.get(source);
    const waitedMs = Date.now() - (waiting?.since ?? Date.now());
    this.stopWaiting(source);
    this.known.add(source);
    this.keep(source, this.keptValues(source, reading), reading.conflicts);
    if (waiting?.added) this.options.onKnown(source, waitedMs);
  }

  private stopWaiting(source: string): void {
    const waiting = this.waiting.get(source);
    if (!waiting) return;
    clearTimeout(waiting.deadline);
    this.waiting.delete(source);
    if (this.waiting.size === 0 && !this.disposed) this.options.onSettled?.();
  }
}
