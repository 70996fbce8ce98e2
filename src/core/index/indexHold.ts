// Whether the workspace index must wait now, kept in memory that the index's threads share. The
// host decides the holds (a keystroke holds the index for a while; a completion request holds it
// from its start to its end), the index thread its Pause; both index threads read it before each
// file and inside a parse. With the index as a thread of the host's process the host writes the
// shared memory itself; with the index in a process of its own (indexProcess.ts) each index
// thread reads the host's part from the file the host writes (holdFile.ts), itself, at most a
// millisecond old, and again whenever the record is woken (the host's message that a hold
// changed). A message alone would be heard only after the work queued before it, while a store to
// shared memory or a write to the file is seen at once.
import type { Disposable } from '../disposable';
import { HoldFile } from './holdFile';

// Int32 cells: requests in flight, paused (0/1), and a counter bumped on every change (what a
// waiting thread sleeps on); then two 64-bit cells (ms since epoch): held until, and when the
// last request began.
const IN_FLIGHT = 0;
const PAUSED = 1;
const CHANGES = 2;
const UNTIL = 2; // 64-bit cells: bytes 16..23
const BEGUN = 3; // bytes 24..31
export const HOLD_BYTES = 32;
/**
 * Requests in flight hold the index for at most this long after the last one began: a request
 * whose end is never told (a bug) must not stop the index for good. Longer than any completion.
 */
export const IN_FLIGHT_LIMIT_MS = 30_000;

/** Node has `Atomics.waitAsync` (ES2024); the project's library typings stop at ES2022. */
const waitAsync = (Atomics as unknown as {
  waitAsync(cells: Int32Array, index: number, value: number, timeoutMs: number): { async: false; value: string } | { async: true; value: Promise<string> };
}).waitAsync;
/** A waiting thread looks again at least this often (a hold that ends by time changes nothing). */
const MAX_SLEEP_MS = 1_000;
/** The host's file is read again when what was read is this old (ms): a pread, ~1 µs. */
const REREAD_MS = 1;

/** What the extension host decides of a hold (Pause is the index's own), written for another process to read. */
export interface HoldState {
  readonly until: number;
  readonly inFlight: number;
  readonly begun: number;
}

/** What a thread is given to make its own view of a record (workerData). */
export interface HoldForThread {
  readonly shared: SharedArrayBuffer;
  /** The host's file, when the host is another process: its descriptor, shared by the process's threads (a read is positional). */
  readonly hostFd?: number;
}

export class IndexHold {
  private readonly cells: Int32Array;
  private readonly until: BigInt64Array;
  private readonly hostFile: HoldFile | undefined;
  private fromFile: HoldState = { until: 0, inFlight: 0, begun: 0 };
  private readAt = Number.NEGATIVE_INFINITY;
  private readChanges = -1;

  /**
   * A new record (the host's), or a thread's view of one made elsewhere; with `hostFile`, the
   * host's part is read from that file (the host is another process) and Pause from the memory.
   */
  constructor(readonly shared: SharedArrayBuffer = new SharedArrayBuffer(HOLD_BYTES), hostFile?: HoldFile) {
    this.cells = new Int32Array(shared, 0, 4);
    this.until = new BigInt64Array(shared, 0, 4);
    this.hostFile = hostFile;
  }

  static fromThread(given: HoldForThread): IndexHold {
    return new IndexHold(given.shared, given.hostFd === undefined ? undefined : HoldFile.reading(given.hostFd));
  }

  /** What another thread needs to see this record (its own view, its own reads of the host's file). */
  forThread(): HoldForThread {
    return { shared: this.shared, ...(this.hostFile ? { hostFd: this.hostFile.fd } : {}) };
  }

  /** No indexing work for the next `ms` (a longer hold already running stands). */
  holdFor(ms: number): void {
    this.holdUntil(Date.now() + ms);
  }

  /** No indexing work before `until` (ms since epoch). */
  holdUntil(until: number): void {
    const next = BigInt(Math.min(Math.ceil(until), Number.MAX_SAFE_INTEGER));
    for (let now = Atomics.load(this.until, UNTIL); next > now; now = Atomics.load(this.until, UNTIL)) {
      if (Atomics.compareExchange(this.until, UNTIL, now, next) === now) break;
    }
    this.changed();
  }

  /** When the last hold ends (ms since epoch; 0 when none was ever set). */
  get heldUntil(): number {
    return this.state.until;
  }

  /** A request is in flight: no indexing work until the returned handle is disposed (once is enough). */
  begin(): Disposable {
    Atomics.store(this.until, BEGUN, BigInt(Date.now()));
    Atomics.add(this.cells, IN_FLIGHT, 1);
    this.changed();
    let ended = false;
    return {
      dispose: () => {
        if (ended) return;
        ended = true;
        Atomics.sub(this.cells, IN_FLIGHT, 1);
        this.changed();
      },
    };
  }

  get inFlight(): number {
    return this.state.inFlight;
  }

  /** The host's part of the record (what it writes to the index's process's file): from the host's file when there is one. */
  get state(): HoldState {
    if (!this.hostFile) return { until: Number(Atomics.load(this.until, UNTIL)), inFlight: Atomics.load(this.cells, IN_FLIGHT), begun: Number(Atomics.load(this.until, BEGUN)) };
    const changes = Atomics.load(this.cells, CHANGES);
    const now = performance.now();
    if (changes !== this.readChanges || now - this.readAt >= REREAD_MS) {
      // A file that cannot be read (the host is going) leaves what was last read.
      this.fromFile = this.hostFile.read() ?? this.fromFile;
      this.readChanges = changes;
      this.readAt = now;
    }
    return this.fromFile;
  }

  /** The host's holds changed (its message): every thread reads its file again, and a waiting one wakes. */
  wake(): void {
    this.changed();
  }

  /** Pause (the index thread's own state: Pause, and not cancelled). */
  setPaused(paused: boolean): void {
    Atomics.store(this.cells, PAUSED, paused ? 1 : 0);
    this.changed();
  }

  /** How long the index must still wait: 0 when it may work, Infinity while paused or a request is in flight. */
  remainingMs(now = Date.now()): number {
    if (Atomics.load(this.cells, PAUSED) !== 0) return Number.POSITIVE_INFINITY;
    const { until, inFlight, begun } = this.state;
    const held = until - now;
    if (inFlight > 0) {
      const left = begun + IN_FLIGHT_LIMIT_MS - now;
      if (left > 0) return Math.max(left, held);
    }
    return Math.max(0, held);
  }

  get held(): boolean {
    return this.remainingMs() > 0;
  }

  /** Blocks this thread (not the host's: Atomics.wait is refused there) until the hold ends, waking on every change. */
  waitWhileHeldSync(): void {
    for (;;) {
      // The counter is read before the state: a change in between makes the wait return at once.
      const seen = Atomics.load(this.cells, CHANGES);
      const left = this.remainingMs();
      if (left <= 0) return;
      Atomics.wait(this.cells, CHANGES, seen, Math.min(left, MAX_SLEEP_MS));
    }
  }

  /** Resolves when the hold ends; the thread's event loop runs meanwhile (searches are answered). */
  async waitWhileHeld(): Promise<void> {
    for (;;) {
      const seen = Atomics.load(this.cells, CHANGES);
      const left = this.remainingMs();
      if (left <= 0) return;
      const ms = Math.min(left, MAX_SLEEP_MS);
      const waiting = waitAsync(this.cells, CHANGES, seen, ms);
      if (!waiting.async) continue;
      // A pending waitAsync does not keep Node's event loop alive; the timer does.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([waiting.value, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
      clearTimeout(timer);
    }
  }

  private changed(): void {
    Atomics.add(this.cells, CHANGES, 1);
    Atomics.notify(this.cells, CHANGES);
  }
}
