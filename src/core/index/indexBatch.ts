// A full pass writes in batches, one transaction each: a crash loses at most the batch under
// way, and the commit's fixed work (FTS5 writing out its pending terms and merging, the log
// written and copied) is paid once per batch instead of once per file. This is the batch: when
// it is due, and its commit in steps with a look at the hold before each.
import type { WorkPause } from './fileRows';
import type { IndexStore } from './indexStore';

/**
 * A batch's transaction commits once it holds this much text and this much work (time held back
 * not counted), or after BATCH_MAX_MS of work whatever it holds. By text, not by time alone: on a
 * machine whose cores are taken, a second of wall time held a tenth of the files, and ten times
 * the commits wrote ten times the FTS5 segments to merge (SQLite's WebAssembly memory, which
 * never shrinks, grew with them).
 */
const BATCH_MS = 1_000;
const BATCH_BYTES = 2 * 1024 * 1024;
const BATCH_MAX_MS = 10_000;
/** Rows of a changed file's older version deleted per step at the batch's end (a few ms at most). */
const LEFT_ROWS_PER_STEP = 32;

export class IndexBatch {
  private start = 0;
  private textAtStart = 0;
  /** Ids of files replaced in this batch whose older rows are still to be deleted. */
  private leftBehind: number[] = [];
  private committing = false;

  constructor(
    private readonly store: IndexStore,
    private readonly pause: WorkPause | undefined,
  ) {}

  /** Opens the next batch; `textRead` is the characters read to be indexed so far. */
  open(textRead: number): void {
    this.store.begin();
    this.committing = false;
    this.start = performance.now();
    this.textAtStart = textRead;
  }

  /**
   * A changed file's older rows (under `fileId`, its row replaced: `IndexStore.detachFile`), to
   * be deleted at the commit, after the batch's pending terms are written out: a delete of rows
   * below those just written makes FTS5 write its pending terms out first, so deleting each
   * changed file's older rows before its new ones ended a segment per file.
   */
  leaveBehind(fileId: number): void {
    this.leftBehind.push(fileId);
  }

  /** Whether older rows may still be left to this batch (not once its commit began: a write heard then deletes its own). */
  get takesLeftBehind(): boolean {
    return !this.committing;
  }

  /** Time the build was held back does not count as the batch's work. */
  heldBack(ms: number): void {
    this.start += ms;
  }

  /** Whether the batch should commit now (`now` from `performance.now()`). */
  due(now: number, textRead: number): boolean {
    const worked = now - this.start;
    return (worked > BATCH_MS && textRead - this.textAtStart >= BATCH_BYTES) || worked > BATCH_MAX_MS;
  }

  /**
   * Commits in steps with a look at the hold before each: each term table's pending terms
   * written out (FTS5, with its merging), the older rows of the files it replaced deleted a few
   * at a time, the commit (the log written), the log copied into the database. In one go that
   * was the longest work without a look (40-50 ms of CPU), so a request that came meanwhile met
   * an index thread still runnable for as long.
   */
  async commit(): Promise<void> {
    this.committing = true;
    for (const table of this.store.termTables) {
      await this.giveWay();
      this.store.flushTerms(table);
    }
    for (const fileId of this.leftBehind) {
      for (let more = true; more; ) {
        await this.giveWay();
        more = this.store.removeSomeRows(fileId, LEFT_ROWS_PER_STEP);
      }
    }
    this.leftBehind = [];
    await this.giveWay();
    this.store.commit();
    await this.giveWay();
    this.store.checkpoint();
  }

  /** Undoes the batch whole (a failed write), so no file is left half written. */
  rollback(): void {
    this.leftBehind = [];
    this.store.rollback();
  }

  private async giveWay(): Promise<void> {
    if (this.pause?.held) await this.pause.waitWhileHeld();
  }
}
