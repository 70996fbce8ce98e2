// The index's upkeep, done when the worker is idle rather than inside the request that wrote:
// merging the term tables' segments (FTS5) and copying the log into the database. A one-file
// update used to pay for both inside its commit (SQLite's automatic copy of the log, FTS5's
// automerge over the segments of the whole index: most of an update's time at 10,000 files),
// so the user's save waited on work that no answer needs. Now a write only appends its rows;
// once no request has come for a short while, the upkeep runs in small steps, each a short
// transaction, with the worker's message queue heard between them (a request waits at most one
// step), stopping while the host holds the index (a completion in flight, typing) and whenever
// a request comes (it starts over after the next quiet spell).
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import { errorMessage } from '../errorMessage';
import type { WorkPause } from './fileRows';
import type { IndexStore } from './indexStore';

/** Quiet time after the last request before the upkeep starts. */
const IDLE_MS = 100;
/** Pages of segments merged per step (a few ms of work). */
const MERGE_PAGES = 32;

export class IndexMaintenance implements Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every request: a run of steps stops when it changes. */
  private generation = 0;
  private owed = false;
  private running = false;

  constructor(
    private readonly store: () => IndexStore | undefined,
    private readonly pause: WorkPause,
    private readonly logger: Logger,
    /** True while a full pass runs (its batches merge and copy the log themselves). */
    private readonly passRunning: () => boolean,
  ) {}

  /** A request came: any upkeep under way stops after its step; `wrote` means there is upkeep owed. */
  requested(wrote: boolean): void {
    this.generation++;
    this.owed ||= wrote;
    if (!this.owed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), IDLE_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.owed = false;
  }

  private async run(): Promise<void> {
    if (this.running) {
      // The run under way stops at its next step (a request came): this one comes after it.
      this.timer = setTimeout(() => void this.run(), IDLE_MS);
      return;
    }
    this.running = true;
    const generation = this.generation;
    const stillQuiet = () => generation === this.generation && !this.passRunning();
    try {
      let merging = true;
      while (stillQuiet()) {
        if (this.pause.held) {
          await this.pause.waitWhileHeld();
          continue;
        }
        const store = this.store();
        if (!store) return;
        if (merging) merging = store.mergeStep(MERGE_PAGES);
        else {
          store.checkpoint();
          this.owed = false;
          return;
        }
        // Messages are heard between steps.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      this.logger.debug(`Workspace index: upkeep stopped (${errorMessage(error)})`);
    } finally {
      this.running = false;
    }
  }
}
