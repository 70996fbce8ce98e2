// The local feedback log: append-only JSONL files, one series per window, rotated by size,
// written in batches. It never throws into a caller: a refused disk turns it off, once.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Disposable } from '../disposable';
import { silentLogger, type Logger } from '../logger';
import { systemClock, type FeedbackClock, type TimerHandle } from './feedbackClock';
import { stampFeedbackEvent, validateFeedbackEvent, type FeedbackEvent, type FeedbackEventInput, type FeedbackSink } from './feedbackEvents';
import { isDiskRefusal, nodeFeedbackFileSystem, type FeedbackFileSystem } from './feedbackFileSystem';
import { listFeedbackFiles } from './feedbackLogReader';
import { applyFeedbackPrivacy, defaultFeedbackPrivacy, type FeedbackPrivacy } from './feedbackPrivacy';
import { errorForLog } from '../errorMessage';

export interface FeedbackStoreOptions {
  readonly dir: string;
  /** Start a new file past this size (default 4 MiB). */
  readonly maxFileBytes?: number;
  /** Delete the oldest files when the log grows past this (default 256 MiB). */
  readonly maxTotalBytes?: number;
  /** How long an event may wait in memory before it is written (default 2 s). */
  readonly flushIntervalMs?: number;
  /** Write at once when this many events are waiting (default 200). */
  readonly maxBatch?: number;
  /** flywheel.feedback.keepDays: files last written before this many days ago are deleted. */
  readonly keepDays?: number;
  readonly privacy?: FeedbackPrivacy;
  /** This window's workspace (`workspaceIdOf`): stamped on every event it records. */
  readonly workspace?: string;
  readonly enabled?: boolean;
  readonly clock?: FeedbackClock;
  readonly fs?: FeedbackFileSystem;
  readonly logger?: Logger;
  /** Called once when the disk refuses the log (full, read-only, no permission). */
  readonly onDisabled?: (message: string) => void;
}

export type FeedbackListener = (event: FeedbackEvent) => void;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The folder under the extension's global storage that holds the log. */
export const FEEDBACK_DIR_NAME = 'feedback';

export class FeedbackStore implements FeedbackSink, Disposable {
  private queue: string[] = [];
  private timer: TimerHandle | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<FeedbackListener>();
  private readonly fs: FeedbackFileSystem;
  private readonly clock: FeedbackClock;
  private readonly logger: Logger;
  private readonly series = `${randomBytes(3).toString('hex')}`;
  private file: string | undefined;
  private fileBytes = 0;
  private fileIndex = 0;
  private privacy: FeedbackPrivacy;
  private workspace: string | undefined;
  private enabled: boolean;
  private refused = false;
  private disposed = false;
  private dirReady = false;
  /** Events refused by validation since start (a producer bug, not user data). */
  invalidEvents = 0;

  constructor(private readonly options: FeedbackStoreOptions) {
    this.fs = options.fs ?? nodeFeedbackFileSystem;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.privacy = options.privacy ?? defaultFeedbackPrivacy;
    this.workspace = options.workspace;
    this.enabled = options.enabled ?? true;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** False when turned off in settings or after the disk refused a write. */
  get isLogging(): boolean {
    return this.enabled && !this.refused && !this.disposed;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.queue = [];
  }

  setPrivacy(privacy: FeedbackPrivacy): void {
    this.privacy = privacy;
  }

  /** The window's folders changed: events from now on belong to that workspace. */
  setWorkspace(workspace: string | undefined): void {
    this.workspace = workspace;
  }

  /** Listeners see each event as written (after the privacy filter). */
  onDidRecord(listener: FeedbackListener): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  record(input: FeedbackEventInput): void {
    if (!this.isLogging) return;
    try {
      const stamped = stampFeedbackEvent(this.workspace === undefined ? input : { ...input, workspace: this.workspace }, this.clock.now());
      const result = validateFeedbackEvent(applyFeedbackPrivacy(stamped, this.privacy));
      if (!result.ok) {
        this.invalidEvents++;
        this.logger.warn(`Feedback: dropped an invalid event (${result.error})`);
        return;
      }
      // The checked copy: a field the schema does not know never reaches the log.
      const { event } = result;
      this.queue.push(JSON.stringify(event));
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch (error) {
          this.logger.error(errorForLog(error));
        }
      }
      if (this.queue.length >= (this.options.maxBatch ?? 200)) void this.flush();
      else this.timer ??= this.clock.setTimer(() => void this.flush(), this.options.flushIntervalMs ?? 2000);
    } catch (error) {
      this.logger.warn(`Feedback: could not record an event: ${String(error)}`);
    }
  }

  /** Writes what is waiting; resolves when it is on disk (or dropped). Never rejects. */
  flush(): Promise<void> {
    this.timer?.cancel();
    this.timer = undefined;
    if (this.queue.length === 0) return this.writing;
    const batch = this.queue.join('\n') + '\n';
    this.queue = [];
    this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  /** Deletes every log file; returns how many. */
  async clear(): Promise<number> {
    this.queue = [];
    await this.writing;
    let removed = 0;
    for (const name of await this.safeList()) {
      try {
        await this.fs.unlink(join(this.dir, name));
        removed++;
      } catch (error) {
        this.logger.warn(`Feedback: could not delete ${name}: ${String(error)}`);
      }
    }
    this.file = undefined;
    this.fileBytes = 0;
    return removed;
  }

  /** Applies keep-for-days and the total size cap; returns the files deleted. */
  async prune(keepDays = this.options.keepDays ?? 90): Promise<string[]> {
    const deleted: string[] = [];
    try {
      const cutoff = this.clock.now() - keepDays * DAY_MS;
      const files: Array<{ name: string; size: number; mtimeMs: number }> = [];
      for (const name of await this.safeList()) {
        try {
          files.push({ name, ...(await this.fs.stat(join(this.dir, name))) });
        } catch {
          // Vanished between list and stat (another window pruned it).
        }
      }
      let total = files.reduce((sum, f) => sum + f.size, 0);
      const cap = this.options.maxTotalBytes ?? 256 * 1024 * 1024;
      for (const f of files) {
        const current = f.name === this.fileName();
        if (current || (f.mtimeMs >= cutoff && total <= cap)) continue;
        await this.fs.unlink(join(this.dir, f.name)).catch(() => undefined);
        total -= f.size;
        deleted.push(f.name);
      }
    } catch (error) {
      this.logger.warn(`Feedback: pruning failed: ${String(error)}`);
    }
    return deleted;
  }

  /** Flushes synchronously: the extension host may not wait for promises on shutdown. */
  dispose(): void {
    if (this.disposed) return;
    this.timer?.cancel();
    this.timer = undefined;
    if (this.queue.length > 0 && this.isLogging) {
      const batch = this.queue.join('\n') + '\n';
      this.queue = [];
      try {
        if (!this.dirReady) this.fs.mkdirSync(this.dir);
        this.fs.appendFileSync(this.nextFile(Buffer.byteLength(batch)), batch);
      } catch (error) {
        this.logger.warn(`Feedback: could not write the last batch: ${String(error)}`);
      }
    }
    this.disposed = true;
    this.listeners.clear();
  }

  private async write(batch: string): Promise<void> {
    if (this.refused || !this.enabled) return;
    const bytes = Buffer.byteLength(batch);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        if (!this.dirReady) {
          await this.fs.mkdir(this.dir);
          this.dirReady = true;
        }
        await this.fs.appendFile(this.nextFile(bytes), batch);
        this.fileBytes += bytes;
        return;
      } catch (error) {
        if (isDiskRefusal(error)) return this.refuse(error);
        // The folder was deleted under us (the user cleared it by hand): make it again once.
        if ((error as { code?: string }).code === 'ENOENT' && attempt === 0) {
          this.dirReady = false;
          continue;
        }
        this.logger.warn(`Feedback: dropped ${batch.split('\n').length - 1} events: ${String(error)}`);
        return;
      }
    }
  }

  private refuse(error: unknown): void {
    if (this.refused) return;
    this.refused = true;
    this.queue = [];
    const code = (error as { code?: string }).code ?? 'error';
    const message = `Flywheel stopped writing its feedback log: the disk refused it (${code}). Completions keep working.`;
    this.logger.warn(message);
    try {
      this.options.onDisabled?.(message);
    } catch {
      // A failing warning must not break the caller either.
    }
  }

  private fileName(): string | undefined {
    return this.file;
  }

  /** The file to append `bytes` to, rotating when the current one would pass the size limit. */
  private nextFile(bytes: number): string {
    const max = this.options.maxFileBytes ?? 4 * 1024 * 1024;
    if (this.file === undefined || (this.fileBytes > 0 && this.fileBytes + bytes > max)) {
      const stamp = new Date(this.clock.now()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      this.file = `events-${stamp}-${this.series}-${String(this.fileIndex++).padStart(3, '0')}.jsonl`;
      this.fileBytes = 0;
    }
    return join(this.dir, this.file);
  }

  private async safeList(): Promise<string[]> {
    try {
      return await listFeedbackFiles(this.dir, this.fs);
    } catch {
      return [];
    }
  }
}
