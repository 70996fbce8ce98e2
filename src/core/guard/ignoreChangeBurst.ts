// A burst of ignore-file changes told once. A `git checkout` rewrites several .gitignore files within milliseconds, and
// one save is seen by two watchers (the editor's, inside the folders, and IgnoreFileWatcher's, above them): each change
// drops the path policy's rules at once (`drop`, cheap — the rules are read again at the next verdict, so a request made
// during the burst reads the ignore files as they are then, never the rules from before it), and once the burst has been
// quiet for a moment, `settled` is told once with every file of it (one log line, one re-judging of what was judged).
//
// Quiet is judged by what has arrived, not by the clock alone. An extension host busy past the quiet time (a large prompt
// redacted, a loaded machine) holds the burst's later events in its queue while the timer expires, and Node runs expired
// timers before queued I/O: the burst would end with a change already waiting, and that change start a second burst.
// So the end is looked at once more after the events already queued have run (`setImmediate`: after the poll phase).
// And the second watcher's report of a file the burst just told, the file unchanged since (its size, time and inode as
// the burst saw them when it settled), is the same save seen again, however late it comes: dropped, not told again.
import { statSync } from 'node:fs';

export interface BurstTiming {
  /** The burst ends after this long without a change. */
  readonly quietMs: number;
  /** …or this long after its first change, however busy (a file rewritten in a loop still gets told). */
  readonly maxMs: number;
}

/** A file as the burst saw it when it settled ('absent': deleted). */
type Seen = string;

export class IgnoreChangeBurst {
  private readonly files = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = 0;
  /** Changes so far: the end looked at after the queue is not the end when one came meanwhile. */
  private changes = 0;
  /** Bursts ended (or the whole disposed): an end looked for by an older burst is not this one's. */
  private bursts = 0;
  /** The files of the last burst told, as they were then, until `maxMs` after it: a later report of one unchanged is its echo. */
  private told = new Map<string, Seen>();
  private toldAt = 0;

  constructor(
    private readonly drop: () => void,
    /** The files that changed in the burst, in the order first seen (empty when no watcher said which). */
    private readonly settled: (files: readonly string[]) => void,
    private readonly timing: BurstTiming = { quietMs: 300, maxMs: 2_000 },
  ) {}

  /** An ignore file changed (`file` undefined when the platform does not say which). */
  changed(file: string | undefined): void {
    this.drop();
    if (this.timer === undefined && file !== undefined && this.isEcho(file)) return;
    this.changes++;
    if (file !== undefined) this.files.add(file);
    if (this.timer === undefined) this.started = Date.now();
    clearTimeout(this.timer);
    const left = this.started + this.timing.maxMs - Date.now();
    const [burst, changes] = [this.bursts, this.changes];
    this.timer = setTimeout(() => setImmediate(() => this.end(burst, changes)), Math.max(0, Math.min(this.timing.quietMs, left)));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.bursts++;
  }

  /** The timer of the burst's `changes`th change ran out and the queue has run: the end, unless a change came meanwhile. */
  private end(burst: number, changes: number): void {
    if (burst !== this.bursts) return;
    // (A change that came meanwhile armed its own timer; past the longest wait the burst ends here all the same.)
    if (this.changes !== changes && Date.now() - this.started < this.timing.maxMs) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.bursts++;
    const files = [...this.files];
    this.files.clear();
    this.told = new Map(files.map((f) => [f, seen(f)]));
    this.toldAt = Date.now();
    this.settled(files);
  }

  /** A report, with no burst open, of a file the last burst told and unchanged since: the other watcher's view of it. */
  private isEcho(file: string): boolean {
    if (Date.now() - this.toldAt > this.timing.maxMs) return false;
    const then = this.told.get(file);
    return then !== undefined && then === seen(file);
  }
}

function seen(file: string): Seen {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return 'absent';
  }
}
