// The statistics kept beside the log, so the view opens at once however long the log has grown.
// statistics.json holds the total, the fold's open stories, and for each log file how many bytes
// were read; statistics/<log file>.json holds what that file added. Opening reads only the
// first, then only what was written since; a file's own share is read when the file grows or is
// pruned (its share is taken out of the total). Rebuilding is the same catch-up from nothing.
//
// A story that spans a pruned file and a kept one (a suggestion shown just before the cut)
// leaves its later events counted without its shown event: a handful of suggestions at the edge
// of the kept days, until the next rebuild.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachLine, parseFeedbackLine } from './feedbackLineReader';
import { listFeedbackFiles } from './feedbackLogReader';
import { statisticsFromAggregate, type FeedbackStatistics } from './feedbackStatistics';
import { aggregateFromJson, aggregateToJson, emptyAggregate, mergeAggregate, type StatisticsAggregate } from './statisticsAggregate';
import { StatisticsFold, type FoldState } from './statisticsFold';

export const STATISTICS_INDEX_FILE = 'statistics.json';
/** The folder of the per-file shares, beside statistics.json. */
export const STATISTICS_SHARES_DIR = 'statistics';
const INDEX_VERSION = 1;
/** A file not written for this long has no writer left: its unterminated last line is read as it is. */
const FINISHED_AFTER_MS = 10 * 60 * 1000;
/**
 * A window whose files were all read and none written for this long is gone (closed, reloaded):
 * its open stories are done. Retention is measured within 10 minutes of acceptance, so only a
 * suggestion accepted after hours on screen could still have come.
 */
const SERIES_ENDED_AFTER_MS = 2 * 60 * 60 * 1000;

export interface LogFileInfo {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface FileEntry {
  /** Bytes read: the next read starts here. */
  bytes: number;
  corrupt: number;
  invalid: number;
  /** This file's share, once read from statistics/ (or made); undefined until needed. */
  share: StatisticsAggregate | undefined;
  /** The share changed since it was saved. */
  dirty: boolean;
}

/** What opening has to read: the files with unread bytes, and whether to start over. */
export interface CatchUpPlan {
  readonly files: readonly LogFileInfo[];
  readonly pendingBytes: number;
  /** The index no longer matches the log (a file shrank or was replaced): rebuild from nothing. */
  readonly rebuild: boolean;
}

export interface StatisticsReport {
  readonly statistics: FeedbackStatistics;
  readonly files: number;
  readonly bytes: number;
  /** Lines that were not JSON (a crash mid-write) and lines that were not events we know. */
  readonly corruptLines: number;
  readonly invalidLines: number;
}

export interface CatchUpOptions {
  /** Bytes read so far of `pendingBytes`. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  readonly now?: number;
}

/** A file's saved share does not match the index (a crash between two saves): rebuild. */
export class StaleStatisticsError extends Error {
  override readonly name = 'StaleStatisticsError';
}

/** The series (one per window) a log file belongs to: events-<stamp>-<series>-<n>.jsonl. */
export function seriesOf(name: string): string {
  const match = /^events-[^-]+-([^-]+)-\d+\.jsonl$/.exec(name);
  return match ? match[1]! : name;
}

/**
 * Days are local days: the index is only good in the time zone it was made in. The zone's
 * offsets in winter and in summer tell zones apart well enough, without loading Intl's data.
 */
function currentTimeZone(): string {
  const year = new Date().getFullYear();
  return `${new Date(year, 0, 1).getTimezoneOffset()}/${new Date(year, 6, 1).getTimezoneOffset()}`;
}

const int = (x: unknown) => (Number.isInteger(x) && (x as number) >= 0 ? (x as number) : 0);

/** Writes a file whole or not at all: readers see the old text or the new one. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, text, 'utf8');
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export class StatisticsIndex {
  private constructor(
    private readonly dir: string,
    private readonly entries: Map<string, FileEntry>,
    private fold: StatisticsFold,
    /** The sum of every file's share, kept as they change. */
    private total: StatisticsAggregate,
  ) {}

  static empty(dir: string): StatisticsIndex {
    return new StatisticsIndex(dir, new Map(), new StatisticsFold(), emptyAggregate());
  }

  /** The saved index, or an empty one when there is none, it is unreadable, or it was made in another time zone. */
  static async load(dir: string): Promise<StatisticsIndex> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(dir, STATISTICS_INDEX_FILE), 'utf8'));
    } catch {
      return StatisticsIndex.empty(dir);
    }
    const o = json as { version?: unknown; timeZone?: unknown; files?: Record<string, unknown>; fold?: FoldState; total?: unknown };
    if (o?.version !== INDEX_VERSION || o.timeZone !== currentTimeZone() || typeof o.files !== 'object' || !o.files || !o.total) return StatisticsIndex.empty(dir);
    const entries = new Map<string, FileEntry>();
    for (const [name, raw] of Object.entries(o.files)) {
      const e = (Array.isArray(raw) ? raw : []) as unknown[];
      entries.set(name, { bytes: int(e[0]), corrupt: int(e[1]), invalid: int(e[2]), share: undefined, dirty: false });
    }
    return new StatisticsIndex(dir, entries, new StatisticsFold(o.fold), aggregateFromJson(o.total));
  }

  /** Stories still open in the fold (bounded by recent activity, not by the log). */
  get openStories(): number {
    return this.fold.openStories;
  }

  plan(listing: readonly LogFileInfo[]): CatchUpPlan {
    const rebuild = listing.some((f) => (this.entries.get(f.name)?.bytes ?? 0) > f.size);
    const read = (f: LogFileInfo) => (rebuild ? 0 : (this.entries.get(f.name)?.bytes ?? 0));
    const files = listing.filter((f) => f.size > read(f));
    return { files, pendingBytes: files.reduce((sum, f) => sum + f.size - read(f), 0), rebuild };
  }

  /**
   * Reads what the plan names, in file order, into each file's share and the total; forgets
   * files no longer listed. Returns the bytes read. Throws StaleStatisticsError when a saved
   * share does not match (the caller rebuilds).
   */
  async catchUp(listing: readonly LogFileInfo[], plan: CatchUpPlan, options: CatchUpOptions = {}): Promise<number> {
    if (plan.rebuild) this.clear();
    const listed = new Set(listing.map((f) => f.name));
    for (const [name, entry] of [...this.entries]) {
      if (listed.has(name)) continue;
      mergeAggregate(this.total, await this.shareOf(name, entry), -1);
      this.entries.delete(name);
      await unlink(this.sharePath(name)).catch(() => undefined);
    }
    const now = options.now ?? Date.now();
    // A window's last file, once read and long quiet, ends its stories at once: a rebuild then
    // holds the stories of the windows open at the same time, not of the whole year.
    const lastOfSeries = new Map(listing.map((f) => [seriesOf(f.name), f.name]));
    let done = 0;
    for (const file of plan.files) {
      let entry = this.entries.get(file.name);
      if (!entry) {
        entry = { bytes: 0, corrupt: 0, invalid: 0, share: emptyAggregate(), dirty: true };
        this.entries.set(file.name, entry);
      }
      const target = entry;
      const share = await this.shareOf(file.name, target);
      const series = seriesOf(file.name);
      const from = target.bytes;
      // What these bytes add, then added to the file's share and to the total.
      const delta = emptyAggregate();
      const result = await forEachLine(
        join(this.dir, file.name),
        {
          from,
          to: file.size,
          finished: now - file.mtimeMs > FINISHED_AFTER_MS,
          onBlock: (offset) => {
            options.signal?.throwIfAborted();
            options.onProgress?.(done + offset - from, plan.pendingBytes);
          },
        },
        (line) => {
          const parsed = parseFeedbackLine(line);
          if (parsed === undefined) return;
          if (parsed.ok) this.fold.add(parsed.event, delta, series);
          else if (parsed.corrupt) target.corrupt++;
          else target.invalid++;
        },
      ).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'ENOENT') return undefined; // pruned while we read
        throw error;
      });
      done += file.size - from;
      if (!result) {
        mergeAggregate(this.total, share, -1);
        this.entries.delete(file.name);
        continue;
      }
      mergeAggregate(share, delta);
      mergeAggregate(this.total, delta);
      target.corrupt += result.oversized;
      target.bytes = result.end;
      target.dirty = true;
      this.fold.sweep(series);
      if (lastOfSeries.get(series) === file.name && target.bytes === file.size && now - file.mtimeMs > SERIES_ENDED_AFTER_MS) this.fold.endSeries(series);
    }
    this.endGoneSeries(listing, now);
    options.onProgress?.(plan.pendingBytes, plan.pendingBytes);
    return done;
  }

  report(): StatisticsReport {
    let bytes = 0;
    let corruptLines = 0;
    let invalidLines = 0;
    for (const entry of this.entries.values()) {
      bytes += entry.bytes;
      corruptLines += entry.corrupt;
      invalidLines += entry.invalid;
    }
    return { statistics: statisticsFromAggregate(this.total), files: this.entries.size, bytes, corruptLines, invalidLines };
  }

  /** The files' shares added up anew: equal to the kept total unless something went wrong. */
  async sumOfFiles(): Promise<StatisticsAggregate> {
    const sum = emptyAggregate();
    for (const [name, entry] of this.entries) mergeAggregate(sum, await this.shareOf(name, entry));
    return sum;
  }

  /** Writes the shares that changed, then the index: each file whole or not at all. */
  async save(): Promise<void> {
    await mkdir(join(this.dir, STATISTICS_SHARES_DIR), { recursive: true });
    const files: Record<string, number[]> = {};
    for (const [name, e] of this.entries) {
      if (e.dirty && e.share) {
        await writeAtomically(this.sharePath(name), JSON.stringify({ bytes: e.bytes, share: aggregateToJson(e.share) }));
        e.dirty = false;
      }
      files[name] = [e.bytes, e.corrupt, e.invalid];
    }
    const index = { version: INDEX_VERSION, timeZone: currentTimeZone(), total: aggregateToJson(this.total), files, fold: this.fold.state() };
    await writeAtomically(join(this.dir, STATISTICS_INDEX_FILE), JSON.stringify(index));
  }

  private clear(): void {
    this.entries.clear();
    this.fold = new StatisticsFold();
    this.total = emptyAggregate();
  }

  private sharePath(name: string): string {
    return join(this.dir, STATISTICS_SHARES_DIR, `${name}.json`);
  }

  /** A file's share: in memory, or read from statistics/ and checked against the index. */
  private async shareOf(name: string, entry: FileEntry): Promise<StatisticsAggregate> {
    if (entry.share) return entry.share;
    let saved: { bytes?: unknown; share?: unknown };
    try {
      saved = JSON.parse(await readFile(this.sharePath(name), 'utf8'));
    } catch {
      throw new StaleStatisticsError(`no saved share for ${name}`);
    }
    if (saved.bytes !== entry.bytes) throw new StaleStatisticsError(`the saved share of ${name} is of ${String(saved.bytes)} bytes, not ${entry.bytes}`);
    entry.share = aggregateFromJson(saved.share);
    return entry.share;
  }

  private endGoneSeries(listing: readonly LogFileInfo[], now: number): void {
    const open = this.fold.openSeries();
    const lastWrite = new Map<string, number>();
    const unread = new Set<string>();
    for (const f of listing) {
      const series = seriesOf(f.name);
      if (!open.has(series)) continue;
      lastWrite.set(series, Math.max(lastWrite.get(series) ?? 0, f.mtimeMs));
      if ((this.entries.get(f.name)?.bytes ?? 0) < f.size) unread.add(series);
    }
    for (const series of open) {
      const last = lastWrite.get(series);
      if (!unread.has(series) && (last === undefined || now - last > SERIES_ENDED_AFTER_MS)) this.fold.endSeries(series);
    }
  }
}

/**
 * The log files with their sizes, oldest first. The stats are synchronous: a year of windows
 * is hundreds of files, a few microseconds each from the disk cache, where a round trip to the
 * thread pool per file would cost more than the whole opening is allowed.
 */
export async function listLogFiles(dir: string): Promise<LogFileInfo[]> {
  const out: LogFileInfo[] = [];
  for (const name of await listFeedbackFiles(dir)) {
    const s = statSync(join(dir, name), { throwIfNoEntry: false });
    if (s) out.push({ name, size: s.size, mtimeMs: s.mtimeMs }); // else pruned since the listing
  }
  return out;
}

/** Deletes the index and the saved shares (the log was cleared). */
export async function removeStatisticsIndex(dir: string): Promise<void> {
  await rm(join(dir, STATISTICS_INDEX_FILE), { force: true });
  await rm(join(dir, STATISTICS_SHARES_DIR), { recursive: true, force: true });
}

/** Brings the index of `dir` up to date (or rebuilds it), saves it, and reports. */
export async function updateStatisticsIndex(dir: string, options: CatchUpOptions & { readonly rebuild?: boolean } = {}): Promise<StatisticsReport> {
  let index = options.rebuild ? StatisticsIndex.empty(dir) : await StatisticsIndex.load(dir);
  const listing = await listLogFiles(dir);
  let read: number;
  try {
    read = await index.catchUp(listing, index.plan(listing), options);
  } catch (error) {
    if (!(error instanceof StaleStatisticsError)) throw error;
    index = StatisticsIndex.empty(dir);
    read = await index.catchUp(listing, { ...index.plan(listing), rebuild: true }, options);
  }
  if (read > 0 || options.rebuild) await index.save().catch(() => undefined);
  return index.report();
}
