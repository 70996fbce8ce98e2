// A burst of ignore-file changes told once. A `git checkout` rewrites several .gitignore files within milliseconds, and
// one save is seen by two watchers (the editor's, inside the folders, and IgnoreFileWatcher's, above them): each change
// drops the path policy's rules at once (`drop`, cheap — the rules are read again at the next verdict, so a request made
// during the burst reads the ignore files as they are then, never the rules from before it), and once the burst has been
// quiet for a moment, `settled` is told once with every file of it (one log line, one re-judging of what was judged).
export interface BurstTiming {
  /** The burst ends after this long without a change. */
  readonly quietMs: number;
  /** …or this long after its first change, however busy (a file rewritten in a loop still gets told). */
  readonly maxMs: number;
}

export class IgnoreChangeBurst {
  private readonly files = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = 0;

  constructor(
    private readonly drop: () => void,
    /** The files that changed in the burst, in the order first seen (empty when no watcher said which). */
    private readonly settled: (files: readonly string[]) => void,
    private readonly timing: BurstTiming = { quietMs: 300, maxMs: 2_000 },
  ) {}

  /** An ignore file changed (`file` undefined when the platform does not say which). */
  changed(file: string | undefined): void {
    this.drop();
    if (file !== undefined) this.files.add(file);
    if (this.timer === undefined) this.started = Date.now();
    clearTimeout(this.timer);
    const left = this.started + this.timing.maxMs - Date.now();
    this.timer = setTimeout(() => this.settle(), Math.max(0, Math.min(this.timing.quietMs, left)));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private settle(): void {
    this.timer = undefined;
    const files = [...this.files];
    this.files.clear();
    this.settled(files);
  }
}
