// The statistics of a log folder for whoever shows them (the view, the CLI): keeps the index in
// memory between openings, reloads it when another window saved a newer one, reads only what
// was written since, and hands a long read (a rebuild, a first opening of a big log) to a worker
// thread so the caller's event loop stays free. One opening at a time.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Disposable } from '../disposable';
import { errorMessage } from '../errorMessage';
import { silentLogger, type Logger } from '../logger';
import { STATISTICS_INDEX_FILE, StaleStatisticsError, StatisticsIndex, listLogFiles, type StatisticsReport } from './statisticsIndex';
import { runStatisticsWorker, type StatisticsWorkerScript } from './statisticsWorkerClient';

export interface StatisticsServiceOptions {
  readonly dir: string;
  readonly logger?: Logger;
  /** Where the worker's code is; without it everything is read on this thread (the CLI). */
  readonly worker?: StatisticsWorkerScript;
  /** Unread bytes above which the worker reads them (default 8 MiB: about 30k events). */
  readonly inProcessLimitBytes?: number;
}

export interface OpenOptions {
  /** Forget the index and read the whole log again. */
  readonly rebuild?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** Save the index after this many bytes read since the last save, or this long after it. */
const SAVE_AFTER_BYTES = 4 << 20;
const SAVE_AFTER_MS = 60_000;

export class StatisticsService implements Disposable {
  private readonly logger: Logger;
  private index: StatisticsIndex | undefined;
  private indexStamp = '';
  private unsavedBytes = 0;
  private lastSave = 0;
  private skippedReported = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly disposed = new AbortController();

  constructor(private readonly options: StatisticsServiceOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** Brings the statistics up to date and returns them; calls wait for the one before. */
  open(options: OpenOptions = {}): Promise<StatisticsReport> {
    const run = this.queue.then(() => this.update(options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    this.disposed.abort();
  }

  private async update(options: OpenOptions): Promise<StatisticsReport> {
    try {
      return await this.catchUp(options.rebuild === true, options);
    } catch (error) {
      if (!(error instanceof StaleStatisticsError)) throw error;
      this.logger.warn(`Statistics: the saved statistics do not match the log (${error.message}); reading the whole log again`);
      return this.catchUp(true, options);
    }
  }

  private async catchUp(rebuild: boolean, options: OpenOptions): Promise<StatisticsReport> {
    const signal = options.signal ? AbortSignal.any([options.signal, this.disposed.signal]) : this.disposed.signal;
    const dir = this.options.dir;
    let index = await this.currentIndex(rebuild);
    let listing = await listLogFiles(dir);
    let plan = index.plan(listing);
    const limit = this.options.inProcessLimitBytes ?? 8 << 20;
    if (this.options.worker && plan.pendingBytes > limit) {
      try {
        const started = performance.now();
        await runStatisticsWorker(this.options.worker, { dir, rebuild: rebuild || plan.rebuild }, { onProgress: options.onProgress, signal });
        this.logger.info(`Statistics: read ${(plan.pendingBytes / (1 << 20)).toFixed(1)} MB of the feedback log in a worker thread in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        this.index = undefined;
        index = await this.currentIndex(false);
        listing = await listLogFiles(dir);
        plan = index.plan(listing); // what was written while the worker read
      } catch (error) {
        signal.throwIfAborted();
        this.logger.warn(`Statistics: the worker failed (${errorMessage(error)}); reading the log here instead`);
      }
    }
    let read: number;
    try {
      read = await index.catchUp(listing, plan, { onProgress: options.onProgress, signal });
    } catch (error) {
      this.index = undefined; // half caught up: never used again
      throw error;
    }
    this.unsavedBytes += read;
    if (this.unsavedBytes > 0 && (rebuild || this.unsavedBytes >= SAVE_AFTER_BYTES || Date.now() - this.lastSave >= SAVE_AFTER_MS)) {
      await this.save(index);
    }
    const report = index.report();
    const skipped = report.corruptLines + report.invalidLines;
    if (skipped > this.skippedReported) {
      this.logger.warn(`Statistics: skipped ${skipped} unreadable lines in the feedback log (${report.corruptLines} not JSON, ${report.invalidLines} not a known event)`);
    }
    this.skippedReported = skipped;
    return report;
  }

  /** The index in memory, unless another writer saved a newer one (or a rebuild was asked for). */
  private async currentIndex(rebuild: boolean): Promise<StatisticsIndex> {
    const stamp = await this.stamp();
    if (rebuild) {
      this.index = StatisticsIndex.empty(this.options.dir);
      this.indexStamp = stamp;
      this.unsavedBytes = 0;
    } else if (!this.index || stamp !== this.indexStamp) {
      this.index = await StatisticsIndex.load(this.options.dir);
      this.indexStamp = stamp;
      this.unsavedBytes = 0;
    }
    return this.index;
  }

  private async save(index: StatisticsIndex): Promise<void> {
    try {
      await index.save();
      this.indexStamp = await this.stamp();
      this.unsavedBytes = 0;
      this.lastSave = Date.now();
    } catch (error) {
      this.logger.debug(`Statistics: could not save the index: ${String(error)}`);
    }
  }

  private async stamp(): Promise<string> {
    try {
      const s = await stat(join(this.options.dir, STATISTICS_INDEX_FILE));
      return `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch {
      return 'none';
    }
  }
}
