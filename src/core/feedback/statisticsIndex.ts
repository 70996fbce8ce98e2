// The statistics kept beside the log (statistics.json), so the view opens at once however long
// the log has grown: for each log file, how many bytes were read and what they added up to, and
// the fold's open stories. Opening reads this, then only what was written since; a file pruned
// or cleared takes its share with it. Rebuilding is the same catch-up from an empty index.
//
// A story that spans a pruned file and a kept one (a suggestion shown just before the cut)
// leaves its later events counted without its shown event: a handful of suggestions at the edge
// of the kept days, until the next rebuild.
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachLine, parseFeedbackLine } from './feedbackLineReader';
import { listFeedbackFiles } from './feedbackLogReader';
import { statisticsFromAggregate, type FeedbackStatistics } from './feedbackStatistics';
import { aggregateFromJson, aggregateToJson, emptyAggregate, mergeAggregate, type StatisticsAggregate } from './statisticsAggregate';
import { StatisticsFold, type FoldState } from './statisticsFold';

export const STATISTICS_INDEX_FILE = 'statistics.json';
const INDEX_VERSION = 1;
/** A file not written for this long has no writer left: its unterminated last line is read as it is. */
const FINISHED_AFTER_MS = 10 * 60 * 1000;

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
  readonly aggregate: StatisticsAggregate;
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

/** The series (one per window) a log file belongs to: events-<stamp>-<series>-<n>.jsonl. */
export function seriesOf(name: string): string {
  const match = /^events-[^-]+-([^-]+)-\d+\.jsonl$/.exec(name);
  return match ? match[1]! : name;
}

function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

export class StatisticsIndex {
  private constructor(
    private readonly entries: Map<string, FileEntry>,
    private fold: StatisticsFold,
  ) {}

  static empty(): StatisticsIndex {
    return new StatisticsIndex(new Map(), new StatisticsFold());
  }

  /** The saved index, or an empty one when there is none, it is unreadable, or it was made in another time zone. */
  static async load(dir: string): Promise<StatisticsIndex> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(dir, STATISTICS_INDEX_FILE), 'utf8'));
    } catch {
      return StatisticsIndex.empty();
    }
    const o = json as { version?: unknown; timeZone?: unknown; files?: Record<string, unknown>; fold?: FoldState };
    if (o?.version !== INDEX_VERSION || o.timeZone !== currentTimeZone() || typeof o.files !== 'object' || !o.files) return StatisticsIndex.empty();
    const entries = new Map<string, FileEntry>();
    for (const [name, raw] of Object.entries(o.files)) {
      const e = raw as Record<string, unknown>;
      const int = (x: unknown) => (Number.isInteger(x) && (x as number) >= 0 ? (x as number) : 0);
      entries.set(name, { bytes: int(e.bytes), corrupt: int(e.corrupt), invalid: int(e.invalid), aggregate: aggregateFromJson(e.aggregate) });
    }
    return new StatisticsIndex(entries, new StatisticsFold(o.fold));
  }

  /** Stories still open in the fold (bounded by recent activity, not by the log). */
  get openStories(): number {
    return this.fold.openStories;
  }

  plan(listing: readonly LogFileInfo[]): CatchUpPlan {
    const rebuild = listing.some((f) => (this.entries.get(f.name)?.bytes ?? 0) > f.size);
    const files = listing.filter((f) => f.size > (rebuild ? 0 : (this.entries.get(f.name)?.bytes ?? 0)));
    const pendingBytes = files.reduce((sum, f) => sum + f.size - (rebuild ? 0 : (this.entries.get(f.name)?.bytes ?? 0)), 0);
    return { files, pendingBytes, rebuild };
  }

  /**
   * Reads what the plan names, in file order, into each file's share; forgets files no longer
   * listed. Returns the bytes read.
   */
  async catchUp(dir: string, listing: readonly LogFileInfo[], plan: CatchUpPlan, options: CatchUpOptions = {}): Promise<number> {
    if (plan.rebuild) {
      this.entries.clear();
      this.fold = new StatisticsFold();
    }
    const listed = new Set(listing.map((f) => f.name));
    for (const name of [...this.entries.keys()]) if (!listed.has(name)) this.entries.delete(name);
    const now = options.now ?? Date.now();
    let done = 0;
    for (const file of plan.files) {
      let entry = this.entries.get(file.name);
      if (!entry) {
        entry = { bytes: 0, corrupt: 0, invalid: 0, aggregate: emptyAggregate() };
        this.entries.set(file.name, entry);
      }
      const series = seriesOf(file.name);
      const from = entry.bytes;
      const target = entry;
      const result = await forEachLine(
        join(dir, file.name),
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
          if (parsed.ok) this.fold.add(parsed.event, target.aggregate, series);
          else if (parsed.corrupt) target.corrupt++;
          else target.invalid++;
        },
      ).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'ENOENT') return undefined; // pruned while we read
        throw error;
      });
      if (!result) {
        this.entries.delete(file.name);
        continue;
      }
      target.corrupt += result.oversized;
      target.bytes = result.end;
      done += file.size - from;
      this.fold.sweep();
    }
    options.onProgress?.(plan.pendingBytes, plan.pendingBytes);
    return done;
  }

  report(): StatisticsReport {
    const total = emptyAggregate();
    let bytes = 0;
    let corruptLines = 0;
    let invalidLines = 0;
    for (const entry of this.entries.values()) {
      mergeAggregate(total, entry.aggregate);
      bytes += entry.bytes;
      corruptLines += entry.corrupt;
      invalidLines += entry.invalid;
    }
    return { statistics: statisticsFromAggregate(total), files: this.entries.size, bytes, corruptLines, invalidLines };
  }

  /** Writes the index atomically: readers see the old one or the new one, never half of it. */
  async save(dir: string): Promise<void> {
    const files: Record<string, unknown> = {};
    for (const [name, e] of this.entries) files[name] = { bytes: e.bytes, corrupt: e.corrupt, invalid: e.invalid, aggregate: aggregateToJson(e.aggregate) };
    const text = JSON.stringify({ version: INDEX_VERSION, timeZone: currentTimeZone(), files, fold: this.fold.state() });
    const path = join(dir, STATISTICS_INDEX_FILE);
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, text, 'utf8');
    try {
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}

/** The log files with their sizes, oldest first. */
export async function listLogFiles(dir: string): Promise<LogFileInfo[]> {
  const out: LogFileInfo[] = [];
  for (const name of await listFeedbackFiles(dir)) {
    try {
      const s = await stat(join(dir, name));
      out.push({ name, size: s.size, mtimeMs: s.mtimeMs });
    } catch {
      // pruned between the listing and the stat
    }
  }
  return out;
}

/** Brings the index of `dir` up to date from scratch or from where it was, and saves it. */
export async function updateStatisticsIndex(dir: string, options: CatchUpOptions & { readonly rebuild?: boolean } = {}): Promise<StatisticsReport> {
  const index = options.rebuild ? StatisticsIndex.empty() : await StatisticsIndex.load(dir);
  const listing = await listLogFiles(dir);
  const plan = index.plan(listing);
  const read = await index.catchUp(dir, listing, options.rebuild ? { ...plan, rebuild: true } : plan, options);
  if (read > 0 || options.rebuild) await index.save(dir).catch(() => undefined);
  return index.report();
}
